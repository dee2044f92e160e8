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

/** The lines' text lowercased and joined by newlines, with where each line starts: one search per keyword, not per line. */
function loweredText(lines: readonly ReportLine[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.text.length + 1;
  }
  return { text: lines.map((line) => line.text).join("\n").toLowerCase(), starts };
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

/** One field value or list item inside a JoinedText: where its text starts and ends there, and where it starts in the file. */
interface Segment {
  field: TextField;
  start: number;
  end: number;
  line: number;
  column: number;
}

/** A stretch of a text, from start up to (not including) end. */
interface TextRange {
  start: number;
  end: number;
}

/** Every text field, in the order a JoinedText holds them. */
const TEXT_FIELDS: readonly TextField[] = ["id", "timestamp", "proposal", "risks", "mitigations"];

/**
 * A record's text fields as one string, with no object per line: the text of any run of fields in TEXT_FIELDS
 * order is a slice of it equal to the reportLines texts joined by newlines, so one search (and one lowercased
 * copy) serves every rule, and only a hit is placed in the file.
 */
export interface JoinedText {
  text: string;
  segments: Segment[];
  /** Where each field's segments start and end in text, by field; absent for an empty list. */
  fieldRanges: Partial<Record<TextField, TextRange>>;
  format: ReportRecord["format"];
  /** Where each newline of text is (see newlinesOf), found when first asked for. */
  newlines: number[] | null;
}

function joinText(record: ReportRecord, twinParts: readonly string[] | null, twinText: string | null): { joined: JoinedText; parts: string[] } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const fieldRanges: JoinedText["fieldRanges"] = {};
  let offset = 0;
  const add = (field: TextField, text: string, line: number, column: number): void => {
    segments.push({ field, start: offset, end: offset + text.length, line, column });
    parts.push(text);
    const range = fieldRanges[field];
    if (range) range.end = offset + text.length;
    else fieldRanges[field] = { start: offset, end: offset + text.length };
    offset += text.length + 1;
  };
  for (const field of TEXT_FIELDS) {
    if (field === "risks" || field === "mitigations") {
      for (const item of record[field]) add(field, item.text, item.line, 3);
    } else {
      add(field, record[field], record.positions[field].line, record.positions[field].column);
    }
  }
  // A json twin after its md usually has the same parts: it takes the same string, and with it what was found in it.
  const same = twinText !== null && twinParts !== null && parts.length === twinParts.length && parts.every((part, index) => part === twinParts[index]);
  return { joined: { text: same ? twinText : parts.join("\n"), segments, fieldRanges, format: record.format, newlines: null }, parts };
}

/** The slice of the joined text that holds `fields`, or null unless they are a run of TEXT_FIELDS in order with some text. */
function rangeOf(joined: JoinedText, fields: readonly TextField[]): TextRange | null {
  const first = TEXT_FIELDS.indexOf(fields[0]!);
  if (first === -1 || fields.some((field, index) => TEXT_FIELDS[first + index] !== field)) return null;
  let start = -1;
  let end = -1;
  for (const field of fields) {
    const range = joined.fieldRanges[field];
    if (!range) continue;
    if (start === -1) start = range.start;
    end = range.end;
  }
  return start === -1 ? null : { start, end };
}

/**
 * Where each newline of a joined text is, found once per text: placing a match is then a search, not a scan from
 * its field's start. Kept on the text itself: a WeakMap's entries lived on until a full collection.
 */
function newlinesOf(joined: JoinedText): number[] {
  if (joined.newlines === null) {
    const offsets: number[] = [];
    for (let newline = joined.text.indexOf("\n"); newline !== -1; newline = joined.text.indexOf("\n", newline + 1)) offsets.push(newline);
    joined.newlines = offsets;
  }
  return joined.newlines;
}

