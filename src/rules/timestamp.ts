import { z } from "zod";
import { defineRule } from "../core/rule.js";
import { instantOf } from "../core/dates.js";

export const timestamp = defineRule({
  id: "timestamp",
  meta: {
    description: "The timestamp is an ISO 8601 instant with a time zone, and not later than now",
    defaultLevel: "error",
    docs: `Reports are written by a producer at run time: a timestamp that cannot be read, or that lies in the
future, means the report cannot be trusted to describe what was proposed when. "Now" is \`--now\` when given.

Example:

\`\`\`
- timestamp: 2031-01-01T00:00:00.000Z
  3:14  error  timestamp 2031-01-01T00:00:00.000Z is later than now (2026-11-26T00:00:00.000Z)  timestamp
\`\`\``,
    messages: {
      notIso: "timestamp {timestamp} is not an ISO 8601 instant (e.g. 2026-01-02T03:20:46.775Z)",
      future: "timestamp {timestamp} is later than now ({now})",
    },
    identity: ["timestamp"],
    options: z.object({}).strict(),
  },
  check(record, _options, { now }) {
    const at = record.positions.timestamp;
    const instant = instantOf(record.timestamp);
    if (instant === null) {
      return [{ messageId: "notIso", data: { timestamp: JSON.stringify(record.timestamp) }, line: at.line, column: at.column }];
    }
    if (instant > now.getTime()) {
      return [{ messageId: "future", data: { timestamp: record.timestamp, now: now.toISOString() }, line: at.line, column: at.column }];
    }
    return [];
  },
});
