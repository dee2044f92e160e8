import { createRequire } from "node:module";
import type { RE2JS } from "re2js";
import { z } from "zod";

type Re2js = typeof import("re2js");
const requireModule = createRequire(import.meta.url);
let engine: Re2js | undefined;
// Loaded on first use: most runs compile no user pattern.
function re2js(): typeof RE2JS {
  return (engine ??= requireModule("re2js") as Re2js).RE2JS;
}

/** Flag letters a user pattern may carry: i (ignore case), m (^ and $ at line ends), s (. matches newlines). */
export const PATTERN_FLAGS = /^[ims]*$/;


/** A user pattern compiled for linear-time matching: report text is untrusted, so no backtracking engine sees it. */
export interface Pattern {
  source: string;
  /** How many capture groups the pattern has. */
  groupCount: number;
  /** The offset where the first match starts, or -1. */
  firstMatch(text: string): number;
  /** The first match: where it starts and what it matched, or null. */
  find(text: string): { start: number; text: string } | null;
}

/** Compiles RE2 syntax (no backreferences, no lookaround); throws an Error saying what is wrong with the pattern. */
export function compilePattern(source: string, flags = ""): Pattern {
  const RE2 = re2js();
  const flagBits: Record<string, number> = { i: RE2.CASE_INSENSITIVE, m: RE2.MULTILINE, s: RE2.DOTALL };
  let bits = 0;
  for (const flag of flags) bits |= flagBits[flag] ?? 0;
  let compiled: RE2JS;
  try {
    compiled = RE2.compile(source, bits);
  } catch (error) {
    // re2js quotes the pattern with the flags it prepended as (?i) etc.: quote it as the user wrote it.
    throw new Error((error as Error).message.replace(/^error parsing regexp: /, "").replace(/`\(\?[ims]+\)/, "`"));
  }
  return {
    source,
    groupCount: compiled.groupCount(),
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

/** Where one pattern of a set matched. */
export interface PatternSetMatch {
  /** Which pattern, by its index in the set. */
  pattern: number;
  start: number;
  end: number;
}

/**
 * User patterns joined into one RE2 alternation, so a text is read once however many patterns there are.
 * `^` and `$` match at line ends. Throws like compilePattern, naming the pattern at fault.
 */
export function compilePatternSet(sources: readonly string[], flags = "i"): (text: string) => PatternSetMatch[] {
  if (sources.length === 0) return () => [];
  const RE2 = re2js();
  // Each pattern is one group; its own groups shift the ones after it.
  const firstGroups: number[] = [];
  let group = 1;
  for (const source of sources) {
    firstGroups.push(group);
    group += 1 + compilePattern(source, flags).groupCount;
  }
  const flagBits: Record<string, number> = { i: RE2.CASE_INSENSITIVE, s: RE2.DOTALL };
  let bits = RE2.MULTILINE;
  for (const flag of flags) bits |= flagBits[flag] ?? 0;
  const compiled = RE2.compile(sources.map((source) => `(${source})`).join("|"), bits);
  return (text) => {
    const matches: PatternSetMatch[] = [];
    const matcher = compiled.matcher(text);
    let from = 0;
    while (from <= text.length && matcher.find(from)) {
      const start = matcher.start();
      const end = matcher.end();
      const pattern = firstGroups.findIndex((first) => matcher.start(first) !== -1);
      matches.push({ pattern, start, end });
      from = end > start ? end : end + 1;
    }
    return matches;
  };
}

/**
 * A user regex in config: it runs on untrusted report text, so it must compile for the linear-time engine (RE2 syntax).
 * A function: config schemas are built only when there is a config to read.
 */
export function userPatternSchema() {
  return z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      try {
        compilePattern(source, "i");
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `not a valid regular expression: ${(error as Error).message}` });
      }
    });
}
