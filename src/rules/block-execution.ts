import { z } from "zod";
import { defineRule } from "../core/rule.js";

export const blockExecution = defineRule({
  id: "block-execution",
  meta: {
    description: "Fails when the report itself says block_execution: true",
    defaultLevel: "error",
    docs: `The report's author asked for the proposal not to run: the gate honours it.

Example:

\`\`\`
- block_execution: true
  5:20  error  the report blocks execution (block_execution: true)  block-execution
\`\`\``,
    messages: {
      blocks: "the report blocks execution (block_execution: true)",
    },
    options: z.object({}).strict(),
  },
  check(record) {
    if (!record.block_execution) return [];
    const at = record.positions.block_execution;
    return [{ messageId: "blocks", line: at.line, column: at.column }];
  },
});
