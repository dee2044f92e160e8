import { z } from "zod";
import { defineRule } from "../core/rule.js";

export const severityRange = defineRule({
  id: "severity-range",
  meta: {
    description: "Severity is a finite number within [0, severity.max]",
    defaultLevel: "error",
    docs: `A severity outside the configured scale cannot be compared with the gates. The scale's top is
\`severity.max\` (75 by default, the enhanced gate's likelihood × damage × reversibility).

Example, with \`severity: { max: 10 }\`:

\`\`\`
- severity: 48
  4:13  error  severity 48 is outside the scale [0, 10]  severity-range
\`\`\``,
    messages: {
      outside: "severity {severity} is outside the scale [0, {max}]",
    },
    options: () => z.object({}).strict(),
  },
  check(record, _options, { severity }) {
    if (Number.isFinite(record.severity) && record.severity >= 0 && record.severity <= severity.max) return [];
    const at = record.positions.severity;
    return [{ messageId: "outside", data: { severity: record.severity, max: severity.max }, line: at.line, column: at.column }];
  },
});
