import { describe, expect, it } from "vitest";
import { producerMarkdown, SAMPLE } from "../../test/helpers/report-text.js";
import { NOW } from "../../test/helpers/rule-harness.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { auditSources } from "../core/engine.js";
import { ConfigError } from "./config-error.js";
import { loadConfig } from "./load.js";

const PAYMENTS_RULE = `customRules:
  - id: payments-need-sign-off
    description: Proposals touching payments need a human sign-off
    level: error
    when:
      proposal: { matches: "stripe|payment|billing", flags: i }
    require:
      mitigations: { some: { matches: "human (approval|sign-off)", flags: i } }
    message: touches payments but no mitigation asks for a human sign-off
`;

function report(proposal: string, mitigation: string): string {
  return producerMarkdown({ ...SAMPLE, proposal, mitigations: [mitigation] });
}

const UNSIGNED = report("Retry Stripe charges hourly.", "Idempotency keys on every charge");
const SIGNED = report("Retry Stripe charges hourly.", "Human approval from finance first");

async function configErrors(yaml: string): Promise<string[]> {
  const dir = tempDir({ "fsar.config.yaml": yaml });
  try {
    await loadConfig({ cwd: dir });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => `${problem.line}: ${problem.message}`);
    throw error;
  }
  throw new Error("the config loaded");
}

async function findingsFor(yaml: string, files: Record<string, string>) {
  const dir = tempDir({ "fsar.config.yaml": yaml });
  const config = await loadConfig({ cwd: dir });
  // Each file gets its own id, so duplicate-id stays quiet.
  const sources = Object.entries(files).map(([file, content], index) => ({ file, content: content.replace("9307a7792286", `00000000000${index}`) }));
  return auditSources(sources, config, NOW).results.map((result) => ({ file: result.file, findings: result.findings.map((f) => `${f.line}:${f.column} ${f.level} ${f.rule}`) }));
}

