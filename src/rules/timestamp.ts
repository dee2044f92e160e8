import { z } from "zod";
import { lastOnly } from "../core/report-text.js";
import { defineTimedRule } from "../core/rule.js";

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant a timestamp names, in milliseconds, or null when it is not an ISO 8601 instant with a zone (or names a
 * day that does not exist). Remembered for the last text: the timestamp and stale-report rules read the same one, and
 * so does a json twin.
 */
export const instantOf = lastOnly((text: string): number | null => {
  const match = ISO_INSTANT.exec(text);
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match;
  const time = new Date(text).getTime();
  if (Number.isNaN(time)) return null;
  // Date rolls 2026-02-30 over to March; the calendar fields must survive the round trip.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (calendar.getUTCMonth() !== Number(month) - 1 || calendar.getUTCDate() !== Number(day)) return null;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 59) return null;
  return time;
});

/** The instant a timestamp names, or null when it is not an ISO 8601 instant with a zone (or names a day that does not exist). */
export function parseIsoInstant(text: string): Date | null {
  const time = instantOf(text);
  return time === null ? null : new Date(time);
}

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
    options: z.object({}).strict(),
  },
  // The instant is read once per report; only the comparison with now is made on every run.
  observe(record) {
    return { timestamp: record.timestamp, instant: instantOf(record.timestamp), at: record.positions.timestamp };
  },
  judge({ timestamp: text, instant, at }, _options, { now }) {
    if (instant === null) {
      return [{ message: `timestamp ${JSON.stringify(text)} is not an ISO 8601 instant (e.g. 2026-01-02T03:20:46.775Z)`, line: at.line, column: at.column }];
    }
    if (instant > now.getTime()) {
      return [{ message: `timestamp ${text} is later than now (${now.toISOString()})`, line: at.line, column: at.column }];
    }
    return [];
  },
});
