import { z } from "zod";
import { defineRule } from "../core/rule.js";

export const minMitigations = defineRule({
  id: "min-mitigations",
  meta: {
    description: "The report lists at least `minimum` mitigations (default 1)",
    defaultLevel: "error",
    docs: `Risks without a single mitigation are a warning nobody acted on. Option: \`minimum\` (default 1).

Example:

\`\`\`
## Mitigations
  35:1  error  0 mitigations listed, at least 1 required  min-mitigations
\`\`\``,
    options: z.object({ minimum: z.number().int().min(0).default(1) }).strict(),
  },
  check(record, { minimum }) {
    if (record.mitigations.length >= minimum) return [];
    const at = record.positions.mitigations;
    return [{ message: `${record.mitigations.length} mitigation${record.mitigations.length === 1 ? "" : "s"} listed, at least ${minimum} required`, line: at.line, column: at.column }];
  },
});
