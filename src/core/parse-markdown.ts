import { diagnostic, PARSE_ERROR } from "./diagnostics.js";
import type { Finding, FindingData } from "./finding.js";
import { itemCategory, type ReportField, type ReportItem, type SourcePosition } from "./record.js";
import type { ReportDraft } from "./report-draft.js";

const HEADING = "# FSAR Proposal Report";
const HEADER_FIELD = /^- ([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/s;
const RISKS = /^## Risks[ \t]*$/;
const MITIGATIONS = /^## Mitigations[ \t]*$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEADER_KEYS = new Set<ReportField>(["id", "timestamp", "severity", "block_execution", "proposal"]);

function parseError(messageId: keyof typeof PARSE_ERROR.meta.messages, data: FindingData, line: number, column: number | null = null): Finding {
  return diagnostic(PARSE_ERROR, messageId, data, line, column);
}

/** Skips blank lines and HTML comments (a repository tool adds a SYNOPSIS comment) before the heading. */
function firstContentLine(lines: readonly string[]): number {
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!.trim();
    if (line === "") {
      i++;
    } else if (line.startsWith("<!--")) {
      while (i < lines.length && !lines[i]!.includes("-->")) i++;
      i++;
    } else {
      return i;
    }
  }
  return lines.length;
}

/** Reads `- item` lines (with continuation lines) from lines[from, to). */
function readItems(lines: readonly string[], from: number, to: number, section: string, diagnostics: Finding[]): ReportItem[] {
  const items: ReportItem[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.startsWith("- ")) {
      const text = line.slice(2);
      items.push({ text, category: itemCategory(text), line: i + 1 });
    } else if (line.trim() === "") {
      // Blank lines between items are layout.
    } else if (items.length > 0 && lines[i - 1]!.trim() !== "") {
      // A multi-line item: the producer writes an item's own newlines as they are.
      const last = items[items.length - 1]!;
      last.text += "\n" + line;
    } else {
      diagnostics.push(parseError("unexpectedLine", { section }, i + 1, 1));
    }
  }
  return items;
}

/** Parses the markdown form. The report's own Risks and Mitigations are the trailing sections: the proposal may hold its own. */
export function parseMarkdownReport(text: string): ReportDraft {
  const lines = text.split("\n");
  if (text.includes("\r")) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.endsWith("\r")) lines[i] = line.slice(0, -1);
    }
  }
  const draft: ReportDraft = { values: {}, positions: {}, diagnostics: [], anchor: { line: 1, column: 1 } };
  const start = firstContentLine(lines);
  if (start >= lines.length) {
    draft.diagnostics.push(parseError("noContent", {}, 1));
    draft.stopped = true;
    return draft;
  }
  if (lines[start]!.trimEnd() !== HEADING) {
    draft.diagnostics.push(parseError("noHeading", { heading: HEADING }, start + 1, 1));
    draft.stopped = true;
    return draft;
  }
  draft.anchor = { line: start + 1, column: 1 };

  let i = start + 1;
  let proposalLine = -1;
  for (; i < lines.length; i++) {
    const match = HEADER_FIELD.exec(lines[i]!);
    if (!match) break;
    const key = match[1]! as ReportField;
    const value = match[2] ?? "";
    const position: SourcePosition = { line: i + 1, column: match[2] === undefined ? lines[i]!.length + 1 : key.length + 5 };
    if (!HEADER_KEYS.has(key)) continue;
    if (draft.positions[key]) {
      draft.diagnostics.push(parseError("duplicateField", { field: key, firstLine: draft.positions[key].line }, i + 1, 3));
      continue;
    }
    draft.positions[key] = position;
    if (key === "proposal") {
      proposalLine = i;
      i++;
      break;
    }
    readHeaderValue(draft, key, value.trim(), position);
  }
  if (proposalLine === -1) {
    const line = Math.min(i, lines.length - 1) + 1;
    draft.diagnostics.push(parseError("noProposal", {}, line, 1));
    draft.stopped = true;
    return draft;
  }

  const mitigations = findLast(lines, MITIGATIONS, lines.length - 1, i);
  const risks = findLast(lines, RISKS, (mitigations === -1 ? lines.length : mitigations) - 1, i);
  if (risks === -1 || mitigations === -1) {
    const missing = risks === -1 && mitigations === -1 ? '"## Risks" and "## Mitigations" sections' : mitigations === -1 ? '"## Mitigations" section' : '"## Risks" section before "## Mitigations"';
    let lastContent = lines.length - 1;
    while (lastContent > 0 && lines[lastContent]!.trim() === "") lastContent--;
    draft.diagnostics.push(parseError("truncated", { missing }, lastContent + 1, null));
    draft.stopped = true;
    return draft;
  }

  // The producer writes "- proposal:", a blank line, the text, a blank line, "## Risks".
  let first = proposalLine + 1;
  if (first < risks && lines[first] === "") first++;
  let last = risks;
  if (last > first && lines[last - 1] === "") last--;
  draft.values.proposal = lines.slice(first, last).join("\n");
  draft.positions.proposal = { line: Math.min(first, risks) + 1, column: 1 };
  draft.values.risks = readItems(lines, risks + 1, mitigations, "Risks", draft.diagnostics);
  draft.positions.risks = { line: risks + 1, column: 1 };
  draft.values.mitigations = readItems(lines, mitigations + 1, lines.length, "Mitigations", draft.diagnostics);
  draft.positions.mitigations = { line: mitigations + 1, column: 1 };
  return draft;
}

function findLast(lines: readonly string[], pattern: RegExp, from: number, stop: number): number {
  for (let i = from; i >= stop; i--) if (pattern.test(lines[i]!)) return i;
  return -1;
}

function readHeaderValue(draft: ReportDraft, key: ReportField, value: string, at: SourcePosition): void {
  switch (key) {
    case "severity": {
      const severity = NUMBER.test(value) ? Number(value) : NaN;
      if (Number.isFinite(severity)) draft.values.severity = severity;
      else draft.diagnostics.push(parseError("severityNotANumber", { value: JSON.stringify(value) }, at.line, at.column));
      return;
    }
    case "block_execution":
      if (value === "true" || value === "false") draft.values.block_execution = value === "true";
      else draft.diagnostics.push(parseError("blockNotBoolean", { value: JSON.stringify(value) }, at.line, at.column));
      return;
    default:
      draft.values[key] = value;
  }
}
