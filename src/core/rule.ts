import type { z } from "zod";
import type { LevelSetting, RuleFinding, RuleMessages } from "./finding.js";
import type { ReportRecord } from "./record.js";
import type { SeverityScale } from "./band.js";
import type { ReportRisk } from "./results.js";
import type { ReportText } from "./report-text.js";

/** What every rule may look at besides the record: time is an input, never read from the clock. */
export interface RuleContext {
  now: Date;
  severity: SeverityScale;
  /** The report's path, relative to the working folder, with `/` separators. */
  file: string;
  /** The record of the other form of the same report (md or json, same folder and basename) when it was audited with it and parsed. */
  twin: ReportRecord | null;
  /** The record's assessed risk under the config's model; rules run without an engine assess it with the default model. */
  risk?: ReportRisk;
  /** The record's text, built once per record for every rule that searches it. */
  text: ReportText;
}

export interface RuleMeta<Options, MessageId extends string = string> {
  /** One line, shown by `fsar rules` and in SARIF. */
  description: string;
  defaultLevel: LevelSetting;
  /** Markdown documentation with an example, shown by `fsar explain`. */
  docs: string;
  /** The message templates, by message id; `{name}` stands for `data.name` of a finding. */
  messages: RuleMessages<MessageId>;
  /**
   * The keys of a finding's `data` that say which finding it is (a date, a matched term): a finding's
   * fingerprint (baselines, SARIF) is the rule, the report, the messageId and these. Leave out anything that moves
   * with the clock or with edits elsewhere (day counts, line numbers). Omitted: all of `data`.
   */
  identity?: readonly string[];
  /** The rule's options; parsing `{}` gives the defaults. */
  options: z.ZodType<Options>;
  /**
   * Set on rules whose findings are security findings: a score from 0.0 to 10.0 as CVSS gives it, by which
   * GitHub code scanning ranks their alerts (SARIF's `security-severity`).
   */
  securitySeverity?: number;
}

/** A rule that judges one report at a time. */
export interface ReportRule<Options = unknown, MessageId extends string = string> {
  id: string;
  meta: RuleMeta<Options, MessageId>;
  check(record: ReportRecord, options: Options, context: RuleContext): Array<RuleFinding<NoInfer<MessageId>>>;
}

/** What a timed rule's `observe` sees: everything but the clock. */
export type ObserveContext = Omit<RuleContext, "now">;
/** What a timed rule's `judge` sees: the clock, but not the record, its twin or its text. */
export type JudgeContext = Omit<RuleContext, "twin" | "text">;

/**
 * A report rule whose findings move with the clock, in two steps: `observe` reads the record (its facts are plain
 * JSON, kept by `--cache`), `judge` weighs them against now on every run. `check` is the two in turn.
 */
export interface TimedReportRule<Options = unknown, Facts = unknown, MessageId extends string = string> extends ReportRule<Options, MessageId> {
  observe(record: ReportRecord, options: Options, context: ObserveContext): Facts;
  judge(facts: Facts, options: Options, context: JudgeContext): Array<RuleFinding<NoInfer<MessageId>>>;
}

/** What a cross-report rule sees of each report: only what it needs, so the engine never holds every record. */
export interface ReportIndexEntry {
  file: string;
  id: string;
  idLine: number | null;
  /** md and json twins (same folder and basename) share a key: they are one report. */
  twinKey: string;
  /** The risk list's key (`itemListKey`: equal for lists that are the same but for dates and numbers; null when empty) and its heading line. */
  risksKey: string | null;
  risksLine: number;
  /** The same for the mitigation list. */
  mitigationsKey: string | null;
  mitigationsLine: number;
}

/** A finding of a cross-report rule, with the report it is about. */
export interface ProjectFinding<MessageId extends string = string> {
  file: string;
  finding: RuleFinding<MessageId>;
}

/** A rule that judges reports against each other (duplicate ids). */
export interface ProjectRule<Options = unknown, MessageId extends string = string> {
  id: string;
  meta: RuleMeta<Options, MessageId>;
  checkProject(entries: readonly ReportIndexEntry[], options: Options): Array<ProjectFinding<NoInfer<MessageId>>>;
}

/**
 * A rule whose findings are made while reading a report (`parser`) or applying the config's waivers
 * (`waivers`), with the messages of src/core/diagnostics.ts: it is listed, explained and re-levelled like any rule.
 */
export interface DiagnosticRule<MessageId extends string = string> {
  id: string;
  meta: RuleMeta<Record<string, never>, MessageId>;
  reportedBy: "parser" | "waivers";
}

export type Rule<Options = unknown> = ReportRule<Options> | ProjectRule<Options> | DiagnosticRule;

/**
 * A rule as written for defineRule: `meta.options` may be a function that builds the schema, run the first time
 * `meta.options` is read. Built-in rules are written so: a run parses options only for rules its config gives
 * options to (the defaults are computed when the CLI is built), so most runs build none of those schemas.
 */
export type RuleDefinition<R extends { meta: { options: unknown } }> = Omit<R, "meta"> & {
  meta: Omit<R["meta"], "options"> & { options: R["meta"]["options"] | (() => R["meta"]["options"]) };
};

/** The rule with its options schema built on first read, when it was given as a function. */
function withOptionsOnRead<R extends { meta: { options: unknown } }>(rule: RuleDefinition<R>): R {
  const build = rule.meta.options;
  if (typeof build !== "function") return rule as R;
  let schema: unknown;
  const meta = Object.defineProperty({ ...rule.meta }, "options", { enumerable: true, get: () => (schema ??= (build as () => unknown)()) });
  return { ...rule, meta } as unknown as R;
}

/** Types a rule from its options schema and messages: built-in rules and plugin rules are all written with it. */
export function defineRule<Options, MessageId extends string>(rule: RuleDefinition<ReportRule<Options, MessageId>>): ReportRule<Options, MessageId>;
export function defineRule<Options, MessageId extends string>(rule: RuleDefinition<ProjectRule<Options, MessageId>>): ProjectRule<Options, MessageId>;
export function defineRule<MessageId extends string>(rule: RuleDefinition<DiagnosticRule<MessageId>>): DiagnosticRule<MessageId>;
export function defineRule(rule: RuleDefinition<Rule>): Rule {
  return withOptionsOnRead(rule);
}

/** Defines a timed rule (defineRule's shape, with `observe` and `judge` for `check`); its `check` observes, then judges. */
export function defineTimedRule<Options, Facts, MessageId extends string>(rule: RuleDefinition<Omit<TimedReportRule<Options, Facts, MessageId>, "check">>): TimedReportRule<Options, Facts, MessageId> {
  const defined = withOptionsOnRead(rule);
  return { ...defined, check: (record, options, context) => defined.judge(defined.observe(record, options, context), options, context) };
}

export function isTimedRule(rule: ReportRule): rule is TimedReportRule {
  return "observe" in rule && "judge" in rule;
}

export function isProjectRule(rule: Rule): rule is ProjectRule {
  return "checkProject" in rule;
}

export function isReportRule(rule: Rule): rule is ReportRule {
  return "check" in rule;
}
