import type { ResolvedConfig } from "../config/resolve.js";
import { auditSources, type FileResult, type ReportSource } from "../core/engine.js";
import { parseReport } from "../core/parse.js";
import type { ReportRecord } from "../core/record.js";
import type { FileDiff, ReportChange } from "./change.js";
import { assessmentOf } from "../rules/assessment.js";
import { diffRecords, verdictMoveKind } from "./diff-records.js";

export interface SourceDiffOptions {
  /** The config each side's verdict is judged under. */
  config: ResolvedConfig;
  /** The time the rules see. */
  now: Date;
}

interface JudgedSide {
  file: string;
  record: ReportRecord | null;
  result: FileResult;
  content: Uint8Array | string;
}

/** Parses and audits one side alone, so a twin or another report never changes its verdict. */
function judge(source: ReportSource, options: SourceDiffOptions): JudgedSide {
  const parsed = parseReport(source.content, { file: source.file });
  const result = auditSources([source], options.config, options.now).results[0]!;
  return { file: source.file, record: parsed.record, result, content: source.content };
}

function describe(side: JudgedSide): string {
  const { result } = side;
  const parts = [`verdict ${result.verdict}`];
  if (result.severity !== null) parts.push(`severity ${result.severity} (${result.band})`);
  if (side.record) parts.push(`block_execution ${side.record.block_execution}`);
  else parts.push(`not readable: ${firstProblem(side)}`);
  return parts.join(", ");
}

function firstProblem(side: JudgedSide): string {
  const finding = side.result.findings[0];
  return finding ? `${finding.line ?? "-"}:${finding.column ?? "-"} ${finding.message}` : "no record";
}

function sameContent(a: Uint8Array | string, b: Uint8Array | string): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

/** When a side could not be read as a record, all that can be compared is the verdict. */
function diffUnreadable(oldSide: JudgedSide, newSide: JudgedSide): ReportChange[] {
  if (oldSide.record === null && newSide.record === null && sameContent(oldSide.content, newSide.content)) return [];
  const before = oldSide.result.verdict;
  const after = newSide.result.verdict;
  const kind = verdictMoveKind(before, after);
  const unreadable = [oldSide.record ? null : `old not readable: ${firstProblem(oldSide)}`, newSide.record ? null : `new not readable: ${firstProblem(newSide)}`].filter((part) => part !== null);
  return [{ field: "verdict", kind, old: before, new: after, message: `verdict under the current config: ${before} → ${after}; ${unreadable.join("; ")}` }];
}

/**
 * The semantic diff of two versions of one report. Either side may be null: a report added is an
 * escalation (its risks are new), a report removed a downgrade (its risks are gone). Never throws on bad content.
 */
export function diffReportSources(oldSource: ReportSource | null, newSource: ReportSource | null, options: SourceDiffOptions): FileDiff {
  const oldSide = oldSource ? judge(oldSource, options) : null;
  const newSide = newSource ? judge(newSource, options) : null;
  const id = newSide?.record?.id ?? oldSide?.record?.id ?? newSide?.result.id ?? oldSide?.result.id ?? null;
  const file: FileDiff = { old: oldSide?.file ?? null, new: newSide?.file ?? null, id, changes: [] };
  if (oldSide && newSide) {
    file.changes =
      oldSide.record && newSide.record
        ? diffRecords(oldSide.record, newSide.record, {
            severity: options.config.severity,
            verdicts: { old: oldSide.result.verdict, new: newSide.result.verdict },
            assessments: { old: assessmentOf(oldSide.record, options.config.severity, oldSide.result.risk), new: assessmentOf(newSide.record, options.config.severity, newSide.result.risk) },
          })
        : diffUnreadable(oldSide, newSide);
  } else if (newSide) {
    file.changes = [{ field: "verdict", kind: "escalation", old: null, new: newSide.result.verdict, message: `report added: ${describe(newSide)}` }];
  } else if (oldSide) {
    file.changes = [{ field: "verdict", kind: "downgrade", old: oldSide.result.verdict, new: null, message: `report removed: was ${describe(oldSide)}` }];
  }
  return file;
}
