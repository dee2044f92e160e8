import { testRule } from "../../test/helpers/rule-tester.js";
import { blockConsistency } from "./block-consistency.js";

testRule(blockConsistency, {
  valid: [
    { name: "passes a blocking report at the block threshold", report: { severity: 48, block_execution: true } },
    { name: "passes a report that does not block below the review threshold", report: { severity: 6, block_execution: false } },
    { name: "passes a blocking report in the review band", report: { severity: 30, block_execution: true } },
  ],
  invalid: [
    {
      name: "warns when the flag is clear at the block threshold, on the flag's value",
      report: { severity: 45, block_execution: false },
      findings: [{ messageId: "unblockedAtBlock", data: { severity: 45, threshold: 45 }, message: "block_execution is false but severity 45 is at or above the block threshold 45", line: 5, column: 20 }],
    },
    {
      name: "warns when the flag is set below the review threshold",
      report: { severity: 6, block_execution: true },
      findings: [{ messageId: "blockedBelowReview", data: { severity: 6, threshold: 25 }, message: "block_execution is true but severity 6 is below the review threshold 25", line: 5, column: 20 }],
    },
    {
      name: "is the documented example",
      report: { severity: 48, block_execution: false },
      documented: true,
      findings: [{ messageId: "unblockedAtBlock", data: { severity: 48, threshold: 45 }, message: "block_execution is false but severity 48 is at or above the block threshold 45", line: 5, column: 20 }],
    },
  ],
});
