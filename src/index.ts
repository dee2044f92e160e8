/**
 * fsar's library API: everything the CLI does, without a process. Entry points and their types only: the engine's
 * internals (the Auditor, discovery batches, git plumbing) stay inside, so they can change without a major version.
 * ESM, and `require("fsar")` from CommonJS on Node 20.19+ (require of a synchronous ES module graph).
 */
export { audit, auditText, type AuditOptions } from "./app/audit.js";
export { parseReport, type ParseOptions, type ParsedReport } from "./core/parse.js";
export { auditSources, RuleCrashError, type AuditResult, type AuditSummary, type FileResult, type ReportSource, type Verdict } from "./core/engine.js";
export { reportRecordSchema, reportItemSchema, type ReportRecord, type ReportItem, type ReportFormat, type SourcePosition } from "./core/record.js";
export { renderMessage, type Finding, type FindingData, type Level, type LevelSetting, type RuleFinding, type RuleMessages } from "./core/finding.js";
export { defineRule, type Rule, type ReportRule, type ProjectRule, type DiagnosticRule, type ProjectFinding, type RuleContext, type RuleMeta, type ReportIndexEntry } from "./core/rule.js";
export { severityBand, type Band, type SeverityScale } from "./core/band.js";
export { ExitCode } from "./core/exit-code.js";
export { UsageError } from "./core/usage-error.js";
export { stripControlCharacters } from "./core/sanitize.js";
export { fingerprintFinding } from "./core/fingerprint.js";
export { builtinRules } from "./rules/index.js";
export { loadConfig, findConfigFile, type LoadConfigOptions } from "./config/load.js";
export { parseConfigText } from "./config/load-file.js";
export { resolveConfig, defaultConfig, type ResolvedConfig, type RuleConfig } from "./config/resolve.js";
export { configSchema, type ConfigFile } from "./config/schema.js";
export { ConfigError, type ConfigProblem } from "./config/config-error.js";
export { discoverFiles, looksLikeReport, classifyFileName, type Discovery } from "./discovery/discover.js";
export type { Shard } from "./discovery/discover.js";
export { loadFormatter, loadDiffFormatter, FORMAT_NAMES, DIFF_FORMAT_NAMES, type FormatName, type DiffFormatName, type Formatter, type FormatterContext } from "./formatters/index.js";
export { formatStylish } from "./formatters/stylish.js";
export { formatJson } from "./formatters/json.js";
export { formatSarif } from "./formatters/sarif.js";
export { formatJunit } from "./formatters/junit.js";
export { formatGitlab } from "./formatters/gitlab.js";
export { formatGithub } from "./formatters/github.js";
export { workflowCommand, escapeCommandData, escapeCommandProperty } from "./formatters/github-commands.js";
export { formatMarkdown, formatMarkdownSummary, escapeMarkdownCell, STEP_SUMMARY_LIMIT_BYTES } from "./formatters/markdown.js";
export { createBaseline, applyBaseline, parseBaseline, serializeBaseline, BASELINE_FILE_NAME, type Baseline, type BaselineEntry, type BaselineOutcome } from "./core/baseline.js";
export type { ReportLine, TextMatch, TextField, JoinedText } from "./core/report-text.js";
export { PRODUCER_SIGNALS, ENHANCED_GATE_MODEL, type SeveritySignal, type SeverityModel } from "./rules/severity-underreported.js";
export type { Waiver } from "./core/waivers.js";
export { definePlugin, type Plugin, type PluginRule, type PluginFinding, type LegacyPluginRule } from "./core/plugin.js";
export { ReportText } from "./core/report-text.js";
export { compilePattern, type Pattern } from "./core/pattern.js";
export { customRulesSchema, type CustomRuleDefinition, type CustomConditions } from "./config/custom-rules.js";
export { loadConfigLayers, type ConfigLayers } from "./config/extends.js";
export { calibrateLabels, type LabelledCalibration } from "./app/policy-test.js";
export { formatRiskExplanation, formatRiskModel } from "./formatters/risk-explanation.js";
export { riskConfigSchema, type RiskConfig } from "./config/risk.js";
export type { ReportRisk } from "./core/results.js";
export { testPolicies, type PolicyTestCase, type PolicyTestResult, type PolicyTestOptions, type ExpectedFinding } from "./app/policy-test.js";
export { diffReports, diffReportFiles, diffRevisions, parseRevisionRange, type ReportDiffOptions, type RevisionRange } from "./app/report-diff.js";
export { diffRecords, type ComparableRecord, type RecordDiffOptions } from "./diff/diff-records.js";
export { diffReportSources, type SourceDiffOptions } from "./diff/diff-sources.js";
export { summarizeDiff, diffFailsGate, type ChangeField, type ChangeKind, type ChangeValue, type ReportChange, type FileDiff, type DiffResult, type DiffSummary, type FailOn } from "./diff/change.js";
export { canonicalTextOf } from "./diff/textconv.js";
export { formatDiffText } from "./formatters/diff-text.js";
export { formatDiffMarkdown } from "./formatters/diff-markdown.js";
export { formatDiffJson } from "./formatters/diff-json.js";
export type { DiffFormatter } from "./formatters/types.js";
export { configureTextconvDriver, withDiffDriverAttributes, DIFF_DRIVER_ATTRIBUTES } from "./git/diff-driver.js";
export { auditChanged, auditStaged, auditPush, type ChangedAuditOptions } from "./app/audit-git.js";
export { parsePushUpdates, type PushUpdate } from "./git/push.js";
export { ShallowHistoryError } from "./git/base.js";
export { installHook, uninstallHooks, HOOK_NAMES, type HookName, type FsarCommand, type InstallHookOptions, type HookInstallation, type HookRemoval } from "./git/hooks.js";
export {
  assessRisk,
  createRiskModel,
  DEFAULT_RISK_MODEL,
  RISK_CATEGORIES,
  BUILT_IN_SIGNALS,
  learnTemplateLines,
  calibrate,
  formatCalibration,
  parseLabels,
  type RiskAssessment,
  type RiskSignal,
  type RiskCategory,
  type RiskModel,
  type RiskModelOptions,
  type UserSignal,
  type Calibration,
} from "./risk/index.js";
export { attestAudit, configDigest, readVerdictStatement, verifyStatement, type AttestOptions, type SubjectCheck, type Verification } from "./app/attestation.js";
export { createVerdictStatement, verdictStatementSchema, STATEMENT_TYPE, VERDICT_PREDICATE_TYPE, type VerdictStatement } from "./core/attestation.js";
export { describeConfig, type DescribedConfig } from "./config/describe.js";
export { resolveFormatter } from "./formatters/resolve.js";
export { trend, type TrendRunOptions } from "./app/trend.js";
export { buildTrend, comparePeriods, PRODUCER_DEFAULT_SEVERITY, type TrendReport, type TrendPeriod, type TrendComparison, type TrendAlert, type TrendOptions, type TrendResult } from "./trend/trend.js";
export { periodStart, periodLastDay, TREND_GROUPINGS, type TrendGrouping } from "./trend/period.js";
export { loadTrendFormatter, TREND_FORMAT_NAMES, type TrendFormatName } from "./formatters/trend-index.js";
export { formatTrendText } from "./formatters/trend-text.js";
export { formatTrendJson } from "./formatters/trend-json.js";
export { formatTrendMarkdown } from "./formatters/trend-markdown.js";
export { formatTrendHtml } from "./formatters/trend-html.js";
export { formatTrendGithub } from "./formatters/trend-github.js";
export type { TrendFormatter } from "./formatters/trend-types.js";
