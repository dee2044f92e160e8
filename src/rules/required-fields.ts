import { z } from "zod";
import { REQUIRED_FIELDS } from "../core/diagnostics.js";
import { defineRule } from "../core/rule.js";

/** Findings come from the parser; the rule exists so it can be listed, explained and re-levelled. */
export const requiredFields = defineRule({
  id: REQUIRED_FIELDS.id,
  reportedBy: "parser",
  meta: {
    ...REQUIRED_FIELDS.meta,
    description: "Every report has id, timestamp, severity, block_execution, proposal, risks and mitigations, of the right types",
    defaultLevel: "error",
    docs: `Both forms must carry all seven fields: \`id\`, \`timestamp\` (strings), \`severity\` (a number),
\`block_execution\` (true or false), \`proposal\` (a string), \`risks\` and \`mitigations\` (lists of strings).

Example: a JSON report whose severity is a string.

\`\`\`
fsar_proposal_x.json
  5:15  error  "severity" must be a number, not string  required-fields
\`\`\`

It cannot be switched off.`,
    options: () => z.object({}).strict(),
  },
});