/** How many of the sorted `offsets` are below `value`. */
function countBelow(offsets: readonly number[], value: number): number {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Where offset `offset` of a JoinedText stands in the file, as reportLines and positionIn would place it. */
export function placeOffset(joined: JoinedText, offset: number, length: number): TextMatch {
  const { segments, text } = joined;
  let low = 0;
  let high = segments.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (segments[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  const segment = segments[low]!;
  const matched = text.slice(offset, offset + length);
  if (joined.format === "json") return { field: segment.field, text: matched, line: segment.line, column: null };
  const newlines = newlinesOf(joined);
  const before = countBelow(newlines, offset);
  const lineIndex = before - countBelow(newlines, segment.start);
  const lineStart = lineIndex === 0 ? segment.start : newlines[before - 1]! + 1;
  return { field: segment.field, text: matched, line: segment.line + lineIndex, column: (lineIndex === 0 ? segment.column : 1) + offset - lineStart };
}

/** What is worked out from a joined text alone: shared by twins whose text is the same. */
interface TextFindings {
  lowered: string | null;
  /** Search results by query (a rule's keyword list or pattern, or a rule's own key) and range. */
  byQuery: Map<object, Map<string, unknown>>;
}

/**
 * The text of one record as content rules search it, built once per record and handed to every rule in its
 * context. Lines, the joined text, its lowercased copy and search results are made on first use and kept for
 * the record's audit only; a twin of the same text (a json after its md) shares what was found in it.
 */
export class ReportText {
  private readonly linesByFields = new Map<string, ReportLine[]>();
  private joinedText: JoinedText | null = null;
  private parts: string[] | null = null;
  private findings: TextFindings | null = null;

  constructor(
    readonly record: ReportRecord,
    private readonly twin: ReportText | null = null,
  ) {}

  /** reportLines of the record, made once per set of fields. */
  lines(fields: readonly TextField[]): ReportLine[] {
    const key = fields.join(",");
    let lines = this.linesByFields.get(key);
    if (!lines) this.linesByFields.set(key, (lines = reportLines(this.record, fields)));
    return lines;
  }

  joined(): JoinedText {
    if (this.joinedText === null) {
      const twin = this.twin?.joinedText ?? null;
      const { joined, parts } = joinText(this.record, this.twin?.parts ?? null, twin?.text ?? null);
      this.joinedText = joined;
      this.parts = parts;
      this.findings = twin !== null && twin.text === joined.text && this.twin!.findings !== null ? this.twin!.findings : { lowered: null, byQuery: new Map() };
    }
    return this.joinedText;
  }

  private textFindings(): TextFindings {
    this.joined();
    return this.findings!;
  }

  /**
   * The joined text lowercased, made once for all the rules that search it. Its offsets are the text's only when
   * both have the same length: lowercasing lengthens a few characters (İ).
   */
  lowered(): string {
    const findings = this.textFindings();
    return (findings.lowered ??= this.joinedText!.text.toLowerCase());
  }

  /** What `compute` works out from the joined text, remembered by `query` and `range` (a rule's own key when it has no range). */
  remember<Found>(query: object, range: string, compute: () => Found): Found {
    const { byQuery } = this.textFindings();
    let byRange = byQuery.get(query);
    if (!byRange) byQuery.set(query, (byRange = new Map()));
    if (byRange.has(range)) return byRange.get(range) as Found;
    const found = compute();
    byRange.set(range, found);
    return found;
  }

  /** The first case-insensitive occurrence of any of the keywords in the fields (the earliest in the text), or null. */
  findKeyword(fields: readonly TextField[], keywords: readonly string[]): TextMatch | null {
    const joined = this.joined();
    const lowered = this.lowered();
    const range = rangeOf(joined, fields);
    // Lowercasing can lengthen a few characters (İ): offsets in the lowered copy then differ, and the line-based search decides.
    if (range === null || lowered.length !== joined.text.length) return findKeyword(this.lines(fields), keywords);
    const hit = this.remember(keywords, `${range.start}:${range.end}`, () => firstKeyword(lowered, range, keywords));
    return hit === null ? null : placeOffset(joined, hit.index, hit.length);
  }

  /**
   * findMatches for a pattern that can neither match a newline nor depend on what lies past one (no `\s`, `^`,
   * `$`, lookaround or empty match): run over the record's joined text, such a pattern finds the same matches
   * without an object per line. The regex must carry the `g` flag.
   */
  findSingleLineMatches(fields: readonly TextField[], pattern: RegExp): TextMatch[] {
    const joined = this.joined();
    const range = rangeOf(joined, fields);
    if (range === null) return findMatches(this.record, fields, pattern);
    const hits = this.remember(pattern, `${range.start}:${range.end}`, () => patternHits(joined.text, pattern, range));
    return hits.map(([index, length]) => placeOffset(joined, index, length));
  }
}

/** The earliest hit of any of the keywords within a range of a lowercased text. */
function firstKeyword(lowered: string, range: TextRange, keywords: readonly string[]): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  for (const keyword of keywords) {
    const wanted = keyword.toLowerCase();
    // A match must lie within one line; the text's only newlines are the line breaks.
    if (wanted.includes("\n")) continue;
    // The first occurrence from the range's start: a keyword holds no newline, so it lies wholly inside the range or after it.
    const index = lowered.indexOf(wanted, range.start);
    if (index !== -1 && index + wanted.length <= range.end && (best === null || index < best.index)) best = { index, length: wanted.length };
  }
  return best;
}

/** Where a global pattern matches from the start of a range of a text, up to its end. */
function patternHits(text: string, pattern: RegExp, range: TextRange): Array<[index: number, length: number]> {
  const found: Array<[index: number, length: number]> = [];
  pattern.lastIndex = range.start;
  for (let match = pattern.exec(text); match !== null && match.index < range.end; match = pattern.exec(text)) found.push([match.index, match[0].length]);
  return found;
}
