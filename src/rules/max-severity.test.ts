import { testRule } from "../../test/helpers/rule-tester.js";
import { maxSeverity } from "./max-severity.js";

testRule(maxSeverity, {
  valid: [{ name: "passes below the review threshold", report: { severity: 24.9 } }],
  invalid: [
    {
      name: "warns at the review threshold",
      report: { severity: 25 },
      findings: [{ messageId: "atReview", data: { severity: 25, threshold: 25 }, message: "severity 25 is at or above the review threshold 25", line: 4, column: 13, level: "warn" }],
    },
    {
      name: "fails at the block threshold, on the severity line",
      report: { severity: 45 },
      findings: [{ messageId: "atBlock", data: { severity: 45, threshold: 45 }, message: "severity 45 is at or above the block threshold 45", line: 4, column: 13, level: "error" }],
    },
    {
      name: "follows the configured scale",
      report: { severity: 6 },
      context: { severity: { max: 10, review: 5, block: 8 } },
      findings: [{ messageId: "atReview", data: { severity: 6, threshold: 5 }, message: "severity 6 is at or above the review threshold 5", line: 4, column: 13, level: "warn" }],
    },
    {
      name: "points at the severity value in the json form",
      report: { severity: 48 },
      format: "json",
      findings: [{ messageId: "atBlock", data: { severity: 48, threshold: 45 }, message: "severity 48 is at or above the block threshold 45", line: 5, column: 15, level: "error" }],
    },
    {
      name: "is the documented example",
      report: { severity: 48 },
      documented: true,
      findings: [{ messageId: "atBlock", data: { severity: 48, threshold: 45 }, message: "severity 48 is at or above the block threshold 45", line: 4, column: 13, level: "error" }],
    },
  ],
});
