import { describe, expect, it } from "vitest";
import { check, contextOf } from "../../test/helpers/rule-harness.js";
import { jsonOf, parseRecord, runRule, SEED, seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { ENHANCED_GATE_MODEL, PRODUCER_SIGNALS, severityUnderreported } from "./severity-underreported.js";

const lifeos = { options: { model: "lifeos" } };
const producerFloors = { options: { signals: PRODUCER_SIGNALS } };

/** A report whose proposal is one line (file line 8), free of the seed's own signals. */
function minimal(proposal: string): string {
  return `# FSAR Proposal Report\n- id: fsar_x\n- timestamp: 2026-01-02T03:20:46.775Z\n- severity: 6\n- block_execution: false\n- proposal:\n\n${proposal}\n\n## Risks\n- a\n\n## Mitigations\n- b`;
}

describe("severity-underreported with the risk model (the default)", () => {
  it("warns on the seed: a self-improvement plan is assessed review, and it declares 6", () => {
    expect(runRule(severityUnderreported, SEED)).toEqual([
      {
        message: 'the proposal is assessed review (score 28; self-improvement-plan (self-modification) "self_improvement:") but the report declares severity 6; the review band starts at 25',
        line: 8,
        column: 1,
        level: "warn",
      },
    ]);
  });

  it("fails a proposal assessed block under a declared 6, on the decisive signal", () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("Then run TRUNCATE TABLE orders; and reload."))).toEqual([
      {
        message: 'the proposal is assessed block (score 55; sql-truncate (destructive-data) "TRUNCATE TABLE orders;") but the report declares severity 6; the block band starts at 45',
        line: 8,
        column: 10,
        level: "error",
      },
    ]);
  });

  it("fails a proposal assessed block that declares review", () => {
    const text = seedWithProposalLine("kubectl delete namespace production").replace("- severity: 6", "- severity: 30");
    expect(runRule(severityUnderreported, text).map((finding) => finding.level)).toEqual(["error"]);
  });

  it("passes a proposal assessed review that declares review", () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("ALTER TABLE orders ADD COLUMN note TEXT;").replace("- severity: 6", "- severity: 30"))).toEqual([]);
  });

  it("passes a proposal assessed block that sets block_execution", () => {
    const text = seedWithProposalLine("DROP TABLE legacy;").replace("- block_execution: false", "- block_execution: true");
    expect(runRule(severityUnderreported, text)).toEqual([]);
  });

  it('passes "no data loss" and other words that only sound risky', () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("No data loss: the dropdown is irreversible only in the UI copy."))).toEqual([]);
  });

  it("still takes the producer's [fsar_block] marker as a floor", () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("Migrate the ledger. [fsar_block]"))[0]).toMatchObject({ line: 8, column: 21, level: "error" });
  });

  it("puts a json report's finding on the proposal's line", () => {
    const json = jsonOf(parseRecord(seedWithProposalLine("TRUNCATE TABLE orders;")));
    expect(runRule(severityUnderreported, json, { file: "fsar_proposal_x.json" })).toMatchObject([{ line: 4, level: "error" }]);
  });

  it("assesses on the configured scale", () => {
    const findings = check(severityUnderreported, parseRecord(seedWithProposalLine("TRUNCATE TABLE orders;")), {}, contextOf({ severity: { max: 10, review: 4, block: 7 } }));
    expect(findings[0]?.message).toBe('the proposal is assessed block (score 8; sql-truncate (destructive-data) "TRUNCATE TABLE orders;") but the report declares severity 6; the block band starts at 7');
  });
});

