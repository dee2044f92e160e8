/**
 * A table test of one rule, as ESLint's RuleTester: reports that pass, and reports that fail with exactly the
 * findings listed (message id, data, rendered message, place, level). A case marked `documented` must also be the
 * example of the rule's docs: each of its findings appears there as `line:column  level  message  rule` (columns
 * may be padded, as `fsar audit` pads them), under its file's name when the finding names one.
 *
 * A report rule runs on one report (with its twin, when the case gives one); a timed rule is observed, its facts
 * kept as JSON as `--cache` keeps them, and judged against the case's now. Cross-report rules and the rules of
 * the parser's and the config's findings run in the engine, on the case's reports and config, and their findings
 * name their file.
 */
import { describe, expect, it } from "vitest";
import { parseConfigText } from "../../src/config/load-file.js";
import { resolveConfig } from "../../src/config/resolve.js";
import { waiverPositions } from "../../src/config/waivers.js";
import { auditSources } from "../../src/core/engine.js";
import { renderMessage, type FindingData, type Level, type RuleFinding } from "../../src/core/finding.js";
import type { ReportRecord } from "../../src/core/record.js";
import { ReportText } from "../../src/core/report-text.js";
import { isProjectRule, isReportRule, isTimedRule, type Rule } from "../../src/core/rule.js";
import { producerJson, producerMarkdown, SAMPLE, type ProducerRecord } from "./report-text.js";
import { contextOf, NOW, type TestContext } from "./rule-harness.js";
import { parseRecord } from "./seed-report.js";

/** A report: the producer's sample with some fields changed, or report text. */
export type CaseReport = Partial<ProducerRecord> | string;

export interface RuleCase {
  name: string;
  report?: CaseReport;
  /** The form of a report given as fields; text is read as markdown unless its file ends in .json. */
  format?: "markdown" | "json";
  /** The report's other form (same basename, the other extension), audited with it; fields are written in that form. */
  twin?: CaseReport;
  /** The rule's options as a config would give them (parsed by its schema); rules run in the engine take theirs from `config`. */
  options?: unknown;
  now?: Date;
  context?: Partial<TestContext>;
  /** For rules run in the engine: the reports audited together, by path (default: `report`, and its twin). */
  reports?: Record<string, CaseReport>;
  /** For rules run in the engine: the text of the config, fsar.config.yaml. */
  config?: string;
}

/** A finding as a test states it: the message is rendered from the messageId and data, and must match. */
export interface ExpectedFinding {
  /** The file it is on: given for the rules run in the engine only. */
  file?: string;
  messageId: string;
  data?: FindingData;
  message: string;
  line: number | null;
  column: number | null;
  /** The rule's own level, when it sets one; the engine's level for the rules run in it. */
  level?: Level;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
  /** This case is the rule's documented example. */
  documented?: true;
}

const MARKDOWN_FILE = "fsar_proposal_x.md";

function otherForm(file: string): string {
  return file.endsWith(".json") ? file.replace(/\.json$/, ".md") : file.replace(/\.md$/, ".json");
}

function textOf(report: CaseReport, format: "markdown" | "json"): string {
  if (typeof report === "string") return report;
  const producer = { ...SAMPLE, ...report };
  return format === "json" ? producerJson(producer) : producerMarkdown(producer);
}

/** The case's reports, by file: its own `reports`, or its report and twin. */
function sourcesOf(testCase: RuleCase): Array<{ file: string; content: string }> {
  if (testCase.reports) return Object.entries(testCase.reports).map(([file, report]) => ({ file, content: textOf(report, file.endsWith(".json") ? "json" : "markdown") }));
  const format = testCase.format ?? "markdown";
  const file = testCase.context?.file ?? (format === "json" ? otherForm(MARKDOWN_FILE) : MARKDOWN_FILE);
  const sources = [{ file, content: textOf(testCase.report ?? {}, format) }];
  if (testCase.twin !== undefined) sources.push({ file: otherForm(file), content: textOf(testCase.twin, format === "json" ? "markdown" : "json") });
  return sources;
}

