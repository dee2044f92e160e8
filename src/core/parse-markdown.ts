import { diagnostic, PARSE_ERROR } from "./diagnostics.js";
import type { Finding, FindingData } from "./finding.js";
import { itemCategory, type ReportField, type ReportItem, type SourcePosition } from "./record.js";
import type { ReportDraft } from "./report-draft.js";

const HEADING = "# FSAR Proposal Report";
const HEADER_FIELD = /^- ([A-Za-z_][A-Za-z0-9_]*):(?: (.*))?$/s;
const RISKS = "## Risks";
const MITIGATIONS = "## Mitigations";
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const HEADER_KEYS = new Set<ReportField>(["id", "timestamp", "severity", "block_execution", "proposal"]);

function parseError(messageId: keyof typeof PARSE_ERROR.meta.messages, data: FindingData, line: number, column: number | null = null): Finding {
  return diagnostic(PARSE_ERROR, messageId, data, line, column);
}

/**
 * The lines of a text by index, each cut from the text only when read: the proposal, most of a report, is one
 * slice of the text rather than lines split and joined again.
 */
class SourceLines {
  /** Where each line starts; a line ends before the next one's start (its newline), the last at the text's end. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", newline + 1)) this.starts.push(newline + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  start(index: number): number {
    return this.starts[index]!;
  }

  end(index: number): number {
    return index + 1 < this.starts.length ? this.starts[index + 1]! - 1 : this.text.length;
  }

  at(index: number): string {
    return this.text.slice(this.starts[index]!, this.end(index));
  }

  isEmpty(index: number): boolean {
    return this.starts[index] === this.end(index);
  }

  isBlank(index: number): boolean {
    return this.isEmpty(index) || this.at(index).trim() === "";
  }

  /** Lines [from, to) joined by newlines. */
  range(from: number, to: number): string {
    return from >= to ? "" : this.text.slice(this.starts[from]!, this.end(to - 1));
  }

  /** Whether the line is `heading` followed only by spaces and tabs. */
  isHeading(index: number, heading: string): boolean {
    const start = this.starts[index]!;
    if (!this.text.startsWith(heading, start)) return false;
    const end = this.end(index);
    for (let at = start + heading.length; at < end; at++) {
      const c = this.text.charCodeAt(at);
      if (c !== 0x20 && c !== 0x09) return false;
    }
    return true;
  }
}

/** Skips blank lines and HTML comments (a repository tool adds a SYNOPSIS comment) before the heading. */
function firstContentLine(lines: SourceLines): number {
  let i = 0;
  while (i < lines.count) {
    const line = lines.at(i).trim();
    if (line === "") {
      i++;
    } else if (line.startsWith("<!--")) {
      while (i < lines.count && !lines.at(i).includes("-->")) i++;
      i++;
    } else {
      return i;
    }
  }
  return lines.count;
}

/** Reads `- item` lines (with continuation lines) from lines[from, to). */
function readItems(lines: SourceLines, from: number, to: number, section: string, diagnostics: Finding[]): ReportItem[] {
  const items: ReportItem[] = [];
  // Where the last item's text starts: its continuation lines follow it directly, so its text is one slice.
  let itemStart = 0;
  let previousBlank = false;
  for (let i = from; i < to; i++) {
    if (lines.text.startsWith("- ", lines.start(i))) {
      itemStart = lines.start(i) + 2;
      const text = lines.text.slice(itemStart, lines.end(i));
      items.push({ text, category: itemCategory(text), line: i + 1 });
      previousBlank = false;
      continue;
    }
    const blank = lines.isBlank(i);
    if (blank) {
      // Blank lines between items are layout.
    } else if (items.length > 0 && !previousBlank) {
      // A multi-line item: the producer writes an item's own newlines as they are.
      items[items.length - 1]!.text = lines.text.slice(itemStart, lines.end(i));
    } else {
      diagnostics.push(parseError("unexpectedLine", { section }, i + 1, 1));
    }
    previousBlank = blank;
  }
  return items;
}

// A line's own carriage return (CRLF, or one last on the text) is not part of it; a stray one inside a line is.
const LINE_END_CR = /\r(?=\n|$)/g;

/** Parses the markdown form. The report's own Risks and Mitigations are the trailing sections: the proposal may hold its own. */
export function parseMarkdownReport(source: string): ReportDraft {
  const lines = new SourceLines(source.includes("\r") ? source.replace(LINE_END_CR, "") : source);
  const draft: ReportDraft = { values: {}, positions: {}, diagnostics: [], anchor: { line: 1, column: 1 } };
  const start = firstContentLine(lines);
  if (start >= lines.count) {
    draft.diagnostics.push(parseError("noContent", {}, 1));
    draft.stopped = true;
    return draft;
  }
  if (lines.at(start).trimEnd() !== HEADING) {
    draft.diagnostics.push(parseError("noHeading", { heading: HEADING }, start + 1, 1));
    draft.stopped = true;
    return draft;
  }
  draft.anchor = { line: start + 1, column: 1 };

  let i = start + 1;
  let proposalLine = -1;
  for (; i < lines.count; i++) {
    const line = lines.at(i);
    const match = HEADER_FIELD.exec(line);
    if (!match) break;
    const key = match[1]! as ReportField;
    const value = match[2] ?? "";
    const position: SourcePosition = { line: i + 1, column: match[2] === undefined ? line.length + 1 : key.length + 5 };
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
    const line = Math.min(i, lines.count - 1) + 1;
    draft.diagnostics.push(parseError("noProposal", {}, line, 1));
    draft.stopped = true;
    return draft;
  }

  const mitigations = findLast(lines, MITIGATIONS, lines.count - 1, i);
  const risks = findLast(lines, RISKS, (mitigations === -1 ? lines.count : mitigations) - 1, i);
  if (risks === -1 || mitigations === -1) {
    const missing = risks === -1 && mitigations === -1 ? '"## Risks" and "## Mitigations" sections' : mitigations === -1 ? '"## Mitigations" section' : '"## Risks" section before "## Mitigations"';
    let lastContent = lines.count - 1;
    while (lastContent > 0 && lines.isBlank(lastContent)) lastContent--;
    draft.diagnostics.push(parseError("truncated", { missing }, lastContent + 1, null));
    draft.stopped = true;
    return draft;
  }

  // The producer writes "- proposal:", a blank line, the text, a blank line, "## Risks".
  let first = proposalLine + 1;
  if (first < risks && lines.isEmpty(first)) first++;
  let last = risks;
  if (last > first && lines.isEmpty(last - 1)) last--;
  draft.values.proposal = lines.range(first, last);
  draft.positions.proposal = { line: Math.min(first, risks) + 1, column: 1 };
  draft.values.risks = readItems(lines, risks + 1, mitigations, "Risks", draft.diagnostics);
  draft.positions.risks = { line: risks + 1, column: 1 };
  draft.values.mitigations = readItems(lines, mitigations + 1, lines.count, "Mitigations", draft.diagnostics);
  draft.positions.mitigations = { line: mitigations + 1, column: 1 };
  return draft;
}

function findLast(lines: SourceLines, heading: string, from: number, stop: number): number {
  for (let i = from; i >= stop; i--) if (lines.isHeading(i, heading)) return i;
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
