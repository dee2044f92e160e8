/**
 * A small JSON parser that keeps where every value stands. JSON.parse gives neither positions
 * nor duplicate keys, and its error messages differ between Node versions; this one gives all
 * three, stores keys in a Map (so `__proto__` is just a key), and bounds nesting depth.
 */

export interface JsonPosition {
  line: number;
  column: number;
}

export type JsonNode = JsonPosition &
  (
    | { type: "object"; members: Map<string, JsonNode> }
    | { type: "array"; items: JsonNode[] }
    | { type: "string"; value: string }
    | { type: "number"; value: number }
    | { type: "boolean"; value: boolean }
    | { type: "null" }
  );

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CONTROL_CHARACTER = /[\u0000-\u001f]/;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };

/** Whether the quote at `quote` is escaped: preceded by an odd run of backslashes that starts at or after `from`. */
function isEscaped(text: string, quote: number, from: number): boolean {
  let backslashes = 0;
  for (let i = quote - 1; i >= from && text.charCodeAt(i) === 0x5c; i--) backslashes++;
  return backslashes % 2 === 1;
}

class JsonReader {
  private pos = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  parseDocument(): JsonNode {
    this.skipWhitespace();
    const node = this.parseValue(0);
    this.skipWhitespace();
    if (this.pos < this.text.length) this.fail(`unexpected ${this.describe()} after the JSON value`);
    return node;
  }

  private here(): JsonPosition {
    return { line: this.line, column: this.pos - this.lineStart + 1 };
  }

  private fail(message: string): never {
    const at = this.here();
    throw new JsonSyntaxError(message, at.line, at.column);
  }

  private describe(): string {
    if (this.pos >= this.text.length) return "end of input";
    return `character ${JSON.stringify(this.text[this.pos])}`;
  }

  private skipWhitespace(): void {
    const text = this.text;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x0a) {
        this.pos++;
        this.line++;
        this.lineStart = this.pos;
      } else if (c === 0x20 || c === 0x09 || c === 0x0d) {
        this.pos++;
      } else {
        return;
      }
    }
  }

  private parseValue(depth: number): JsonNode {
    if (depth > MAX_DEPTH) this.fail(`JSON nested deeper than ${MAX_DEPTH} levels`);
    const line = this.line;
    const column = this.pos - this.lineStart + 1;
    const c = this.text[this.pos];
    switch (c) {
      case "{":
        return { line, column, type: "object", members: this.parseObject(depth) };
      case "[":
        return { line, column, type: "array", items: this.parseArray(depth) };
      case '"':
        return { line, column, type: "string", value: this.parseString() };
      case "t":
        this.expectWord("true");
        return { line, column, type: "boolean", value: true };
      case "f":
        this.expectWord("false");
        return { line, column, type: "boolean", value: false };
      case "n":
        this.expectWord("null");
        return { line, column, type: "null" };
      default:
        if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return { line, column, type: "number", value: this.parseNumber() };
        return this.fail(`unexpected ${this.describe()}, expected a JSON value`);
    }
  }

  private expectWord(word: string): void {
    if (this.text.startsWith(word, this.pos)) this.pos += word.length;
    else this.fail(`unexpected ${this.describe()}, expected a JSON value`);
  }

  private parseObject(depth: number): Map<string, JsonNode> {
    const members = new Map<string, JsonNode>();
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return members;
    }
    for (;;) {
      if (this.text[this.pos] !== '"') this.fail(`unexpected ${this.describe()}, expected a property name`);
      const keyAt = this.here();
      const key = this.parseString();
      if (members.has(key)) throw new JsonSyntaxError(`duplicate key ${JSON.stringify(key)}`, keyAt.line, keyAt.column);
      this.skipWhitespace();
      if (this.text[this.pos] !== ":") this.fail(`unexpected ${this.describe()}, expected ":"`);
      this.pos++;
      this.skipWhitespace();
      members.set(key, this.parseValue(depth + 1));
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === ",") {
        this.pos++;
        this.skipWhitespace();
      } else if (next === "}") {
        this.pos++;
        return members;
      } else {
        this.fail(`unexpected ${this.describe()}, expected "," or "}"`);
      }
    }
  }

  private parseArray(depth: number): JsonNode[] {
    const items: JsonNode[] = [];
    this.pos++;
    this.skipWhitespace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(this.parseValue(depth + 1));
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === ",") {
        this.pos++;
        this.skipWhitespace();
      } else if (next === "]") {
        this.pos++;
        return items;
      } else {
        this.fail(`unexpected ${this.describe()}, expected "," or "]"`);
      }
    }
  }

  private parseString(): string {
    const text = this.text;
    const start = ++this.pos;
    // Fast path, in native search rather than a loop per character: the closing quote is the first one not
    // escaped by an odd run of backslashes. Escapes (every newline of a proposal is one) are decoded by
    // JSON.parse, whose escapes are ours; on any doubt the slow path below finds the error and its place.
    let end = text.indexOf('"', start);
    while (end !== -1 && isEscaped(text, end, start)) end = text.indexOf('"', end + 1);
    if (end !== -1) {
      const raw = text.slice(start, end);
      if (raw.includes("\\")) {
        // JSON.parse also rejects a control character, which the slow path then places.
        try {
          const value = JSON.parse(text.slice(start - 1, end + 1)) as string;
          this.pos = end + 1;
          return value;
        } catch {
          // An invalid escape or a control character: the slow path names it.
        }
      } else if (!CONTROL_CHARACTER.test(raw)) {
        this.pos = end + 1;
        return raw;
      }
    }
    let out = "";
    let chunkStart = start;
    while (this.pos < text.length) {
      const c = text.charCodeAt(this.pos);
      if (c === 0x22) {
        out += text.slice(chunkStart, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) this.fail("unescaped control character in a string");
      if (c === 0x5c) {
        out += text.slice(chunkStart, this.pos);
        const e = text[this.pos + 1];
        if (e === "u") {
          const hex = text.slice(this.pos + 2, this.pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            this.pos++;
            this.fail("invalid \\u escape in a string");
          }
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 6;
        } else if (e !== undefined && e in ESCAPES) {
          out += ESCAPES[e];
          this.pos += 2;
        } else {
          this.pos++;
          this.fail(`invalid escape in a string`);
        }
        chunkStart = this.pos;
      } else {
        this.pos++;
      }
    }
    return this.fail("unterminated string");
  }

  private parseNumber(): number {
    NUMBER.lastIndex = this.pos;
    const found = NUMBER.exec(this.text);
    if (!found) this.fail(`invalid number`);
    this.pos += found[0].length;
    return Number(found[0]);
  }
}

