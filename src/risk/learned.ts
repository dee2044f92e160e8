import { RISK_CATEGORIES, type RiskCategory } from "./categories.js";
import { lowerAscii } from "./fold-case.js";
import { LEARNED_WORDS } from "./learned-words.js";

const FENCE = /^\s*(?:```|~~~)/;
// A word: a letter, then letters, digits, `_`, `'` or `-`, 2 to 31 characters in all (a longer run is cut there).
const MAX_WORD = 31;
const A = 97;
const Z = 122;

function isLetter(code: number): boolean {
  return (code >= A && code <= Z) || (code >= 65 && code <= 90);
}

function isWordCharacter(code: number): boolean {
  return isLetter(code) || (code >= 48 && code <= 57) || code === 95 || code === 39 || code === 45;
}

/**
 * Visits the words and adjacent word pairs of the text's lines (template lines and fence markers left out), in text
 * order, ASCII letters lowercased: what the learned weights were counted on (scripts/learn-words.mjs). With
 * `pairsAfter`, a pair is visited only when its first word is in the set (the pairs that have a weight), so the rest
 * are never built. A scan of character codes, not a regular expression: it runs on every report left low.
 */
export function visitLearnedTokens(text: string, isTemplateLine: (line: string) => boolean, visit: (word: string, start: number, end: number) => void, pairsAfter?: ReadonlySet<string>): void {
  let previous: string | undefined;
  let previousStart = 0;
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (!FENCE.test(line) && !isTemplateLine(line)) {
      let at = lineStart;
      while (at < lineEnd) {
        if (!isLetter(text.charCodeAt(at))) {
          at++;
          continue;
        }
        let end = at + 1;
        while (end < lineEnd && end - at < MAX_WORD && isWordCharacter(text.charCodeAt(end))) end++;
        if (end - at < 2) {
          at = end;
          continue;
        }
        const word = lowerAscii(text.slice(at, end));
        if (previous !== undefined && (pairsAfter === undefined || pairsAfter.has(previous))) visit(`${previous} ${word}`, previousStart, end);
        visit(word, at, end);
        previous = word;
        previousStart = at;
        at = end;
      }
    }
    if (newline === -1) return;
    lineStart = newline + 1;
  }
}


/** What the learned words say of a text that no signal raised: its log-odds, the category and words that carried it. */
export interface LearnedReading {
  score: number;
  category: RiskCategory;
  /** The word that weighs most, where it first stands. */
  start: number;
  end: number;
  /** The heaviest words, heaviest first. */
  words: string[];
}

const SHOWN_WORDS = 4;
// Looked up for every word of every report left low: a Map, not the object's thousands of keys.
const WEIGHTS = new Map(Object.entries(LEARNED_WORDS.words));
// The first words of the weighted pairs: a pair is built only after one of them.
const PAIRS_AFTER = new Set([...WEIGHTS.keys()].flatMap((word) => (word.includes(" ") ? [word.slice(0, word.indexOf(" "))] : [])));

/** The learned words' reading of the text, when their log-odds pass the learnt threshold; null below it. */
export function readLearnedWords(text: string, isTemplateLine: (line: string) => boolean): LearnedReading | null {
  const counted = new Map<string, { weight: number; category: number; start: number; end: number }>();
  visitLearnedTokens(
    text,
    isTemplateLine,
    (word, start, end) => {
      const learnt = WEIGHTS.get(word);
      if (learnt !== undefined && !counted.has(word)) counted.set(word, { weight: learnt[0], category: learnt[1], start, end });
    },
    PAIRS_AFTER,
  );
  let score = LEARNED_WORDS.prior;
  const perCategory = new Array<number>(RISK_CATEGORIES.length).fill(0);
  for (const { weight, category } of counted.values()) {
    score += weight;
    if (weight > 0 && category >= 0) perCategory[category]! += weight;
  }
  if (score <= LEARNED_WORDS.threshold) return null;
  const heaviest = [...counted.entries()].filter(([, entry]) => entry.weight > 0).sort((a, b) => b[1].weight - a[1].weight);
  const top = heaviest[0]![1];
  const category = RISK_CATEGORIES[perCategory.indexOf(Math.max(...perCategory))]!;
  return { score: Math.round(score * 10) / 10, category, start: top.start, end: top.end, words: heaviest.slice(0, SHOWN_WORDS).map(([word]) => word) };
}
