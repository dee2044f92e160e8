import { z } from "zod";
import { defineRule } from "../core/rule.js";

export const maxSeverity = defineRule({
  id: "max-severity",
  meta: {
    description: "Warns at the review threshold and fails at the block threshold of the severity scale",
    defaultLevel: "error",
    docs: `The gate on the report's own severity: a warning at \`severity.review\` (25) and above, an error at
\`severity.block\` (45) and above. The finding sits on the severity line. Set the rule to \`warn\` to
never fail on severity alone.

Example:

\`\`\`
- severity: 48
  4:13  error  severity 48 is at or above the block threshold 45  max-severity
\`\`\``,
    messages: {
      atBlock: "severity {severity} is at or above the block threshold {threshold}",
      atReview: "severity {severity} is at or above the review threshold {threshold}",
    },
    options: z.object({}).strict(),
  },
  check(record, _options, { severity }) {
    const at = record.positions.severity;
    if (record.severity >= severity.block) {
      return [{ messageId: "atBlock", data: { severity: record.severity, threshold: severity.block }, line: at.line, column: at.column, level: "error" }];
    }
    if (record.severity >= severity.review) {
      return [{ messageId: "atReview", data: { severity: record.severity, threshold: severity.review }, line: at.line, column: at.column, level: "warn" }];
    }
    return [];
  },
});
