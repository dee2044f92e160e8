/**
 * Case-insensitive matching without the `i` flag: V8 compiles a case-insensitive pattern at about twice the cost,
 * and compiling the signals' patterns is most of what a short audit spends on them. The text is read with its ASCII
 * letters lowercased (positions unchanged) and each pattern is rewritten to match what it matched with `i`.
 *
 * Exact for patterns written in ASCII: without `u`, `i` pairs an ASCII letter with its other ASCII case only and
 * never pairs a character outside ASCII with one inside it, so lowercasing just A–Z in the text loses nothing.
 */

const NOT_ASCII = /[^\x00-\x7f]/;
const CAPITALS = /[A-Z]+/g;

/** The text with A–Z lowercased and every other character (any non-ASCII one too) as it was: the same positions. */
export function lowerAscii(text: string): string {
  return NOT_ASCII.test(text) ? text.replace(CAPITALS, (run) => run.toLowerCase()) : text.toLowerCase();
}

// What the rewrite reads: an escape, a class, a group's opening, a capital, or a character outside ASCII.
const TOKEN = /\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|[\s\S])|\[(?:\\[\s\S]|[^\]\\])*\]|\(\?(?:<[=!]|[:=!]|<[A-Za-z_$][\w$]*>)|[A-Z]+|[^\x00-\x7f]/g;
const CLASS_ESCAPE = /^\\[wWsSdD]$/;
// Escapes of one letter that stand for themselves or for a set no case changes.
const KEPT_ESCAPE = /^\\(?:[bBwWsSdDtnrfv0]|[^A-Za-z0-9])$/;

// The same few classes (`[ \t]`, `[\w-]`) stand thousands of times in the signals' patterns: each is folded once.
const foldedClasses = new Map<string, string>();

/**
 * `pattern` (JS syntax, for the flags `gim`) rewritten to match, with the flags `gm`, on lowerAscii of a text what
 * it matched in the text. Throws on what it cannot rewrite exactly: a character outside ASCII, a backreference.
 */
export function foldCase(pattern: string): string {
  return pattern.replace(TOKEN, (token) => {
    if (token.startsWith("(")) return token;
    if (token.startsWith("[")) {
      let folded = foldedClasses.get(token);
      if (folded === undefined) foldedClasses.set(token, (folded = foldClass(token, pattern)));
      return folded;
    }
    if (token.startsWith("\\")) {
      if (KEPT_ESCAPE.test(token)) return token;
      if (/^\\[xu]/.test(token) && token.length > 2) return escapeCode(Number.parseInt(token.slice(2), 16), pattern);
      throw new Error(`cannot fold the case of ${token} in ${pattern}`);
    }
    if (/^[A-Z]/.test(token)) return token.toLowerCase();
    throw new Error(`cannot fold the case of ${JSON.stringify(token)} (not ASCII) in ${pattern}`);
  });
}

/** One character as it is written in the rewrite: a lowercase letter or digit plainly, anything else escaped. */
function escapeCode(code: number, pattern: string): string {
  if (code >= 128) throw new Error(`cannot fold the case of \\u${code.toString(16).padStart(4, "0")} (not ASCII) in ${pattern}`);
  const character = String.fromCharCode(code).toLowerCase();
  return /[a-z0-9]/.test(character) ? character : `\\x${character.charCodeAt(0).toString(16).padStart(2, "0")}`;
}

/**
 * A class as it matches lowercased text: its ASCII members, a capital as its lowercase letter (the text has no
 * capitals), class escapes as they were (no case changes what they hold).
 */
function foldClass(token: string, pattern: string): string {
  const negated = token[1] === "^";
  const body = token.slice(negated ? 2 : 1, -1);
  const escapes: string[] = [];
  const ranges: string[] = [];
  const add = (from: number, to: number): void => {
    if (from <= to) ranges.push(from === to ? escapeCode(from, pattern) : `${escapeCode(from, pattern)}-${escapeCode(to, pattern)}`);
  };
  let at = 0;
  const member = (): number | null => {
    if (body[at] !== "\\") return body.charCodeAt(at++);
    const escaped = /^\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|[\s\S])/.exec(body.slice(at))![0];
    at += escaped.length;
    if (CLASS_ESCAPE.test(escaped)) {
      escapes.push(escaped);
      return null;
    }
    if (/^\\[xu]./.test(escaped)) return Number.parseInt(escaped.slice(2), 16);
    const letter = escaped[1]!;
    if (CONTROL[letter] !== undefined) return CONTROL[letter];
    if (/[A-Za-z0-9]/.test(letter)) throw new Error(`cannot fold the case of ${escaped} in ${pattern}`);
    return letter.charCodeAt(0);
  };
  while (at < body.length) {
    const from = member();
    if (from === null) continue;
    let to = from;
    if (body[at] === "-" && at + 1 < body.length) {
      at++;
      const end = member();
      // `[a-\s]` is a, "-" and the class: a range only between two characters.
      if (end === null) add(45, 45);
      else to = end;
    }
    if (to >= 128) throw new Error(`cannot fold the case of a class reaching outside ASCII in ${pattern}`);
    // What lies below, within and above A-Z; the capitals as their lowercase letters.
    add(from, Math.min(to, 64));
    add(Math.max(from, 65) + 32, Math.min(to, 90) + 32);
    add(Math.max(from, 91), to);
  }
  return `[${negated ? "^" : ""}${ranges.join("")}${escapes.join("")}]`;
}

// The escapes of a class that stand for one control character.
const CONTROL: Readonly<Record<string, number>> = { b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, "0": 0 };
