import { z } from "zod";
import type { RuleFinding } from "../core/finding.js";
import type { TextField } from "../core/report-text.js";
import { defineRule } from "../core/rule.js";

const FIELDS: readonly TextField[] = ["proposal", "risks", "mitigations"];
const BLOCK_MARKER = ["[fsar_block]"];
const REVIEW_MARKER = ["[fsar_review]"];

export const markers = defineRule({
  id: "markers",
  meta: {
    description: "[fsar_block] and [fsar_review] markers in a report are honoured by its flag and severity",
    defaultLevel: "error",
    docs: `A producer's model can mark a proposal \`[fsar_block]\` or \`[fsar_review]\` (case-insensitive, anywhere in the
proposal, risks or mitigations). A \`[fsar_block]\` marker in a report whose \`block_execution\` is false is an
error; a \`[fsar_review]\` marker in a report whose severity is below \`severity.review\` is a warning. The
finding sits on the marker.

Example:

\`\`\`
- block_execution: false
...
[fsar_block] This migration rewrites the billing ledger.
  9:1  error  the report is marked [fsar_block] but block_execution is false  markers
\`\`\``,
    messages: {
      blockUnflagged: "the report is marked [fsar_block] but block_execution is false",
      reviewBelowThreshold: "the report is marked [fsar_review] but its severity {severity} is below the review threshold {threshold}",
    },
    options: () => z.object({}).strict(),
  },
  check(record, _options, { severity, text }) {
    const findings: Array<RuleFinding<"blockUnflagged" | "reviewBelowThreshold">> = [];
    const block = record.block_execution ? null : text.findKeyword(FIELDS, BLOCK_MARKER);
    if (block) findings.push({ messageId: "blockUnflagged", line: block.line, column: block.column, level: "error" });
    const review = record.severity < severity.review ? text.findKeyword(FIELDS, REVIEW_MARKER) : null;
    if (review) {
      findings.push({ messageId: "reviewBelowThreshold", data: { severity: record.severity, threshold: severity.review }, line: review.line, column: review.column, level: "warn" });
    }
    return findings;
  },
});
