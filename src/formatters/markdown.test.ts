import { describe, expect, it } from "vitest";
import { auditResult, CONTEXT, fileResult, finding } from "../../test/helpers/results.js";
import { escapeMarkdownCell, formatMarkdown, formatMarkdownSummary } from "./markdown.js";

describe("formatMarkdown", () => {
  it("counts, tables failing then warning reports, and collapses passes", () => {
    const result = auditResult([
      fileResult("w.json", [finding("max-severity", "warn", "severity 30 is at or above the review threshold 25", 5, 15)], { severity: 30, band: "review" }),
      fileResult("f.md", [finding("max-severity", "error", "severity 48 is at or above the block threshold 45", 6, 13), finding("parse-error", "error", "cannot read", null, null)], { severity: 48, band: "block" }),
      fileResult("p.md", []),
    ]);
    expect(formatMarkdown(result, CONTEXT)).toMatchInlineSnapshot(`
      "### ❌ fsar: 1 failing, 1 warning, 1 passing of 3 reports

      2 errors, 1 warning, 0 skipped.

      | file | id | severity | band | verdict | findings |
      |---|---|---|---|---|---|
      | f.md | fsar\\_x | 48 | block | ❌ fail | 6:13 error max-severity: severity 48 is at or above the block threshold 45<br>error parse-error: cannot read |
      | w.json | fsar\\_x | 30 | review | ⚠️ warn | 5:15 warn max-severity: severity 30 is at or above the review threshold 25 |

      <details><summary>1 passing report</summary>

      - p.md

      </details>
      "
    `);
  });

  it("escapes pipes, HTML, backticks and newlines so a row stays one row", () => {
    expect(escapeMarkdownCell("a|b <script>&`c`\n*d* [e](f) \\")).toBe("a\\|b &lt;script&gt;&amp;\\`c\\` \\*d\\* \\[e\\](f) \\\\");
  });

  it("leaves out suppressed findings", () => {
    const result = auditResult([fileResult("w.json", [finding("id-format", "warn", "bad id", 2, 1), finding("min-risks", "error", "0 risks", 3, 1, { suppressed: { reason: "ok" } })])]);
    expect(formatMarkdown(result, CONTEXT)).toContain("| w.json | fsar\\_x | 6 | low | ⚠️ warn | 2:1 warn id-format: bad id |\n");
  });

  it("stays within a byte budget, counting the reports it leaves out", () => {
    const results = Array.from({ length: 200 }, (_, index) => fileResult(`reports/fsar_${String(index).padStart(3, "0")}.md`, index % 2 ? [] : [finding("min-risks", "error", "0 risks listed, at least 1 required", 30, 1)]));
    const full = formatMarkdown(auditResult(results), CONTEXT);
    const limited = formatMarkdownSummary(auditResult(results), 4000);
    expect(Buffer.byteLength(full)).toBeGreaterThan(4000);
    expect(Buffer.byteLength(limited)).toBeLessThanOrEqual(4000);
    const shownRows = limited.split("\n").filter((line) => line.startsWith("| reports/")).length;
    expect(limited.endsWith(`_${200 - shownRows} more reports not shown: the summary is limited to 4000 bytes._\n`)).toBe(true);
    expect(limited).not.toContain("<details>");
  });
});
