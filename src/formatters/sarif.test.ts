import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditResult, CONTEXT, fileResult, finding } from "../../test/helpers/results.js";
import { builtinRules } from "../rules/index.js";
import { formatSarif } from "./sarif.js";
import { defaultConfig } from "../config/resolve.js";
import { auditSources } from "../core/engine.js";
import { producerMarkdown, SAMPLE } from "../../test/helpers/report-text.js";

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number; startColumn?: number } } }>;
  partialFingerprints: Record<string, string>;
  suppressions?: unknown[];
}

function sarifOf(...args: Parameters<typeof auditResult>) {
  return JSON.parse(formatSarif(auditResult(...args), { ...CONTEXT, cwd: "/work/repo" }));
}

describe("formatSarif", () => {
  it("describes the tool and every rule", () => {
    const log = sarifOf([]);
    expect({ schema: log.$schema, version: log.version, invocations: log.runs[0].invocations, base: log.runs[0].originalUriBaseIds }).toEqual({
      schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      invocations: [{ executionSuccessful: true }],
      base: { "%SRCROOT%": { uri: "file:///work/repo/" } },
    });
    const driver = log.runs[0].tool.driver;
    expect({ name: driver.name, version: driver.version, informationUri: driver.informationUri }).toEqual({ name: "fsar", version: "1.2.3", informationUri: "https://github.com/fsar-dev/fsar" });
    expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(builtinRules.map((rule) => rule.id));
    const minRisks = driver.rules.find((rule: { id: string }) => rule.id === "min-risks");
    expect({ short: minRisks.shortDescription, level: minRisks.defaultConfiguration, hasHelp: minRisks.help.text.length > 0 && minRisks.help.markdown === minRisks.help.text }).toEqual({
      short: { text: "The report lists at least `minimum` risks (default 1)." },
      level: { level: "error" },
      hasHelp: true,
    });
  });

  it("links each built-in rule to its anchor in the README of the repository package.json names", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const rules: Array<{ id: string; helpUri: string }> = sarifOf([]).runs[0].tool.driver.rules;
    const repository = manifest.repository.url.replace(/^git\+/, "").replace(/\.git$/, "");
    expect(rules.filter((rule) => rule.helpUri !== `${repository}#rule-${rule.id}`)).toEqual([]);
    expect(rules.filter((rule) => !readme.includes(`<a id="rule-${rule.id}"></a>`)).map((rule) => rule.id)).toEqual([]);
  });

  it("tags security rules for code scanning, with their security-severity; other rules are correctness", () => {
    const custom = { ...builtinRules[6]!, id: "payments-need-sign-off" };
    const log = JSON.parse(formatSarif(auditResult([]), { ...CONTEXT, rules: [...builtinRules, custom] }));
    const rules: Array<{ id: string; helpUri?: string; properties: unknown }> = log.runs[0].tool.driver.rules;
    expect(rules.filter((rule) => rule.id === "secrets" || rule.id === "min-risks" || rule.id === custom.id).map(({ id, helpUri, properties }) => ({ id, helpUri, properties }))).toEqual([
      { id: "min-risks", helpUri: "https://github.com/fsar-dev/fsar#rule-min-risks", properties: { tags: ["correctness"] } },
      { id: "secrets", helpUri: "https://github.com/fsar-dev/fsar#rule-secrets", properties: { tags: ["security"], "security-severity": "8.0" } },
      { id: "payments-need-sign-off", helpUri: undefined, properties: { tags: ["correctness"] } },
    ]);
  });

  it("writes one result per finding with a relative, encoded location whose line is at least 1", () => {
    const log = sarifOf([fileResult("reports/a,b:c|d e.md", [finding("max-severity", "warn", "severity 30 is at or above the review threshold 25", 5, 15), finding("parse-error", "error", "cannot read", null, null)])]);
    const results: SarifResult[] = log.runs[0].results;
    expect(results.map((result) => ({ ruleId: result.ruleId, ruleIndex: result.ruleIndex, level: result.level, message: result.message.text, location: result.locations[0]!.physicalLocation }))).toEqual([
      {
        ruleId: "max-severity",
        ruleIndex: builtinRules.findIndex((rule) => rule.id === "max-severity"),
        level: "warning",
        message: "severity 30 is at or above the review threshold 25.",
        location: { artifactLocation: { uri: "reports/a%2Cb%3Ac%7Cd%20e.md", uriBaseId: "%SRCROOT%" }, region: { startLine: 5, startColumn: 15 } },
      },
      {
        ruleId: "parse-error",
        ruleIndex: 0,
        level: "error",
        message: "cannot read.",
        location: { artifactLocation: { uri: "reports/a%2Cb%3Ac%7Cd%20e.md", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } },
      },
    ]);
  });

  it("keeps a finding's fingerprint when its line moves", () => {
    const before: SarifResult[] = sarifOf([fileResult("a.md", [finding("min-risks", "error", "0 risks listed, at least 1 required", 30, 1)], { id: "fsar_1" })]).runs[0].results;
    const after: SarifResult[] = sarifOf([fileResult("a.md", [finding("min-risks", "error", "0 risks listed, at least 1 required", 42, 1)], { id: "fsar_1" })]).runs[0].results;
    const other: SarifResult[] = sarifOf([fileResult("a.md", [finding("min-risks", "error", "0 risks listed, at least 1 required", 30, 1)], { id: "fsar_2" })]).runs[0].results;
    expect(after[0]!.partialFingerprints).toEqual(before[0]!.partialFingerprints);
    expect(other[0]!.partialFingerprints).not.toEqual(before[0]!.partialFingerprints);
  });

  it("renders a waived finding as an external suppression", () => {
    const results: SarifResult[] = sarifOf([fileResult("a.md", [finding("min-risks", "error", "0 risks", 3, 1, { suppressed: { reason: "accepted by ops" } })])]).runs[0].results;
    expect(results[0]!.suppressions).toEqual([{ kind: "external", justification: "accepted by ops" }]);
  });

  it("keeps a finding's fingerprint from one day to the next, while its message counts the days", () => {
    const sources = [{ file: "r/fsar_proposal_r.md", content: producerMarkdown(SAMPLE) }];
    const resultsOn = (day: string): SarifResult[] => JSON.parse(formatSarif(auditSources(sources, defaultConfig("."), new Date(day)), CONTEXT)).runs[0].results;
    const [first, later] = [resultsOn("2028-02-01T00:00:00Z"), resultsOn("2028-03-15T00:00:00Z")];
    expect([first.map((result) => result.message.text), later.map((result) => result.message.text)]).toEqual([
      ["the horizon the report named, 2028-01-01, has passed (31 days ago)."],
      ["the horizon the report named, 2028-01-01, has passed (74 days ago)."],
    ]);
    expect(later[0]!.partialFingerprints).toEqual(first[0]!.partialFingerprints);
    expect(Object.keys(first[0]!.partialFingerprints)).toEqual(["fsarFinding/v2"]);
  });
});
