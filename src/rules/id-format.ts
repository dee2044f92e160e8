import { z } from "zod";
import { defineRule } from "../core/rule.js";

const FSAR_ID = /^fsar_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const idFormat = defineRule({
  id: "id-format",
  meta: {
    description: "The id has the producer's shape, fsar_<uuid>",
    defaultLevel: "warn",
    docs: `Ids of the form \`fsar_<uuid>\` are unique by construction; anything else was typed by hand or by
another tool, and may collide.

Example:

\`\`\`
- id: report-7
  2:7  warn  id "report-7" is not of the form fsar_<uuid>  id-format
\`\`\``,
    messages: {
      notFsarId: "id {id} is not of the form fsar_<uuid>",
    },
    options: () => z.object({}).strict(),
  },
  check(record) {
    if (FSAR_ID.test(record.id)) return [];
    const at = record.positions.id;
    return [{ messageId: "notFsarId", data: { id: JSON.stringify(record.id) }, line: at.line, column: at.column }];
  },
});
