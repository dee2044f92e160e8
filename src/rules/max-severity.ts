import { defineRule } from "../core/rule.js";
import { declaredBlockOptions, negatedKeywordBlock } from "./assessment.js";

export const maxSeverity = defineRule({
  id: "max-severity",
  meta: {
    description: "Warns at the review threshold and fails at the block threshold of the severity scale",
    defaultLevel: "error",
    docs: `The gate on the report's own severity: a warning at \`severity.review\` (25) and above, an error at
\`severity.block\` (45) and above. The finding sits on the severity line. Set the rule to \`warn\` to
never fail on severity alone.

The known producer declares 48 for every proposal that mentions "irreversible" or "data loss", also "without data
loss" (FORMAT.md): when those words are all the proposal gives it, each negated in its clause, with no marker, and
the risk model assesses the proposal below block, the finding is a warning that says so. Set \`trustKeywords: true\`
to fail on it (\`fsar:strict\` does).

Example:

\`\`\`
- severity: 48
  4:13  error  severity 48 is at or above the block threshold 45  max-severity
\`\`\``,
    messages: {
      atBlock: "severity {severity} is at or above the block threshold {threshold}",
      atReview: "severity {severity} is at or above the review threshold {threshold}",
      negatedKeyword:
        'severity {severity} is at or above the block threshold {threshold} only as the producer\'s keyword rule gives it for "{word}", which the proposal negates (line {line}: "{clause}"), and the proposal is assessed {band} (score {score})',
    },
    identity: ["severity", "threshold", "word"],
    options: declaredBlockOptions,
  },
  check(record, { trustKeywords }, context) {
    const { severity } = context;
    const at = record.positions.severity;
    if (record.severity >= severity.block) {
      const negated = trustKeywords ? null : negatedKeywordBlock(record, context);
      if (negated) return [{ messageId: "negatedKeyword", data: { severity: record.severity, threshold: severity.block, ...negated }, line: at.line, column: at.column, level: "warn" }];
      return [{ messageId: "atBlock", data: { severity: record.severity, threshold: severity.block }, line: at.line, column: at.column, level: "error" }];
    }
    if (record.severity >= severity.review) {
      return [{ messageId: "atReview", data: { severity: record.severity, threshold: severity.review }, line: at.line, column: at.column, level: "warn" }];
    }
    return [];
  },
});
