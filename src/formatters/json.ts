import type { Formatter } from "./types.js";

/** The stable json contract, version 1. */
export const formatJson: Formatter = (result) =>
  JSON.stringify(
    {
      version: 1,
      summary: result.summary,
      results: result.results.map((entry) => ({
        file: entry.file,
        format: entry.format,
        id: entry.id,
        severity: entry.severity,
        band: entry.band,
        verdict: entry.verdict,
        findings: entry.findings.map((finding) => ({
          rule: finding.rule,
          level: finding.level,
          message: finding.message,
          line: finding.line,
          column: finding.column,
          ...(finding.suppressed ? { suppressed: finding.suppressed } : {}),
        })),
        ...(entry.risk
          ? {
              risk: {
                score: entry.risk.score,
                band: entry.risk.band,
                signals: entry.risk.signals.map((signal) => ({ id: signal.id, category: signal.category, line: signal.line, column: signal.column, text: signal.text })),
              },
            }
          : {}),
      })),
      ...(result.baseline ? { baseline: result.baseline } : {}),
    },
    null,
    2,
  ) + "\n";
