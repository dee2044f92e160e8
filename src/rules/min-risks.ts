import { z } from "zod";
import { defineRule } from "../core/rule.js";

export const minRisks = defineRule({
  id: "min-risks",
  meta: {
    description: "The report lists at least `minimum` risks (default 1)",
    defaultLevel: "error",
    docs: `A retrospection that found no way to fail did not look. Option: \`minimum\` (default 1).

Example, with \`rules: { min-risks: [error, { minimum: 3 }] }\`:

\`\`\`
## Risks
  10:1  error  2 risks listed, at least 3 required  min-risks
\`\`\``,
    messages: {
      tooFew: "{count} {noun} listed, at least {minimum} required",
    },
    identity: [],
    options: () => z.object({ minimum: z.number().int().min(0).default(1) }).strict(),
  },
  check(record, { minimum }) {
    if (record.risks.length >= minimum) return [];
    const at = record.positions.risks;
    return [{ messageId: "tooFew", data: { count: record.risks.length, noun: record.risks.length === 1 ? "risk" : "risks", minimum }, line: at.line, column: at.column }];
  },
});
