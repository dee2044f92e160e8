import { describe, expect, it } from "vitest";
import { renderMarkdownReport, type RecordValues } from "../../test/helpers/arbitraries.js";
import { pairMovedReports } from "./pair-moved-reports.js";

function source(file: string, id: string) {
  const values: RecordValues = { id, timestamp: "t", severity: 6, block_execution: false, proposal: "p", risks: [], mitigations: [] };
  return { file, content: renderMarkdownReport(values) };
}

const paths = (pairs: ReturnType<typeof pairMovedReports>) => pairs.map((pair) => [pair.old?.file ?? null, pair.new?.file ?? null]);

describe("pairMovedReports", () => {
  it("joins a removal and an addition that carry the same id", () => {
    const pairs = pairMovedReports([
      { old: source("a/fsar_1.md", "fsar_1"), new: null },
      { old: null, new: source("b/other-name.md", "fsar_1") },
      { old: null, new: source("b/fsar_2.md", "fsar_2") },
    ]);
    expect(paths(pairs)).toEqual([
      [null, "b/fsar_2.md"],
      ["a/fsar_1.md", "b/other-name.md"],
    ]);
  });

  it("splits a rename git found between two reports with different ids", () => {
    expect(paths(pairMovedReports([{ old: source("fsar_1.md", "fsar_1"), new: source("fsar_2.md", "fsar_2") }]))).toEqual([
      ["fsar_1.md", null],
      [null, "fsar_2.md"],
    ]);
  });

  it("keeps a rename of one report, and a change in place", () => {
    expect(
      paths(
        pairMovedReports([
          { old: source("old/fsar_1.md", "fsar_1"), new: source("new/fsar_1.md", "fsar_1") },
          { old: source("fsar_3.md", "fsar_3"), new: source("fsar_3.md", "fsar_x") },
        ]),
      ),
    ).toEqual([
      ["fsar_3.md", "fsar_3.md"],
      ["old/fsar_1.md", "new/fsar_1.md"],
    ]);
  });
});
