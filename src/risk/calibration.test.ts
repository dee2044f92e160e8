import { describe, expect, it } from "vitest";
import { calibrate, formatCalibration, parseLabels } from "./calibration.js";

describe("parseLabels", () => {
  it("reads file<TAB>band rows, skipping the header, blanks and comments, ignoring extra columns", () => {
    expect(parseLabels("file\tband\tcategory\n# note\na.md\tlow\tinert\treason\n\nb.json\tBlock\n")).toEqual({
      labels: [
        { file: "a.md", band: "low" },
        { file: "b.json", band: "block" },
      ],
      errors: [],
    });
  });

  it("names the line of a row it cannot read", () => {
    expect(parseLabels("a.md\tsevere\n").errors).toEqual(['line 1: expected file<TAB>low|review|block, got "a.md\\tsevere"']);
  });
});

describe("calibrate", () => {
  const rows = [
    { file: "1", expected: "low", assessed: "low" },
    { file: "2", expected: "low", assessed: "review" },
    { file: "3", expected: "review", assessed: "review" },
    { file: "4", expected: "block", assessed: "block" },
    { file: "5", expected: "block", assessed: "low" },
  ] as const;

  it("counts labelled against assessed bands and derives the figures", () => {
    expect(calibrate(rows)).toEqual({
      counts: { low: { low: 1, review: 1, block: 0 }, review: { low: 0, review: 1, block: 0 }, block: { low: 1, review: 0, block: 1 } },
      total: 5,
      precision: 2 / 3,
      recall: 2 / 3,
      agreement: 3 / 5,
      blocksCaught: 1 / 2,
      routineFailing: 0,
      lowRaised: 1 / 2,
    });
  });

  it("prints the table and the figures", () => {
    expect(formatCalibration(calibrate(rows))).toBe(
      [
        "labelled \\ assessed      low  review   block",
        "low                        1       1       0",
        "review                     0       1       0",
        "block                      1       0       1",
        "",
        "reports: 5",
        "precision (review|block): 0.67",
        "recall (review|block): 0.67",
        "band agreement: 0.60",
        "blocks assessed block: 0.50",
        "low assessed block (fail the gate): 0.00",
        "low assessed above low: 0.50",
      ].join("\n"),
    );
  });

  it("says n/a for a figure with nothing to measure", () => {
    expect(calibrate([])).toMatchObject({ precision: null, recall: null, agreement: null });
  });
});
