import { describe, expect, it } from "vitest";
import { producerMarkdown, SAMPLE } from "../../test/helpers/report-text.js";
import { NOW } from "../../test/helpers/rule-harness.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { auditSources, RuleCrashError } from "../core/engine.js";
import { ConfigError } from "./config-error.js";
import { loadConfig } from "./load.js";

const REPORT = producerMarkdown({ ...SAMPLE, proposal: "Ship it on Friday." });
const PLUGIN = `export default {
  name: "acme",
  rules: [
    {
      id: "acme/no-friday",
      description: "No Friday deploys",
      defaultLevel: "error",
      check(report) {
        const index = report.proposal.indexOf("Friday");
        return index === -1 ? [] : [{ message: "ships on a Friday", line: report.positions.proposal.line }];
      },
    },
    { id: "acme/quiet", description: "Off unless asked", defaultLevel: "off", check: () => [{ message: "asked" }] },
  ],
};
`;


async function findings(cwd: string) {
  const config = await loadConfig({ cwd });
  return auditSources([{ file: "r.md", content: REPORT }], config, NOW).results[0]!.findings.map((f) => `${f.line}:${f.column} ${f.level} ${f.rule} ${f.message}`);
}

async function configErrors(files: Record<string, string>): Promise<string[]> {
  const dir = tempDir(files);
  try {
    await loadConfig({ cwd: dir });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => `${problem.line}: ${problem.message.replaceAll(dir, "<dir>")}`);
    throw error;
  }
  throw new Error("the config loaded");
}

