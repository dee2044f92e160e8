import { describe, expect, it } from "vitest";
import { buildTrend, type TrendReport } from "../trend/trend.js";
import { formatTrendGithub } from "./trend-github.js";
import { formatTrendHtml } from "./trend-html.js";
import { formatTrendJson } from "./trend-json.js";
import { formatTrendMarkdown } from "./trend-markdown.js";
import { formatTrendText } from "./trend-text.js";

const HOSTILE = "x</td><script>alert(1)</script>|*_\u001b[31m\u202e";

function report(date: string, overrides: Partial<TrendReport> = {}): TrendReport {
  return { date: new Date(date), declared: 6, declaredBand: "low", assessedBand: "low", categories: [], blocked: false, boilerplate: null, ...overrides };
}

// A user's own signal category (config text) with markup, a table separator, an escape sequence and a bidi override.
const trend = buildTrend(
  [report("2026-01-01T00:00:00Z"), report("2026-01-02T00:00:00Z", { assessedBand: "block", categories: [HOSTILE] }), report("2026-01-02T01:00:00Z")],
  { by: "day", failOnRise: 10 },
);

describe("trend formatters", () => {
  it("text: a table, the summary and the alert", () => {
    expect(formatTrendText(trend)).toBe(
      [
        "period      reports  median    at 6  low  review  block    gap  blocked  boilerplate  top categories",
        "2026-01-01        1       6  100.0%    1       0      0   0.0%     0.0%            -",
        "2026-01-02        2       6  100.0%    1       0      1  50.0%     0.0%            -  x</td><script>alert(1)</script>|*_[31m<U+202E> 1",
        "",
        "3 reports in 2 periods (by day)",
        "alert: in 2026-01-02 the gap is 50.0% against a mean of 0.0% before it (+50.0 points), a rise of more than --fail-on-rise 10",
        "",
      ].join("\n"),
    );
  });

  it("keeps control and bidi characters of config text out of every format", () => {
    for (const format of [formatTrendText, formatTrendMarkdown, formatTrendHtml, formatTrendGithub]) {
      expect(format(trend)).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
  });

  it("html: category names are text, never markup", () => {
    const html = formatTrendHtml(trend);
    expect(html).not.toContain("<script");
    expect(html).toContain("x&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;|*_[31m&lt;U+202E&gt; 1");
  });

  it("markdown: category names cannot break the table or restyle it", () => {
    expect(formatTrendMarkdown(trend)).toContain("| x&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;\\|\\*\\_\\[31m&lt;U+202E&gt; 1 |\n");
  });

  it("json: the alert with its figures", () => {
    expect(JSON.parse(formatTrendJson(trend)).alert).toEqual({ start: "2026-01-02", end: "2026-01-02", gap: 0.5, earlierMean: 0, risePoints: 50, thresholdPoints: 10 });
  });

  it("json: shares to four decimals", () => {
    const thirds = buildTrend([report("2026-01-01T00:00:00Z", { blocked: true }), report("2026-01-01T00:00:00Z"), report("2026-01-01T00:00:00Z")], { by: "day" });
    expect(JSON.parse(formatTrendJson(thirds)).periods[0].blocked).toBe(0.3333);
  });
});
