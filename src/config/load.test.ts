import { describe, expect, it } from "vitest";
import { problemsOf } from "../../test/helpers/config-problems.js";
import { parseConfigText } from "./load-file.js";
import { resolveConfig } from "./resolve.js";

function resolved(text: string) {
  return resolveConfig(parseConfigText(text, "c.yaml"), { file: "c.yaml", baseDir: "/repo" });
}

describe("config", () => {
  it("defaults to fsar:recommended and the standard scale", () => {
    const config = resolved("");
    expect(config.severity).toEqual({ max: 75, review: 25, block: 45 });
    expect(config.rules.get("id-format")).toEqual({ level: "warn", options: {} });
    expect(config.rules.get("min-risks")).toEqual({ level: "error", options: { minimum: 1 } });
  });

  it("applies fsar:strict, then the file's own rules", () => {
    const config = resolved("extends: fsar:strict\nrules:\n  id-format: off\n");
    expect(config.rules.get("block-consistency")?.level).toBe("error");
    expect(config.rules.get("id-format")?.level).toBe("off");
  });

  it("keeps earlier options when a later setting gives only a level", () => {
    const config = resolveConfig(parseConfigText("rules:\n  min-risks: [warn, { minimum: 3 }]\noverrides:\n  - files: ['legacy/**']\n    rules:\n      min-risks: error\n", null), { file: null, baseDir: "/repo" });
    const rulesFor = config.rulesFor;
    expect(rulesFor("reports/a.md").get("min-risks")).toEqual({ level: "warn", options: { minimum: 3 } });
    expect(rulesFor("legacy/a.md").get("min-risks")).toEqual({ level: "error", options: { minimum: 3 } });
  });

  it("names the line of a bad rule option and of a bad level", () => {
    expect(problemsOf("rules:\n  min-risks: [error, { minimum: -2 }]\n  id-format: loud\n")).toEqual([
      "2: rules.min-risks.1.minimum: Too small: expected number to be >=0",
      "3: rules.id-format: expected a level (off, warn, error) or [level, options]",
    ]);
  });

  it("refuses to switch a parser rule off, in any form, on its line", () => {
    expect(problemsOf("rules:\n  parse-error: off\n  required-fields: [off]\n")).toEqual([
      '2: rule "parse-error" cannot be switched off: a report that cannot be read never passes',
      '3: rule "required-fields" cannot be switched off: a report that cannot be read never passes',
    ]);
  });

  it("gives every problem of a config in one pass, by line", () => {
    expect(problemsOf("severity:\n  review: 50\n  block: 40\nrules:\n  parse-error: off\n  id-format: loud\nwaivers:\n  - report: x\n    rules: [secrets]\n")).toEqual([
      "2: severity: the scale must satisfy review <= block <= max (got review 50, block 40, max 75)",
      '5: rule "parse-error" cannot be switched off: a report that cannot be read never passes',
      "6: rules.id-format: expected a level (off, warn, error) or [level, options]",
      "8: waivers.0.reason: a waiver needs a reason",
      "8: waivers.0.expires: a waiver needs an expiry date (expires: YYYY-MM-DD)",
    ]);
  });

  it("rejects an unknown preset", () => {
    expect(() => resolved("extends: fsar:lenient\n")).toThrow('unknown preset "fsar:lenient" in extends (known: fsar:recommended, fsar:strict)');
  });

  it("rejects invalid YAML with its line", () => {
    expect(problemsOf("rules:\n  a: [\n")).toEqual([expect.stringMatching(/^3: invalid YAML: /)]);
  });

  it("rejects duplicate keys", () => {
    expect(problemsOf("include: [a]\ninclude: [b]\n")).toEqual([expect.stringMatching(/^2: invalid YAML: Map keys must be unique/)]);
  });
});
