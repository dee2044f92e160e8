import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../src/rules/index.js";
import { PROJECT_ROOT } from "./helpers/cli.js";

/** The README's `## Rules` table: each row's rule id and default level, in order. */
function readmeRuleTable(): Array<[id: string, level: string]> {
  const readme = readFileSync(join(PROJECT_ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("\n## Rules\n"), readme.indexOf("\n## ", readme.indexOf("\n## Rules\n") + 1));
  return [...section.matchAll(/^\| <a id="rule-([a-z-]+)"><\/a>`([a-z-]+)` \| (\w+) \|/gm)].map((row) => {
    expect(row[1]).toBe(row[2]);
    return [row[2]!, row[3]!];
  });
}

describe("the README's rule table", () => {
  it("lists every built-in rule, in the order `fsar rules` does, with the default level of its metadata", () => {
    expect(readmeRuleTable()).toEqual(builtinRules.map((rule) => [rule.id, rule.meta.defaultLevel]));
  });
});
