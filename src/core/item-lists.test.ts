import { describe, expect, it } from "vitest";
import { itemListKey, maskItem } from "./item-lists.js";

const items = (...texts: string[]) => texts.map((text) => ({ text }));

describe("maskItem", () => {
  it("masks dates, times and numbers, and ignores case and spacing", () => {
    expect(maskItem("Slow failure:  degradation by 2028-01-01, 48 rows at 2026-01-02T03:20:46.775Z, 3.5%")).toBe("slow failure: degradation by <date>, <n> rows at <date>, <n>%");
  });
});

describe("itemListKey", () => {
  it("is the same for lists that differ only in dates, numbers and order", () => {
    expect(itemListKey(items("b by 2028-01-01", "a 3 times"))).toBe(itemListKey(items("A 7 times", "b by 2029-12-31")));
    expect(itemListKey(items("b by 2028-01-01"))).not.toBe(itemListKey(items("c by 2028-01-01")));
  });

  it("gives a twin's two lists the keys of the other twin's, and a list that differs its own key", () => {
    const risks = itemListKey(items("x by 2028-01-01", "y"));
    const mitigations = itemListKey(items("z"));
    expect(itemListKey(items("x by 2028-01-01", "y"))).toBe(risks);
    expect(itemListKey(items("z"))).toBe(mitigations);
    expect(itemListKey(items("x by 2028-01-01"))).not.toBe(risks);
    expect(itemListKey(items("x by 2028-01-01", "y", "w"))).not.toBe(risks);
    // Past the last two lists, the key is made again: the same.
    expect(itemListKey(items("x by 2029-01-01", "y"))).toBe(risks);
  });

  it("is null for an empty list", () => {
    expect(itemListKey([])).toBeNull();
  });
});
