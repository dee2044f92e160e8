import type { AuditResult, FileResult } from "../core/engine.js";
import type { ChunkedFormatter, Formatter } from "./types.js";

function jsonResult(entry: FileResult): unknown {
  return {
    file: entry.file,
    format: entry.format,
    id: entry.id,
    severity: entry.severity,
    band: entry.band,
    verdict: entry.verdict,
    findings: entry.findings.map((finding) => ({
      rule: finding.rule,
      messageId: finding.messageId,
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
  };
}

/** JSON.stringify(value, null, 2) as it stands `depth` levels in: JSON strings hold no raw newline, so every line break is the layout's. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll("\n", `\n${"  ".repeat(depth)}`);
}

/**
 * The stable json contract, version 1, one result at a time: the same text as one JSON.stringify of the whole
 * (formatJson), without ever holding it as one string.
 */
export const formatJsonChunks: ChunkedFormatter = function* (result: AuditResult) {
  yield `{\n  "version": 1,\n  "summary": ${indented(result.summary, 1)},\n  "results": [`;
  for (let index = 0; index < result.results.length; index++) {
    yield `${index === 0 ? "" : ","}\n    ${indented(jsonResult(result.results[index]!), 2)}`;
  }
  yield result.results.length === 0 ? "]" : "\n  ]";
  if (result.baseline) yield `,\n  "baseline": ${indented(result.baseline, 1)}`;
  yield "\n}\n";
};

export const formatJson: Formatter = (result, context) => [...formatJsonChunks(result, context)].join("");
