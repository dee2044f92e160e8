import { testRule } from "../../test/helpers/rule-tester.js";
import { blockExecution } from "./block-execution.js";

testRule(blockExecution, {
  valid: [{ name: "passes when the report does not block", report: { block_execution: false } }],
  invalid: [
    {
      name: "fails when the report blocks, on the flag's value",
      report: { block_execution: true, severity: 48 },
      documented: true,
      findings: [{ messageId: "blocks", message: "the report blocks execution (block_execution: true)", line: 5, column: 20 }],
    },
  ],
});
