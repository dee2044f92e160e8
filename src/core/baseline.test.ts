import { describe, expect, it } from "vitest";
import { defaultConfig } from "../config/resolve.js";
import { SEED, seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { applyBaseline, createBaseline, parseBaseline, serializeBaseline } from "./baseline.js";
import { auditSources, type ReportSource } from "./engine.js";

const NOW = new Date("2026-11-26T00:00:00Z");
const config = defaultConfig(".");
const OTHER = SEED.replace("fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286", "fsar_00000000-0000-4000-8000-000000000000");

function auditOf(sources: ReportSource[]) {
  return auditSources(sources, config, NOW);
}

describe("baseline", () => {
  const before = auditOf([
    { file: "b/fsar_proposal_b.md", content: seedWithProposalLine("TRUNCATE TABLE orders;").replace("- severity: 6", "- severity: 30") },
    { file: "a/fsar_proposal_a.md", content: OTHER.replace("- block_execution: false", "- block_execution: true") },
  ]);
  const baseline = createBaseline(before);

  it("holds one sorted entry per report, rule and message, with a fingerprint and no line", () => {
    expect(serializeBaseline(baseline)).toMatchInlineSnapshot(`
      "{
        "version": 1,
        "findings": [
          {
            "file": "a/fsar_proposal_a.md",
            "id": "fsar_00000000-0000-4000-8000-000000000000",
            "rule": "block-consistency",
            "message": "block_execution is true but severity 6 is below the review threshold 25",
            "fingerprint": "75209f3fe28ee473a16222a8a685754f",
            "count": 1
          },
          {
            "file": "a/fsar_proposal_a.md",
            "id": "fsar_00000000-0000-4000-8000-000000000000",
            "rule": "block-execution",
            "message": "the report blocks execution (block_execution: true)",
            "fingerprint": "71c66ce86efc8baf5b42a36b4a63dc47",
            "count": 1
          },
          {
            "file": "b/fsar_proposal_b.md",
            "id": "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286",
            "rule": "max-severity",
            "message": "severity 30 is at or above the review threshold 25",
            "fingerprint": "91607008c588e175cd1424196d5c39d3",
            "count": 1
          },
          {
            "file": "b/fsar_proposal_b.md",
            "id": "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286",
            "rule": "severity-underreported",
            "message": "the proposal is assessed block (score 55; sql-truncate (destructive-data) \\"TRUNCATE TABLE orders;\\") but the report declares severity 30; the block band starts at 45",
            "fingerprint": "c838a88d487f04912e8b18536cf04ffa",
            "count": 1
          }
        ]
      }
      "
    `);
  });

  it("leaves out known findings even when their lines moved, and reports new ones", () => {
    const moved = seedWithProposalLine("new first line\nTRUNCATE TABLE orders;").replace("- severity: 6", "- severity: 30");
    const after = auditOf([
      { file: "b/fsar_proposal_b.md", content: moved.replace("- Add scheduled", "- Rotate sk_live_" + "Zq81kLm29XcVb47NpRt3\n- Add scheduled") },
      { file: "a/fsar_proposal_a.md", content: OTHER.replace("- block_execution: false", "- block_execution: true") },
    ]);
    const result = applyBaseline(after, baseline, "fsar-baseline.json");
    expect(result.baseline).toEqual({ file: "fsar-baseline.json", matched: 4, stale: [] });
    expect(result.summary).toEqual({ reports: 2, pass: 1, warn: 0, fail: 1, errors: 1, warnings: 0, skipped: 0 });
    expect(result.results.flatMap((entry) => entry.findings.map((finding) => [entry.file, finding.rule, finding.line]))).toEqual([["b/fsar_proposal_b.md", "secrets", 37]]);
  });

  it("lists the entries that no longer occur, so the file can be pruned", () => {
    const fixed = auditOf([{ file: "a/fsar_proposal_a.md", content: OTHER }]);
    const result = applyBaseline(fixed, baseline, "fsar-baseline.json");
    expect(result.baseline?.matched).toBe(0);
    expect(result.baseline?.stale.map((entry) => [entry.file, entry.rule])).toEqual([
      ["a/fsar_proposal_a.md", "block-consistency"],
      ["a/fsar_proposal_a.md", "block-execution"],
      ["b/fsar_proposal_b.md", "max-severity"],
      ["b/fsar_proposal_b.md", "severity-underreported"],
    ]);
  });

  it("refuses a file that is not a baseline, naming it", () => {
    expect(() => parseBaseline('{"version": 2, "findings": []}', "old.json")).toThrow('old.json is not a fsar baseline: version: Invalid input: expected 1');
    expect(() => parseBaseline("nope", "old.json")).toThrow(/^old\.json is not a fsar baseline: invalid JSON/);
  });
});
