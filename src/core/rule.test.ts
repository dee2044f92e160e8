import { describe, expect, it } from "vitest";
import { z } from "zod";
import { builtinRules } from "../rules/index.js";
import { defineRule, defineTimedRule } from "./rule.js";

describe("defineRule's options", () => {
  it("builds a schema given as a function the first time meta.options is read, once", () => {
    let built = 0;
    const rule = defineRule({
      id: "lazy",
      meta: {
        description: "d",
        defaultLevel: "warn",
        docs: "d",
        messages: { m: "m" },
        options: () => {
          built++;
          return z.object({ n: z.number().default(2) }).strict();
        },
      },
      check: () => [],
    });
    expect(built).toBe(0);
    expect(rule.meta.options.parse({})).toEqual({ n: 2 });
    expect(rule.meta.options).toBe(rule.meta.options);
    expect(built).toBe(1);
    expect(Object.keys(rule.meta)).toContain("options");
  });

  it("keeps a schema given as itself", () => {
    const schema = z.object({}).strict();
    const timed = defineTimedRule({ id: "t", meta: { description: "d", defaultLevel: "warn", docs: "d", messages: { m: "m" }, options: schema }, observe: () => 1, judge: () => [] });
    expect(timed.meta.options).toBe(schema);
  });

  it("leaves every built-in rule's schema unbuilt until it is read (a run without options builds none)", () => {
    const eager = builtinRules.filter((rule) => Object.getOwnPropertyDescriptor(rule.meta, "options")?.get === undefined).map((rule) => rule.id);
    expect(eager).toEqual([]);
  });
});
