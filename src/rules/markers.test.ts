import { describe, expect, it } from "vitest";
import { runRule, SEED, seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { markers } from "./markers.js";

describe("markers", () => {
  it("passes a report without markers", () => {
    expect(runRule(markers, SEED)).toEqual([]);
  });

  it("fails a [fsar_block] marker in a report that does not block, on the marker", () => {
    expect(runRule(markers, seedWithProposalLine("Rewrite the ledger [FSAR_BLOCK]"))).toEqual([
      { message: "the report is marked [fsar_block] but block_execution is false", line: 8, column: 20, level: "error" },
    ]);
  });

  it("passes a [fsar_block] marker in a report that blocks", () => {
    const text = seedWithProposalLine("[fsar_block]").replace("- block_execution: false", "- block_execution: true");
    expect(runRule(markers, text)).toEqual([]);
  });

  it("warns on a [fsar_review] marker below the review threshold, also in a risk", () => {
    const text = SEED.replace("- Slow failure:", "- [fsar_review] Slow failure:");
    expect(runRule(markers, text)).toEqual([
      { message: "the report is marked [fsar_review] but its severity 6 is below the review threshold 25", line: 30, column: 3, level: "warn" },
    ]);
  });

  it("passes a [fsar_review] marker at the review threshold", () => {
    expect(runRule(markers, seedWithProposalLine("[fsar_review]").replace("- severity: 6", "- severity: 25"))).toEqual([]);
  });
});
