import { toSingleLine } from "../core/sanitize.js";
import { PRODUCER_DEFAULT_SEVERITY, type TrendComparison, type TrendPeriod, type TrendResult } from "../trend/trend.js";

/** A share as a percentage with one decimal: `45.0%`. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** Percentage points with their sign: `+25.0`, `-3.5`. */
export function points(value: number): string {
  return `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;
}

/** A period by its first day, or its first and last days when it spans more than one. */
export function periodLabel(period: Pick<TrendPeriod, "start" | "end">): string {
  return period.start === period.end ? period.start : `${period.start}..${period.end}`;
}

/** The most frequent categories of a period or of a whole trend, with their counts. Category names are config text: one line. */
export function topCategories(categories: Readonly<Record<string, number>>, count: number): Array<[string, number]> {
  return Object.entries(categories)
    .slice(0, count)
    .map(([name, reports]) => [toSingleLine(name), reports]);
}

/** Every period's category counts added up, most frequent first. */
export function totalCategories(periods: readonly TrendPeriod[]): Record<string, number> {
  const totals = new Map<string, number>();
  for (const period of periods) for (const [name, reports] of Object.entries(period.categories)) totals.set(name, (totals.get(name) ?? 0) + reports);
  return Object.fromEntries([...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)));
}

function plural(count: number, word: string): string {
  return `${count.toLocaleString("en-US")} ${word}${count === 1 ? "" : "s"}`;
}

/** "1,331 reports in 3 periods (by day)", with what was left out, if anything. */
export function trendSummaryLine(result: TrendResult): string {
  const reports = result.periods.reduce((sum, period) => sum + period.reports, 0);
  const { unparsed, undated, outOfRange } = result.leftOut;
  const left = [
    unparsed > 0 ? `${unparsed} unparsed` : "",
    undated > 0 ? `${undated} without a valid timestamp` : "",
    outOfRange > 0 ? `${outOfRange} outside --since/--until` : "",
  ].filter(Boolean);
  return `${plural(reports, "report")} in ${plural(result.periods.length, "period")} (by ${result.by})${left.length > 0 ? `; left out: ${left.join(", ")}` : ""}`;
}

function comparisonFigures(comparison: TrendComparison): string {
  return `the gap is ${percent(comparison.gap)} against a mean of ${percent(comparison.earlierMean)} before it (${points(comparison.risePoints)} points)`;
}

/** What the latest period shows against the earlier ones: the alert when there is one. */
export function comparisonLine(result: TrendResult): string {
  if (result.alert) {
    return `alert: in ${periodLabel(result.alert)} ${comparisonFigures(result.alert)}, a rise of more than --fail-on-rise ${result.alert.thresholdPoints}`;
  }
  if (result.comparison === null) return "no comparison: fewer than two periods";
  return `in the latest period, ${periodLabel(result.comparison)}, ${comparisonFigures(result.comparison)}`;
}

/** The columns of a trend table, shared by the text, markdown and html formats. */
export const PERIOD_COLUMNS = ["period", "reports", "median", `at ${PRODUCER_DEFAULT_SEVERITY}`, "low", "review", "block", "gap", "blocked", "boilerplate", "top categories"];

/** One period's row of a trend table, as plain text (each format escapes it its own way). */
export function periodCells(period: TrendPeriod): string[] {
  return [
    periodLabel(period),
    String(period.reports),
    String(period.declared.median),
    percent(period.declared.atDefault),
    String(period.assessed.low),
    String(period.assessed.review),
    String(period.assessed.block),
    percent(period.gap),
    percent(period.blocked),
    period.boilerplate === null ? "-" : percent(period.boilerplate),
    topCategories(period.categories, 3)
      .map(([name, reports]) => `${name} ${reports}`)
      .join(", "),
  ];
}
