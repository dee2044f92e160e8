import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { producerJson, producerMarkdown, SAMPLE, type ProducerRecord } from "../../test/helpers/report-text.js";
import { parseReport } from "./parse.js";

const line = (options: { minLength?: number } = {}) => fc.string({ unit: "grapheme", ...options }).filter((text) => !/[\r\n]/.test(text));
const headerValue = line({ minLength: 1 }).filter((text) => text.trim() === text && text !== "");

/** Records the producer could write: header values are single trimmed lines, items single lines. */
const producerRecord: fc.Arbitrary<ProducerRecord> = fc.record({
  id: headerValue,
  timestamp: headerValue,
  severity: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ noNaN: true, noDefaultInfinity: true })).filter((n) => !Object.is(n, -0)),
  block_execution: fc.boolean(),
  proposal: fc.string({ unit: "grapheme" }).map((text) => text.replace(/\r/g, "")),
  risks: fc.array(line(), { maxLength: 5 }),
  mitigations: fc.array(line(), { maxLength: 5 }),
});


describe("parser properties", () => {
  it("never throws on any bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("r.md", "r.json", undefined), (bytes, file) => {
        const parsed = parseReport(bytes, { file });
        expect(parsed.record === null).toBe(parsed.diagnostics.length > 0);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on a report with random lines inserted, removed or duplicated", () => {
    const lines = producerMarkdown(SAMPLE).split("\n");
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length), fc.oneof(fc.constant(null), fc.constantFrom("## Risks", "## Mitigations", "- proposal:", "- severity: 9", "```", "<!--", "- x", "", "# FSAR Proposal Report"), fc.string())), { maxLength: 8 }),
        (edits) => {
          const edited = [...lines];
          for (const [at, text] of edits) {
            if (text === null) edited.splice(at, 1);
            else edited.splice(at, 0, text);
          }
          const parsed = parseReport(edited.join("\n"), { file: "r.md" });
          for (const diagnostic of parsed.diagnostics) expect(diagnostic.line === null || diagnostic.line >= 1).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("never throws on any JSON-ish text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((value) => JSON.stringify({ ...SAMPLE, severity: value }))), (text) => {
        parseReport(text, { file: "r.json" });
      }),
      { numRuns: 500 },
    );
  });

  it("reads back exactly what the producer wrote, in markdown", () => {
    fc.assert(
      fc.property(producerRecord, (record) => {
        const parsed = parseReport(producerMarkdown(record), { file: "r.md" });
        expect(parsed.diagnostics).toEqual([]);
        const back = parsed.record!;
        expect({ ...back, risks: back.risks.map((item) => item.text), mitigations: back.mitigations.map((item) => item.text) }).toEqual({ ...record, format: "markdown", positions: back.positions });
      }),
      { numRuns: 300 },
    );
  });

  it("reads back exactly what the producer wrote, in json", () => {
    fc.assert(
      fc.property(producerRecord, (record) => {
        const parsed = parseReport(producerJson(record), { file: "r.json" });
        expect(parsed.diagnostics).toEqual([]);
        const back = parsed.record!;
        expect({ ...back, risks: back.risks.map((item) => item.text), mitigations: back.mitigations.map((item) => item.text) }).toEqual({ ...record, format: "json", positions: back.positions });
      }),
      { numRuns: 300 },
    );
  });
});
