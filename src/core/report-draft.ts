import { diagnostic, REQUIRED_FIELDS } from "./diagnostics.js";
import { compareFindings, type Finding } from "./finding.js";
import { REPORT_FIELDS, reportRecordSchema, type ReportFormat, type ReportRecord, type SourcePosition } from "./record.js";
import type { ReportField } from "./record.js";

/** What a form-specific parser read, before the record is checked whole. */
export interface ReportDraft {
  values: Partial<Record<ReportField, unknown>>;
  positions: Partial<Record<ReportField, SourcePosition>>;
  diagnostics: Finding[];
  /** Where a missing field is reported: the heading, or the JSON object's opening brace. */
  anchor: SourcePosition;
  /** Set when the parser could not read on: its diagnostics already say why, so no field is reported missing. */
  stopped?: true;
}

export interface ParsedReport {
  format: ReportFormat;
  /** The record, or null when the report could not be read whole (see diagnostics). */
  record: ReportRecord | null;
  /** parse-error and required-fields findings; empty when record is set. */
  diagnostics: Finding[];
  /** What could be read of the id and severity even when the record could not, for verdict lines. */
  id: string | null;
  severity: number | null;
}

/** Turns a draft into a record: a field that is absent (and not already a parse error) is a required-fields error. */
export function finishDraft(draft: ReportDraft, format: ReportFormat): ParsedReport {
  const diagnostics = [...draft.diagnostics];
  const id = typeof draft.values.id === "string" && draft.values.id !== "" ? draft.values.id : null;
  const severity = typeof draft.values.severity === "number" ? draft.values.severity : null;
  diagnostics.sort(compareFindings);
  if (draft.stopped) return { format, record: null, diagnostics, id, severity };
  for (const field of REPORT_FIELDS) {
    const position = draft.positions[field];
    if (position === undefined) {
      diagnostics.push(diagnostic(REQUIRED_FIELDS, "missing", { field }, draft.anchor.line, draft.anchor.column));
    } else if ((field === "id" || field === "timestamp") && draft.values[field] === "") {
      diagnostics.push(diagnostic(REQUIRED_FIELDS, "empty", { field }, position.line, position.column));
    }
  }
  if (diagnostics.length > 0) return { format, record: null, diagnostics, id, severity };
  const { values, positions } = draft;
  if (
    typeof values.id === "string" &&
    typeof values.timestamp === "string" &&
    typeof values.severity === "number" &&
    typeof values.block_execution === "boolean" &&
    typeof values.proposal === "string" &&
    Array.isArray(values.risks) &&
    Array.isArray(values.mitigations)
  ) {
    // The parsers type every value they keep (test/fuzz.test.ts holds every record they make to
    // reportRecordSchema), so a well-typed draft becomes its record without a schema run per report:
    // that run was a tenth of an audit. Keys go in the schema's order, which `fsar parse` prints.
    const record: ReportRecord = {
      id: values.id,
      timestamp: values.timestamp,
      severity: values.severity,
      block_execution: values.block_execution,
      proposal: values.proposal,
      risks: values.risks as ReportRecord["risks"],
      mitigations: values.mitigations as ReportRecord["mitigations"],
      format,
      positions: {
        id: positions.id!,
        timestamp: positions.timestamp!,
        severity: positions.severity!,
        block_execution: positions.block_execution!,
        proposal: positions.proposal!,
        risks: positions.risks!,
        mitigations: positions.mitigations!,
      },
    };
    return { format, record, diagnostics, id, severity };
  }
  const parsed = reportRecordSchema.safeParse({ ...draft.values, format, positions: draft.positions });
  if (!parsed.success) {
    // Each form's parser checks types itself; this is the last guard that the record matches its schema.
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as ReportField | undefined;
      const at = (field && draft.positions[field]) || draft.anchor;
      diagnostics.push(diagnostic(REQUIRED_FIELDS, "invalid", { path: issue.path.join(".") || "report", problem: issue.message }, at.line, at.column));
    }
    return { format, record: null, diagnostics, id, severity };
  }
  return { format, record: parsed.data, diagnostics, id, severity };
}
