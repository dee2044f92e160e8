import { diagnostic, PARSE_ERROR, REQUIRED_FIELDS } from "./diagnostics.js";
import type { Finding } from "./finding.js";
import { JsonSyntaxError, outlineJson, parseJsonSource, type JsonNode, type JsonOutline, type PlacedMember, type PlacedValue } from "./json-source.js";
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

function wrongType(field: string, expected: string, node: PlacedValue): Finding {
  return diagnostic(REQUIRED_FIELDS, "wrongType", { field, expected, actual: node.type }, node.line, node.column);
}

function readItems(field: ReportField, node: PlacedMember, diagnostics: Finding[]): ReportItem[] | undefined {
  if (node.items === undefined) {
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

function placedNode(node: JsonNode): PlacedValue {
  const { line, column } = node;
  switch (node.type) {
    case "string":
      return { line, column, type: "string", value: node.value };
    case "number":
      return { line, column, type: "number", value: node.value };
    case "boolean":
      return { line, column, type: "boolean", value: node.value };
    default:
      return { line, column, type: node.type };
  }
}

/** The outline of a document the reader of json-source.ts read: one not laid out as the producer writes it. */
function outlineOf(root: JsonNode): JsonOutline {
  const members = new Map<string, PlacedMember>();
  if (root.type === "object") {
    for (const [key, node] of root.members) members.set(key, node.type === "array" ? { ...placedNode(node), items: node.items.map(placedNode) } : placedNode(node));
  }
  return { root: placedNode(root), members };
}

/**
 * Parses the JSON form; extra keys are allowed (the producer's schema allows them). The producer's layout is read by
 * JSON.parse (see outlineJson); any other text by the reader of json-source.ts, which also says what is wrong, and where.
 */
export function parseJsonReport(text: string): ReportDraft {
  const draft: ReportDraft = { values: {}, positions: {}, diagnostics: [], anchor: { line: 1, column: 1 } };
  let outline = outlineJson(text);
  try {
    outline ??= outlineOf(parseJsonSource(text));
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    draft.diagnostics.push(diagnostic(PARSE_ERROR, "invalidJson", { detail: error.message }, error.line, error.column));
    draft.stopped = true;
    return draft;
  }
  const { root, members } = outline;
  draft.anchor = { line: root.line, column: root.column };
  if (root.type !== "object") {
    draft.diagnostics.push(diagnostic(PARSE_ERROR, "notAnObject", { type: root.type }, root.line, root.column));
    draft.stopped = true;
    return draft;
  }
  for (const field of REPORT_FIELDS) {
    const node = members.get(field);
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
