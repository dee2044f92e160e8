import type { ChangeKind } from "../diff/change.js";
import { stripControlCharacters, toSingleLine } from "../core/sanitize.js";
import { diffSummaryLine, fileLabel } from "./diff-labels.js";
import { MENTION, MENTION_BREAK } from "./markdown.js";
import type { DiffFormatter } from "./types.js";

const KIND_LABEL: Record<ChangeKind, string> = { escalation: "🔺 escalation", downgrade: "⚠️ downgrade", neutral: "neutral" };

/** Report text inside a table cell: one line, no HTML, no markdown that could restyle or break the table. */
function inline(text: string): string {
  return toSingleLine(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]|#~])/g, "\\$1")
    .replace(MENTION, MENTION_BREAK);
}

/** A code fence longer than any backtick run in the text, so the text cannot close it. */
function fenced(lines: readonly string[], language: string): string {
  const text = lines.map((line) => stripControlCharacters(line)).join("\n");
  let longest = 2;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

/** A semantic diff as a pull-request comment: a summary, then a table of changes per report. */
export const formatDiffMarkdown: DiffFormatter = (result) => {
  const out: string[] = ["## fsar diff", "", `**${inline(diffSummaryLine(result.summary))}**`, ""];
  for (const file of result.files) {
    out.push(`### ${inline(fileLabel(file))}${file.id === null ? "" : ` (${inline(file.id)})`}`, "");
    if (file.changes.length === 0) {
      out.push("No semantic changes.", "");
      continue;
    }
    out.push("| kind | field | change |", "| --- | --- | --- |");
    const details: string[] = [];
    for (const change of file.changes) {
      const [first = "", ...rest] = change.message.split("\n");
      out.push(`| ${KIND_LABEL[change.kind]} | ${change.field} | ${inline(first)} |`);
      if (rest.length > 0) details.push("<details><summary>proposal diff</summary>", "", fenced(rest, "diff"), "", "</details>", "");
    }
    out.push("");
    for (const line of details) out.push(line);
  }
  return out.join("\n").replace(/\n+$/, "") + "\n";
};
