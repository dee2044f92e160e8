import { diagnostic, PARSE_ERROR, REQUIRED_FIELDS } from "./diagnostics.js";
import type { Finding } from "./finding.js";
import { JsonSyntaxError, parseJsonSource, type JsonNode } from "./json-source.js";
import { itemCategory, REPORT_FIELDS, type ReportField, type ReportItem } from "./record.js";
import type { ReportDraft } from "./report-draft.js";

const EXPECTED: Record<ReportField, string> = {
  id: "a string",
  timestamp: "a string",
  severity: "a number",
  block_execution: "true or false",
  proposal: "a string",
  risks: "an array of strings",
  mitigations: "an array of strings",
};

function wrongType(field: string, expected: string, node: JsonNode): Finding {
  return diagnostic(REQUIRED_FIELDS, "wrongType", { field, expected, actual: node.type }, node.line, node.column);
}

function readItems(field: ReportField, node: JsonNode, diagnostics: Finding[]): ReportItem[] | undefined {
  if (node.type !== "array") {
    diagnostics.push(wrongType(field, EXPECTED[field], node));
    return undefined;
  }
  const items: ReportItem[] = [];
  node.items.forEach((item, index) => {
    if (item.type === "string") items.push({ text: item.value, category: itemCategory(item.value), line: item.line });
    else diagnostics.push(wrongType(`${field}[${index}]`, "a string", item));
  });
  return items;
}

/** Parses the JSON form; extra keys are allowed (the producer's schema allows them). */
export function parseJsonReport(text: string): ReportDraft {
  const draft: ReportDraft = { values: {}, positions: {}, diagnostics: [], anchor: { line: 1, column: 1 } };
  let root: JsonNode;
  try {
    root = parseJsonSource(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    draft.diagnostics.push(diagnostic(PARSE_ERROR, "invalidJson", { detail: error.message }, error.line, error.column));
    draft.stopped = true;
    return draft;
  }
  draft.anchor = { line: root.line, column: root.column };
  if (root.type !== "object") {
    draft.diagnostics.push(diagnostic(PARSE_ERROR, "notAnObject", { type: root.type }, root.line, root.column));
    draft.stopped = true;
    return draft;
  }
  for (const field of REPORT_FIELDS) {
    const node = root.members.get(field);
    if (node === undefined) continue;
    draft.positions[field] = { line: node.line, column: node.column };
    if (field === "risks" || field === "mitigations") {
      const items = readItems(field, node, draft.diagnostics);
      if (items) draft.values[field] = items;
      continue;
    }
    const expectedType = field === "severity" ? "number" : field === "block_execution" ? "boolean" : "string";
    if (node.type !== expectedType) {
      draft.diagnostics.push(wrongType(field, EXPECTED[field], node));
    } else if (node.type === "number" && !Number.isFinite(node.value)) {
      draft.diagnostics.push(diagnostic(PARSE_ERROR, "severityNotFinite", {}, node.line, node.column));
    } else if (node.type === "string" || node.type === "number" || node.type === "boolean") {
      draft.values[field] = node.value;
    }
  }
  return draft;
}
