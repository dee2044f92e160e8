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

function compile(terms: TermList): RegExp {
  const alternatives = terms.map((term) => {
    const source = escapeRegExp(term.trim()).replace(/\s+/g, String.raw`\s+`);
    return /^[\p{L}\p{N}]/u.test(term.trim()) ? String.raw`(?<![\p{L}\p{N}])${source}` : source;
  });
  return new RegExp(alternatives.join("|"), "iu");
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
