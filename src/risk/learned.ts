import { RISK_CATEGORIES, type RiskCategory } from "./categories.js";
import { LEARNED_WORDS } from "./learned-words.js";

const WORD = /[a-z][a-z0-9_'-]{1,30}/g;
const FENCE = /^\s*(?:```|~~~)/;

/**
 * Visits the words and adjacent word pairs of the text's lines (template lines and fence markers left out), in text
 * order: what the learned weights were counted on (scripts/learn-words.mjs). With `pairsAfter`, a pair is visited only
 * when its first word is in the set (the pairs that have a weight), so the rest are never built.
 */
export function visitLearnedTokens(text: string, isTemplateLine: (line: string) => boolean, visit: (word: string, start: number, end: number) => void, pairsAfter?: ReadonlySet<string>): void {
  let previous: string | undefined;
  let previousStart = 0;
  let lineStart = 0;
  for (;;) {
    const newline = text.indexOf("\n", lineStart);
    const line = text.slice(lineStart, newline === -1 ? text.length : newline);
    if (!FENCE.test(line) && !isTemplateLine(line)) {
      const lowered = line.toLowerCase();
      WORD.lastIndex = 0;
      for (let match = WORD.exec(lowered); match !== null; match = WORD.exec(lowered)) {
        const start = lineStart + match.index;
        const end = start + match[0].length;
        if (previous !== undefined && (pairsAfter === undefined || pairsAfter.has(previous))) visit(`${previous} ${match[0]}`, previousStart, end);
        visit(match[0], start, end);
        previous = match[0];
        previousStart = start;
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
// The first words of the weighted pairs: a pair is built only after one of them.
const PAIRS_AFTER = new Set(Object.keys(LEARNED_WORDS.words).flatMap((word) => (word.includes(" ") ? [word.slice(0, word.indexOf(" "))] : [])));

/** The learned words' reading of the text, when their log-odds pass the learnt threshold; null below it. */
export function readLearnedWords(text: string, isTemplateLine: (line: string) => boolean): LearnedReading | null {
  const counted = new Map<string, { weight: number; category: number; start: number; end: number }>();
  visitLearnedTokens(
    text,
    isTemplateLine,
    (word, start, end) => {
      const learnt = LEARNED_WORDS.words[word];
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
