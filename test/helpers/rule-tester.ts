/**
 * A table test of one rule, as ESLint's RuleTester: reports that pass, and reports that fail with exactly the
 * findings listed (message id, data, rendered message, place, level). A case marked `documented` must also be the
 * example of the rule's docs: each of its findings appears there as `line:column  level  message  rule`.
 */
import { describe, expect, it } from "vitest";
import { renderMessage, type FindingData, type Level } from "../../src/core/finding.js";
import type { ReportRecord } from "../../src/core/record.js";
import { ReportText } from "../../src/core/report-text.js";
import type { ReportRule } from "../../src/core/rule.js";
import { producerJson, producerMarkdown, SAMPLE, type ProducerRecord } from "./report-text.js";
import { contextOf, NOW, type TestContext } from "./rule-harness.js";
import { parseRecord } from "./seed-report.js";

/** A report to run the rule on: the producer's sample with some fields changed, or report text. */
export interface RuleCase {
  name: string;
  report?: Partial<ProducerRecord> | string;
  /** The form of a report given as fields; text is read as markdown unless `file` ends in .json. */
  format?: "markdown" | "json";
  /** The rule's options as a config would give them (parsed by its schema). */
  options?: unknown;
  now?: Date;
  context?: Partial<TestContext>;
}

/** A finding as a test states it: the message is rendered from the messageId and data, and must match. */
export interface ExpectedFinding {
  messageId: string;
  data?: FindingData;
  message: string;
  line: number | null;
  column: number | null;
  /** The rule's own level, when it sets one. */
  level?: Level;
}

export interface InvalidCase extends RuleCase {
  findings: ExpectedFinding[];
  /** This case is the rule's documented example. */
  documented?: true;
}

function recordFor(testCase: RuleCase): ReportRecord {
  const { report = {}, format = "markdown" } = testCase;
  const file = testCase.context?.file ?? (format === "json" ? "fsar_proposal_x.json" : "fsar_proposal_x.md");
  if (typeof report === "string") return parseRecord(report, file);
  const producer = { ...SAMPLE, ...report };
  return parseRecord(format === "json" ? producerJson(producer) : producerMarkdown(producer), file);
}

/** What the rule finds, with each message rendered the way the engine renders it. */
export function findingsOf<Options>(rule: ReportRule<Options>, testCase: RuleCase): ExpectedFinding[] {
  const record = recordFor(testCase);
  const context = { ...contextOf({ now: testCase.now ?? NOW, ...testCase.context }), text: new ReportText(record) };
  return rule.check(record, rule.meta.options.parse(testCase.options ?? {}), context).map((found) => {
    const template = rule.meta.messages[found.messageId];
    if (template === undefined) throw new Error(`${rule.id} returned messageId ${JSON.stringify(found.messageId)}, which meta.messages does not define`);
    return {
      messageId: found.messageId,
      ...(found.data === undefined ? {} : { data: found.data }),
      message: renderMessage(template, found.data),
      line: found.line ?? null,
      column: found.column ?? null,
      ...(found.level === undefined ? {} : { level: found.level }),
    };
  });
}

export function testRule<Options>(rule: ReportRule<Options>, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
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
        for (const finding of testCase.findings) {
          expect(rule.meta.docs).toContain(`${finding.line}:${finding.column}  ${finding.level ?? rule.meta.defaultLevel}  ${finding.message}  ${rule.id}`);
        }
      }
    });
    it("uses every message it declares in some case", () => {
      const used = new Set(cases.invalid.flatMap((testCase) => testCase.findings.map((finding) => finding.messageId)));
      expect(Object.keys(rule.meta.messages).filter((messageId) => !used.has(messageId))).toEqual([]);
    });
  });
}
