import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../config/resolve.js";
import { parseReport } from "../core/parse.js";
import { recordValuesArbitrary, renderJsonReport, renderMarkdownReport } from "../../test/helpers/arbitraries.js";
import { diffRecords } from "./diff-records.js";
import { diffReportSources } from "./diff-sources.js";

const SCALE = { max: 75, review: 25, block: 45 };
const CONFIG = defaultConfig("/");
const NOW = new Date("2026-11-26T00:00:00Z");

/** Report-shaped text with damage: lines dropped, duplicated or cut, and arbitrary bytes. */
const contentArbitrary = fc.oneof(
  recordValuesArbitrary.map(renderMarkdownReport),
  recordValuesArbitrary.map(renderJsonReport),
  fc.tuple(recordValuesArbitrary.map(renderMarkdownReport), fc.nat(), fc.nat()).map(([text, a, b]) => {
    const lines = text.split("\n");
    lines.splice(a % lines.length, b % 3);
    return lines.join("\n");
  }),
  fc.tuple(recordValuesArbitrary.map(renderJsonReport), fc.nat()).map(([text, cut]) => text.slice(0, cut % text.length)),
  fc.string(),
  fc.uint8Array({ maxLength: 200 }),
);

describe("semantic diff properties", () => {
  it("diff(a, a) is empty", () => {
    fc.assert(
      fc.property(recordValuesArbitrary, (record) => {
        expect(diffRecords(record, record, { severity: SCALE, verdicts: { old: "warn", new: "warn" } })).toEqual([]);
      }),
    );
  });

  it("md and json twins of one record have no differences", () => {
    fc.assert(
      fc.property(recordValuesArbitrary, (record) => {
        const md = parseReport(renderMarkdownReport(record), { file: "fsar_x.md" });
        const json = parseReport(renderJsonReport(record), { file: "fsar_x.json" });
        expect(md.diagnostics).toEqual([]);
        expect(json.diagnostics).toEqual([]);
        expect(diffRecords(md.record!, json.record!, { severity: SCALE })).toEqual([]);
      }),
    );
  });

  it("never throws on two records, and every change moves a field", () => {
    fc.assert(
      fc.property(recordValuesArbitrary, recordValuesArbitrary, (a, b) => {
        for (const change of diffRecords(a, b, { severity: SCALE })) expect(change.old).not.toEqual(change.new);
      }),
    );
  });

  it("never throws on any content, and a source compared with itself has no changes", () => {
    fc.assert(
      fc.property(contentArbitrary, contentArbitrary, fc.constantFrom("fsar_a.md", "fsar_a.json"), (a, b, file) => {
        diffReportSources({ file, content: a }, { file, content: b }, { config: CONFIG, now: NOW });
        expect(diffReportSources({ file, content: a }, { file, content: a }, { config: CONFIG, now: NOW }).changes).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