describe("severity-underreported with the lifeos model (the producer's gate)", () => {
  it("passes the seed, which carries none of the producer's signals", () => {
    expect(runRule(severityUnderreported, SEED, lifeos)).toEqual([]);
  });

  it("fails a [fsar_block] marker under severity 6 on the marker", () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("Migrate the ledger. [fsar_block]"), producerFloors)).toEqual([
      { message: 'the proposal mentions "[fsar_block]" (severity floor 50) but the report declares severity 6; 50 is in the block band (>= 45)', line: 8, column: 21, level: "error" },
    ]);
  });

  it('fails "irreversible" under severity 6, case-insensitively, on the word', () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("This step is Irreversible."), lifeos)).toEqual([
      { message: 'the proposal mentions "irreversible" (severity floor 48) but the report declares severity 6; 48 is in the block band (>= 45)', line: 8, column: 14, level: "error" },
    ]);
  });

  it("warns on a [fsar_review] marker, whose floor 30 is in the review band", () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("[fsar_review] check the billing path"), producerFloors)).toEqual([
      { message: 'the proposal mentions "[fsar_review]" (severity floor 30) but the report declares severity 6; 30 is in the review band (>= 25)', line: 8, column: 1, level: "warn" },
    ]);
  });

  it("names the highest floor when several signals match", () => {
    const text = seedWithProposalLine("[fsar_review] and then data loss");
    expect(runRule(severityUnderreported, text, lifeos)).toEqual([
      { message: 'the proposal mentions "data loss" (severity floor 48) but the report declares severity 6; 48 is in the block band (>= 45)', line: 8, column: 24, level: "error" },
    ]);
  });

  it("passes a report that declares at least the floor", () => {
    expect(runRule(severityUnderreported, seedWithProposalLine("irreversible").replace("- severity: 6", "- severity: 48"), lifeos)).toEqual([]);
  });

  it("puts a json report's finding on the proposal's line, without a column", () => {
    const json = jsonOf(parseRecord(seedWithProposalLine("data loss is possible")));
    expect(runRule(severityUnderreported, json, { file: "fsar_proposal_x.json", ...lifeos })).toEqual([
      { message: 'the proposal mentions "data loss" (severity floor 48) but the report declares severity 6; 48 is in the block band (>= 45)', line: 4, column: null, level: "error" },
    ]);
  });

  it("accepts configured keyword and regex signals", () => {
    const options = { signals: [{ patterns: ["rewrite\\s+the\\s+ledger"], floor: 46 }] };
    expect(runRule(severityUnderreported, seedWithProposalLine("then REWRITE  the ledger"), { options })).toEqual([
      { message: 'the proposal mentions "rewrite  the ledger" (severity floor 46) but the report declares severity 6; 46 is in the block band (>= 45)', line: 8, column: 6, level: "error" },
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

  describe("its likelihood × damage × reversibility part", () => {
    it("scores production and payment 4 × 4 × 3 = 48, a block", () => {
      expect(runRule(severityUnderreported, minimal("Make the payment retry safe in production."), lifeos)).toEqual([
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
      expect(runRule(severityUnderreported, text, lifeos)[0]?.message).toBe(
        'the proposal scores 4 × 4 × 2 = 32 on likelihood × damage × reversibility for "production", "deploy" but the report declares severity 6; 32 is in the review band (>= 25)',
      );
    });

    it('scores "data" with "loss" at damage 5', () => {
      expect(runRule(severityUnderreported, minimal("Avoid data loss."), { options: { model: ENHANCED_GATE_MODEL, signals: [] } })[0]?.message).toBe(
        'the proposal scores 3 × 5 × 3 = 45 on likelihood × damage × reversibility for "data", "loss" but the report declares severity 6; 45 is in the block band (>= 45)',
      );
    });

    it("scores a [fsar_block] marker 5 × 5 × 3 = 75, above the producer's 50", () => {
      expect(runRule(severityUnderreported, seedWithProposalLine("[fsar_block]"), lifeos)[0]?.message).toBe(
        'the proposal scores 5 × 5 × 3 = 75 on likelihood × damage × reversibility for "deploy", "[fsar_block]" but the report declares severity 6; 75 is in the block band (>= 45)',
      );
    });
  });
});
