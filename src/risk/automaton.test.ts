import { describe, expect, it } from "vitest";
import { buildHintAutomaton } from "./automaton.js";

function hinted(text: string, hints: Record<string, number[]>): [string, number[]][] {
  const automaton = buildHintAutomaton(new Map(Object.entries(hints)), 4);
  const lines: [string, number[]][] = [];
  automaton.lines(text, (start, end, patterns) => lines.push([text.slice(start, end), [...patterns].sort()]));
  return lines;
}

describe("buildHintAutomaton", () => {
  it("visits each line holding a hint once, with its patterns, case-insensitively", () => {
    expect(hinted("DROP table\nnothing\nTruncate and drop\nprefix-drop", { drop: [0], truncate: [1] })).toEqual([
      ["DROP table", [0]],
      ["Truncate and drop", [0, 1]],
      ["prefix-drop", [0]],
    ]);
  });

  it("finds hints inside other hints (failure links)", () => {
    expect(hinted("xsheshex", { he: [0], she: [1], hex: [2] })).toEqual([["xsheshex", [0, 1, 2]]]);
  });

  it("lets non-ASCII characters break a hint", () => {
    expect(hinted("dr\u00e9op", { drop: [0] })).toEqual([]);
  });

  it("refuses a hint it could not match", () => {
    expect(() => buildHintAutomaton(new Map([["Drop", [0]]]), 1)).toThrow('hint "Drop" must be lowercase ASCII on one line');
  });
});
