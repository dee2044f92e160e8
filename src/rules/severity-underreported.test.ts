import { describe, expect, it } from "vitest";
import { testRule } from "../../test/helpers/rule-tester.js";
import { jsonOf, parseRecord, runRule, SEED, seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { ENHANCED_GATE_MODEL, PRODUCER_SIGNALS, severityUnderreported } from "./severity-underreported.js";

const LIFEOS = { model: "lifeos" };
const PRODUCER_FLOORS = { signals: PRODUCER_SIGNALS };
const BLOCK = { band: "block", threshold: 45 } as const;
const REVIEW = { band: "review", threshold: 25 } as const;

/** A report whose proposal is one line (file line 8), free of the seed's own signals. */
function minimal(proposal: string): string {
  return `# FSAR Proposal Report\n- id: fsar_x\n- timestamp: 2026-01-02T03:20:46.775Z\n- severity: 6\n- block_execution: false\n- proposal:\n\n${proposal}\n\n## Risks\n- a\n\n## Mitigations\n- b`;
}

/** The risk model's finding: the assessed band, its score and decisive signal. */
function assessed(
  { band, threshold }: { band: "block" | "review"; threshold: number },
  score: number,
  [signal, category, text]: [string, string, string],
  line: number,
  column: number | null,
  severity = 6,
) {
  return {
    messageId: "assessed",
    data: { band, score, signal, category, text, severity, threshold },
    message: `the proposal is assessed ${band} (score ${score}; ${signal} (${category}) "${text}") but the report declares severity ${severity}; the ${band} band starts at ${threshold}`,
    line,
    column,
    level: band === "block" ? ("error" as const) : ("warn" as const),
  };
}

/** The producer's gate's finding: a keyword floor or an L × D × R score above the declared severity. */
function belowFloor(signal: string, floor: number, { band, threshold }: { band: "block" | "review"; threshold: number }, line: number, column: number | null) {
  return {
    messageId: "belowFloor",
    data: { signal, severity: 6, floor, band, threshold },
    message: `the proposal ${signal} but the report declares severity 6; ${floor} is in the ${band} band (>= ${threshold})`,
    line,
    column,
    level: band === "block" ? ("error" as const) : ("warn" as const),
  };
}

const mentions = (term: string, floor: number) => `mentions "${term}" (severity floor ${floor})`;
const scores = (l: number, d: number, r: number, terms: string) => `scores ${l} × ${d} × ${r} = ${l * d * r} on likelihood × damage × reversibility for ${terms}`;

testRule(severityUnderreported, {
  valid: [
    { name: "passes a proposal assessed review that declares review", report: seedWithProposalLine("ALTER TABLE orders ADD COLUMN note TEXT;").replace("- severity: 6", "- severity: 30") },
    { name: "passes a proposal assessed block that sets block_execution", report: seedWithProposalLine("DROP TABLE legacy;").replace("- block_execution: false", "- block_execution: true") },
    { name: 'passes "no data loss" and other words that only sound risky', report: seedWithProposalLine("No data loss: the dropdown is irreversible only in the UI copy.") },
    // Blind labellers read a plan that only adds a nullable column to a live table as routine.
    { name: "passes the seed: a self-improvement plan whose only schema change is a nullable column", report: SEED },
    { name: "passes the seed under the lifeos model, which carries none of the producer's signals", report: SEED, options: LIFEOS },
    { name: "passes a report that declares at least the floor (lifeos)", report: seedWithProposalLine("irreversible").replace("- severity: 6", "- severity: 48"), options: LIFEOS },
  ],
  invalid: [
    {
      name: "warns on the seed made to index its own live table: assessed review, and it declares 6",
      report: SEED.replace("immediately update this schema to include the missing column.", "immediately add an index on `execution_tasks.created_at`."),
      findings: [assessed(REVIEW, 28, ["self-improvement-plan", "self-modification", "self_improvement:"], 8, 1)],
    },
    {
      name: "fails a proposal assessed block under a declared 6, on the decisive signal",
      report: seedWithProposalLine("Then run TRUNCATE TABLE orders; and reload."),
      findings: [assessed(BLOCK, 55, ["sql-truncate", "destructive-data", "TRUNCATE TABLE orders;"], 8, 10)],
    },
    {
      name: "fails a proposal assessed block that declares review",
      report: seedWithProposalLine("kubectl delete namespace production").replace("- severity: 6", "- severity: 30"),
      findings: [assessed(BLOCK, 55, ["cluster-delete", "destructive-data", "kubectl delete namespace"], 8, 1, 30)],
    },
    {
      name: "still takes the producer's [fsar_block] marker as a floor",
      report: seedWithProposalLine("Migrate the ledger. [fsar_block]"),
      findings: [belowFloor(mentions("[fsar_block]", 50), 50, BLOCK, 8, 21)],
    },
    {
      name: "puts a json report's finding on the proposal's line",
      report: jsonOf(parseRecord(seedWithProposalLine("TRUNCATE TABLE orders;"))),
      format: "json",
      findings: [assessed(BLOCK, 55, ["sql-truncate", "destructive-data", "TRUNCATE TABLE orders;"], 4, 15)],
    },
    {
      name: "assesses on the configured scale",
      report: seedWithProposalLine("TRUNCATE TABLE orders;"),
      context: { severity: { max: 10, review: 4, block: 7 } },
      findings: [assessed({ band: "block", threshold: 7 }, 8, ["sql-truncate", "destructive-data", "TRUNCATE TABLE orders;"], 8, 1)],
    },
    {
      name: "is the documented example",
      report: { proposal: "idea_implementation: reload the orders table.\nTRUNCATE TABLE orders;" },
      documented: true,
      findings: [assessed(BLOCK, 55, ["sql-truncate", "destructive-data", "TRUNCATE TABLE orders;"], 9, 1)],
    },
    {
      name: "lifeos: fails a [fsar_block] marker under severity 6 on the marker",
      report: seedWithProposalLine("Migrate the ledger. [fsar_block]"),
      options: PRODUCER_FLOORS,
      findings: [belowFloor(mentions("[fsar_block]", 50), 50, BLOCK, 8, 21)],
    },
    {
      name: 'lifeos: fails "irreversible" under severity 6, case-insensitively, on the word',
      report: seedWithProposalLine("This step is Irreversible."),
      options: LIFEOS,
      findings: [belowFloor(mentions("irreversible", 48), 48, BLOCK, 8, 14)],
    },
    {
      name: "lifeos: warns on a [fsar_review] marker, whose floor 30 is in the review band",
      report: seedWithProposalLine("[fsar_review] check the billing path"),
      options: PRODUCER_FLOORS,
      findings: [belowFloor(mentions("[fsar_review]", 30), 30, REVIEW, 8, 1)],
    },
    {
      name: "lifeos: names the highest floor when several signals match",
      report: seedWithProposalLine("[fsar_review] and then data loss"),
      options: LIFEOS,
      findings: [belowFloor(mentions("data loss", 48), 48, BLOCK, 8, 24)],
    },
    {
      name: "lifeos: puts a json report's finding on the proposal's line, without a column",
      report: jsonOf(parseRecord(seedWithProposalLine("data loss is possible"))),
      format: "json",
      options: LIFEOS,
      findings: [belowFloor(mentions("data loss", 48), 48, BLOCK, 4, null)],
    },
    {
      name: "accepts configured keyword and regex signals",
      report: seedWithProposalLine("then REWRITE  the ledger"),
      options: { signals: [{ patterns: ["rewrite\\s+the\\s+ledger"], floor: 46 }] },
      findings: [belowFloor(mentions("rewrite  the ledger", 46), 46, BLOCK, 8, 6)],
    },
    {
      name: "lifeos L × D × R: scores production and payment 4 × 4 × 3 = 48, a block",
      report: minimal("Make the payment retry safe in production."),
      options: LIFEOS,
      findings: [belowFloor(scores(4, 4, 3, '"payment"'), 48, BLOCK, 8, 10)],
    },
    {
      name: "lifeos L × D × R: lowers reversibility for deploy, release or publish: production and a deploy score 32, a review",
      report: seedWithProposalLine("Roll the production config out."),
      options: LIFEOS,
      findings: [belowFloor(scores(4, 4, 2, '"production", "deploy"'), 32, REVIEW, 8, 10)],
    },
    {
      name: 'lifeos L × D × R: scores "data" with "loss" at damage 5',
      report: minimal("Avoid data loss."),
      options: { model: ENHANCED_GATE_MODEL, signals: [] },
      findings: [belowFloor(scores(3, 5, 3, '"data", "loss"'), 45, BLOCK, 8, 7)],
    },
    {
      name: "lifeos L × D × R: scores a [fsar_block] marker 5 × 5 × 3 = 75, above the producer's 50",
      report: seedWithProposalLine("[fsar_block]"),
      options: LIFEOS,
      findings: [belowFloor(scores(5, 5, 3, '"deploy", "[fsar_block]"'), 75, BLOCK, 8, 1)],
    },
  ],
});

describe("severity-underreported's signals", () => {
  it("runs user regexes in linear time, so (a+)+$ over a long line finishes at once", () => {
    const options = severityUnderreported.meta.options.parse({ signals: [{ patterns: ["(a+)+$"], floor: 50 }] });
    const started = performance.now();
    expect(runRule(severityUnderreported, seedWithProposalLine(`${"a".repeat(50_000)}!`), { options })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("refuses a regex the linear-time engine cannot run, naming the problem", () => {
    expect(() => severityUnderreported.meta.options.parse({ signals: [{ patterns: ["(?=x)y"], floor: 50 }] })).toThrow(/not a valid regular expression/);
  });
});