/** Parses JSON text into positioned nodes; throws JsonSyntaxError (with line and column) on invalid input. */
export function parseJsonSource(text: string): JsonNode {
  return new JsonReader(text).parseDocument();
}

/** A value with its place; of a container, only its type. */
export type PlacedValue = JsonPosition & ({ type: "string"; value: string } | { type: "number"; value: number } | { type: "boolean"; value: boolean } | { type: "null" | "object" | "array" });

/** A member of the root object, placed; of an array, each item too. */
export type PlacedMember = PlacedValue & { items?: PlacedValue[] };

/** What a reader of one JSON object needs: the root, placed, and when it is an object its members, by key. */
export interface JsonOutline {
  root: PlacedValue;
  members: Map<string, PlacedMember>;
}

function placed(value: unknown, line: number, column: number): PlacedValue {
  if (typeof value === "string") return { line, column, type: "string", value };
  if (typeof value === "number") return { line, column, type: "number", value };
  if (typeof value === "boolean") return { line, column, type: "boolean", value };
  return { line, column, type: value === null ? "null" : Array.isArray(value) ? "array" : "object" };
}

/** How many lines JSON.stringify(value, null, 2) writes for a value; -1 when it lies deeper than the reader allows. */
function linesOf(value: unknown, depth: number): number {
  if (depth > MAX_DEPTH) return -1;
  if (typeof value !== "object" || value === null) return 1;
  const children = Array.isArray(value) ? value : Object.values(value);
  if (children.length === 0) return 1;
  let lines = 2;
  for (const child of children) {
    const inner = linesOf(child, depth + 1);
    if (inner === -1) return -1;
    lines += inner;
  }
  return lines;
}

/** Where the JSON string token starting at `quote` ends (one past its closing quote); -1 when it does not. */
function stringTokenEnd(text: string, quote: number): number {
  if (text.charCodeAt(quote) !== 0x22) return -1;
  for (let from = quote + 1; ; ) {
    const close = text.indexOf('"', from);
    if (close === -1) return -1;
    if (!isEscaped(text, close, quote + 1)) return close + 1;
    from = close + 1;
  }
}

