import { comparisonLine, PERIOD_COLUMNS, periodCells, trendSummaryLine } from "./trend-labels.js";
import type { TrendFormatter } from "./trend-types.js";

/** A table, one period a row (the first column left-aligned, figures right-aligned), then the summary and the comparison. */
export const formatTrendText: TrendFormatter = (result) => {
  const rows = [PERIOD_COLUMNS, ...result.periods.map(periodCells)];
  const last = PERIOD_COLUMNS.length - 1;
  const widths = PERIOD_COLUMNS.map((_, column) => rows.reduce((widest, row) => Math.max(widest, row[column]!.length), -Infinity));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : column === last ? cell : cell.padStart(widths[column]!)))
      .join("  ")
      .trimEnd(),
  );
  const body = result.periods.length > 0 ? lines : ["no reports"];
  return [...body, "", trendSummaryLine(result), comparisonLine(result)].join("\n") + "\n";
};
