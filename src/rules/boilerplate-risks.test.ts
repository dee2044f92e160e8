import { describe, expect, it } from "vitest";
import { itemListKey } from "../core/item-lists.js";
import { findBoilerplateGroups } from "./boilerplate-risks.js";

interface ItemListEntry {
  file: string;
  twinKey: string;
  key: string | null;
}

const STOCK = ["Slow failure: unnoticed degradation accumulating by 2028-01-01", "Incentive drift: stakeholders habituate to optimistic outputs"];

const THRESHOLDS = { minReports: 5, minShare: 0.2 };

function entry(file: string, items: readonly string[]): ItemListEntry {
  return { file, twinKey: file.replace(/\.(md|json)$/, ""), key: itemListKey(items.map((text) => ({ text }))) };
}

const group = (entries: readonly ItemListEntry[]) => findBoilerplateGroups(entries, (item) => item.key, THRESHOLDS);

/** `count` reports named r00.md, r01.md, ... carrying the given list, its dates moved a day per report. */
function reports(count: number, items: readonly string[], prefix = "r"): ItemListEntry[] {
  return Array.from({ length: count }, (_, i) => entry(`${prefix}${String(i).padStart(2, "0")}.md`, items.map((text) => text.replace("2028-01-01", `2028-01-${String(i + 1).padStart(2, "0")}`))));
}


describe("findBoilerplateGroups", () => {
  it("finds one group for a list every report carries, first report by path first", () => {
    const entries = reports(6, STOCK).reverse();
    expect(group(entries)).toEqual([{ first: entries[5], members: ["r00.md", "r01.md", "r02.md", "r03.md", "r04.md", "r05.md"], total: 6 }]);
  });

  it("finds none in reports with distinct lists", () => {
    const entries = Array.from({ length: 8 }, (_, i) => entry(`r${i}.md`, [`Risk ${"abcdefgh"[i]}: something specific to report ${i}`]));
    expect(group(entries)).toEqual([]);
  });

  it("counts twins once, naming the markdown form", () => {
    const md = reports(4, STOCK);
    const json = md.map((item) => ({ ...item, file: item.file.replace(/\.md$/, ".json") }));
    expect(group([...json, ...md])).toEqual([]);
    const groups = group([...json, ...md, ...reports(1, STOCK, "s")]);
    expect(groups.map((group) => [group.first.file, group.members.length, group.total])).toEqual([["r00.md", 5, 5]]);
  });

  it("names a json report that stands alone", () => {
    const groups = group(reports(5, STOCK).map((item) => ({ ...item, file: item.file.replace(/\.md$/, ".json") })));
    expect(groups[0]?.members).toEqual(["r00.json", "r01.json", "r02.json", "r03.json", "r04.json"]);
  });

  it("keeps a group below minReports or below minShare of the run out", () => {
    // 5 of 26 reports: just under 20%.
    const distinct = Array.from({ length: 21 }, (_, i) => entry(`x${String(i).padStart(2, "0")}.md`, [`Risk: only in report ${"abcdefghijklmnopqrstu"[i]}`]));
    expect(group([...reports(5, STOCK), ...distinct])).toEqual([]);
    expect(group([...reports(5, STOCK), ...distinct.slice(1)])).toHaveLength(1);
    expect(group(reports(4, STOCK))).toEqual([]);
  });

  it("never groups empty lists", () => {
    expect(group(reports(6, []))).toEqual([]);
  });
});
