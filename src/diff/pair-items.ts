/** A risk or mitigation as the diff sees it: its text and its `Category:` prefix. */
export interface DiffItem {
  text: string;
  category: string | null;
}

export interface ItemPairing<Item extends DiffItem> {
  /** Items on both sides whose text differs: a rewording. In old order. */
  reworded: Array<{ old: Item; new: Item }>;
  removed: Item[];
  added: Item[];
}

/** Below this word overlap, two items without a shared category are a removal and an addition, not a rewording. */
const SIMILAR_ENOUGH = 0.5;
/**
 * Pairing compares every unmatched old item with every unmatched new one: past this many comparisons
 * (200 × 200 items) what is left is listed as removed and added, so a report of 100,000 risks cannot hang the diff.
 */
const MAX_COMPARISONS = 40_000;

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

/** Dice coefficient of the two texts' word multisets: 1 for the same words, 0 for none shared. */
export function textSimilarity(a: string, b: string): number {
  return countsSimilarity(wordCounts(a), wordCounts(b));
}

function countsSimilarity(left: ReadonlyMap<string, number>, right: ReadonlyMap<string, number>): number {
  let total = 0;
  let shared = 0;
  for (const count of left.values()) total += count;
  for (const [word, count] of right) {
    total += count;
    shared += Math.min(count, left.get(word) ?? 0);
  }
  return total === 0 ? 1 : (2 * shared) / total;
}

/** Pairs the best-matching old and new items first; ties go to the earlier items, so the result is stable. */
function pairGreedily<Item extends DiffItem>(
  oldItems: readonly Item[],
  newItems: readonly Item[],
  usedOld: Set<number>,
  usedNew: Set<number>,
  eligible: (a: Item, b: Item) => boolean,
  minimum: number,
): Array<[number, number]> {
  const unmatchedOld = oldItems.length - usedOld.size;
  const unmatchedNew = newItems.length - usedNew.size;
  if (unmatchedOld * unmatchedNew > MAX_COMPARISONS) return [];
  const oldCounts = oldItems.map((item, i) => (usedOld.has(i) ? null : wordCounts(item.text)));
  const newCounts = newItems.map((item, j) => (usedNew.has(j) ? null : wordCounts(item.text)));
  const candidates: Array<{ i: number; j: number; score: number }> = [];
  oldItems.forEach((a, i) => {
    const left = oldCounts[i];
    if (!left) return;
    newItems.forEach((b, j) => {
      const right = newCounts[j];
      if (!right || !eligible(a, b)) return;
      const score = countsSimilarity(left, right);
      if (score >= minimum) candidates.push({ i, j, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const pairs: Array<[number, number]> = [];
  for (const { i, j } of candidates) {
    if (usedOld.has(i) || usedNew.has(j)) continue;
    usedOld.add(i);
    usedNew.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

function sameCategory(a: DiffItem, b: DiffItem): boolean {
  return a.category !== null && b.category !== null && a.category.toLowerCase() === b.category.toLowerCase();
}

/**
 * Matches two lists of items: identical texts are unchanged (order does not matter), then items
 * are paired by category, then by text similarity; what is left was removed or added.
 */
export function pairItems<Item extends DiffItem>(oldItems: readonly Item[], newItems: readonly Item[]): ItemPairing<Item> {
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const byText = new Map<string, number[]>();
  newItems.forEach((item, j) => {
    const list = byText.get(item.text);
    if (list) list.push(j);
    else byText.set(item.text, [j]);
  });
  oldItems.forEach((item, i) => {
    const j = byText.get(item.text)?.shift();
    if (j === undefined) return;
    usedOld.add(i);
    usedNew.add(j);
  });
  const pairs = [
    ...pairGreedily(oldItems, newItems, usedOld, usedNew, sameCategory, 0),
    ...pairGreedily(oldItems, newItems, usedOld, usedNew, () => true, SIMILAR_ENOUGH),
  ].sort((x, y) => x[0] - y[0]);
  return {
    reworded: pairs.map(([i, j]) => ({ old: oldItems[i]!, new: newItems[j]! })),
    removed: oldItems.filter((_, i) => !usedOld.has(i)),
    added: newItems.filter((_, j) => !usedNew.has(j)),
  };
}
