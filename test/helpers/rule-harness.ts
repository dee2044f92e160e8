import { parseReport } from "../../src/core/parse.js";
import type { RuleFinding } from "../../src/core/finding.js";
import type { ReportRecord } from "../../src/core/record.js";
import type { ReportRule, RuleContext } from "../../src/core/rule.js";
import { producerJson, producerMarkdown, SAMPLE, type ProducerRecord } from "./report-text.js";

export const NOW = new Date("2026-11-26T00:00:00.000Z");

/** A record as the parser reads it from what the producer would write (markdown by default). */
export function recordOf(fields: Partial<ProducerRecord> = {}, format: "markdown" | "json" = "markdown"): ReportRecord {
  const producer = { ...SAMPLE, ...fields };
  const parsed = parseReport(format === "json" ? producerJson(producer) : producerMarkdown(producer), { file: format === "json" ? "r.json" : "r.md" });
  if (!parsed.record) throw new Error(`fixture did not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.record;
}

export function contextOf(overrides: Partial<RuleContext> = {}): RuleContext {
  return { now: NOW, severity: { max: 75, review: 25, block: 45 }, file: "r.md", twin: null, ...overrides };
}

/** Runs a rule with its default options (or the given ones, parsed by the rule's schema). */
export function check<O>(rule: ReportRule<O>, record: ReportRecord, options: unknown = {}, context: RuleContext = contextOf()): RuleFinding[] {
  return rule.check(record, rule.meta.options.parse(options), context);
}
