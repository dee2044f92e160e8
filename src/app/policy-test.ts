import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { z } from "zod";
import { audit } from "./audit.js";
import { ConfigError } from "../config/config-error.js";
import type { ResolvedConfig } from "../config/resolve.js";
import { parseYamlDocument, readYamlFile, validateDocument } from "../config/yaml-document.js";
import type { Level } from "../core/finding.js";
import { UsageError } from "../core/usage-error.js";
import { toSlash } from "../core/paths.js";
import { NEVER_WALKED } from "../discovery/discover.js";
import type { Band } from "../core/band.js";
import { parseReport } from "../core/parse.js";
import { describeRefusal, MAX_REPORT_BYTES, readRegularFile } from "../fs/read-regular-file.js";
import { assessRisk } from "../risk/assess.js";
import { BANDS, calibrate, parseLabels, type Calibration, type LabelledAssessment } from "../risk/calibration.js";

const EXPECT_SUFFIX = ".expect.yaml";

/** A finding as a test case states it: which rule, at which level. */
export interface ExpectedFinding {
  rule: string;
  level: Level;
}

/** One report checked against its sidecar. */
export interface PolicyTestCase {
  /** The report (or, when it has none, the sidecar), relative to the working folder, `/` separators. */
  file: string;
  /** Sorted by rule, then level; null when the sidecar states only the risk. */
  expected: ExpectedFinding[] | null;
  /** What the config produced (suppressed findings do not count), sorted the same way. */
  actual: ExpectedFinding[];
  /** The band the sidecar expects the risk to be assessed at, when it says. */
  expectedRisk?: Band;
  /** The band the risk was assessed at. */
  actualRisk?: Band;
  passed: boolean;
  /** Why the case could not run, when it could not. */
  problem?: string;
}

export interface PolicyTestResult {
  cases: PolicyTestCase[];
  passed: number;
  failed: number;
}

export interface PolicyTestOptions {
  cwd: string;
  config: ResolvedConfig;
  now: Date;
}

const expectationSchema = z
  .object({
    findings: z
      .array(z.object({ rule: z.string().min(1), level: z.enum(["error", "warn"]) }).strict())
      .optional()
      .describe("Exactly the findings the report must produce, in any order"),
    risk: z.enum(BANDS).optional().describe("The band the report's risk must be assessed at"),
  })
  .strict()
  .refine((expectation) => expectation.findings !== undefined || expectation.risk !== undefined, { message: "a test expectation needs findings, risk, or both" });

interface Expectation {
  findings: ExpectedFinding[] | null;
  risk: Band | null;
}


function compareExpected(a: ExpectedFinding, b: ExpectedFinding): number {
  return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.level < b.level ? -1 : a.level > b.level ? 1 : 0;
}

function sameFindings(a: readonly ExpectedFinding[], b: readonly ExpectedFinding[]): boolean {
  return a.length === b.length && a.every((finding, index) => compareExpected(finding, b[index]!) === 0);
}

function findSidecars(dir: string, found: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory() && !NEVER_WALKED.has(entry.name)) findSidecars(join(dir, entry.name), found);
    else if (entry.isFile() && entry.name.endsWith(EXPECT_SUFFIX)) found.push(join(dir, entry.name));
  }
  return found;
}

function readExpectation(file: string, ruleIds: ReadonlySet<string>): Expectation {
  const doc = parseYamlDocument(readYamlFile(file, "test expectation"), file);
  const { findings, risk } = validateDocument(doc, expectationSchema);
  findings?.forEach((finding, index) => {
    if (!ruleIds.has(finding.rule)) throw new ConfigError([{ file, line: doc.lineOf(["findings", index, "rule"]), message: `unknown rule "${finding.rule}"; \`fsar rules\` lists them` }]);
  });
  return { findings: findings ? findings.sort(compareExpected) : null, risk: risk ?? null };
}