/** Where the token of a scalar written at `at` ends; -1 when it is not there as JSON.stringify writes it. */
function scalarTokenEnd(text: string, at: number, value: unknown): number {
  if (typeof value === "string") return stringTokenEnd(text, at);
  if (typeof value === "object" && value !== null && Object.keys(value).length > 0) return -1;
  const token = JSON.stringify(value);
  return text.startsWith(token, at) ? at + token.length : -1;
}

/** Whether `text` has `expected` at `at`, then a comma unless `last`, then a newline; where the next line starts. */
function lineEnd(text: string, at: number, last: boolean): number {
  if (at === -1) return -1;
  if (!last && text.charCodeAt(at++) !== 0x2c) return -1;
  return text.charCodeAt(at) === 0x0a ? at + 1 : -1;
}

/**
 * The outline of a report as the producer writes it: an object whose members are scalars, empty containers or arrays
 * of those, one to a line as JSON.stringify(value, null, 2) lays them out. Each token is found in the text itself, so
 * a place is where the token stands, as the reader of this file would put it. Null when the text is laid out in any
 * other way, a key repeats (JSON.parse keeps one of them, the text has more) or a member nests deeper.
 */
function outlineProducerLayout(text: string, value: Record<string, unknown>): JsonOutline | null {
  const keys = Object.keys(value);
  if (keys.length === 0 || !text.startsWith("{\n")) return null;
  const members = new Map<string, PlacedMember>();
  let at = 2;
  let line = 2;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    const member = value[key];
    const written = JSON.stringify(key);
    if (!text.startsWith("  ", at) || !text.startsWith(written, at + 2) || !text.startsWith(": ", at + 2 + written.length)) return null;
    const start = at + 4 + written.length;
    const entry: PlacedMember = placed(member, line, start - at + 1);
    const last = index === keys.length - 1;
    if (Array.isArray(member) && member.length > 0) {
      if (!text.startsWith("[\n", start)) return null;
      at = start + 2;
      const items: PlacedValue[] = [];
      for (let item = 0; item < member.length; item++) {
        line++;
        if (!text.startsWith("    ", at)) return null;
        at = lineEnd(text, scalarTokenEnd(text, at + 4, member[item]), item === member.length - 1);
        if (at === -1) return null;
        items.push(placed(member[item], line, 5));
      }
      entry.items = items;
      line++;
      if (!text.startsWith("  ]", at)) return null;
      at = lineEnd(text, at + 3, last);
    } else {
      if (Array.isArray(member)) entry.items = [];
      at = lineEnd(text, scalarTokenEnd(text, start, member), last);
    }
    if (at === -1) return null;
    members.set(key, entry);
    line++;
  }
  const end = text.length - (text.endsWith("\n") ? 1 : 0);
  return at === end - 1 && text.charCodeAt(at) === 0x7d ? { root: placed(value, 1, 1), members } : null;
}

/**
 * The outline of a JSON text laid out as JSON.stringify(value, null, 2) writes it (as the producer does), with the
 * places parseJsonSource would give, worked out from the value: the text is read natively, not character by
 * character. Null for any other text (another layout, a repeated key, a value nested too deep, invalid JSON):
 * parseJsonSource reads those, and says what is wrong and where.
 */
export function outlineJson(text: string): JsonOutline | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  // The producer's reports are read without writing the text out again to compare it: that was most of the time.
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const outline = outlineProducerLayout(text, value as Record<string, unknown>);
    if (outline !== null) return outline;
  }
  const canonical = JSON.stringify(value, null, 2);
  if (text !== canonical && text !== `${canonical}\n`) return null;
  if (linesOf(value, 0) === -1) return null;
  const root = placed(value, 1, 1);
  const members = new Map<string, PlacedMember>();
  if (root.type === "object") {
    // Each member on lines of its own, indented by two (`  "key": value`), an array's items by four.
    let line = 2;
    for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
      const entry: PlacedMember = placed(member, line, 3 + JSON.stringify(key).length + 2);
      if (Array.isArray(member)) {
        const items: PlacedValue[] = [];
        let itemLine = line + 1;
        for (const item of member) {
          items.push(placed(item, itemLine, 5));
          itemLine += linesOf(item, 2);
        }
        entry.items = items;
      }
      members.set(key, entry);
      line += linesOf(member, 1);
    }
  }
  return { root, members };
}
