import { loadCommandConfig } from "../config.js";
import { ExitCode } from "../../core/exit-code.js";
import { toSingleLine } from "../../core/sanitize.js";
import { testPolicies, type ExpectedFinding } from "../../app/policy-test.js";
import { parseNow } from "../options.js";
import type { CommandIo } from "../io.js";

function listFindings(findings: readonly ExpectedFinding[]): string {
  return findings.length === 0 ? "no findings" : findings.map((finding) => `${finding.rule} (${finding.level})`).join(", ");
}

export async function runTest(folder: string, options: { config?: string; now?: string }, io: CommandIo): Promise<ExitCode> {
  const now = parseNow(options.now);
  const config = await loadCommandConfig(io, options.config);
  const result = await testPolicies(folder, { cwd: io.cwd, config, now });
  const lines: string[] = [];
  for (const entry of result.cases) {
    lines.push(`${entry.passed ? "pass" : "fail"}  ${toSingleLine(entry.file)}`);
    if (entry.problem) {
      lines.push(`      ${toSingleLine(entry.problem)}`);
    } else if (!entry.passed) {
      lines.push(`      expected: ${listFindings(entry.expected)}`);
      lines.push(`      got:      ${listFindings(entry.actual)}`);
    }
  }
  lines.push("", `${result.cases.length} test case${result.cases.length === 1 ? "" : "s"}: ${result.passed} passed, ${result.failed} failed`);
  await io.stdout(lines.join("\n") + "\n");
  return result.failed > 0 ? ExitCode.GateFailure : ExitCode.Pass;
}
