import type { ReportRecord } from "../core/record.js";
import { stripControlCharacters } from "../core/sanitize.js";

function lines(text: string): string[] {
  return stripControlCharacters(text.replace(/\r\n?/g, "\n")).split("\n");
}

function item(text: string): string {
  const [first = "", ...rest] = lines(text);
  return [`- ${first}`, ...rest.map((line) => `  ${line}`)].join("\n");
}

/**
 * A report as one canonical text, for `git diff` through a textconv driver: the same record reads the
 * same whether it came from md or json, one field per line, line endings normalised, controls stripped.
 */
export function renderCanonicalReport(record: Pick<ReportRecord, "id" | "timestamp" | "severity" | "block_execution" | "proposal" | "risks" | "mitigations">): string {
  return [
    "# FSAR Proposal Report",
    `id: ${lines(record.id).join(" ")}`,
    `timestamp: ${lines(record.timestamp).join(" ")}`,
    `severity: ${record.severity}`,
    `block_execution: ${record.block_execution}`,
    "",
    "## Proposal",
    ...lines(record.proposal),
    "",
    "## Risks",
    ...record.risks.map((risk) => item(risk.text)),
    "",
    "## Mitigations",
    ...record.mitigations.map((mitigation) => item(mitigation.text)),
    "",
  ].join("\n");
}
