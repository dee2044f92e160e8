import type { Band } from "../core/band.js";
import { toSingleLine } from "../core/sanitize.js";
import type { TrendPeriod, TrendResult } from "../trend/trend.js";
import { comparisonLine, percent, PERIOD_COLUMNS, periodCells, periodLabel, topCategories, totalCategories, trendSummaryLine } from "./trend-labels.js";
import type { TrendFormatter } from "./trend-types.js";

/** Text in HTML (content or a quoted attribute): one line, markup characters as entities. */
function escapeHtml(text: string): string {
  return toSingleLine(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Coordinates to a tenth of a pixel keep the file small. */
function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

const BAND_COLOR: Record<Band, string> = { low: "#5b9a68", review: "#e0a526", block: "#c8443c" };
const BANDS: readonly Band[] = ["low", "review", "block"];
const GAP_COLOR = "#3b6fb6";
const WIDTH = 1000;
const HEIGHT = 320;
const MARGIN = { top: 24, right: 24, bottom: 48, left: 56 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
/** At most this many period labels under a chart: with more periods, every k-th is labelled. */
const MAX_LABELS = 12;

/** A round top for a count axis (1, 2 or 5 times a power of ten, times up to five ticks) and its tick step. */
function countAxis(most: number): { top: number; step: number } {
  const rough = Math.max(1, most) / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough) ?? 10 * power;
  const whole = Math.max(1, Math.ceil(step));
  return { top: Math.ceil(Math.max(1, most) / whole) * whole, step: whole };
}

/** The middle of the n-th of `count` slots across the plot. */
function slotX(index: number, count: number): number {
  return MARGIN.left + ((index + 0.5) * PLOT_WIDTH) / count;
}

function yOf(value: number, top: number): number {
  return MARGIN.top + PLOT_HEIGHT - (value / top) * PLOT_HEIGHT;
}

/** Horizontal grid lines with their labels, and the period labels under the plot. */
function axes(periods: readonly TrendPeriod[], ticks: ReadonlyArray<{ value: number; label: string }>, top: number): string {
  const out: string[] = [];
  for (const tick of ticks) {
    const y = px(yOf(tick.value, top));
    out.push(`<line x1="${MARGIN.left}" y1="${y}" x2="${WIDTH - MARGIN.right}" y2="${y}" stroke="#e3e3e3"/>`);
    out.push(`<text x="${MARGIN.left - 8}" y="${y}" text-anchor="end" dominant-baseline="middle" class="tick">${escapeHtml(tick.label)}</text>`);
  }
  const every = Math.ceil(periods.length / MAX_LABELS);
  periods.forEach((period, index) => {
    if (index % every !== 0) return;
    out.push(`<text x="${px(slotX(index, periods.length))}" y="${HEIGHT - MARGIN.bottom + 20}" text-anchor="middle" class="tick">${escapeHtml(period.start)}</text>`);
  });
  out.push(`<line x1="${MARGIN.left}" y1="${MARGIN.top + PLOT_HEIGHT}" x2="${WIDTH - MARGIN.right}" y2="${MARGIN.top + PLOT_HEIGHT}" stroke="#888"/>`);
  return out.join("");
}

function svg(label: string, body: string, height = HEIGHT): string {
  return `<svg viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeHtml(label)}">${body}</svg>`;
}

const GAP_AXIS_TOPS = [20, 40, 100];

/** The gap per period as a line, with the mean of the earlier periods as a dashed line when there is one. */
function gapChart(result: TrendResult): string {
  const { periods } = result;
  const comparison = result.alert ?? result.comparison;
  // A small gap gets room to show its movement: the axis ends at 20%, 40% or 100%, the first that holds every point.
  const highest = periods.reduce((highest, period) => Math.max(highest, period.gap * 100), (comparison?.earlierMean ?? 0) * 100);
  const top = GAP_AXIS_TOPS.find((candidate) => highest <= candidate * 0.9) ?? 100;
  const ticks = [0, 1, 2, 3, 4].map((quarter) => ({ value: (top * quarter) / 4, label: `${(top * quarter) / 4}%` }));
  const points = periods.map((period, index) => ({ x: slotX(index, periods.length), y: yOf(period.gap * 100, top), period }));
  const out = [axes(periods, ticks, top)];
  if (comparison) {
    const y = px(yOf(comparison.earlierMean * 100, top));
    out.push(`<line x1="${MARGIN.left}" y1="${y}" x2="${WIDTH - MARGIN.right}" y2="${y}" stroke="#777" stroke-dasharray="6 4"><title>mean of the earlier periods: ${percent(comparison.earlierMean)}</title></line>`);
  }
  const line = (from: number, to: number, color: string) =>
    `<polyline fill="none" stroke="${color}" stroke-width="3" points="${points
      .slice(from, to)
      .map((point) => `${px(point.x)},${px(point.y)}`)
      .join(" ")}"/>`;
  // With an alert, the rise into the latest period is drawn in the alert's color.
  const calm = result.alert ? points.length - 1 : points.length;
  if (calm > 1) out.push(line(0, calm, GAP_COLOR));
  if (result.alert) out.push(line(points.length - 2, points.length, BAND_COLOR.block));
  const labelled = periods.length <= 31;
  points.forEach(({ x, y, period }, index) => {
    const color = result.alert && index === points.length - 1 ? BAND_COLOR.block : GAP_COLOR;
    out.push(`<circle cx="${px(x)}" cy="${px(y)}" r="5" fill="${color}"><title>${escapeHtml(`${periodLabel(period)}: gap ${percent(period.gap)} of ${period.reports} reports`)}</title></circle>`);
    if (labelled) out.push(`<text x="${px(x)}" y="${px(y - 12)}" text-anchor="middle" class="value">${percent(period.gap)}</text>`);
  });
  return svg("The gap per period: the share of reports assessed above their declared band", out.join(""));
}

/** The assessed bands per period, stacked: low at the bottom, block on top. */
function bandChart(periods: readonly TrendPeriod[]): string {
  const { top, step } = countAxis(periods.reduce((most, period) => Math.max(most, period.reports), -Infinity));
  const ticks = Array.from({ length: top / step + 1 }, (_, index) => ({ value: index * step, label: String(index * step) }));
  const barWidth = Math.min(80, (PLOT_WIDTH / periods.length) * 0.7);
  const out = [axes(periods, ticks, top)];
  periods.forEach((period, index) => {
    const x = px(slotX(index, periods.length) - barWidth / 2);
    let below = 0;
    for (const band of BANDS) {
      const count = period.assessed[band];
      if (count === 0) continue;
      const y = yOf(below + count, top);
      const height = yOf(below, top) - y;
      out.push(`<rect x="${x}" y="${px(y)}" width="${px(barWidth)}" height="${px(height)}" fill="${BAND_COLOR[band]}"><title>${escapeHtml(`${periodLabel(period)}: ${count} ${band}`)}</title></rect>`);
      if (height >= 16 && barWidth >= 24) out.push(`<text x="${px(slotX(index, periods.length))}" y="${px(y + height / 2)}" text-anchor="middle" dominant-baseline="middle" class="inside">${count}</text>`);
      below += count;
    }
    out.push(`<text x="${px(slotX(index, periods.length))}" y="${px(yOf(period.reports, top) - 6)}" text-anchor="middle" class="value">${period.reports}</text>`);
  });
  return svg("Assessed bands per period, stacked", out.join(""));
}

const CATEGORY_ROWS = 8;
const CATEGORY_ROW_HEIGHT = 30;

/** The most frequent signal categories over the whole range, as horizontal bars. */
function categoryChart(periods: readonly TrendPeriod[], reports: number): string {
  const categories = topCategories(totalCategories(periods), CATEGORY_ROWS);
  if (categories.length === 0) return `<p class="empty">No risk signal in any report.</p>`;
  const labelWidth = 220;
  const barSpace = WIDTH - labelWidth - 140;
  const most = categories[0]![1];
  const out: string[] = [];
  categories.forEach(([name, count], index) => {
    const y = 8 + index * CATEGORY_ROW_HEIGHT;
    const width = Math.max(2, (count / most) * barSpace);
    out.push(`<text x="${labelWidth - 10}" y="${y + 11}" text-anchor="end" dominant-baseline="middle" class="label">${escapeHtml(name)}</text>`);
    out.push(`<rect x="${labelWidth}" y="${y}" width="${px(width)}" height="22" fill="#6d7fa8"/>`);
    out.push(`<text x="${px(labelWidth + width + 8)}" y="${y + 11}" dominant-baseline="middle" class="value">${count} (${percent(count / reports)})</text>`);
  });
  return svg("The most frequent risk signal categories", out.join(""), 16 + categories.length * CATEGORY_ROW_HEIGHT);
}

function legend(entries: ReadonlyArray<{ label: string; color: string; dashed?: boolean }>): string {
  return `<p class="legend">${entries.map((entry) => `<span><i class="${entry.dashed ? "dash" : "box"}" style="${entry.dashed ? "border-color" : "background"}:${entry.color}"></i>${escapeHtml(entry.label)}</span>`).join("")}</p>`;
}

function gapLegend(result: TrendResult): string {
  const comparison = result.alert ?? result.comparison;
  const entries: Array<{ label: string; color: string; dashed?: boolean }> = [{ label: "gap", color: GAP_COLOR }];
  if (comparison) entries.push({ label: `mean of the periods before the latest: ${percent(comparison.earlierMean)}`, color: "#777", dashed: true });
  return legend(entries);
}

function table(periods: readonly TrendPeriod[]): string {
  const rows = periods.map((period) => `<tr>${periodCells(period).map((cell) => `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`);
  return `<table><thead><tr>${PERIOD_COLUMNS.map((cell) => `<th>${escapeHtml(cell)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

const STYLE = [
  "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#222;margin:24px auto;max-width:1040px;padding:0 16px}",
  "h1{font-size:24px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 6px}",
  ".summary{color:#555;margin:0 0 12px}",
  ".alert{background:#fdecea;border-left:5px solid #c8443c;padding:8px 12px;font-weight:600}",
  ".comparison{background:#f1f4f9;border-left:5px solid #3b6fb6;padding:8px 12px}",
  "svg{display:block;font-size:13px}.tick{fill:#666}.value{fill:#222;font-weight:600}.inside{fill:#fff;font-weight:600}.note{fill:#555}.label{fill:#222}",
  ".legend{margin:0}.legend span{margin-right:18px}.legend i{display:inline-block;margin-right:6px}.box{width:12px;height:12px;vertical-align:-1px}.dash{width:22px;border-top:2px dashed;vertical-align:4px}",
  "table{border-collapse:collapse;width:100%;font-size:13px;margin-top:8px}th,td{border-bottom:1px solid #ddd;padding:4px 6px;text-align:right}",
  "th:first-child,td:first-child,th:last-child,td:last-child{text-align:left}td:first-child{white-space:nowrap}",
  ".empty{color:#666}",
].join("");

/**
 * One self-contained page: inline SVG charts and an inline style sheet, no script and nothing fetched (the page's
 * own policy forbids both), so it opens the same from a CI artifact, a mail or a disk.
 */
export const formatTrendHtml: TrendFormatter = (result) => {
  const reports = result.periods.reduce((sum, period) => sum + period.reports, 0);
  const body = [`<h1>fsar trend</h1>`, `<p class="summary">${escapeHtml(trendSummaryLine(result))}</p>`, `<p class="${result.alert ? "alert" : "comparison"}">${escapeHtml(comparisonLine(result))}</p>`];
  if (result.periods.length > 0) {
    body.push(`<h2>The gap: reports assessed above their declared band</h2>`, gapLegend(result), gapChart(result));
    body.push(`<h2>Assessed bands per period</h2>`, legend(BANDS.map((band) => ({ label: band, color: BAND_COLOR[band] }))), bandChart(result.periods));
    body.push(`<h2>Top risk categories</h2>`, categoryChart(result.periods, reports));
    body.push(`<h2>Per period</h2>`, table(result.periods));
  }
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>fsar trend</title>",
    `<style>${STYLE}</style>`,
    "</head>",
    `<body>${body.join("\n")}</body>`,
    "</html>",
    "",
  ].join("\n");
};
