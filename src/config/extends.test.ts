import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { ConfigError } from "./config-error.js";
import { loadConfig } from "./load.js";

const PLUGIN = `export default {
  name: "acme",
  rules: [{ id: "acme/always", description: "Always", defaultLevel: "warn", check: () => [{ message: "always" }] }],
};
`;

const CHAIN = {
  // preset → file → package, then the local file.
  "project/fsar.config.yaml": "extends: [./policy/team.yaml, fsar-config-acme]\nseverity: { block: 50 }\nrules:\n  team-rule: error\n",
  "project/policy/team.yaml": `extends: fsar:strict
severity: { review: 20, block: 40 }
rules:
  min-risks: [error, { minimum: 2 }]
  id-format: warn
customRules:
  - { id: team-rule, description: Team rule, level: warn, require: { risks: { min: 1 } }, message: no risks }
`,
  "node_modules/fsar-config-acme/package.json": JSON.stringify({ name: "fsar-config-acme", exports: "./fsar.config.yaml" }),
  "node_modules/fsar-config-acme/fsar.config.yaml": "plugins: [./plugin.mjs]\nrules:\n  min-risks: warn\n  block-consistency: off\n",
  "node_modules/fsar-config-acme/plugin.mjs": PLUGIN,
};

async function configErrors(files: Record<string, string>, cwd = ""): Promise<string[]> {
  const dir = tempDir(files);
  try {
    await loadConfig({ cwd: `${dir}/${cwd}` });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => `${problem.file?.replace(dir, "<dir>")}:${problem.line}: ${problem.message.replaceAll(dir, "<dir>")}`);
    throw error;
  }
  throw new Error("the config loaded");
}

describe("extends", () => {
  it("applies a chain of preset, file and package in order, the local file last", async () => {
    const dir = tempDir(CHAIN);
    const config = await loadConfig({ cwd: `${dir}/project` });
    expect(config.severity).toEqual({ max: 75, review: 20, block: 50 });
    expect(Object.fromEntries(["min-risks", "id-format", "block-consistency", "team-rule", "acme/always"].map((id) => [id, config.rules.get(id)]))).toEqual({
      // The package's bare level keeps the options the team file set.
      "min-risks": { level: "warn", options: { minimum: 2 } },
      // fsar:strict said error; the team file, later, says warn.
      "id-format": { level: "warn", options: {} },
      "block-consistency": { level: "off", options: {} },
      "team-rule": { level: "error", options: {} },
      "acme/always": { level: "warn", options: {} },
    });
    expect(config.ruleSet.map((rule) => rule.id).slice(-2)).toEqual(["team-rule", "acme/always"]);
  });

  it("takes a single file path relative to the config; a shared config's globs are relative to the local one", async () => {
    const dir = tempDir({
      "project/fsar.config.yaml": "extends: ../common/base.yml\n",
      "common/base.yml": "rules: { id-format: off }\nexclude: [drafts]\noverrides:\n  - files: [legacy/**]\n    rules: { min-risks: warn }\n",
    });
    const config = await loadConfig({ cwd: `${dir}/project` });
    expect({ idFormat: config.rules.get("id-format")?.level, exclude: config.exclude, overrides: config.overrides, baseDir: config.baseDir }).toEqual({
      idFormat: "off",
      exclude: ["drafts"],
      overrides: [{ files: ["legacy/**"], rules: { "min-risks": "warn" } }],
      baseDir: `${dir}/project`,
    });
  });

  it("lets a later entry replace a custom rule of the same id", async () => {
    const rule = (level: string) => `customRules:\n  - { id: r, description: ${level}, level: ${level}, require: { risks: { min: 9 } }, message: m }\n`;
    const dir = tempDir({ "fsar.config.yaml": "extends: [./a.yaml, ./b.yaml]\n", "a.yaml": rule("error"), "b.yaml": rule("warn") });
    const config = await loadConfig({ cwd: dir });
    expect(config.ruleSet.filter((candidate) => candidate.id === "r").map((candidate) => candidate.meta.description)).toEqual(["warn"]);
    expect(config.rules.get("r")?.level).toBe("warn");
  });

  it("checks a shared config's rules against the rules it knows, in its own file", async () => {
    expect(await configErrors({ "fsar.config.yaml": "extends: ./base.yaml\ncustomRules:\n  - { id: mine, description: d, level: warn, require: { risks: { min: 1 } }, message: m }\n", "base.yaml": "rules:\n  mine: off\n" })).toEqual([
      '<dir>/base.yaml:2: unknown rule "mine" in rules',
    ]);
  });

  it("refuses an extends cycle", async () => {
    expect(await configErrors({ "fsar.config.yaml": "extends: ./a.yaml\n", "a.yaml": "extends: [fsar:strict, ./b.yaml]\n", "b.yaml": "extends: ./a.yaml\n" })).toEqual([
      '<dir>/b.yaml:1: extends "./a.yaml" makes a cycle: <dir>/fsar.config.yaml -> <dir>/a.yaml -> <dir>/b.yaml -> <dir>/a.yaml',
    ]);
  });

  it("names an entry that cannot be found, with its line", async () => {
    expect(await configErrors({ "fsar.config.yaml": "extends:\n  - fsar:recommended\n  - ./nowhere.yaml\n" })).toEqual(['<dir>/fsar.config.yaml:3: extends "./nowhere.yaml": no such file <dir>/nowhere.yaml']);
    expect(await configErrors({ "fsar.config.yaml": "extends: fsar-config-nowhere\n" })).toEqual(["<dir>/fsar.config.yaml:1: extends \"fsar-config-nowhere\": Cannot find module 'fsar-config-nowhere'"]);
    expect(await configErrors({ "fsar.config.yaml": "extends: [fsar:lenient]\n" })).toEqual(['<dir>/fsar.config.yaml:1: unknown preset "fsar:lenient" in extends (known: fsar:recommended, fsar:strict)']);
  });

  it("refuses a package whose main file is not a YAML config", async () => {
    expect(
      await configErrors({
        "fsar.config.yaml": "extends: fsar-config-js\n",
        "node_modules/fsar-config-js/package.json": JSON.stringify({ name: "fsar-config-js", main: "index.js" }),
        "node_modules/fsar-config-js/index.js": "module.exports = {};\n",
      }),
    ).toEqual(['<dir>/fsar.config.yaml:1: extends "fsar-config-js": <dir>/node_modules/fsar-config-js/index.js is not a YAML config (.yaml, .yml or .json)']);
  });

  it("reports a problem inside a shared config at its own file and line", async () => {
    expect(await configErrors({ "fsar.config.yaml": "extends: ./base.yaml\n", "base.yaml": "rules:\n  min-risks: [error, { minimum: -1 }]\n" })).toEqual([
      "<dir>/base.yaml:2: rules.min-risks.1.minimum: Too small: expected number to be >=0",
    ]);
  });

  it("checks the merged severity scale", async () => {
    expect(await configErrors({ "fsar.config.yaml": "extends: ./base.yaml\nseverity: { review: 30 }\n", "base.yaml": "severity: { review: 10, block: 20 }\n" })).toEqual([
      "<dir>/fsar.config.yaml:null: severity: with the configs it extends, the scale must satisfy review <= block <= max (got review 30, block 20, max 75)",
    ]);
  });
});
