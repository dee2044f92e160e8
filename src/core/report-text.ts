import type { ReportRecord, SourcePosition } from "./record.js";

/** The text fields that content rules scan. */
export type TextField = "id" | "timestamp" | "proposal" | "risks" | "mitigations";

/** One line of a report's text, with where it stands in the source file. */
export interface ReportLine {
  field: TextField;
  text: string;
  line: number;
  /** The file column of `text[0]`; null inside a JSON string, where escapes make columns within the value meaningless. */
  column: number | null;
}

/** A match of a content signal, placed in the source file. */
export interface TextMatch {
  field: TextField;
  line: number;
  column: number | null;
  /** The matched text, for the rule to describe (never print a secret). */
  text: string;
}

function linesOf(field: TextField, text: string, at: SourcePosition, format: ReportRecord["format"]): ReportLine[] {
  if (format === "json") return text.split("\n").map((part) => ({ field, text: part, line: at.line, column: null }));
  return text.split("\n").map((part, index) => ({ field, text: part, line: at.line + index, column: index === 0 ? at.column : 1 }));
}

// Several content rules scan the same record: its lines are split once per record and set of fields.
const linesCache = new WeakMap<ReportRecord, Map<string, ReportLine[]>>();

/**
 * The record's text, line by line, each with its place in the file: md proposal lines map to file lines from
 * positions.proposal, list items start after their `- `; in json every line of a value sits on that value's line.
 */
export function reportLines(record: ReportRecord, fields: readonly TextField[]): ReportLine[] {
  let byFields = linesCache.get(record);
  if (!byFields) {
    byFields = new Map();
    linesCache.set(record, byFields);
  }
  const key = fields.join(",");
  const cached = byFields.get(key);
  if (cached) return cached;
  const lines: ReportLine[] = [];
  for (const field of fields) {
    if (field === "risks" || field === "mitigations") {
      for (const item of record[field]) {
        for (const line of linesOf(field, item.text, { line: item.line, column: 3 }, record.format)) lines.push(line);
      }
    } else {
      // No spread: a proposal of a million lines would overflow the call stack.
      for (const line of linesOf(field, record[field], record.positions[field], record.format)) lines.push(line);
    }
  }
  byFields.set(key, lines);
  return lines;
}

/** Where index `index` of a report line stands in the file. */
export function positionIn(line: ReportLine, index: number): { line: number; column: number | null } {
  return { line: line.line, column: line.column === null ? null : line.column + index };
}

/** Every match of a global regex in the given fields, in file order. The regex must carry the `g` flag. */
export function findMatches(record: ReportRecord, fields: readonly TextField[], pattern: RegExp): TextMatch[] {
  const matches: TextMatch[] = [];
  for (const line of reportLines(record, fields)) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line.text); match !== null; match = pattern.exec(line.text)) {
      matches.push({ field: line.field, text: match[0], ...positionIn(line, match.index) });
      if (match[0] === "") pattern.lastIndex++;
    }
  }
  return matches;
}

/** The lines' text lowercased and joined by newlines, with where each line starts: one search per keyword, not per line. */
const loweredCache = new WeakMap<readonly ReportLine[], { text: string; starts: number[] }>();

export function loweredText(lines: readonly ReportLine[]): { text: string; starts: number[] } {
  let lowered = loweredCache.get(lines);
  if (!lowered) {
    const starts: number[] = [];
    let offset = 0;
    for (const line of lines) {
      starts.push(offset);
      offset += line.text.length + 1;
    }
    lowered = { text: lines.map((line) => line.text).join("\n").toLowerCase(), starts };
    loweredCache.set(lines, lowered);
  }
  return lowered;
}

function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The first case-insensitive occurrence of any of the keywords (the earliest in the text), or null. */
export function findKeyword(lines: readonly ReportLine[], keywords: readonly string[]): TextMatch | null {
  const { text, starts } = loweredText(lines);
  let best = -1;
  let length = 0;
  for (const keyword of keywords) {
    const wanted = keyword.toLowerCase();
    for (let index = text.indexOf(wanted); index !== -1 && (best === -1 || index < best); index = text.indexOf(wanted, index + 1)) {
      // A match must lie within one line, as the rules place findings on lines.
      const lineIndex = lineAt(starts, index);
      if (index + wanted.length <= starts[lineIndex]! + lines[lineIndex]!.text.length) {
        best = index;
        length = wanted.length;
        break;
      }
    }
  }
  if (best === -1) return null;
  const line = lines[lineAt(starts, best)]!;
  const column = best - starts[lineAt(starts, best)]!;
  return { field: line.field, text: line.text.slice(column, column + length), ...positionIn(line, column) };
}
