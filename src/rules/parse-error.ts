import { z } from "zod";
import { PARSE_ERROR } from "../core/diagnostics.js";
import { defineRule } from "../core/rule.js";

/** Findings come from the parser; the rule exists so it can be listed, explained and re-levelled. */
export const parseError = defineRule({
  id: PARSE_ERROR.id,
  reportedBy: "parser",
  meta: {
    ...PARSE_ERROR.meta,
    description: "The file cannot be read as a report: empty, binary, invalid UTF-8, invalid JSON or broken structure",
    defaultLevel: "error",
    docs: `A report that cannot be read is never skipped: it fails with the line (and column) where reading stopped.

Example: a markdown report cut off before its \`## Mitigations\` section.

\`\`\`
fsar_proposal_x.md
  12:0  error  the report is truncated: no "## Mitigations" section  parse-error
\`\`\`

It cannot be switched off.`,
    options: () => z.object({}).strict(),
  },
});