function expected(rule: Rule, found: RuleFinding, file?: string): ExpectedFinding {
  const template = rule.meta.messages[found.messageId];
  if (template === undefined) throw new Error(`${rule.id} returned messageId ${JSON.stringify(found.messageId)}, which meta.messages does not define`);
  return {
    ...(file === undefined ? {} : { file }),
    messageId: found.messageId,
    ...(found.data === undefined || Object.keys(found.data).length === 0 ? {} : { data: found.data }),
    message: renderMessage(template, found.data),
    line: found.line ?? null,
    column: found.column ?? null,
    ...(found.level === undefined ? {} : { level: found.level }),
  };
}

/** What a report rule finds on the case's report; a timed rule's facts pass through JSON between observe and judge. */
function reportFindings(rule: Rule, testCase: RuleCase): RuleFinding[] {
  if (!isReportRule(rule)) throw new Error(`${rule.id} is not a report rule`);
  const [source, twinSource] = sourcesOf(testCase);
  const record: ReportRecord = parseRecord(source!.content, source!.file);
  const twin = twinSource ? parseRecord(twinSource.content, twinSource.file) : null;
  const context = { ...contextOf({ now: testCase.now ?? NOW, file: source!.file, twin, ...testCase.context }), text: new ReportText(record) };
  const options = rule.meta.options.parse(testCase.options ?? {});
  if (!isTimedRule(rule)) return rule.check(record, options, context);
  const facts: unknown = JSON.parse(JSON.stringify(rule.observe(record, options, context)));
  return rule.judge(facts, options, { now: context.now, severity: context.severity, file: context.file });
}

/** What the engine finds of one rule when it audits the case's reports under the case's config. */
function engineFindings(rule: Rule, testCase: RuleCase): ExpectedFinding[] {
  if (testCase.options !== undefined) throw new Error(`${rule.id} runs in the engine: give its options in the case's config`);
  const text = testCase.config ?? "";
  const config = resolveConfig(parseConfigText(text, "fsar.config.yaml"), { file: "fsar.config.yaml", baseDir: ".", waiverPositions: waiverPositions(text) });
  const result = auditSources(sourcesOf(testCase), config, testCase.now ?? NOW);
  return result.results.flatMap((entry) => entry.findings.filter((finding) => finding.rule === rule.id).map((finding) => expected(rule, finding, entry.file)));
}

/** What the rule finds in a case, each message rendered the way the engine renders it. */
function findingsOf(rule: Rule, testCase: RuleCase): ExpectedFinding[] {
  if (isProjectRule(rule) || !isReportRule(rule)) return engineFindings(rule, testCase);
  return reportFindings(rule, testCase).map((found) => expected(rule, found));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A finding as `fsar audit` shows it (a place of `-` without a line, `:0` without a column), its columns padded or
 * not; a rule that is off by default is shown at the level it was switched on at.
 */
function shownAs(rule: Rule, finding: ExpectedFinding): RegExp {
  const place = escaped(finding.line === null ? "-" : `${finding.line}:${finding.column ?? 0}`);
  const level = finding.level ?? (rule.meta.defaultLevel === "off" ? "(?:warn|error)" : rule.meta.defaultLevel);
  const row = [place, level, escaped(finding.message), escaped(rule.id)].join(" {2,}");
  return new RegExp(finding.file === undefined ? `^ *${row}$` : `^${escaped(finding.file)}\\n(?: .*\\n)*? *${row}$`, "m");
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const testCase of cases.valid) {
      it(testCase.name, () => {
        expect(findingsOf(rule, testCase)).toEqual([]);
      });
    }
    for (const testCase of cases.invalid) {
      it(testCase.name, () => {
        expect(findingsOf(rule, testCase)).toEqual(testCase.findings);
      });
    }
    const documented = cases.invalid.filter((testCase) => testCase.documented);
    it("has a tested example in its docs", () => {
      expect(documented.length).toBeGreaterThan(0);
      for (const testCase of documented) {
        for (const finding of testCase.findings) expect(rule.meta.docs).toMatch(shownAs(rule, finding));
      }
    });
    // The parser's messages are made by the parser, for files a table of reports cannot all be (src/core/parse.test.ts).
    if (!("reportedBy" in rule && rule.reportedBy === "parser")) {
      it("uses every message it declares in some case", () => {
        const used = new Set(cases.invalid.flatMap((testCase) => testCase.findings.map((finding) => finding.messageId)));
        expect(Object.keys(rule.meta.messages).filter((messageId) => !used.has(messageId))).toEqual([]);
      });
    }
  });
}
