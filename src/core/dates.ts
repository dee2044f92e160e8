/** Calendar arithmetic in UTC, in one place: rules, waivers and the diff all count days the same way. */
import { lastOnly } from "./last-only.js";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC midnight starting a calendar day, or null for a day that does not exist (2026-02-30). */
export function dayStart(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The UTC midnight a `YYYY-MM-DD` day starts at, or null when the text names no real day. */
export function parseDay(text: string): Date | null {
  const match = DAY.exec(text);
  return match ? dayStart(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The instant a timestamp names, in milliseconds, or null when it is not an ISO 8601 instant with a zone (or names a
 * day that does not exist). Two rules read it of each of two twins: the same text, read by Date once.
 */
export const instantOf: (text: string) => number | null = lastOnly(readInstant);

function readInstant(text: string): number | null {
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
}

/** The instant a timestamp names, or null when it is not an ISO 8601 instant with a zone (or names a day that does not exist). */
export function parseIsoInstant(text: string): Date | null {
  const time = instantOf(text);
  return time === null ? null : new Date(time);
}
