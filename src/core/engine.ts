import { severityBand, type SeverityScale } from "./band.js";
import { detachString } from "./detach.js";
import { renderFinding, type Finding, type FindingData, type Level, type LevelSetting, type RuleFinding } from "./finding.js";
import { parseReport, type ParsedReport } from "./parse.js";
import type { ReportFormat, ReportRecord } from "./record.js";
import { itemListKey } from "./item-lists.js";
import { ReportText } from "./report-text.js";
import { applyWaivers, type Waiver } from "./waivers.js";
import { summarize, type AuditResult, type FileResult, type ReportRisk } from "./results.js";
import { isProjectRule, isReportRule, isTimedRule, type JudgeContext, type ProjectFinding, type ReportIndexEntry, type ReportRule, type Rule, type RuleContext } from "./rule.js";
import { groupTwins, twinKey } from "./paths.js";

export { summarize, type AuditResult, type AuditSummary, type FileResult, type ReportRisk, type Verdict } from "./results.js";

/** A rule's level and its parsed options (defaults filled in). */
export interface RuleConfig {
  level: LevelSetting;
  options: unknown;
}

/** What the engine needs of a config; src/config's ResolvedConfig is one. */
export interface EngineConfig {
  /** The config file, or null when none was found. */
  file: string | null;
  severity: SeverityScale;
  /** Every rule that can run. */
  ruleSet: readonly Rule[];
  /** Rule settings before overrides. */
  rules: ReadonlyMap<string, RuleConfig>;
  /** The rule settings for one file, overrides applied, by its path from the config's folder. */
  rulesFor(pathFromConfig: string): ReadonlyMap<string, RuleConfig>;
  /** Accepted findings, suppressed until each waiver expires. */
  waivers: readonly Waiver[];
  /** Assesses a record's risk with the model in force (src/risk), for every report that parses. */
  assessRisk?: (record: ReportRecord) => ReportRisk;
}

/** One file's content, as the engine receives it. */
export interface ReportSource {
  /** The path shown in results: relative to the working folder, `/` separators. */
  file: string;
  /** The path matched against override globs: relative to the config's folder, `/` separators. */
  pathFromConfig?: string;
  content: Uint8Array | string;
}

/**
 * What auditing one file found, apart from the clock: enough to replay its result on a later run without reading it
 * (`--cache`, see Auditor.addAudited). Plain JSON.
 */
export interface AuditedFile {
  format: ReportFormat;
  id: string | null;
  severity: number | null;
  /** The parser's findings and those of every rule that does not look at now. */
  findings: Finding[];
  /** What cross-report rules need of the report; null when it did not parse. */
  index: Omit<ReportIndexEntry, "file" | "twinKey"> | null;
  /** Each timed rule's facts, by rule id: judged against now whenever the file is replayed. */
  timed: Array<[rule: string, facts: unknown]>;
  /** Set when a rule that is not timed looked at now: its findings hold for this run only, so the file must not be replayed. */
  clockBound?: true;
  /** The assessed risk, when the report parsed. */
  risk?: ReportRisk;
}

