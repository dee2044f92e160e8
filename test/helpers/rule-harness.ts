import { parseReport } from "../../src/core/parse.js";
import { renderMessage, type RuleFinding } from "../../src/core/finding.js";
import { ReportText } from "../../src/core/report-text.js";
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

/** A rule context without the record's text: check() builds it for the record it runs on. */
export type TestContext = Omit<RuleContext, "text">;

export function contextOf(overrides: Partial<TestContext> = {}): TestContext {
  return { now: NOW, severity: { max: 75, review: 25, block: 45 }, file: "r.md", twin: null, ...overrides };
}

/** A rule finding with its message rendered, as the engine renders it (no messageId or data: tests read the text). */
export interface RenderedFinding {
  message: string;
  line?: number | null;
  column?: number | null;
  level?: RuleFinding["level"];
}

export function renderRuleFindings(rule: Pick<ReportRule, "meta">, found: readonly RuleFinding[]): RenderedFinding[] {
  return found.map(({ messageId, data, ...rest }) => ({ message: renderMessage(rule.meta.messages[messageId]!, data), ...rest }));
}

/** Runs a rule with its default options (or the given ones, parsed by the rule's schema). */
export function check<O, M extends string>(rule: ReportRule<O, M>, record: ReportRecord, options: unknown = {}, context: TestContext = contextOf()): RenderedFinding[] {
  return renderRuleFindings(rule as ReportRule<O>, rule.check(record, rule.meta.options.parse(options), { ...context, text: new ReportText(record) }));
}
