import { loadCommandConfig } from "../config.js";
import { ExitCode } from "../../core/exit-code.js";
import { toSingleLine } from "../../core/sanitize.js";
import { calibrateLabels, testPolicies, type ExpectedFinding, type PolicyTestCase } from "../../app/policy-test.js";
import type { ResolvedConfig } from "../../config/resolve.js";
import { formatCalibration } from "../../risk/calibration.js";
import { parseNow } from "../options.js";
import type { CommandIo } from "../io.js";

function listFindings(findings: readonly ExpectedFinding[]): string {
  return findings.length === 0 ? "no findings" : findings.map((finding) => `${finding.rule} (${finding.level})`).join(", ");
}

/** `fsar test --labels <tsv>`: the risk model's figures on a labelled set; a row it cannot assess is a usage error. */
async function runLabels(labels: string, config: ResolvedConfig, io: CommandIo): Promise<ExitCode> {
  const result = calibrateLabels(labels, { cwd: io.cwd, config });
  const lines = [formatCalibration(result.calibration)];
  const disagreements = result.rows.filter((row) => row.expected !== row.assessed);
  if (disagreements.length > 0) lines.push("", "disagreements:", ...disagreements.map((row) => `  ${toSingleLine(row.file)}: labelled ${row.expected}, assessed ${row.assessed}`));
  await io.stdout(lines.join("\n") + "\n");
  if (result.problems.length === 0) return ExitCode.Pass;
  for (const problem of result.problems) io.stderr(`fsar: ${toSingleLine(problem)}\n`);
  return ExitCode.Error;
}

function describeCase(entry: PolicyTestCase): string[] {
  const lines: string[] = [];
  if (entry.expected !== null && entry.expectedRisk === undefined) {
    lines.push(`      expected: ${listFindings(entry.expected)}`, `      got:      ${listFindings(entry.actual)}`);
  } else {
    if (entry.expected !== null) lines.push(`      expected: ${listFindings(entry.expected)}`, `      got:      ${listFindings(entry.actual)}`);
    lines.push(`      expected risk: ${entry.expectedRisk}`, `      assessed:      ${entry.actualRisk ?? "none (the report did not parse)"}`);
  }
  return lines;
}

export async function runTest(folder: string, options: { config?: string; now?: string; labels?: string }, io: CommandIo): Promise<ExitCode> {
  const now = parseNow(options.now);
  const config = await loadCommandConfig(io, options.config);
  if (options.labels !== undefined) return runLabels(options.labels, config, io);
  const result = await testPolicies(folder, { cwd: io.cwd, config, now });
  const lines: string[] = [];
  for (const entry of result.cases) {
    lines.push(`${entry.passed ? "pass" : "fail"}  ${toSingleLine(entry.file)}`);
    if (entry.problem) {
      lines.push(`      ${toSingleLine(entry.problem)}`);
    } else if (!entry.passed) {
      lines.push(...describeCase(entry));
    }
  }
  lines.push("", `${result.cases.length} test case${result.cases.length === 1 ? "" : "s"}: ${result.passed} passed, ${result.failed} failed`);
  await io.stdout(lines.join("\n") + "\n");
  return result.failed > 0 ? ExitCode.GateFailure : ExitCode.Pass;
}
