import { describe, expect, it } from "vitest";
import { jsonOf, parseRecord, runRule, SEED, seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { ENHANCED_GATE_MODEL, severityUnderreported } from "./severity-underreported.js";

const strict = { options: { model: ENHANCED_GATE_MODEL } };

/** A report whose proposal is one line (file line 8), free of the seed's own signals. */
function minimal(proposal: string): string {
  return `# FSAR Proposal Report\n- id: fsar_x\n- timestamp: 2026-01-02T03:20:46.775Z\n- severity: 6\n- block_execution: false\n- proposal:\n\n${proposal}\n\n## Risks\n- a\n\n## Mitigations\n- b`;
}

describe("severity-underreported", () => {
  it("passes the seed, which carries none of the producer's signals", () => {
    expect(runRule(severityUnderreported, SEED)).toEqual([]);
  });

  it("fails a [fsar_block] marker under severity 6 on the marker", () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("Migrate the ledger. [fsar_block]"))).toEqual([
      { message: 'the proposal mentions "[fsar_block]" (severity floor 50) but the report declares severity 6; 50 is in the block band (>= 45)', line: 8, column: 21, level: "error" },
    ]);
  });

  it('fails "irreversible" under severity 6, case-insensitively, on the word', () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("This step is Irreversible."))).toEqual([
      { message: 'the proposal mentions "irreversible" (severity floor 48) but the report declares severity 6; 48 is in the block band (>= 45)', line: 8, column: 14, level: "error" },
    ]);
  });

  it("warns on a [fsar_review] marker, whose floor 30 is in the review band", () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("[fsar_review] check the billing path"))).toEqual([
      { message: 'the proposal mentions "[fsar_review]" (severity floor 30) but the report declares severity 6; 30 is in the review band (>= 25)', line: 8, column: 1, level: "warn" },
    ]);
  });

  it("names the highest floor when several signals match", () => {
    const text = seedWithProposalLine("[fsar_review] and then data loss");
    expect(runRule(severityUnderreported, text)).toEqual([
      { message: 'the proposal mentions "data loss" (severity floor 48) but the report declares severity 6; 48 is in the block band (>= 45)', line: 8, column: 24, level: "error" },
    ]);
  });

  it("passes a report that declares at least the floor", () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("irreversible").replace("- severity: 6", "- severity: 48"))).toEqual([]);
  });

  it("puts a json report's finding on the proposal's line, without a column", () => {
    const json = jsonOf(parseRecord(seedWithProposalLine("data loss is possible")));
    expect(runRule(severityUnderreported, json, { file: "fsar_proposal_x.json" })).toEqual([
      { message: 'the proposal mentions "data loss" (severity floor 48) but the report declares severity 6; 48 is in the block band (>= 45)', line: 4, column: null, level: "error" },
    ]);
  });

  it("accepts configured keyword and regex signals", () => {
    const options = { signals: [{ patterns: ["drop\\s+table"], floor: 46 }] };
    expect(runRule(severityUnderreported, seedWithProposalLine("then DROP  TABLE users"), { options })).toEqual([
      { message: 'the proposal mentions "drop  table" (severity floor 46) but the report declares severity 6; 46 is in the block band (>= 45)', line: 8, column: 6, level: "error" },
    ]);
  });

  it("runs user regexes in linear time, so (a+)+$ over a long line finishes at once", () => {
    const options = severityUnderreported.meta.options.parse({ signals: [{ patterns: ["(a+)+$"], floor: 50 }] });
    const started = performance.now();
    expect(runRule(severityUnderreported, seedWithProposalLine(`${"a".repeat(50_000)}!`), { options })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses a regex the linear-time engine cannot run, naming the problem", () => {
    expect(() => severityUnderreported.meta.options.parse({ signals: [{ patterns: ["(?=x)y"], floor: 50 }] })).toThrow(/not a valid regular expression/);
  });

  describe("with the enhanced gate's model (fsar:strict)", () => {
    it("scores production and payment 4 × 4 × 3 = 48, a block", () => {
      expect(runRule(severityUnderreported, minimal("Make the payment retry safe in production."), strict)).toEqual([
        {
          message: 'the proposal scores 4 × 4 × 3 = 48 on likelihood × damage × reversibility for "payment" but the report declares severity 6; 48 is in the block band (>= 45)',
          line: 8,
          column: 10,
          level: "error",
        },
      ]);
    });

    it("lowers reversibility for deploy, release or publish: production and a deploy score 32, a review", () => {
      const text = seedWithProposalLine("Roll the production config out.");
      expect(runRule(severityUnderreported, text, strict)[0]?.message).toBe(
        'the proposal scores 4 × 4 × 2 = 32 on likelihood × damage × reversibility for "production", "deploy" but the report declares severity 6; 32 is in the review band (>= 25)',
      );
    });

    it('scores "data" with "loss" at damage 5', () => {
      expect(runRule(severityUnderreported, minimal("Avoid data loss."), { options: { model: ENHANCED_GATE_MODEL, signals: [] } })[0]?.message).toBe(
        'the proposal scores 3 × 5 × 3 = 45 on likelihood × damage × reversibility for "data", "loss" but the report declares severity 6; 45 is in the block band (>= 45)',
      );
    });

    it("scores a [fsar_block] marker 5 × 5 × 3 = 75, above the producer's 50", () => {
      expect(runRule(severityUnderreported, seedWithProposalLine("[fsar_block]"), strict)[0]?.message).toBe(
        'the proposal scores 5 × 5 × 3 = 75 on likelihood × damage × reversibility for "deploy", "[fsar_block]" but the report declares severity 6; 75 is in the block band (>= 45)',
      );
    });
  });
});
