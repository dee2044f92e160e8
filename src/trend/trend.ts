import type { Band } from "../core/band.js";
import { periodLastDay, periodStart, utcDate, type TrendGrouping } from "./period.js";

/** The severity the known producer declares whatever it proposes (FORMAT.md): the share at it is a measure of trust inflation. */
export const PRODUCER_DEFAULT_SEVERITY = 6;

/** One report as a trend counts it: an md/json twin pair is one report. */
export interface TrendReport {
  /** When the report counts: its own timestamp, or the date of the commit that brought it in; null when it has no valid one. */
  date: Date | null;
  /** The declared severity, and its band on the configured scale. */
  declared: number;
  declaredBand: Band;
  /** The band the risk model assessed from the proposal. */
  assessedBand: Band;
  /** The distinct categories of the assessment's signals. */
  categories: readonly string[];
  /** `block_execution: true`: the report blocks itself. */
  blocked: boolean;
  /** Whether the report is in a `boilerplate-risks` group; null when that rule did not run. */
  boilerplate: boolean | null;
}

/** The figures of one period. Shares are fractions of the period's reports, from 0 to 1. */
export interface TrendPeriod {
  /** The first and last days of the period, `YYYY-MM-DD`, UTC. */
  start: string;
  end: string;
  reports: number;
  declared: {
    median: number;
    /** The share declaring the producer's default severity (6). */
    atDefault: number;
  };
  assessed: Record<Band, number>;
  /** The share whose assessed band is above their declared band. */
  gap: number;
  /** The share with `block_execution: true`. */
  blocked: number;
  /** The share in a `boilerplate-risks` group; null when that rule did not run. */
  boilerplate: number | null;
  /** Reports with at least one signal of each category, most frequent first. */
  categories: Record<string, number>;
}

/** The latest period's gap against the mean gap of the periods before it. */
export interface TrendComparison {
  /** The latest period. */
  start: string;
  end: string;
  gap: number;
  /** The unweighted mean of the earlier periods' gaps. */
  earlierMean: number;
  /** How far the latest gap is above that mean, in percentage points (negative when below). */
  risePoints: number;
}

/** A comparison whose rise is more than `--fail-on-rise` points. */
export interface TrendAlert extends TrendComparison {
  thresholdPoints: number;
}

export interface TrendOptions {
  by: TrendGrouping;
  /** Only reports dated at or after this instant. */
  since?: Date;
  /** Only reports dated before this instant. */
  until?: Date;
  /** Alert when the latest period's gap rises more than this many percentage points above the mean of the earlier ones. */
  failOnRise?: number;
}

export interface TrendResult {
  by: TrendGrouping;
  /** The periods that hold reports, oldest first. */
  periods: TrendPeriod[];
  /** Null with fewer than two periods: there is nothing earlier to compare with. */
  comparison: TrendComparison | null;
  alert: TrendAlert | null;
  /** Reports in no period: no record could be parsed, no valid date, or dated outside --since/--until. */
  leftOut: { unparsed: number; undated: number; outOfRange: number };
}

const BAND_RANK: Record<Band, number> = { low: 0, review: 1, block: 2 };

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}

function summarizePeriod(start: Date, by: TrendGrouping, reports: readonly TrendReport[]): TrendPeriod {
  const assessed: Record<Band, number> = { low: 0, review: 0, block: 0 };
  const categories = new Map<string, number>();
  let atDefault = 0;
  let above = 0;
  let blocked = 0;
  let boilerplate = 0;
  let boilerplateKnown = false;
  for (const report of reports) {
    assessed[report.assessedBand]++;
    if (report.declared === PRODUCER_DEFAULT_SEVERITY) atDefault++;
    if (BAND_RANK[report.assessedBand] > BAND_RANK[report.declaredBand]) above++;
    if (report.blocked) blocked++;
    if (report.boilerplate !== null) boilerplateKnown = true;
    if (report.boilerplate === true) boilerplate++;
    for (const category of report.categories) categories.set(category, (categories.get(category) ?? 0) + 1);
  }
  const count = reports.length;
  const ranked = [...categories].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return {
    start: utcDate(start),
    end: periodLastDay(start, by),
    reports: count,
    declared: { median: median(reports.map((report) => report.declared)), atDefault: atDefault / count },
    assessed,
    gap: above / count,
    blocked: blocked / count,
    boilerplate: boilerplateKnown ? boilerplate / count : null,
    categories: Object.fromEntries(ranked),
  };
}

/** The latest period against the mean of the earlier ones; null with fewer than two periods. */
export function comparePeriods(periods: readonly TrendPeriod[]): TrendComparison | null {
  if (periods.length < 2) return null;
  const latest = periods[periods.length - 1]!;
  const earlier = periods.slice(0, -1);
  const earlierMean = earlier.reduce((sum, period) => sum + period.gap, 0) / earlier.length;
  // Rounded to a millionth of a point, so that 0.3 - 0.1 is 20 points and not 20.000000000000004.
  const risePoints = Math.round((latest.gap - earlierMean) * 100 * 1e6) / 1e6;
  return { start: latest.start, end: latest.end, gap: latest.gap, earlierMean, risePoints };
}

/** Groups reports into periods and compares the latest with the earlier ones. `unparsed`: reports without a record, counted as left out. */
export function buildTrend(reports: Iterable<TrendReport>, options: TrendOptions, unparsed = 0): TrendResult {
  const byStart = new Map<number, TrendReport[]>();
  const leftOut = { unparsed, undated: 0, outOfRange: 0 };
  for (const report of reports) {
    if (report.date === null) {
      leftOut.undated++;
      continue;
    }
    const time = report.date.getTime();
    if ((options.since && time < options.since.getTime()) || (options.until && time >= options.until.getTime())) {
      leftOut.outOfRange++;
      continue;
    }
    const start = periodStart(report.date, options.by).getTime();
    const period = byStart.get(start);
    if (period) period.push(report);
    else byStart.set(start, [report]);
  }
  const periods = [...byStart]
    .sort((a, b) => a[0] - b[0])
    .map(([start, members]) => summarizePeriod(new Date(start), options.by, members));
  const comparison = comparePeriods(periods);
  const alert = comparison && options.failOnRise !== undefined && comparison.risePoints > options.failOnRise ? { ...comparison, thresholdPoints: options.failOnRise } : null;
  return { by: options.by, periods, comparison, alert, leftOut };
}
