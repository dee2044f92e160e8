import type { AuditResult, FileResult } from "../core/engine.js";
import type { Finding } from "../core/finding.js";
import { toSingleLine } from "../core/sanitize.js";
import type { Formatter } from "./types.js";

/** GitHub refuses a step's summary past 1 MiB. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;

/** An @user or @org/team mention: posted as a comment it would notify them. A zero-width space after the @ (MENTION_BREAK) breaks it. */
export const MENTION = /@(?=[A-Za-z0-9])/g;
export const MENTION_BREAK = "@&#8203;";

/** Report text in a table cell: one line, markdown punctuation and `|` backslash-escaped, HTML as entities, mentions broken. */
export function escapeMarkdownCell(text: string): string {
  return toSingleLine(text)
    .replace(/[\\`*_[\]|~]/g, "\\$&")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MENTION, MENTION_BREAK);
}

function describe(finding: Finding): string {
  const place = finding.line === null ? "" : `${finding.line}:${finding.column ?? 0} `;
  return `${place}${finding.level} ${escapeMarkdownCell(finding.rule)}: ${escapeMarkdownCell(finding.message)}`;
}

function row(entry: FileResult): string {
  const findings = entry.findings.filter((finding) => !finding.suppressed);
  const cells = [
    escapeMarkdownCell(entry.file),
    entry.id === null ? "" : escapeMarkdownCell(entry.id),
    entry.severity === null ? "" : String(entry.severity),
    entry.band ?? "",
    entry.verdict === "fail" ? "❌ fail" : "⚠️ warn",
    findings.map(describe).join("<br>"),
  ];
  return `| ${cells.join(" | ")} |`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function byteLength(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

/**
 * The markdown summary within a byte budget (GitHub's step-summary limit): rows that do not fit are counted in a
 * closing line instead of shown, so the summary is always whole.
 */
export function formatMarkdownSummary(result: AuditResult, maxBytes: number): string {
  const { summary } = result;
  // The icon follows the findings, as the exit code does: a config finding fails the run with every report passing.
  const icon = summary.errors > 0 ? "❌" : summary.warnings > 0 ? "⚠️" : "✅";
  const configFails = result.results.some((entry) => entry.format === "config" && entry.verdict === "fail");
  const head = [
    `### ${icon} fsar: ${summary.fail} failing, ${summary.warn} warning, ${summary.pass} passing of ${plural(summary.reports, "report")}${configFails ? "; the config fails" : ""}`,
    "",
    `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${summary.skipped} skipped.`,
    "",
  ];
  const flagged = result.results.filter((entry) => entry.verdict !== "pass").sort((a, b) => (a.verdict === b.verdict ? 0 : a.verdict === "fail" ? -1 : 1));
  const passing = result.results.filter((entry) => entry.verdict === "pass");
  // The closing line is budgeted for from the start, at its longest, so adding it never breaks the limit.
  const closing = (hidden: number) => `_${plural(hidden, "more report")} not shown: the summary is limited to ${maxBytes} bytes._\n`;
  let budget = maxBytes - byteLength(head.join("\n")) - byteLength(closing(result.results.length));
  /** The longest prefix of `items` that fits beside `frame`, and takes its bytes from the budget. */
  const fitting = (frame: string, items: string[]): string[] => {
    if (items.length === 0 || byteLength(frame) > budget) return [];
    budget -= byteLength(frame);
    const shown: string[] = [];
    for (const item of items) {
      if (byteLength(item) + 1 > budget) break;
      budget -= byteLength(item) + 1;
      shown.push(item);
    }
    return shown;
  };
  let out = [...head];
  const tableHead = "| file | id | severity | band | verdict | findings |\n|---|---|---|---|---|---|";
  const rows = fitting(`${tableHead}\n\n`, flagged.map(row));
  // Concatenated, not pushed as spread arguments: a spread of every row overflows the call stack at 100k reports.
  if (rows.length > 0) out = out.concat(tableHead, rows, "");
  const open = `<details><summary>${plural(passing.length, "passing report")}</summary>\n`;
  const items = rows.length === flagged.length ? fitting(`${open}\n\n</details>\n`, passing.map((entry) => `- ${escapeMarkdownCell(entry.file)}`)) : [];
  if (items.length > 0) out = out.concat(open, items, "", "</details>", "");
  const hidden = result.results.length - rows.length - items.length;
  if (hidden > 0) out.push(closing(hidden));
  return out.join("\n");
}

/** A summary for pull-request comments and step summaries: counts, failing and warning reports in a table, passes collapsed. */
export const formatMarkdown: Formatter = (result) => formatMarkdownSummary(result, Number.POSITIVE_INFINITY);
