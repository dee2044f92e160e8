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
  14:1  error  0 mitigations listed, at least 1 required  min-mitigations
\`\`\``,
    messages: {
      tooFew: "{count} {noun} listed, at least {minimum} required",
    },
    identity: [],
    options: () => z.object({ minimum: z.number().int().min(0).default(1) }).strict(),
  },
  check(record, { minimum }) {
    if (record.mitigations.length >= minimum) return [];
    const at = record.positions.mitigations;
    return [{ messageId: "tooFew", data: { count: record.mitigations.length, noun: record.mitigations.length === 1 ? "mitigation" : "mitigations", minimum }, line: at.line, column: at.column }];
  },
});
