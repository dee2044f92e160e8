import type { z } from "zod";
import type { LevelSetting, RuleFinding } from "./finding.js";
import type { ReportRecord } from "./record.js";
import type { SeverityScale } from "./band.js";

/** What every rule may look at besides the record: time is an input, never read from the clock. */
export interface RuleContext {
  now: Date;
  severity: SeverityScale;
  /** The report's path, relative to the working folder, with `/` separators. */
  file: string;
  /** The record of the other form of the same report (md or json, same folder and basename) when it was audited with it and parsed. */
  twin: ReportRecord | null;
}

export interface RuleMeta<Options> {
  /** One line, shown by `fsar rules` and in SARIF. */
  description: string;
  defaultLevel: LevelSetting;
  /** Markdown documentation with an example, shown by `fsar explain`. */
  docs: string;
  /** The rule's options; parsing `{}` gives the defaults. */
  options: z.ZodType<Options>;
  /**
   * Set on rules whose findings are security findings: a score from 0.0 to 10.0 as CVSS gives it, by which
   * GitHub code scanning ranks their alerts (SARIF's `security-severity`).
   */
  securitySeverity?: number;
}

/** A rule that judges one report at a time. */
export interface ReportRule<Options = unknown> {
  id: string;
  meta: RuleMeta<Options>;
  check(record: ReportRecord, options: Options, context: RuleContext): RuleFinding[];
}

/** What a timed rule's `observe` sees: everything but the clock. */
export type ObserveContext = Omit<RuleContext, "now">;
/** What a timed rule's `judge` sees: the clock, but not the record or its twin. */
export type JudgeContext = Omit<RuleContext, "twin">;

/**
 * A report rule whose findings move with the clock, in two steps: `observe` reads the record (its facts are plain
 * JSON, kept by `--cache`), `judge` weighs them against now on every run. `check` is the two in turn.
 */
export interface TimedReportRule<Options = unknown, Facts = unknown> extends ReportRule<Options> {
  observe(record: ReportRecord, options: Options, context: ObserveContext): Facts;
  judge(facts: Facts, options: Options, context: JudgeContext): RuleFinding[];
}

/** What a cross-report rule sees of each report: only what it needs, so the engine never holds every record. */
export interface ReportIndexEntry {
  file: string;
  id: string;
  idLine: number | null;
  /** md and json twins (same folder and basename) share a key: they are one report. */
  twinKey: string;
}

/** A rule that judges reports against each other (duplicate ids). */
export interface ProjectRule<Options = unknown> {
  id: string;
  meta: RuleMeta<Options>;
  checkProject(entries: readonly ReportIndexEntry[], options: Options): Array<{ file: string; finding: RuleFinding }>;
}

export type Rule<Options = unknown> = ReportRule<Options> | ProjectRule<Options>;

/** Identity helper that types a report rule's options from its schema. */
export function defineRule<Options>(rule: ReportRule<Options>): ReportRule<Options> {
  return rule;
}

/** Defines a timed rule from its two steps; its `check` observes, then judges. */
export function defineTimedRule<Options, Facts>(rule: Omit<TimedReportRule<Options, Facts>, "check">): TimedReportRule<Options, Facts> {
  return { ...rule, check: (record, options, context) => rule.judge(rule.observe(record, options, context), options, context) };
}

export function isTimedRule(rule: ReportRule): rule is TimedReportRule {
  return "observe" in rule && "judge" in rule;
}

export function isProjectRule(rule: Rule): rule is ProjectRule {
  return "checkProject" in rule;
}
