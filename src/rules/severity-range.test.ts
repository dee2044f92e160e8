import { testRule } from "../../test/helpers/rule-tester.js";
import { severityRange } from "./severity-range.js";

testRule(severityRange, {
  valid: [
    { name: "passes at the bottom of the scale", report: { severity: 0 } },
    { name: "passes at the top of the scale", report: { severity: 75 } },
  ],
  invalid: [
    {
      name: "fails above severity.max, on the severity value",
      report: { severity: 48 },
      context: { severity: { max: 10, review: 5, block: 8 } },
      documented: true,
      findings: [{ messageId: "outside", data: { severity: 48, max: 10 }, message: "severity 48 is outside the scale [0, 10]", line: 4, column: 13 }],
    },
    {
      name: "fails below zero",
      report: { severity: -1 },
      findings: [{ messageId: "outside", data: { severity: -1, max: 75 }, message: "severity -1 is outside the scale [0, 75]", line: 4, column: 13 }],
    },
  ],
});
