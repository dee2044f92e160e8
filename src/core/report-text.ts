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

/**
 * The record's text, line by line, each with its place in the file: md proposal lines map to file lines from
 * positions.proposal, list items start after their `- `; in json every line of a value sits on that value's line.
 */
export function reportLines(record: ReportRecord, fields: readonly TextField[]): ReportLine[] {
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

/** The first case-insensitive occurrence of any of the keywords, or null. */
export function findKeyword(lines: readonly ReportLine[], keywords: readonly string[]): TextMatch | null {
  const wanted = keywords.map((keyword) => keyword.toLowerCase());
  for (const line of lines) {
    const lower = line.text.toLowerCase();
    let best = -1;
    let found = "";
    for (const keyword of wanted) {
      const index = lower.indexOf(keyword);
      if (index !== -1 && (best === -1 || index < best)) {
        best = index;
        found = line.text.slice(index, index + keyword.length);
      }
    }
    if (best !== -1) return { field: line.field, text: found, ...positionIn(line, best) };
  }
  return null;
}
