import { z } from "zod";
import { instantOf } from "../core/dates.js";
import { defineTimedRule } from "../core/rule.js";

export const timestamp = defineTimedRule({
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
    options: () => z.object({}).strict(),
  },
  // The instant is read once per report; only the comparison with now is made on every run.
  observe(record) {
    return { timestamp: record.timestamp, instant: instantOf(record.timestamp), at: record.positions.timestamp };
  },
  judge({ timestamp: text, instant, at }, _options, { now }) {
    if (instant === null) {
      return [{ messageId: "notIso", data: { timestamp: JSON.stringify(text) }, line: at.line, column: at.column }];
    }
    if (instant > now.getTime()) {
      return [{ messageId: "future", data: { timestamp: text, now: now.toISOString() }, line: at.line, column: at.column }];
    }
    return [];
  },
});
