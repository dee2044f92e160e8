import { describe, expect, it } from "vitest";
import { pairItems, textSimilarity } from "./pair-items.js";

const item = (text: string, category: string | null = null) => ({ text, category });

describe("pairItems", () => {
  it("pairs by category first, even when the texts share no word", () => {
    const pairing = pairItems([item("Security: tokens leak", "Security"), item("cost grows")], [item("cost grows a lot"), item("Security: keys rotate late", "Security")]);
    expect(pairing.reworded.map((pair) => [pair.old.text, pair.new.text])).toEqual([
      ["Security: tokens leak", "Security: keys rotate late"],
      ["cost grows", "cost grows a lot"],
    ]);
    expect(pairing.removed).toEqual([]);
    expect(pairing.added).toEqual([]);
  });

  it("leaves dissimilar items without a category as a removal and an addition", () => {
    const pairing = pairItems([item("the cache serves stale prices")], [item("operators lose the runbook")]);
    expect(pairing).toEqual({ reworded: [], removed: [item("the cache serves stale prices")], added: [item("operators lose the runbook")] });
  });

  it("matches identical items as unchanged, duplicates one for one", () => {
    expect(pairItems([item("a"), item("a")], [item("a")])).toEqual({ reworded: [], removed: [item("a")], added: [] });
  });
});

describe("pairItems on huge lists", () => {
  it("lists 100,000 unmatched items as removed and added, in bounded time, instead of comparing every pair", () => {
    const oldItems = Array.from({ length: 100_000 }, (_, i) => ({ text: `Risk ${i}: thing ${i} fails`, category: `Risk ${i}` }));
    const newItems = Array.from({ length: 100_000 }, (_, i) => ({ text: `Other ${i}: thing ${i * 7} breaks`, category: `Other ${i}` }));
    const started = performance.now();
    const pairing = pairItems(oldItems, newItems);
    expect(performance.now() - started).toBeLessThan(5000);
    expect([pairing.reworded.length, pairing.removed.length, pairing.added.length]).toEqual([0, 100_000, 100_000]);
  });

  it("still pairs rewordings when few items are unmatched", () => {
    const same = Array.from({ length: 1000 }, (_, i) => ({ text: `Same ${i}: unchanged`, category: `Same ${i}` }));
    const pairing = pairItems([...same, { text: "Data loss: the nightly backup may skip a table", category: "Data loss" }], [...same, { text: "Data loss: the nightly backup may skip two tables", category: "Data loss" }]);
    expect(pairing.reworded).toHaveLength(1);
  });
});

describe("textSimilarity", () => {
  it("is 1 for the same words and 0 for none shared", () => {
    expect(textSimilarity("Alert on Drift", "drift alert on")).toBe(1);
    expect(textSimilarity("alpha", "beta")).toBe(0);
    expect(textSimilarity("", "")).toBe(1);
  });
});
