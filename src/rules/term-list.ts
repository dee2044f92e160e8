import { z } from "zod";

/** A list of terms, each matched case-insensitively at the start of a word: "idempoten" matches "idempotency". */
export type TermList = readonly string[];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * One pattern for a list of terms, compiled once per list. Spaces in a term match any run of spaces, and a term that starts with a
 * letter or digit must start a word, so "scope" is not found in "telescope".
 */
export function compileTerms(terms: TermList): RegExp | null {
  const cached = compiled.get(terms);
  if (cached !== undefined) return cached;
  const pattern = terms.length === 0 ? null : compile(terms);
  compiled.set(terms, pattern);
  return pattern;
}

// Term lists come from the rules' constants and the parsed config: the same arrays for every report.
const compiled = new WeakMap<TermList, RegExp | null>();

// One lookbehind for all the terms that must start a word, not one per term: V8 builds the case-folded letter class
// of each lookbehind anew, and a list of a dozen terms took some 20 ms to compile.
function compile(terms: TermList): RegExp {
  const wordStarts: string[] = [];
  const others: string[] = [];
  for (const term of terms) {
    const source = escapeRegExp(term.trim()).replace(/\s+/g, String.raw`\s+`);
    (/^[\p{L}\p{N}]/u.test(term.trim()) ? wordStarts : others).push(source);
  }
  const alternatives = others.slice();
  if (wordStarts.length > 0) alternatives.unshift(String.raw`(?<![\p{L}\p{N}])(?:${wordStarts.join("|")})`);
  return new RegExp(alternatives.join("|"), "iu");
}

// Reports repeat the same stock risks and mitigations: a text is tested once per pattern, not once per report.
// Bounded, so a run over many distinct texts keeps only the latest few (the keys may hold their reports alive).
const verdicts = new WeakMap<RegExp, Map<string, boolean>>();
const MAX_VERDICTS = 1024;

/** Whether the text holds any of the terms; the same as `compileTerms(terms)?.test(text) ?? false`. */
export function hasTerm(terms: TermList, text: string): boolean {
  const pattern = compileTerms(terms);
  if (pattern === null) return false;
  let seen = verdicts.get(pattern);
  if (seen === undefined) verdicts.set(pattern, (seen = new Map()));
  let verdict = seen.get(text);
  if (verdict === undefined) {
    if (seen.size >= MAX_VERDICTS) seen.clear();
    verdict = pattern.test(text);
    seen.set(text, verdict);
  }
  return verdict;
}

/** Terms per key in a rule's options: any of the keys, each a list of non-empty terms; `{}` by default. */
export function termsSchema<const Keys extends readonly [string, ...string[]]>(keys: Keys) {
  return z.partialRecord(z.enum(keys), z.array(z.string().trim().min(1))).default({});
}

// Options are parsed once per config: the merged lists are the same arrays for every report, so compiled once.
const merged = new WeakMap<object, WeakMap<object, object>>();

/** The built-in terms per key, with the config's terms added (never replacing them). */
export function withExtraTerms<Key extends string>(builtIn: Readonly<Record<Key, TermList>>, extra: Partial<Record<Key, TermList>>): Readonly<Record<Key, TermList>> {
  if (Object.keys(extra).length === 0) return builtIn;
  let byExtra = merged.get(builtIn);
  if (!byExtra) merged.set(builtIn, (byExtra = new WeakMap()));
  const cached = byExtra.get(extra);
  if (cached) return cached as Record<Key, TermList>;
  const result = { ...builtIn } as Record<Key, TermList>;
  for (const key of Object.keys(extra) as Key[]) result[key] = [...(builtIn[key] ?? []), ...(extra[key] ?? [])];
  byExtra.set(extra, result);
  return result;
}
