/** The parts of a report a semantic diff compares, in the order changes are listed. */
export type ChangeField = "id" | "timestamp" | "severity" | "band" | "block_execution" | "verdict" | "risk" | "risks" | "horizon" | "mitigations" | "proposal";

/**
 * `escalation`: the report got riskier. `downgrade`: it looks safer (the "trust inflation" a gate should catch).
 * `neutral`: it changed without moving either way.
 */
export type ChangeKind = "escalation" | "downgrade" | "neutral";

/** A field's value before or after: a number, a flag, a word or a text; null when the side has none. */
export type ChangeValue = string | number | boolean | null;

/** One semantic change, as data: every output renders the same fields. */
export interface ReportChange {
  field: ChangeField;
  kind: ChangeKind;
  /** For a risk or mitigation, the item texts; for the proposal, the whole texts. */
  old: ChangeValue;
  new: ChangeValue;
  /** One line, except for the proposal, whose message carries the compact line diff after its first line. */
  message: string;
}

/** One report's changes. A report added has `old` null, one removed has `new` null; a moved report has both paths. */
export interface FileDiff {
  old: string | null;
  new: string | null;
  id: string | null;
  changes: ReportChange[];
}

export interface DiffSummary {
  files: number;
  escalations: number;
  downgrades: number;
  neutral: number;
}

export interface DiffResult {
  summary: DiffSummary;
  files: FileDiff[];
}

/** Counts the changes of each kind. */
export function summarizeDiff(files: readonly FileDiff[]): DiffResult {
  const summary: DiffSummary = { files: files.length, escalations: 0, downgrades: 0, neutral: 0 };
  for (const file of files) {
    for (const change of file.changes) {
      if (change.kind === "escalation") summary.escalations++;
      else if (change.kind === "downgrade") summary.downgrades++;
      else summary.neutral++;
    }
  }
  return { summary, files: [...files] };
}

/** What `--fail-on` fails on: downgrades only, any change at all (neutral included), or nothing. */
export type FailOn = "downgrade" | "any" | "none";

/** Whether a diff fails the `--fail-on` gate. */
export function diffFailsGate(result: DiffResult, failOn: FailOn): boolean {
  if (failOn === "downgrade") return result.summary.downgrades > 0;
  if (failOn === "any") return result.summary.escalations + result.summary.downgrades + result.summary.neutral > 0;
  return false;
}
