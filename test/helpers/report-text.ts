/** What the producer writes for a record, line by line (FORMAT.md): the markdown form, without a trailing newline. */
export interface ProducerRecord {
  id: string;
  timestamp: string;
  severity: number;
  block_execution: boolean;
  proposal: string;
  risks: string[];
  mitigations: string[];
}

export function producerMarkdown(record: ProducerRecord): string {
  return [
    "# FSAR Proposal Report",
    `- id: ${record.id}`,
    `- timestamp: ${record.timestamp}`,
    `- severity: ${record.severity}`,
    `- block_execution: ${record.block_execution}`,
    "- proposal:",
    "",
    record.proposal,
    "",
    "## Risks",
    ...record.risks.map((risk) => `- ${risk}`),
    "",
    "## Mitigations",
    ...record.mitigations.map((mitigation) => `- ${mitigation}`),
  ].join("\n");
}

export function producerJson(record: ProducerRecord): string {
  const { id, timestamp, proposal, severity, risks, mitigations, block_execution } = record;
  return JSON.stringify({ id, timestamp, proposal, severity, risks, mitigations, block_execution }, null, 2);
}

export const SAMPLE: ProducerRecord = {
  id: "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286",
  timestamp: "2026-01-02T03:20:46.775Z",
  severity: 6,
  block_execution: false,
  proposal: "idea_implementation: tighten the nightly export.",
  risks: ["Slow failure: unnoticed degradation accumulating by 2028-01-01", "Incentive drift: optimism becomes the default"],
  mitigations: ["Add scheduled adversarial audits with hard pass/fail gates"],
};
