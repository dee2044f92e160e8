import fc from "fast-check";
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

  it("finds on each line the hints a search for each would, however the words overlap (links worked out as read)", () => {
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c"), minLength: 1, maxLength: 5 });
    const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "A", "\n", "-"), maxLength: 60 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(text, { minLength: 1, maxLength: 4 }), (words, texts) => {
        const hints = Object.fromEntries(words.map((hint, index) => [hint, [index % 4]]));
        const automaton = buildHintAutomaton(new Map(Object.entries(hints)), 4);
        // One automaton reads several texts: what the first worked out serves the next.
        for (const sample of texts) {
          const lines: [string, number[]][] = [];
          automaton.lines(sample, (start, end, patterns) => lines.push([sample.slice(start, end), [...patterns].sort()]));
          const expected = sample
            .split("\n")
            .map((line): [string, number[]] => [line, [...new Set(words.filter((hint) => line.toLowerCase().includes(hint)).map((hint) => hints[hint]![0]!))].sort()])
            .filter(([, patterns]) => patterns.length > 0);
          expect(lines).toEqual(expected);
        }
      }),
    );
  });

  it("lets non-ASCII characters break a hint", () => {
    expect(hinted("dr\u00e9op", { drop: [0] })).toEqual([]);
  });

  it("refuses a hint it could not match", () => {
    expect(() => buildHintAutomaton(new Map([["Drop", [0]]]), 1)).toThrow('hint "Drop" must be lowercase ASCII on one line');
  });
});
