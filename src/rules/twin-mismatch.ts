import { z } from "zod";
import type { RuleFinding } from "../core/finding.js";
import { REPORT_FIELDS, type ReportField, type ReportRecord } from "../core/record.js";
import { defineRule } from "../core/rule.js";

/** Line endings and trailing whitespace: what git and editors change without anyone meaning to. */
function normalizeWhitespace(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/[ \t]+(?=\n|$)/g, "");
}

/** Whether a field holds the same text in both twins; lists are compared item by item, not serialized. */
function sameFieldText(record: ReportRecord, twin: ReportRecord, field: ReportField): boolean {
  const ours = record[field];
  const theirs = twin[field];
  if (Array.isArray(ours) && Array.isArray(theirs)) return ours.length === theirs.length && ours.every((item, index) => item.text === theirs[index]!.text);
  return ours === theirs;
}

function normalizedFieldText(record: ReportRecord, field: ReportField): string {
  const value = record[field];
  if (Array.isArray(value)) return JSON.stringify(value.map((item) => normalizeWhitespace(item.text)));
  return typeof value === "string" ? normalizeWhitespace(value) : JSON.stringify(value);
}

/** A list field's finding sits on its first differing item, when both lists have it. */
function placeOf(field: ReportField, record: ReportRecord, twin: ReportRecord): { line: number; column: number | null } {
  if (field === "risks" || field === "mitigations") {
    const index = record[field].findIndex((item, i) => item.text !== twin[field][i]?.text);
    const item = record[field][index];
    if (item && index < twin[field].length) return { line: item.line, column: record.format === "json" ? null : 3 };
  }
  return record.positions[field];
}

function twinName(file: string, twin: ReportRecord): string {
  const base = file.replace(/^.*\//, "").replace(/\.(md|json)$/i, "");
  return `${base}.${twin.format === "json" ? "json" : "md"}`;
}

/** Names what differs without quoting the report's text: it may hold secrets. */
/** Which kind of difference a field shows, and what the message says of it. */
function describeDifference(field: ReportField, record: ReportRecord, twin: ReportRecord): RuleFinding<TwinMessageId> {
  switch (field) {
    case "severity":
    case "block_execution":
      return { messageId: "valueDiffers", data: { field, ours: String(record[field]), theirs: String(twin[field]) } };
    case "risks":
    case "mitigations": {
      const ours = record[field];
      const theirs = twin[field];
      if (ours.length !== theirs.length) return { messageId: "itemCountDiffers", data: { field, ours: ours.length, theirs: theirs.length } };
      const differing = ours.flatMap((item, index) => (item.text === theirs[index]!.text ? [] : [index + 1]));
      const one = differing.length === 1;
      return { messageId: "itemsDiffer", data: { field, items: one ? "item" : "items", indexes: differing.join(", "), differ: one ? "differs" : "differ" } };
    }
    default:
      return { messageId: "textDiffers", data: { field } };
  }
}

type TwinMessageId = "missingTwin" | "valueDiffers" | "itemCountDiffers" | "itemsDiffer" | "textDiffers" | "whitespaceOnly";

export const twinMismatch = defineRule({
  id: "twin-mismatch",
  meta: {
    description: "An md report and its json twin carry the same record",
    defaultLevel: "error",
    docs: `The producer writes every report twice, as \`x.md\` and \`x.json\` in one folder; a consumer may read
either, so the two must agree. Each differing field is named on its own line, in both files (the text
itself is never quoted). A difference only in line endings or trailing whitespace (git normalising one side)
is a warning with its own message; any other disagreement is an error.

A report audited without its twin passes, unless the option \`requireTwin\` is true.

Example:

\`\`\`
fsar_proposal_x.md
  4:13  error  severity is 6 here but 48 in fsar_proposal_x.json  twin-mismatch
  8:1   warn   proposal differs from fsar_proposal_x.json only in line endings or trailing whitespace  twin-mismatch
\`\`\``,
    messages: {
      missingTwin: "no readable {form} twin {wanted} was audited with this report",
      valueDiffers: "{field} is {ours} here but {theirs} in {twin}",
      itemCountDiffers: "{field} has {ours} items here but {theirs} in {twin}",
      itemsDiffer: "{field} {items} {indexes} {differ} from {twin}",
      textDiffers: "{field} differs from {twin}",
      whitespaceOnly: "{field} differs from {twin} only in line endings or trailing whitespace",
    },
    options: () => z
      .object({
        /** A report whose twin was not audited with it (missing or unreadable) is an error. */
        requireTwin: z.boolean().default(false).describe("Fail a report whose md or json twin was not audited with it"),
      })
      .strict(),
  },
  check(record, { requireTwin }, { file, twin }) {
    if (twin === null) {
      if (!requireTwin) return [];
      const wanted = file.replace(/^.*\//, "").replace(/\.(md|json)$/i, record.format === "json" ? ".md" : ".json");
      return [{ messageId: "missingTwin", data: { form: record.format === "json" ? "md" : "json", wanted }, line: null, column: null }];
    }
    const findings: Array<RuleFinding<TwinMessageId>> = [];
    for (const field of REPORT_FIELDS) {
      if (sameFieldText(record, twin, field)) continue;
      const name = twinName(file, twin);
      const at = placeOf(field, record, twin);
      if (normalizedFieldText(record, field) === normalizedFieldText(twin, field)) {
        findings.push({ messageId: "whitespaceOnly", data: { field, twin: name }, line: at.line, column: at.column, level: "warn" });
      } else {
        const difference = describeDifference(field, record, twin);
        findings.push({ ...difference, data: { ...difference.data, twin: name }, line: at.line, column: at.column, level: "error" });
      }
    }
    return findings;
  },
});
