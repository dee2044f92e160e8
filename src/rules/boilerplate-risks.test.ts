import { describe, expect, it } from "vitest";
import { itemListKey } from "../core/item-lists.js";
import { testRule, type CaseReport } from "../../test/helpers/rule-tester.js";
import { boilerplateRisks, findBoilerplateGroups } from "./boilerplate-risks.js";

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

const LETTERS = "abcdefgh";

/** `count` reports reports/fsar_a.md, reports/fsar_b.md, ...: the stock risks (their dates moved a day per report) and mitigations of their own, or the other way round. */
function run(count: number, shared: "risks" | "mitigations" = "risks"): Record<string, CaseReport> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => {
      const stock = STOCK.map((text) => text.replace("2028-01-01", `2028-01-${String(i + 1).padStart(2, "0")}`));
      const own = [`Step ${LETTERS[i]}: something only report ${LETTERS[i]} does`];
      return [`reports/fsar_${LETTERS[i]}.md`, { id: `fsar_${LETTERS[i]}`, risks: shared === "risks" ? stock : own, mitigations: shared === "risks" ? own : stock }];
    }),
  );
}

const same = (list: "risks" | "mitigations", count: number, line: number, shown: string) => ({
  file: "reports/fsar_a.md",
  messageId: list === "risks" ? "sameRisks" : "sameMitigations",
  data: { reports: count, total: count, shown, members: Array.from({ length: count }, (_, i) => `reports/fsar_${LETTERS[i]}.md`).join("\n") },
  message: `the same ${list} (dates and numbers aside) stand in ${count} of ${count} reports: ${shown}`,
  line,
  column: 1,
  level: "warn" as const,
});

testRule(boilerplateRisks, {
  valid: [
    { name: "passes fewer than minReports reports that share a list", reports: run(4) },
    { name: "passes reports whose lists are their own", reports: { "a.md": { risks: ["Risk a: only here"], mitigations: ["Mitigation a"] }, "b.md": { risks: ["Risk b: only here"], mitigations: ["Mitigation b"] } } },
  ],
  invalid: [
    {
      name: "warns once, on the first report's Risks line, when minReports reports share their risks",
      reports: run(6),
      documented: true,
      findings: [same("risks", 6, 10, "reports/fsar_a.md, reports/fsar_b.md, reports/fsar_c.md and 3 more")],
    },
    {
      name: "groups mitigation lists apart, on the Mitigations line, and takes minReports from the config",
      reports: run(2, "mitigations"),
      config: "rules:\n  boilerplate-risks: [warn, { minReports: 2 }]\n",
      findings: [same("mitigations", 2, 13, "reports/fsar_a.md, reports/fsar_b.md")],
    },
  ],
});

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
