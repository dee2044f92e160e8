import { defineRule } from "../core/rule.js";
import { declaredBlockOptions, negatedKeywordBlock } from "./assessment.js";

export const blockExecution = defineRule({
  id: "block-execution",
  meta: {
    description: "Fails when the report itself says block_execution: true",
    defaultLevel: "error",
    docs: `The report's author asked for the proposal not to run: the gate honours it.

One declaration is checked rather than trusted. The known producer blocks every proposal that mentions
"irreversible" or "data loss", also "without data loss" (FORMAT.md): when those words are all the proposal
gives it, each negated in its clause, with no \`[fsar_block]\` marker, and the risk model assesses the proposal
below block, the finding is a warning that says so. Set \`trustKeywords: true\` to fail on it as the producer's
own gate does (\`fsar:strict\` does).

Example:

\`\`\`
- block_execution: true
  5:20  error  the report blocks execution (block_execution: true)  block-execution
\`\`\``,
    messages: {
      blocks: "the report blocks execution (block_execution: true)",
      negatedKeyword:
        'the report blocks execution (block_execution: true) only as the producer\'s keyword rule does for "{word}", which the proposal negates (line {line}: "{clause}"), and the proposal is assessed {band} (score {score})',
    },
    identity: ["word"],
    options: declaredBlockOptions,
  },
  check(record, { trustKeywords }, context) {
    if (!record.block_execution) return [];
    const at = record.positions.block_execution;
    const negated = trustKeywords ? null : negatedKeywordBlock(record, context);
    if (negated) return [{ messageId: "negatedKeyword", data: { ...negated }, line: at.line, column: at.column, level: "warn" }];
    return [{ messageId: "blocks", line: at.line, column: at.column }];
  },
});
