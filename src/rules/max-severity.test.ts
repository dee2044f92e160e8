import { testRule } from "../../test/helpers/rule-tester.js";
import { maxSeverity } from "./max-severity.js";

const NEGATED = "idea_implementation: add a nullable notes column to tasks, ensuring no data loss during the migration.";

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
      name: "warns only, saying why, when the producer's keyword rule gave 48 for words the proposal negates",
      report: { severity: 48, block_execution: true, proposal: NEGATED },
      findings: [
        {
          messageId: "negatedKeyword",
          data: { severity: 48, threshold: 45, word: "data loss", clause: "no data loss", line: 8, band: "low", score: 0 },
          message:
            'severity 48 is at or above the block threshold 45 only as the producer\'s keyword rule gives it for "data loss", which the proposal negates (line 8: "no data loss"), and the proposal is assessed low (score 0)',
          line: 4,
          column: 13,
          level: "warn",
        },
      ],
    },
    {
      name: "quotes a long clause from its end, and finds the words in the json form",
      report: { severity: 48, proposal: `Plan: move the archive in small batches, verifying each checksum and the row counts against the source, without ${"any ".repeat(12)}data loss.` },
      format: "json",
      findings: [
        {
          messageId: "negatedKeyword",
          data: { severity: 48, threshold: 45, word: "data loss", clause: "…any any any any any any any any any any any any data loss", line: 4, band: "low", score: 0 },
          message:
            'severity 48 is at or above the block threshold 45 only as the producer\'s keyword rule gives it for "data loss", which the proposal negates (line 4: "…any any any any any any any any any any any any data loss"), and the proposal is assessed low (score 0)',
          line: 5,
          column: 15,
          level: "warn",
        },
      ],
    },
    ...[
      ["a mention of the words that is not negated", { proposal: `${NEGATED}\nThe old exports are removed, an irreversible step.` }],
      ["a [fsar_block] marker", { proposal: `${NEGATED} [fsar_block]` }],
      ["a proposal the risk model assesses block", { proposal: "idea_implementation: run TRUNCATE TABLE users; without data loss, as the rows are copied first." }],
      ["another severity than the producer's 48", { severity: 50, proposal: NEGATED }],
    ].map(([what, fields]) => ({
      name: `fails at 48 with ${what as string}`,
      report: { severity: 48, ...(fields as object) },
      findings: [{ messageId: "atBlock", data: { severity: (fields as { severity?: number }).severity ?? 48, threshold: 45 }, message: `severity ${(fields as { severity?: number }).severity ?? 48} is at or above the block threshold 45`, line: 4, column: 13, level: "error" as const }],
    })),
    {
      name: "fails on the negated words too with trustKeywords, as the producer's gate does",
      report: { severity: 48, proposal: NEGATED },
      options: { trustKeywords: true },
      findings: [{ messageId: "atBlock", data: { severity: 48, threshold: 45 }, message: "severity 48 is at or above the block threshold 45", line: 4, column: 13, level: "error" }],
    },
    {
      name: "is the documented example",
      report: { severity: 48 },
      documented: true,
      findings: [{ messageId: "atBlock", data: { severity: 48, threshold: 45 }, message: "severity 48 is at or above the block threshold 45", line: 4, column: 13, level: "error" }],
    },
  ],
});
