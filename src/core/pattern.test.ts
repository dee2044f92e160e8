import { describe, expect, it } from "vitest";
import { check, recordOf } from "../../test/helpers/rule-harness.js";
import { customRuleSchema } from "../config/custom-rules.js";
import { compileCustomRule } from "../config/compile-custom-rule.js";
import { compilePattern, compilePatternSet } from "./pattern.js";

describe("compilePattern", () => {
  it("finds the offset of the first match, honouring flags", () => {
    expect(compilePattern("stripe").firstMatch("Stripe and stripe")).toBe(11);
    expect(compilePattern("stripe", "i").firstMatch("Stripe and stripe")).toBe(0);
    expect(compilePattern("^b", "m").firstMatch("a\nb")).toBe(2);
    expect(compilePattern("a.b", "s").firstMatch("a\nb")).toBe(0);
    expect(compilePattern("a.b").firstMatch("a\nb")).toBe(-1);
  });

  it("says what is wrong with an invalid pattern, as the user wrote it", () => {
    expect(() => compilePattern("(a", "i")).toThrow("missing closing ): `(a`");
    expect(() => compilePattern("(?=b)")).toThrow("invalid or unsupported Perl syntax: `(?=`");
  });

  it("runs (a+)+$ over a 50 kB proposal in linear time", () => {
    const proposal = "a".repeat(50_000) + "!";
    const definition = customRuleSchema.parse({ id: "redos", description: "d", level: "error", when: { proposal: { matches: "(a+)+$" } }, message: "m" });
    const rule = compileCustomRule(definition, null);
    const record = recordOf({ proposal });
    const started = performance.now();
    const findings = check(rule, record);
    const elapsed = performance.now() - started;
    // A backtracking RegExp needs 2^50000 steps here; RE2 needs one pass (tens of milliseconds).
    expect(findings).toEqual([]);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe("compilePatternSet", () => {
  it("finds every match of every pattern in one pass, naming the pattern, groups of their own included", () => {
    const find = compilePatternSet(["(ab)+c", "^x\\d"], "i");
    expect(find("ABABc x1\nx2 abc")).toEqual([
      { pattern: 0, start: 0, end: 5 },
      { pattern: 1, start: 9, end: 11 },
      { pattern: 0, start: 12, end: 15 },
    ]);
  });

  it("finds nothing with no patterns", () => {
    expect(compilePatternSet([])("anything")).toEqual([]);
  });
});