/**
 * Checks the config against test cases, as `conftest verify` does: each `X.expect.yaml` in the folder (walked)
 * states exactly which findings `X.md` and `X.json` must produce. Each case is audited alone, so cases may share ids.
 */
export async function testPolicies(folder: string, options: PolicyTestOptions): Promise<PolicyTestResult> {
  const root = resolve(options.cwd, folder);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`no such folder: ${folder}`);
  const sidecars = findSidecars(root, []);
  if (sidecars.length === 0) throw new UsageError(`no test cases in ${folder}: a test case is a report X.md or X.json with an X${EXPECT_SUFFIX} beside it`);
  const ruleIds = new Set(options.config.ruleSet.map((rule) => rule.id));
  // Test cases often live in a folder the config excludes from audits: here they are the point.
  const config: ResolvedConfig = { ...options.config, exclude: [] };
  const cases: PolicyTestCase[] = [];
  for (const sidecar of sidecars) {
    const expectation = readExpectation(sidecar, ruleIds);
    const expected = expectation.findings;
    const risk = expectation.risk === null ? {} : { expectedRisk: expectation.risk };
    const base = sidecar.slice(0, -EXPECT_SUFFIX.length);
    const reports = [`${base}.md`, `${base}.json`].filter((path) => existsSync(path));
    if (reports.length === 0) {
      const name = toSlash(relative(options.cwd, base));
      cases.push({ file: toSlash(relative(options.cwd, sidecar)), expected, actual: [], ...risk, passed: false, problem: `no report ${name}.md or ${name}.json beside it` });
      continue;
    }
    const result = await audit(reports, { cwd: options.cwd, config, now: options.now });
    for (const report of result.results) {
      const actual = report.findings.filter((finding) => !finding.suppressed).map(({ rule, level }) => ({ rule, level })).sort(compareExpected);
      const actualRisk = report.risk?.band;
      const findingsPass = expected === null || sameFindings(expected, actual);
      const riskPass = expectation.risk === null || expectation.risk === actualRisk;
      cases.push({ file: report.file, expected, actual, ...risk, ...(actualRisk ? { actualRisk } : {}), passed: findingsPass && riskPass });
    }
  }
  const passed = cases.filter((entry) => entry.passed).length;
  return { cases, passed, failed: cases.length - passed };
}

export interface LabelledCalibration {
  /** One row per labelled report that could be assessed, in the labels' order. */
  rows: LabelledAssessment[];
  calibration: Calibration;
  /** Rows that could not be read or assessed, each saying why. */
  problems: string[];
}

/**
 * `fsar test --labels`: assesses every report a labels file names (`file<TAB>band` rows, files relative to the
 * labels file) with the config's risk model, and compares bands: the confusion table, precision, recall, agreement.
 */
export function calibrateLabels(labelsFile: string, options: { cwd: string; config: ResolvedConfig }): LabelledCalibration {
  const path = resolve(options.cwd, labelsFile);
  const read = readRegularFile(path, MAX_REPORT_BYTES);
  if (!read.ok) throw new UsageError(describeRefusal(read, labelsFile));
  const { labels, errors } = parseLabels(new TextDecoder().decode(read.content));
  const problems = errors.map((error) => `${labelsFile}: ${error}`);
  const rows: LabelledAssessment[] = [];
  for (const { file, band } of labels) {
    const report = readRegularFile(resolve(dirname(path), file), MAX_REPORT_BYTES);
    if (!report.ok) {
      problems.push(`${file}: ${describeRefusal(report, "the report")}`);
      continue;
    }
    const parsed = parseReport(report.content, { file });
    if (!parsed.record) {
      problems.push(`${file}: does not parse (${parsed.diagnostics[0]?.message ?? "unknown reason"})`);
      continue;
    }
    rows.push({ file, expected: band, assessed: assessRisk(parsed.record, options.config.risk).band });
  }
  return { rows, calibration: calibrate(rows), problems };
}