/** A rule threw: the run stops (exit 2) naming the rule and the report, never a silent pass. */
export class RuleCrashError extends Error {
  constructor(
    readonly rule: string,
    readonly file: string,
    override readonly cause: unknown,
  ) {
    super(`rule "${rule}" failed on ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "RuleCrashError";
  }
}

/** `earlier` when it is the same text as `value`: one string kept for both. */
function sameOr<Text extends string | null>(value: Text, earlier: Text | undefined): Text {
  return earlier !== undefined && earlier === value ? earlier : value;
}

/** A report rule that is on, with its level and options. */
interface ActiveRule {
  rule: ReportRule;
  level: Level;
  options: unknown;
}

const LEVEL_RANK: Record<Level, number> = { warn: 1, error: 2 };

/** Copies of the data's strings: a value cut from a report's text must not keep the whole text alive in the results. */
function detachData(data: FindingData | undefined): FindingData | undefined {
  if (data === undefined) return undefined;
  const copy: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(data)) copy[key] = typeof value === "string" ? detachString(value) : value;
  return copy;
}

function toFinding(rule: Rule, configured: Level, found: RuleFinding): Finding {
  // The configured level caps a rule's own level: a rule set to warn never fails a build.
  const level = found.level && LEVEL_RANK[found.level] < LEVEL_RANK[configured] ? found.level : configured;
  const finding = renderFinding(rule, { ...found, data: detachData(found.data) }, level);
  finding.message = detachString(finding.message);
  return finding;
}

/**
 * Audits reports one twin group at a time and keeps only results and the small index that
 * cross-report rules need, so memory does not grow with the size of the reports.
 */
export class Auditor {
  private readonly results: FileResult[] = [];
  private readonly index: ReportIndexEntry[] = [];
  private readonly risksWithoutSignals = new Map<string, ReportRisk>();
  private readonly ruleLevels = new Map<string, ReadonlyMap<string, RuleConfig>>();
  private readonly pathsFromConfig = new Map<string, string>();
  private readonly activeRules = new Map<ReadonlyMap<string, RuleConfig>, ActiveRule[]>();
  /** Whether a rule read now from the context of the report being audited. */
  private nowRead = false;
  private readonly nowProperty: PropertyDescriptor = {
    get: (): Date => {
      this.nowRead = true;
      return this.now;
    },
    enumerable: true,
    configurable: true,
  };
  /** Called with each record that parsed, as it is audited: a caller (the trend) keeps what it needs without parsing twice. */
  onRecord: ((file: string, record: ReportRecord) => void) | null = null;

  /** `configFileShown`: the config file as results name it (relative to the working folder), for findings about waivers. */
  constructor(
    private readonly config: EngineConfig,
    private readonly now: Date,
    private readonly configFileShown: string = config.file ?? "fsar.config.yaml",
  ) {}

  /** Audits the md and json forms of one report (either may be missing); each form's rules see the other as its twin. */
  addGroup(sources: readonly ReportSource[]): void {
    this.auditGroup(sources).forEach((audited, index) => {
      this.addAudited(sources[index]!, audited, { owned: true });
    });
  }

  /** What auditing each of the md and json forms of one report finds, in order, without adding results (see addAudited). */
  auditGroup(sources: readonly ReportSource[]): AuditedFile[] {
    const parsed = sources.map((source) => parseReport(source.content, { file: source.file }));
    // One text per record, each after the one before: a twin of the same text shares what was found in it.
    let previous: ReportText | null = null;
    // Twins usually have one id: one copy of it serves both results.
    let id: string | null = null;
    return sources.map((source, index) => {
      const twin = parsed.find((other, otherIndex) => otherIndex !== index && other.record !== null)?.record ?? null;
      const record = parsed[index]!.record;
      const text = record === null ? null : new ReportText(record, previous);
      if (text !== null) previous = text;
      const parsedId = parsed[index]!.id;
      if (parsedId !== null && parsedId !== id) id = detachString(parsedId);
      return this.auditParsed(source, parsed[index]!, twin, text, parsedId === null ? null : id);
    });
  }

  /** The report rules switched on in a set of rule settings, in the config's order; there are few distinct sets. */
  private reportRulesOn(rules: ReadonlyMap<string, RuleConfig>): readonly ActiveRule[] {
    let active = this.activeRules.get(rules);
    if (!active) {
      active = [];
      for (const rule of this.config.ruleSet) {
        const setting = rules.get(rule.id);
        if (isReportRule(rule) && setting && setting.level !== "off") active.push({ rule, level: setting.level, options: setting.options });
      }
      this.activeRules.set(rules, active);
    }
    return active;
  }

  private rulesOf(source: Pick<ReportSource, "file" | "pathFromConfig">): ReadonlyMap<string, RuleConfig> {
    return this.config.rulesFor(source.pathFromConfig ?? source.file);
  }

  /** `id`: the parsed id, detached (see detachString). */
  private auditParsed(source: ReportSource, parsed: ParsedReport, twin: ReportRecord | null, text: ReportText | null, id: string | null): AuditedFile {
    const rules = this.rulesOf(source);
    const findings: Finding[] = [];
    for (const diagnostic of parsed.diagnostics) {
      const level = rules.get(diagnostic.rule)?.level ?? "error";
      findings.push({ ...diagnostic, data: detachData(diagnostic.data)!, identity: detachData(diagnostic.identity)!, message: detachString(diagnostic.message), level: level === "off" ? "error" : level });
    }
    const record = parsed.record;
    const audited: AuditedFile = { format: parsed.format, id, severity: parsed.severity, findings, index: null, timed: [] };
    if (record && text) {
      const assessment = this.config.assessRisk?.(record);
      // Each signal's text is cut from the report: a copy, or every result would keep its whole report alive.
      if (assessment) audited.risk = { score: assessment.score, band: assessment.band, signals: assessment.signals.map((signal) => ({ ...signal, text: detachString(signal.text) })) };
      // A rule that reads now without being timed makes the file's findings hold for this run only.
      this.nowRead = false;
      // `now` first, as an own getter (a spread of the context reads it); the one getter for every context, so that
      // all have one shape and rules read them fast (a literal with a getter of its own is a dictionary).
      const context = Object.defineProperty({}, "now", this.nowProperty) as RuleContext;
      context.severity = this.config.severity;
      context.file = source.file;
      context.twin = twin;
      context.text = text;
      if (assessment) context.risk = assessment;
      for (const { rule, level, options } of this.reportRulesOn(rules)) {
        try {
          if (isTimedRule(rule)) {
            audited.timed.push([rule.id, rule.observe(record, options, context)]);
          } else {
            for (const item of rule.check(record, options, context)) findings.push(toFinding(rule, level, item));
          }
        } catch (error) {
          throw new RuleCrashError(rule.id, source.file, error);
        }
      }
      if (this.nowRead) audited.clockBound = true;
      audited.index = {
        id: id ?? detachString(record.id),
        idLine: record.positions.id.line,
        risksKey: itemListKey(record.risks),
        risksLine: record.positions.risks.line,
        mitigationsKey: itemListKey(record.mitigations),
        mitigationsLine: record.positions.mitigations.line,
      };
      this.onRecord?.(source.file, record);
    }
    return audited;
  }

  /**
   * Adds a file's result from what auditing it found, now or on an earlier run: timed rules judge their facts
   * against this run's now. `audited` is left as it is, unless `owned` says nothing else will read it.
   */
  addAudited(source: Pick<ReportSource, "file" | "pathFromConfig">, audited: AuditedFile, { owned = false }: { owned?: boolean } = {}): void {
    const rules = this.rulesOf(source);
    // Most files have the config's own rules and are named the same from the config's folder: only exceptions are remembered.
    if (rules !== this.config.rules) this.ruleLevels.set(source.file, rules);
    if (source.pathFromConfig !== undefined && source.pathFromConfig !== source.file) this.pathsFromConfig.set(source.file, source.pathFromConfig);
    // Waivers and cross-report rules change a result's findings later: copies, unless nothing else holds them.
    const findings = owned ? audited.findings : audited.findings.map((finding) => ({ ...finding }));
    if (audited.timed.length > 0) {
      const context: JudgeContext = { now: this.now, severity: this.config.severity, file: source.file };
      const active = this.reportRulesOn(rules);
      for (const [ruleId, facts] of audited.timed) {
        const entry = active.find((candidate) => candidate.rule.id === ruleId);
        if (!entry || !isTimedRule(entry.rule)) continue;
        let found: RuleFinding[];
        try {
          found = entry.rule.judge(facts, entry.options, context);
        } catch (error) {
          throw new RuleCrashError(ruleId, source.file, error);
        }
        try {
          for (const item of found) findings.push(toFinding(entry.rule, entry.level, item));
        } catch (error) {
          throw new RuleCrashError(ruleId, source.file, error);
        }
      }
    }
    // Twins come one after the other: the second takes the first's strings where they are equal, as an audit on
    // this thread gives them; what a worker or the cache gives comes as copies of its own.
    const id = sameOr(audited.id, this.results.at(-1)?.id);
    // Twins by path, not by name: one report reached from two pushed refs (`a:reports/x.md`, `b:reports/x.md`) is one report.
    if (audited.index) {
      const { idLine, risksLine, mitigationsLine } = audited.index;
      const before = this.index.at(-1);
      // One literal with every field: a spread left half of them in a second array of properties per entry.
      this.index.push({
        file: source.file,
        id: sameOr(audited.index.id, id ?? undefined),
        idLine,
        twinKey: sameOr(twinKey(source.pathFromConfig ?? source.file), before?.twinKey),
        risksKey: sameOr(audited.index.risksKey, before?.risksKey),
        risksLine,
        mitigationsKey: sameOr(audited.index.mitigationsKey, before?.mitigationsKey),
        mitigationsLine,
      });
    }
    const risk = audited.risk && audited.risk.signals.length === 0 ? this.riskWithoutSignals(audited.risk.score, audited.risk.band) : audited.risk;
    this.results.push({
      file: source.file,
      format: audited.format,
      id,
      severity: audited.severity,
      band: audited.severity === null ? null : severityBand(audited.severity, this.config.severity),
      verdict: "pass",
      findings,
      ...(risk ? { risk } : {}),
    });
  }

  /**
   * Most reports have no risk signal: their results share one frozen risk per score and band (at 100k reports,
   * a risk and a list each were a tenth of what results held).
   */
  private riskWithoutSignals(score: number, band: ReportRisk["band"]): ReportRisk {
    const key = `${score}:${band}`;
    let risk = this.risksWithoutSignals.get(key);
    if (!risk) {
      risk = Object.freeze({ score, band, signals: Object.freeze([]) as unknown as ReportRisk["signals"] }) as ReportRisk;
      this.risksWithoutSignals.set(key, risk);
    }
    return risk;
  }

  /** How many results there are so far. */
  get resultCount(): number {
    return this.results.length;
  }

  /** A path that could not be read becomes a failing result, with a parse-error finding saying why (see diagnostics.ts). */
  addUnreadable(file: string, finding: Finding): void {
    const format: ReportFormat = /\.json$/i.test(file) ? "json" : "markdown";
    this.results.push({ file, format, id: null, severity: null, band: null, verdict: "fail", findings: [finding] });
  }

  private levelsFor(file: string): ReadonlyMap<string, RuleConfig> {
    return this.ruleLevels.get(file) ?? this.config.rules;
  }

  finish(skipped: number): AuditResult {
    // Cross-report rules see reports in file order, whatever order they were audited in.
    this.index.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    // Cross-report findings by file, added to the results in one pass: a map of every result is big at 100k files.
    const projectFindings = new Map<string, Finding[]>();
    for (const rule of this.config.ruleSet) {
      if (!isProjectRule(rule)) continue;
      const enabled = this.index.filter((entry) => (this.levelsFor(entry.file).get(rule.id)?.level ?? "off") !== "off");
      if (enabled.length === 0) continue;
      const options = this.config.rules.get(rule.id)?.options;
      let found: ProjectFinding[];
      try {
        found = rule.checkProject(enabled, options);
      } catch (error) {
        throw new RuleCrashError(rule.id, "(all reports)", error);
      }
      for (const { file, finding } of found) {
        const level = this.levelsFor(file).get(rule.id)?.level;
        if (!level || level === "off") continue;
        const list = projectFindings.get(file);
        let rendered: Finding;
        try {
          rendered = toFinding(rule, level, finding);
        } catch (error) {
          throw new RuleCrashError(rule.id, file, error);
        }
        if (list) list.push(rendered);
        else projectFindings.set(file, [rendered]);
      }
    }
    if (projectFindings.size > 0) {
      for (const result of this.results) {
        const added = projectFindings.get(result.file);
        if (added) for (const finding of added) result.findings.push(finding);
      }
    }
    const waiverFindings = applyWaivers(
      this.results,
      this.config.waivers,
      this.now,
      (file) => this.pathsFromConfig.get(file) ?? file,
      (rule) => this.config.rules.get(rule)?.level,
    );
    if (waiverFindings.length > 0) {
      this.results.push({ file: this.configFileShown, format: "config", id: null, severity: null, band: null, verdict: "pass", findings: waiverFindings });
    }
    const summary = summarize(this.results, skipped);
    this.results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { summary, results: this.results };
  }
}

/** Audits in-memory sources: the pure core of `fsar audit`. Sources with the same path minus extension are twins. */
export function auditSources(sources: readonly ReportSource[], config: EngineConfig, now: Date, skipped = 0): AuditResult {
  const auditor = new Auditor(config, now);
  for (const group of groupTwins(sources, (source) => source.file)) auditor.addGroup(group);
  return auditor.finish(skipped);
}
