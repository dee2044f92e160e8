import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../rules/index.js";
import { builtinRuleDefaults } from "./rule-defaults.js";

describe("builtinRuleDefaults", () => {
  it("gives every built-in rule its default level and the parse of {} by its options schema", () => {
    expect(builtinRuleDefaults()).toEqual(builtinRules.map((rule) => [rule.id, { level: rule.meta.defaultLevel, options: rule.meta.options.parse({}) }]));
  });

  it("holds only what JSON keeps unchanged, as the CLI bundle stores it", () => {
    const defaults = builtinRuleDefaults();
    expect(isDeepStrictEqual(JSON.parse(JSON.stringify(defaults)), defaults)).toBe(true);
  });

  it("gives fresh objects on every call, as parsing did", () => {
    expect(builtinRuleDefaults()[0]![1]).not.toBe(builtinRuleDefaults()[0]![1]);
  });
});