describe("plugins", () => {
  it("loads a plugin from a path relative to the config; its rules run at their default level", async () => {
    const dir = tempDir({ "fsar.config.yaml": "plugins: [./rules/acme.mjs]\n", "rules/acme.mjs": PLUGIN });
    expect(await findings(dir)).toEqual(["8:1 error acme/no-friday ships on a Friday"]);
    const config = await loadConfig({ cwd: dir });
    expect(config.ruleSet.map((rule) => rule.id).slice(-3)).toEqual(["unused-waiver", "acme/no-friday", "acme/quiet"]);
    expect(config.rules.get("acme/quiet")?.level).toBe("off");
  });

  it("lets rules switch and re-level plugin rules", async () => {
    const dir = tempDir({ "fsar.config.yaml": "plugins: [./acme.mjs]\nrules:\n  acme/no-friday: warn\n  acme/quiet: error\n", "acme.mjs": PLUGIN });
    expect(await findings(dir)).toEqual(["null:null error acme/quiet asked", "8:1 warn acme/no-friday ships on a Friday"]);
  });

  it("loads a plugin package from node_modules, resolved from the config's folder", async () => {
    const dir = tempDir({
      "node_modules/fsar-plugin-acme/package.json": JSON.stringify({ name: "fsar-plugin-acme", type: "module", exports: "./index.js" }),
      "node_modules/fsar-plugin-acme/index.js": PLUGIN,
      "project/fsar.config.yaml": "plugins: [fsar-plugin-acme]\n",
    });
    expect(await findings(`${dir}/project`)).toEqual(["8:1 error acme/no-friday ships on a Friday"]);
  });

  it("stops on a plugin that cannot be found, naming it and its line", async () => {
    expect(await configErrors({ "fsar.config.yaml": "plugins:\n  - ./missing.mjs\n" })).toEqual(['2: plugin "./missing.mjs" failed to load: no such file <dir>/missing.mjs']);
    expect(await configErrors({ "fsar.config.yaml": "plugins:\n  - fsar-plugin-nowhere\n" })).toEqual([`2: plugin "fsar-plugin-nowhere" failed to load: Cannot find module 'fsar-plugin-nowhere'`]);
  });

  it("stops on a plugin that throws while loading", async () => {
    expect(await configErrors({ "fsar.config.yaml": "plugins: [./boom.mjs]\n", "boom.mjs": 'throw new Error("no licence key");\n' })).toEqual(['1: plugin "./boom.mjs" failed to load: no licence key']);
  });

  it("stops on a plugin of the wrong shape", async () => {
    expect(await configErrors({ "fsar.config.yaml": "plugins: [./p.mjs]\n", "p.mjs": "export const rules = [];\n" })).toEqual([
      '1: plugin "./p.mjs" failed to load: its default export must be { name, rules: [defineRule({ id, meta: { description, defaultLevel, docs, messages }, check })] } (default export: Invalid input: expected object, received undefined)',
    ]);
    expect(await configErrors({ "fsar.config.yaml": "plugins: [./p.mjs]\n", "p.mjs": 'export default { name: "acme", rules: [{ id: "acme/x", description: "d", defaultLevel: "error" }] };\n' })).toEqual([
      '1: plugin "./p.mjs" failed to load: its default export must be { name, rules: [{ id, description, defaultLevel, check }] } (rules.0.check: must be a function)',
    ]);
    expect(await configErrors({ "fsar.config.yaml": "plugins: [./p.mjs]\n", "p.mjs": 'export default { name: "acme", rules: [{ id: "other/x", description: "d", defaultLevel: "error", check: () => [] }] };\n' })).toEqual([
      '1: plugin "./p.mjs" failed to load: rule id "other/x" must be "acme/<kebab-case name>"',
    ]);
  });

  it("stops the audit when a plugin rule throws, naming the rule and the report", async () => {
    const dir = tempDir({ "fsar.config.yaml": "plugins: [./p.mjs]\n", "p.mjs": 'export default { name: "acme", rules: [{ id: "acme/crash", description: "d", defaultLevel: "warn", check: () => { throw new Error("boom"); } }] };\n' });
    const config = await loadConfig({ cwd: dir });
    const crash = (() => {
      try {
        auditSources([{ file: "r.md", content: REPORT }], config, NOW);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(crash).toBeInstanceOf(RuleCrashError);
    expect({ rule: (crash as RuleCrashError).rule, file: (crash as RuleCrashError).file, message: (crash as RuleCrashError).message }).toEqual({ rule: "acme/crash", file: "r.md", message: 'rule "acme/crash" failed on r.md: boom' });
  });

  it("treats findings of the wrong shape as a crash of the rule", async () => {
    const dir = tempDir({ "fsar.config.yaml": "plugins: [./p.mjs]\n", "p.mjs": 'export default { name: "acme", rules: [{ id: "acme/bad", description: "d", defaultLevel: "warn", check: () => [{ message: "x", line: 0 }] }] };\n' });
    const config = await loadConfig({ cwd: dir });
    expect(() => auditSources([{ file: "r.md", content: REPORT }], config, NOW)).toThrow('rule "acme/bad" failed on r.md: check must return an array of { message, line? } (0.line: Too small: expected number to be >=1)');
  });

  it("gives each plugin rule its own copy of the report", async () => {
    const mutating = 'export default { name: "acme", rules: [{ id: "acme/mutate", description: "d", defaultLevel: "warn", check: (r) => { r.mitigations.length = 0; return []; } }] };\n';
    const dir = tempDir({ "fsar.config.yaml": "plugins: [./p.mjs]\ncustomRules:\n  - { id: needs-mitigation, description: d, level: error, require: { mitigations: { min: 1 } }, message: none }\n", "p.mjs": mutating });
    expect(await findings(dir)).toEqual([]);
  });

  describe("rules in the shape of built-in rules", () => {
    const RULE_PLUGIN = `import { z } from "zod";
export default {
  name: "acme",
  rules: [
    {
      id: "acme/no-day",
      meta: {
        description: "No deploys on a named day",
        defaultLevel: "error",
        docs: "Example: Ship it on Friday.",
        messages: { ships: "ships on a {day}", shipsSoon: "ships within {hours} hours" },
        identity: ["day"],
        options: z.object({ day: z.string().default("Friday") }).strict(),
      },
      check(report, { day }, context) {
        const hit = context.text.findKeyword(["proposal"], [day]);
        return hit ? [{ messageId: "ships", data: { day, hours: 3 }, line: hit.line, column: hit.column, level: "warn" }] : [];
      },
    },
  ],
};
`;

    it("renders findings from their messages, with the rule's options, own level and the record's text", async () => {
      const dir = tempDir({ "fsar.config.yaml": "plugins: [./acme.mjs]\n", "acme.mjs": RULE_PLUGIN });
      expect(await findings(dir)).toEqual(["8:12 warn acme/no-day ships on a Friday"]);
      const config = await loadConfig({ cwd: dir });
      const finding = auditSources([{ file: "r.md", content: REPORT }], config, NOW).results[0]!.findings[0]!;
      expect([finding.messageId, finding.data, finding.identity]).toEqual(["ships", { day: "Friday", hours: 3 }, { day: "Friday" }]);
    });

    it("parses the rule's settings with its schema", async () => {
      const dir = tempDir({ "fsar.config.yaml": "plugins: [./acme.mjs]\nrules:\n  acme/no-day: [error, { day: Ship }]\n", "acme.mjs": RULE_PLUGIN.replace('"Friday")', '"Monday")') });
      expect(await findings(dir)).toEqual(["8:1 warn acme/no-day ships on a Ship"]);
    });

    it("treats an unknown messageId as a crash of the rule", async () => {
      const dir = tempDir({ "fsar.config.yaml": "plugins: [./acme.mjs]\n", "acme.mjs": RULE_PLUGIN.replace('messageId: "ships"', 'messageId: "nope"') });
      const config = await loadConfig({ cwd: dir });
      expect(() => auditSources([{ file: "r.md", content: REPORT }], config, NOW)).toThrow('rule "acme/no-day" failed on r.md: check returned messageId "nope", which meta.messages does not define');
    });

    it("stops on a rule without messages", async () => {
      expect(await configErrors({ "fsar.config.yaml": "plugins: [./acme.mjs]\n", "acme.mjs": RULE_PLUGIN.replace(/messages: \{.*\},/, "") })).toEqual([
        '1: plugin "./acme.mjs" failed to load: its default export must be { name, rules: [defineRule({ id, meta: { description, defaultLevel, docs, messages }, check })] } (rules.0.meta.messages: Invalid input: expected record, received undefined)',
      ]);
    });
  });
});
