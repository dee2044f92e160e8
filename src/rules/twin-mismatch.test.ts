import { describe, expect, it } from "vitest";
import { jsonOf, parseRecord, runRule, SEED } from "../../test/helpers/seed-report.js";
import { twinMismatch } from "./twin-mismatch.js";

const seedJson = jsonOf(parseRecord(SEED));

function jsonTwin(edit: (report: Record<string, unknown>) => void) {
  const report = JSON.parse(seedJson) as Record<string, unknown>;
  edit(report);
  return parseRecord(JSON.stringify(report, null, 2), "fsar_proposal_x.json");
}

describe("twin-mismatch", () => {
  it("passes twins that carry the same record", () => {
    expect(runRule(twinMismatch, SEED, { twin: parseRecord(seedJson, "fsar_proposal_x.json") })).toEqual([]);
  });

  it("warns, with its own message, when the twins differ only in line endings", () => {
    const twin = jsonTwin((report) => {
      report.proposal = String(report.proposal).replace("\n\n1. **", "\r\n\r\n1. **");
    });
    expect(runRule(twinMismatch, SEED, { twin })).toEqual([
      { message: "proposal differs from fsar_proposal_x.json only in line endings or trailing whitespace", line: 8, column: 1, level: "warn" },
    ]);
  });

  it("treats trailing whitespace like a line ending", () => {
    const twin = jsonTwin((report) => {
      report.mitigations = (report.mitigations as string[]).map((item, index) => (index === 1 ? `${item}  ` : item));
    });
    expect(runRule(twinMismatch, SEED, { twin })).toEqual([
      { message: "mitigations differs from fsar_proposal_x.json only in line endings or trailing whitespace", line: 36, column: 3, level: "warn" },
    ]);
  });

  it("fails on every other differing field, naming each on its own line", () => {
    const twin = jsonTwin((report) => {
      report.severity = 48;
      report.block_execution = true;
      report.risks = (report.risks as string[]).map((item, index) => (index === 1 ? "Unintended consequence: something else" : item));
    });
    expect(runRule(twinMismatch, SEED, { twin })).toEqual([
      { message: "severity is 6 here but 48 in fsar_proposal_x.json", line: 4, column: 13, level: "error" },
      { message: "block_execution is false here but true in fsar_proposal_x.json", line: 5, column: 20, level: "error" },
      { message: "risks item 2 differs from fsar_proposal_x.json", line: 31, column: 3, level: "error" },
    ]);
  });

  it("names the field without quoting the text, which may hold secrets", () => {
    const twin = jsonTwin((report) => {
      report.proposal = `${String(report.proposal)} sk_live_51Habcdefghijklmnopqrstuv`;
    });
    expect(runRule(twinMismatch, SEED, { twin })).toEqual([{ message: "proposal differs from fsar_proposal_x.json", line: 8, column: 1, level: "error" }]);
  });

  it("passes a report audited without its twin by default", () => {
    expect(runRule(twinMismatch, SEED)).toEqual([]);
  });

  it("fails a report without its twin when requireTwin is set", () => {
    expect(runRule(twinMismatch, seedJson, { file: "reports/fsar_proposal_x.json", options: { requireTwin: true } })).toEqual([
      { message: "no readable md twin fsar_proposal_x.md was audited with this report", line: null, column: null },
    ]);
  });
});
