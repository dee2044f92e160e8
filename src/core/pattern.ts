import { RE2JS } from "re2js";

/** Flag letters a user pattern may carry: i (ignore case), m (^ and $ at line ends), s (. matches newlines). */
export const PATTERN_FLAGS = /^[ims]*$/;

const FLAG_BITS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, m: RE2JS.MULTILINE, s: RE2JS.DOTALL };

/** A user pattern compiled for linear-time matching: report text is untrusted, so no backtracking engine sees it. */
export interface Pattern {
  source: string;
  /** The offset where the first match starts, or -1. */
  firstMatch(text: string): number;
  /** The first match: where it starts and what it matched, or null. */
  find(text: string): { start: number; text: string } | null;
}

/** Compiles RE2 syntax (no backreferences, no lookaround); throws an Error saying what is wrong with the pattern. */
export function compilePattern(source: string, flags = ""): Pattern {
  let bits = 0;
  for (const flag of flags) bits |= FLAG_BITS[flag] ?? 0;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source, bits);
  } catch (error) {
    // re2js quotes the pattern with the flags it prepended as (?i) etc.: quote it as the user wrote it.
    throw new Error((error as Error).message.replace(/^error parsing regexp: /, "").replace(/`\(\?[ims]+\)/, "`"));
  }
  return {
    source,
    firstMatch(text) {
      const matcher = compiled.matcher(text);
      return matcher.find() ? matcher.start() : -1;
    },
    find(text) {
      const matcher = compiled.matcher(text);
      return matcher.find() ? { start: matcher.start(), text: matcher.group() ?? "" } : null;
    },
  };
}