describe("customRules in the config", () => {
  it("runs at its error level", async () => {
    expect(await findingsFor(PAYMENTS_RULE, { "a.md": UNSIGNED, "b.md": SIGNED })).toEqual([
      { file: "a.md", findings: ["8:7 error payments-need-sign-off"] },
      { file: "b.md", findings: [] },
    ]);
  });

  it("runs at its warn level", async () => {
    expect(await findingsFor(PAYMENTS_RULE.replace("level: error", "level: warn"), { "a.md": UNSIGNED })).toEqual([{ file: "a.md", findings: ["8:7 warn payments-need-sign-off"] }]);
  });

  it("is re-levelled and switched off in rules like a built-in", async () => {
    expect(await findingsFor(`${PAYMENTS_RULE}rules:\n  payments-need-sign-off: warn\n`, { "a.md": UNSIGNED })).toEqual([{ file: "a.md", findings: ["8:7 warn payments-need-sign-off"] }]);
    expect(await findingsFor(`${PAYMENTS_RULE}rules:\n  payments-need-sign-off: [off]\n`, { "a.md": UNSIGNED })).toEqual([{ file: "a.md", findings: [] }]);
  });

  it("is re-levelled by overrides for some files", async () => {
    const yaml = `${PAYMENTS_RULE}rules:\n  payments-need-sign-off: warn\noverrides:\n  - files: ["payments/**"]\n    rules: { payments-need-sign-off: error }\n  - files: ["drafts/**"]\n    rules: { payments-need-sign-off: off }\n`;
    expect(await findingsFor(yaml, { "payments/a.md": UNSIGNED, "drafts/a.md": UNSIGNED, "other/a.md": UNSIGNED })).toEqual([
      { file: "drafts/a.md", findings: [] },
      { file: "other/a.md", findings: ["8:7 warn payments-need-sign-off"] },
      { file: "payments/a.md", findings: ["8:7 error payments-need-sign-off"] },
    ]);
  });

  it("is listed in the rule set after the built-ins", async () => {
    const dir = tempDir({ "fsar.config.yaml": PAYMENTS_RULE });
    const config = await loadConfig({ cwd: dir });
    expect(config.ruleSet.map((rule) => rule.id).slice(-2)).toEqual(["unused-waiver", "payments-need-sign-off"]);
    expect(config.rules.get("payments-need-sign-off")).toEqual({ level: "error", options: {} });
  });

  it("refuses an id that clashes with a built-in rule", async () => {
    expect(await configErrors(PAYMENTS_RULE.replace("id: payments-need-sign-off", "id: min-risks"))).toEqual(['2: custom rule "min-risks" has the id of a built-in rule']);
  });

  it("refuses an id defined twice", async () => {
    const second = PAYMENTS_RULE.replace("customRules:\n", "");
    expect(await configErrors(PAYMENTS_RULE + second)).toEqual(['10: custom rule "payments-need-sign-off" is defined twice']);
  });

  it("refuses an id that is not kebab-case", async () => {
    expect(await configErrors(PAYMENTS_RULE.replace("id: payments-need-sign-off", "id: Payments_Rule"))).toEqual(["2: customRules.0.id: a custom rule id is kebab-case (e.g. payments-need-sign-off)"]);
  });

  it("refuses an invalid pattern, naming the rule and the pattern's line", async () => {
    expect(await configErrors(PAYMENTS_RULE.replace('"stripe|payment|billing"', '"(stripe"'))).toEqual([
      '6: customRules.0.when.proposal.matches: rule "payments-need-sign-off" has an invalid pattern "(stripe": missing closing ): `(stripe`',
    ]);
  });

  it("refuses backtracking-only syntax (lookaround, backreferences)", async () => {
    expect(await configErrors(PAYMENTS_RULE.replace('"human (approval|sign-off)"', '"(?!bot)human"'))).toEqual([
      '8: customRules.0.require.mitigations.some.matches: rule "payments-need-sign-off" has an invalid pattern "(?!bot)human": invalid or unsupported Perl syntax: `(?!`',
    ]);
    expect(await configErrors(PAYMENTS_RULE.replace('"human (approval|sign-off)"', '"(a)\\\\1"'))).toEqual([
      '8: customRules.0.require.mitigations.some.matches: rule "payments-need-sign-off" has an invalid pattern "(a)\\\\1": invalid escape sequence: `\\1`',
    ]);
  });

  it("refuses unknown matchers, flags and fields with their lines", async () => {
    expect(
      await configErrors(`customRules:
  - id: r
    description: d
    level: fatal
    when:
      timestamp: { matches: x }
      proposal: { contains: x }
      severity: { min: 9, max: 1 }
    require:
      risks: { some: { matches: x, flags: g } }
      mitigations: { category: { matches: x } }
    message: m
`),
    ).toEqual([
      '4: customRules.0.level: Invalid option: expected one of "error"|"warn"',
      '6: unknown key "timestamp" in customRules.0.when',
      '7: unknown key "contains" in customRules.0.when.proposal',
      "7: customRules.0.when.proposal: give matches, notMatches or both",
      "8: customRules.0.when.severity: min must not be above max",
      "10: customRules.0.require.risks.some.flags: flags are letters among i (ignore case), m (^ and $ at line ends), s (. matches newlines)",
      '11: unknown key "category" in customRules.0.require.mitigations',
      "11: customRules.0.require.mitigations: give min, max, some, every or none",
    ]);
  });

  it("refuses a rule with neither when nor require", async () => {
    expect(await configErrors("customRules:\n  - { id: r, description: d, level: warn, message: m }\n")).toEqual(['2: customRules.0: rule "r" needs when, require or both']);
  });

  it("names an unknown custom rule in rules as an unknown rule", async () => {
    expect(await configErrors(`${PAYMENTS_RULE}rules:\n  payments-need-signoff: warn\n`)).toEqual(['11: unknown rule "payments-need-signoff" in rules']);
  });
});
