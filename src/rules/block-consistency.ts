import { z } from "zod";
import { defineRule } from "../core/rule.js";

export const blockConsistency = defineRule({
  id: "block-consistency",
  meta: {
    description: "block_execution agrees with the severity: set at or above block, not set below review",
    defaultLevel: "warn",
    docs: `A report whose flag and number disagree was written by a producer that does not apply its own gate.
Warns when \`block_execution\` is false at or above \`severity.block\`, or true below \`severity.review\`.

Example:

\`\`\`
- severity: 48
- block_execution: false
  5:20  warn  block_execution is false but severity 48 is at or above the block threshold 45  block-consistency
\`\`\``,
    messages: {
      unblockedAtBlock: "block_execution is false but severity {severity} is at or above the block threshold {threshold}",
      blockedBelowReview: "block_execution is true but severity {severity} is below the review threshold {threshold}",
    },
    options: () => z.object({}).strict(),
  },
  check(record, _options, { severity }) {
    const at = record.positions.block_execution;
    if (!record.block_execution && record.severity >= severity.block) {
      return [{ messageId: "unblockedAtBlock", data: { severity: record.severity, threshold: severity.block }, line: at.line, column: at.column }];
    }
    if (record.block_execution && record.severity < severity.review) {
      return [{ messageId: "blockedBelowReview", data: { severity: record.severity, threshold: severity.review }, line: at.line, column: at.column }];
    }
    return [];
  },
});
