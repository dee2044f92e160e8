import type { TrendComparison, TrendPeriod } from "../trend/trend.js";
import type { TrendFormatter } from "./trend-types.js";

/** Shares to four decimals, so the contract carries no float noise (0.30000000000000004). */
function share(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

function period(entry: TrendPeriod) {
  return {
    start: entry.start,
    end: entry.end,
    reports: entry.reports,
    declared: { median: entry.declared.median, atDefault: share(entry.declared.atDefault) },
    assessed: { low: entry.assessed.low, review: entry.assessed.review, block: entry.assessed.block },
    gap: share(entry.gap),
    blocked: share(entry.blocked),
    boilerplate: entry.boilerplate === null ? null : share(entry.boilerplate),
    categories: { ...entry.categories },
  };
}

function comparison(entry: TrendComparison) {
  return { start: entry.start, end: entry.end, gap: share(entry.gap), earlierMean: share(entry.earlierMean), risePoints: entry.risePoints };
}

/** The stable json contract of `fsar trend`, version 1. */
export const formatTrendJson: TrendFormatter = (result) =>
  JSON.stringify(
    {
      version: 1,
      by: result.by,
      periods: result.periods.map(period),
      alert: result.alert === null ? null : { ...comparison(result.alert), thresholdPoints: result.alert.thresholdPoints },
    },
    null,
    2,
  ) + "\n";
