import { testRule } from "../../test/helpers/rule-tester.js";
import { blockExecution } from "./block-execution.js";

const NEGATED = "idea_implementation: move the archive to cold storage without data loss, batch by batch.";

testRule(blockExecution, {
  valid: [{ name: "passes when the report does not block", report: { block_execution: false } }],
  invalid: [
    {
      name: "fails when the report blocks, on the flag's value",
      report: { block_execution: true, severity: 48 },
      documented: true,
      findings: [{ messageId: "blocks", message: "the report blocks execution (block_execution: true)", line: 5, column: 20 }],
    },
    {
      name: "warns only, saying why, when the block rests on the producer's keyword rule and words the proposal negates",
      report: { block_execution: true, severity: 48, proposal: NEGATED },
      findings: [
        {
          messageId: "negatedKeyword",
          data: { word: "data loss", clause: "without data loss", line: 8, band: "low", score: 0 },
          message:
            'the report blocks execution (block_execution: true) only as the producer\'s keyword rule does for "data loss", which the proposal negates (line 8: "without data loss"), and the proposal is assessed low (score 0)',
          line: 5,
          column: 20,
          level: "warn",
        },
      ],
    },
    {
      name: "fails when one mention of the words is not negated",
      report: { block_execution: true, severity: 48, proposal: `${NEGATED}\nDeleting the source copies is irreversible.` },
      findings: [{ messageId: "blocks", message: "the report blocks execution (block_execution: true)", line: 5, column: 20 }],
    },
    {
      name: "fails on the negated words too with trustKeywords",
      report: { block_execution: true, severity: 48, proposal: NEGATED },
      options: { trustKeywords: true },
      findings: [{ messageId: "blocks", message: "the report blocks execution (block_execution: true)", line: 5, column: 20 }],
    },
  ],
});
