import { describe, expect, it } from "vitest";
import { defaultConfig } from "../config/resolve.js";
import { ROUTINE_SEED, SEED, seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { applyBaseline, createBaseline, parseBaseline, serializeBaseline } from "./baseline.js";
import { auditSources, type ReportSource } from "./engine.js";
import { legacyFingerprint } from "./fingerprint.js";

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
            "messageId": "blockedBelowReview",
            "message": "block_execution is true but severity 6 is below the review threshold 25",
            "fingerprint": "66ceb55b10b71555b252f30d177882f7",
            "count": 1
          },
          {
            "file": "a/fsar_proposal_a.md",
            "id": "fsar_00000000-0000-4000-8000-000000000000",
            "rule": "block-execution",
            "messageId": "blocks",
            "message": "the report blocks execution (block_execution: true)",
            "fingerprint": "1f7094a5e06a825aa59cb22365e2a096",
            "count": 1
          },
          {
            "file": "b/fsar_proposal_b.md",
            "id": "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286",
            "rule": "max-severity",
            "messageId": "atReview",
            "message": "severity 30 is at or above the review threshold 25",
            "fingerprint": "cd9e785edea6650a66a0822d43535988",
            "count": 1
          },
          {
            "file": "b/fsar_proposal_b.md",
            "id": "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286",
            "rule": "mitigation-coverage",
            "messageId": "uncovered",
            "message": "no mitigation addresses destructive data (destructive-data), signalled on line 8 by \\"TRUNCATE TABLE orders;\\": add one about a backup or snapshot and a tested restore",
            "fingerprint": "5b221b02d0fd96c6c1be9b68b3d2af4f",
            "count": 1
          },
          {
            "file": "b/fsar_proposal_b.md",
            "id": "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286",
            "rule": "risk-relevance",
            "messageId": "unrelated",
            "message": "no risk relates to what the proposal does: destructive-data (line 8: \\"TRUNCATE TABLE orders;\\")",
            "fingerprint": "c6317fedb1e09a24dc27f5939adabe35",
            "count": 1
          },
          {
            "file": "b/fsar_proposal_b.md",
            "id": "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286",
            "rule": "severity-underreported",
            "messageId": "assessed",
            "message": "the proposal is assessed block (score 55; sql-truncate (destructive-data) \\"TRUNCATE TABLE orders;\\") but the report declares severity 30; the block band starts at 45",
            "fingerprint": "b9df0ac492355870f76b79d22b94485a",
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
    expect(result.baseline).toEqual({ file: "fsar-baseline.json", matched: 6, stale: [] });
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
      ["b/fsar_proposal_b.md", "mitigation-coverage"],
      ["b/fsar_proposal_b.md", "risk-relevance"],
      ["b/fsar_proposal_b.md", "severity-underreported"],
    ]);
  });

  it("keeps quiet about a risk horizon that passed, whatever the day: the day count is no part of the fingerprint", () => {
    const report = [{ file: "r/fsar_proposal_r.md", content: ROUTINE_SEED }];
    const written = createBaseline(auditSources(report, config, new Date("2028-02-01T00:00:00Z")));
    expect(written.findings.map((entry) => [entry.rule, entry.messageId, entry.message])).toEqual([
      ["risk-horizon", "horizonPassed", "the horizon the report named, 2028-01-01, has passed (31 days ago)"],
    ]);
    for (const day of ["2028-02-02T00:00:00Z", "2028-03-15T00:00:00Z"]) {
      const result = applyBaseline(auditSources(report, config, new Date(day)), written, "fsar-baseline.json");
      expect(result.baseline).toEqual({ file: "fsar-baseline.json", matched: 1, stale: [] });
      expect(result.summary.errors).toBe(0);
    }
  });

  it("still matches the entries of a baseline written before findings had message ids", () => {
    // As fsar 0.1 wrote them: no messageId, and a fingerprint of the rule, the report's id and the message.
    const old = parseBaseline(
      JSON.stringify({
        version: 1,
        findings: [
          ["a/fsar_proposal_a.md", "fsar_00000000-0000-4000-8000-000000000000", "block-consistency", "block_execution is true but severity 6 is below the review threshold 25", "75209f3fe28ee473a16222a8a685754f"],
          ["a/fsar_proposal_a.md", "fsar_00000000-0000-4000-8000-000000000000", "block-execution", "the report blocks execution (block_execution: true)", "71c66ce86efc8baf5b42a36b4a63dc47"],
          ["b/fsar_proposal_b.md", "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286", "max-severity", "severity 30 is at or above the review threshold 25", "91607008c588e175cd1424196d5c39d3"],
          [
            "b/fsar_proposal_b.md",
            "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286",
            "severity-underreported",
            'the proposal is assessed block (score 55; sql-truncate (destructive-data) "TRUNCATE TABLE orders;") but the report declares severity 30; the block band starts at 45',
            "c838a88d487f04912e8b18536cf04ffa",
          ],
        ].map(([file, id, rule, message, fingerprint]) => ({ file, id, rule, message, fingerprint, count: 1 })),
      }),
      "fsar-baseline.json",
    );
    const result = applyBaseline(before, old, "fsar-baseline.json");
    expect(result.baseline).toEqual({ file: "fsar-baseline.json", matched: 4, stale: [] });
    // Only the rules fsar 0.1 did not have are left: their findings were never in that baseline.
    expect(result.results.flatMap((entry) => entry.findings.map((finding) => [entry.file, finding.rule]))).toEqual([
      ["b/fsar_proposal_b.md", "risk-relevance"],
      ["b/fsar_proposal_b.md", "mitigation-coverage"],
    ]);
  });

  it("names the old entries that no longer match, to be written again, and lets their findings count", () => {
    const report = [{ file: "r/fsar_proposal_r.md", content: ROUTINE_SEED }];
    const firstDay = auditSources(report, config, new Date("2028-02-01T00:00:00Z"));
    const finding = firstDay.results[0]!.findings[0]!;
    const entry = { file: "r/fsar_proposal_r.md", id: firstDay.results[0]!.id, rule: finding.rule, message: finding.message, fingerprint: legacyFingerprint(firstDay.results[0]!, finding), count: 1 };
    const old = parseBaseline(JSON.stringify({ version: 1, findings: [entry] }), "fsar-baseline.json");
    expect(applyBaseline(firstDay, old, "fsar-baseline.json").baseline).toEqual({ file: "fsar-baseline.json", matched: 1, stale: [] });
    const nextDay = applyBaseline(auditSources(report, config, new Date("2028-02-02T00:00:00Z")), old, "fsar-baseline.json");
    expect(nextDay.baseline).toEqual({ file: "fsar-baseline.json", matched: 0, stale: [], outdated: [entry] });
    expect(nextDay.summary.errors).toBe(1);
  });

  it("refuses a file that is not a baseline, naming it", () => {
    expect(() => parseBaseline('{"version": 2, "findings": []}', "old.json")).toThrow('old.json is not a fsar baseline: version: Invalid input: expected 1');
    expect(() => parseBaseline("nope", "old.json")).toThrow(/^old\.json is not a fsar baseline: invalid JSON/);
  });
});
