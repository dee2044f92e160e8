import type { TrendPeriod, TrendResult } from "../trend/trend.js";
import { escapeMarkdownCell } from "./markdown.js";
import { comparisonLine, PERIOD_COLUMNS, periodCells, trendSummaryLine } from "./trend-labels.js";
import type { TrendFormatter } from "./trend-types.js";

/** Figures to at most one decimal, as Mermaid reads them. */
function figure(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Two Mermaid xychart-beta charts: the gap in percent, and the reports with those in the gap. Period labels are dates: safe in quotes. */
function charts(periods: readonly TrendPeriod[]): string[] {
  const axis = `x-axis [${periods.map((period) => `"${period.start}"`).join(", ")}]`;
  const gapCounts = periods.map((period) => Math.round(period.gap * period.reports));
  const most = periods.reduce((most, period) => Math.max(most, period.reports), 1);
  return [
    "_The gap: the share of reports whose assessed band is above their declared band, per period (%)._",
    "",
    "```mermaid",
    "xychart-beta",
    '  title "Gap: assessed above declared (%)"',
    `  ${axis}`,
    '  y-axis "% of reports" 0 --> 100',
    `  line [${periods.map((period) => figure(period.gap * 100)).join(", ")}]`,
    "```",
    "",
    "_Reports per period (bars) and those in the gap (line)._",
    "",
    "```mermaid",
    "xychart-beta",
    '  title "Reports, and reports in the gap"',
    `  ${axis}`,
    `  y-axis "reports" 0 --> ${most}`,
    `  bar [${periods.map((period) => period.reports).join(", ")}]`,
    `  line [${gapCounts.join(", ")}]`,
    "```",
  ];
}

function row(period: TrendPeriod): string {
  return `| ${periodCells(period).map(escapeMarkdownCell).join(" | ")} |`;
}

function alertBlock(result: TrendResult): string[] {
  const line = comparisonLine(result);
  return result.alert ? ["> [!WARNING]", `> ${line}`] : [line];
}

/** The trend for a pull-request comment or a step summary: the alert, Mermaid charts, then the table. */
export const formatTrendMarkdown: TrendFormatter = (result) => {
  const out = ["## fsar trend", "", `**${trendSummaryLine(result)}**`, "", ...alertBlock(result), ""];
  if (result.periods.length > 0) {
    for (const line of [...charts(result.periods), ""]) out.push(line);
    out.push(
      `| ${PERIOD_COLUMNS.join(" | ")} |`,
      `| --- |${" ---: |".repeat(PERIOD_COLUMNS.length - 2)} --- |`,
      ...result.periods.map(row),
      "",
    );
  }
  return out.join("\n").replace(/\n+$/, "") + "\n";
};
