import { testRule } from "../../test/helpers/rule-tester.js";
import { SEED, seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { markers } from "./markers.js";

const blockUnflagged = (line: number, column: number) => ({ messageId: "blockUnflagged", message: "the report is marked [fsar_block] but block_execution is false", line, column, level: "error" as const });

testRule(markers, {
  valid: [
    { name: "passes a report without markers", report: SEED },
    { name: "passes a [fsar_block] marker in a report that blocks", report: seedWithProposalLine("[fsar_block]").replace("- block_execution: false", "- block_execution: true") },
    { name: "passes a [fsar_review] marker at the review threshold", report: seedWithProposalLine("[fsar_review]").replace("- severity: 6", "- severity: 25") },
  ],
  invalid: [
    { name: "fails a [fsar_block] marker in a report that does not block, on the marker", report: seedWithProposalLine("Rewrite the ledger [FSAR_BLOCK]"), findings: [blockUnflagged(8, 20)] },
    {
      name: "warns on a [fsar_review] marker below the review threshold, also in a risk",
      report: SEED.replace("- Slow failure:", "- [fsar_review] Slow failure:"),
      findings: [
        {
          messageId: "reviewBelowThreshold",
          data: { severity: 6, threshold: 25 },
          message: "the report is marked [fsar_review] but its severity 6 is below the review threshold 25",
          line: 30,
          column: 3,
          level: "warn",
        },
      ],
    },
    {
      name: "is the documented example",
      report: { proposal: "idea_implementation: move billing to the new ledger.\n[fsar_block] This migration rewrites the billing ledger." },
      documented: true,
      findings: [blockUnflagged(9, 1)],
    },
  ],
});
