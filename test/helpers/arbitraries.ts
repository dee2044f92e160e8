/**
 * fast-check arbitraries for report records, and renderers that write a record the way the producer
 * does (md and json twins), for property tests of the parser, the rules and the diff.
 */
import fc from "fast-check";
import { itemCategory, type ReportItem, type ReportRecord } from "../../src/core/record.js";
import { producerJson, producerMarkdown, type ProducerRecord } from "./report-text.js";

/** A record as the parsers return it, minus where its fields stand in a file. */
export type RecordValues = Pick<ReportRecord, "id" | "timestamp" | "severity" | "block_execution" | "proposal" | "risks" | "mitigations">;

/** One line of any text: graphemes of every kind, newlines turned into spaces. */
export const oneLineText = (maxLength = 60): fc.Arbitrary<string> =>
  fc.string({ unit: "grapheme", maxLength }).map((text) => text.replace(/[\r\n\u2028\u2029]/g, " "));

/** A header value as the md form can carry it: one line, no spaces at its ends (the parser trims them), not empty. */
const headerValue = (maxLength: number): fc.Arbitrary<string> =>
  oneLineText(maxLength)
    .map((text) => text.trim())
    .filter((text) => text !== "");

const CATEGORIES = ["Slow failure", "Unintended consequence", "Incentive drift", "Data loss", "Security"];

/** A risk or mitigation text: usually `Category: description`, sometimes with a horizon date. */
export const itemTextArbitrary: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
    oneLineText(50),
    fc.option(fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }), { nil: null }),
  )
  .map(([category, text, horizon]) => `${category ? `${category}: ` : ""}${text}${horizon ? ` by ${horizon.toISOString().slice(0, 10)}` : ""}`);

function toItems(texts: readonly string[]): ReportItem[] {
  return texts.map((text, index) => ({ text, category: itemCategory(text), line: index + 1 }));
}

/** A proposal: several lines of any text, possibly with its own `## ` headings and fences. */
export const proposalArbitrary: fc.Arbitrary<string> = fc
  .array(fc.oneof(oneLineText(80), fc.constantFrom("## Risks", "## Phase 2: roll out", "```sql", "- not an item", "")), { minLength: 1, maxLength: 8 })
  .map((lines) => lines.join("\n"));

export const recordValuesArbitrary: fc.Arbitrary<RecordValues> = fc.record({
  id: fc.oneof(fc.uuid().map((uuid) => `fsar_${uuid}`), headerValue(40)),
  timestamp: fc.oneof(fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true }).map((date) => date.toISOString()), headerValue(30)),
  severity: fc.oneof(fc.integer({ min: 0, max: 75 }), fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 })),
  block_execution: fc.boolean(),
  proposal: proposalArbitrary,
  risks: fc.array(itemTextArbitrary, { maxLength: 5 }).map(toItems),
  mitigations: fc.array(itemTextArbitrary, { maxLength: 5 }).map(toItems),
});

function producerValues(record: RecordValues): ProducerRecord {
  return { ...record, risks: record.risks.map((risk) => risk.text), mitigations: record.mitigations.map((mitigation) => mitigation.text) };
}

/** The md form, line by line as the producer writes it (no final newline). */
export function renderMarkdownReport(record: RecordValues): string {
  return producerMarkdown(producerValues(record));
}

/** The json twin, pretty-printed with two spaces as the producer writes it. */
export function renderJsonReport(record: RecordValues): string {
  return producerJson(producerValues(record));
}
