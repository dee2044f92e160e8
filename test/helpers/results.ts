import type { AuditResult, FileResult } from "../../src/core/engine.js";
import type { Finding } from "../../src/core/finding.js";
import { builtinRules } from "../../src/rules/index.js";
import type { FormatterContext } from "../../src/formatters/types.js";

/** A formatter context as the CLI builds it, without color and with a fixed version. */
export const CONTEXT: FormatterContext = { color: false, version: "1.2.3", rules: builtinRules };

export function finding(rule: string, level: Finding["level"], message: string, line: number | null = 1, column: number | null = 1, extra: Partial<Finding> = {}): Finding {
  return { rule, messageId: "message", data: { message }, identity: { message }, level, message, line, column, ...extra };
}

export function fileResult(file: string, findings: Finding[], extra: Partial<FileResult> = {}): FileResult {
  const counted = findings.filter((item) => !item.suppressed);
  const verdict = counted.some((item) => item.level === "error") ? "fail" : counted.length > 0 ? "warn" : "pass";
  return { file, format: file.endsWith(".json") ? "json" : "markdown", id: "fsar_x", severity: 6, band: "low", verdict, findings, ...extra };
}

/** Results with a summary counted the way the engine counts: suppressed findings count nowhere. */
export function auditResult(results: FileResult[], skipped = 0): AuditResult {
  const summary = { reports: results.length, pass: 0, warn: 0, fail: 0, errors: 0, warnings: 0, skipped };
  for (const result of results) {
    summary[result.verdict]++;
    for (const item of result.findings) {
      if (item.suppressed) continue;
      if (item.level === "error") summary.errors++;
      else summary.warnings++;
    }
  }
  return { summary, results };
}
