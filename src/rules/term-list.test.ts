import { describe, expect, it } from "vitest";
import { compileTerms, hasTerm, withExtraTerms } from "./term-list.js";

describe("compileTerms", () => {
  const cases: Array<[string, string[], string, boolean]> = [
    ["a stem matches its longer words", ["idempoten"], "Charges are Idempotent by key", true],
    ["a term starts a word", ["scope"], "seen through a telescope", false],
    ["spaces in a term match any run of spaces", ["named approver"], "a named\t approver signs off", true],
    ["punctuation is literal", ["opt-out"], "an opt-out link", true],
    ["punctuation is not a wildcard", ["opt-out"], "an optxout link", false],
  ];
  for (const [name, terms, text, found] of cases) {
    it(name, () => {
      expect(compileTerms(terms)!.test(text)).toBe(found);
    });
  }

  it("is null for no terms", () => {
    expect(compileTerms([])).toBeNull();
  });
});

describe("withExtraTerms", () => {
  it("adds the config's terms to the built-in ones", () => {
    expect(withExtraTerms({ a: ["x"], b: ["y"] }, { b: ["z"] })).toEqual({ a: ["x"], b: ["y", "z"] });
  });
});

describe("hasTerm", () => {
  it("finds a term that starts a word and one that starts with punctuation, in one list, on every call", () => {
    const terms = ["backup", ".env"];
    expect([hasTerm(terms, "a fresh Backup"), hasTerm(terms, "the prod.env file"), hasTerm(terms, "rebackup"), hasTerm(terms, "a fresh Backup")]).toEqual([true, true, false, true]);
    expect(hasTerm([], "backup")).toBe(false);
  });
});
