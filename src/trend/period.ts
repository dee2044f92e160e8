/** How a trend groups reports in time: calendar days, weeks starting on Monday, or months, all in UTC. */
export type TrendGrouping = "day" | "week" | "month";

export const TREND_GROUPINGS: readonly TrendGrouping[] = ["day", "week", "month"];

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a UTC instant. */
export function utcDate(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The first instant (UTC midnight) of the period that holds `instant`. */
export function periodStart(instant: Date, by: TrendGrouping): Date {
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth();
  if (by === "month") return new Date(Date.UTC(year, month, 1));
  const day = new Date(Date.UTC(year, month, instant.getUTCDate()));
  if (by === "day") return day;
  // getUTCDay() is 0 on Sunday: Monday is 1, so Sunday goes back six days.
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS);
}

/** The last day of the period that starts at `start`, as `YYYY-MM-DD` (periods are named by their first and last days). */
export function periodLastDay(start: Date, by: TrendGrouping): string {
  if (by === "day") return utcDate(start);
  if (by === "week") return utcDate(new Date(start.getTime() + 6 * DAY_MS));
  // Day 0 of the next month is the last day of this one.
  return utcDate(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)));
}
