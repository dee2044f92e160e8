import { describe, expect, it } from "vitest";
import { jsonOf, parseRecord, seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { findKeyword, findMatches, reportLines } from "./report-text.js";

const MD = seedWithProposalLine("first line\n  second line with DATA loss");

describe("report-text", () => {
  it("maps md proposal lines to file lines from the proposal's position", () => {
    expect(reportLines(parseRecord(MD), ["proposal"]).slice(0, 2)).toEqual([
      { field: "proposal", text: "first line", line: 8, column: 1 },
      { field: "proposal", text: "  second line with DATA loss", line: 9, column: 1 },
    ]);
  });

  it("starts md list items after their '- '", () => {
    expect(reportLines(parseRecord(MD), ["risks"])[0]).toEqual({ field: "risks", text: "Slow failure: unnoticed degradation accumulating by 2028-01-01", line: 32, column: 3 });
  });

  it("finds keywords case-insensitively, at the earliest place", () => {
    expect(findKeyword(reportLines(parseRecord(MD), ["proposal"]), ["loss", "data"])).toEqual({ field: "proposal", text: "DATA", line: 9, column: 20 });
  });

  it("places matches in a json string on the value's line, without a column", () => {
    const record = parseRecord(jsonOf(parseRecord(MD)), "fsar_proposal_x.json");
    expect(findMatches(record, ["proposal", "risks"], /data loss|by \d{4}/gi)).toEqual([
      { field: "proposal", text: "DATA loss", line: 4, column: null },
      { field: "risks", text: "by 2028", line: 7, column: null },
    ]);
  });
});
