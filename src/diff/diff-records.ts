import { severityBand, type Band, type SeverityScale } from "../core/band.js";
import type { Verdict } from "../core/engine.js";
import type { ReportRecord } from "../core/record.js";
import type { ChangeKind, ReportChange } from "./change.js";
import { horizonOf, withoutHorizon } from "./horizon.js";
import { pairItems, type DiffItem } from "./pair-items.js";
import { diffProposalLines } from "./proposal-diff.js";
import { describeRewording, judgeRewording, soundsSafer } from "./rewording.js";
import { diffAssessments, type AssessedSide } from "./risk-changes.js";

/** What a semantic diff reads of a record: not its form, positions or item lines, so md and json twins compare equal. */
export type ComparableRecord = Pick<ReportRecord, "id" | "timestamp" | "severity" | "block_execution" | "proposal"> & {
  risks: readonly DiffItem[];
  mitigations: readonly DiffItem[];
};

export interface RecordDiffOptions {
  /** The configured severity scale, for the band. */
  severity: SeverityScale;
  /** Each side's verdict under the current config, when known. */
  verdicts?: { old: Verdict; new: Verdict };
  /** What the risk model found on each side, when known: the content's risk is compared too (`field: "risk"`). */
  assessments?: { old: AssessedSide["assessment"]; new: AssessedSide["assessment"] };
}

const BAND_RANK: Record<Band, number> = { low: 0, review: 1, block: 2 };
const VERDICT_RANK: Record<Verdict, number> = { pass: 0, warn: 1, fail: 2 };

/** Up is riskier: an escalation; down looks safer: a downgrade. */
function kindOfMove(oldRank: number, newRank: number): ChangeKind {
  if (newRank > oldRank) return "escalation";
  if (newRank < oldRank) return "downgrade";
  return "neutral";
}

/** A verdict that got worse is an escalation; one that got better, a downgrade. */
export function verdictMoveKind(oldVerdict: Verdict, newVerdict: Verdict): ChangeKind {
  return kindOfMove(VERDICT_RANK[oldVerdict], VERDICT_RANK[newVerdict]);
}

function sameNumber(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** Line endings are not meaning: a twin whose text git normalised on one side only is the same text. */
function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

function normalizeItems(items: readonly DiffItem[]): DiffItem[] {
  return items.map((item) => ({ text: normalizeText(item.text), category: item.category }));
}

function quote(text: string): string {
  return `"${text}"`;
}

/** A rewording is neutral unless its new words sound safer: then a downgrade, saying why, old and new side by side. */
function rewordingChange(field: "risks" | "mitigations", oldText: string, newText: string): ReportChange {
  const noun = field === "risks" ? "risk" : "mitigation";
  const judgement = judgeRewording(withoutHorizon(oldText), withoutHorizon(newText));
  if (!soundsSafer(judgement)) return { field, kind: "neutral", old: oldText, new: newText, message: `${noun} reworded: ${quote(oldText)} → ${quote(newText)}` };
  return { field, kind: "downgrade", old: oldText, new: newText, message: `${noun} reworded to sound safer (${describeRewording(judgement)}): ${quote(oldText)} → ${quote(newText)}` };
}

function diffRisks(oldItems: readonly DiffItem[], newItems: readonly DiffItem[]): ReportChange[] {
  const pairing = pairItems(normalizeItems(oldItems), normalizeItems(newItems));
  const changes: ReportChange[] = [];
  for (const pair of pairing.reworded) {
    const oldHorizon = horizonOf(pair.old.text);
    const newHorizon = horizonOf(pair.new.text);
    if (withoutHorizon(pair.old.text) !== withoutHorizon(pair.new.text)) {
      changes.push(rewordingChange("risks", pair.old.text, pair.new.text));
    }
    if (oldHorizon !== newHorizon) {
      // A risk with no date has no horizon: dropping the date pushes it out of sight, adding one brings it closer.
      // YYYY-MM-DD dates sort as text.
      const later = oldHorizon === null ? false : newHorizon === null ? true : newHorizon > oldHorizon;
      changes.push({
        field: "horizon",
        kind: later ? "downgrade" : "escalation",
        old: oldHorizon,
        new: newHorizon,
        message: `horizon moved ${later ? "later" : "earlier"}: ${oldHorizon ?? "none"} → ${newHorizon ?? "none"} in risk ${quote(pair.new.text)}`,
      });
    }
  }
  for (const item of pairing.removed) changes.push({ field: "risks", kind: "downgrade", old: item.text, new: null, message: `risk removed: ${quote(item.text)}` });
  for (const item of pairing.added) changes.push({ field: "risks", kind: "escalation", old: null, new: item.text, message: `risk added: ${quote(item.text)}` });
  return changes;
}

function diffMitigations(oldItems: readonly DiffItem[], newItems: readonly DiffItem[]): ReportChange[] {
  const pairing = pairItems(normalizeItems(oldItems), normalizeItems(newItems));
  const changes: ReportChange[] = [];
  for (const pair of pairing.reworded) {
    changes.push(rewordingChange("mitigations", pair.old.text, pair.new.text));
  }
  for (const item of pairing.removed) changes.push({ field: "mitigations", kind: "downgrade", old: item.text, new: null, message: `mitigation removed: ${quote(item.text)}` });
  for (const item of pairing.added) changes.push({ field: "mitigations", kind: "neutral", old: null, new: item.text, message: `mitigation added: ${quote(item.text)}` });
  return changes;
}

function diffProposal(oldText: string, newText: string): ReportChange[] {
  const before = normalizeText(oldText);
  const after = normalizeText(newText);
  if (before === after) return [];
  const lines = diffProposalLines(before, after);
  const summary = lines.lines.length === 0 ? `proposal rewritten: ${lines.removed} lines → ${lines.added} lines` : `proposal changed: +${lines.added} -${lines.removed} lines`;
  return [{ field: "proposal", kind: "neutral", old: before, new: after, message: [summary, ...lines.lines].join("\n") }];
}

/** The semantic changes from one version of a report to another, each classified. Pure; never throws on a record. */
export function diffRecords(oldRecord: ComparableRecord, newRecord: ComparableRecord, options: RecordDiffOptions): ReportChange[] {
  const changes: ReportChange[] = [];
  if (oldRecord.id !== newRecord.id) {
    changes.push({ field: "id", kind: "neutral", old: oldRecord.id, new: newRecord.id, message: `id ${oldRecord.id} → ${newRecord.id}` });
  }
  if (oldRecord.timestamp !== newRecord.timestamp) {
    changes.push({ field: "timestamp", kind: "neutral", old: oldRecord.timestamp, new: newRecord.timestamp, message: `timestamp ${oldRecord.timestamp} → ${newRecord.timestamp}` });
  }
  if (!sameNumber(oldRecord.severity, newRecord.severity)) {
    const kind = kindOfMove(oldRecord.severity, newRecord.severity);
    changes.push({ field: "severity", kind, old: oldRecord.severity, new: newRecord.severity, message: `severity ${kind === "escalation" ? "raised" : kind === "downgrade" ? "lowered" : "changed"}: ${oldRecord.severity} → ${newRecord.severity}` });
  }
  const oldBand = severityBand(oldRecord.severity, options.severity);
  const newBand = severityBand(newRecord.severity, options.severity);
  if (oldBand !== newBand) {
    const kind = kindOfMove(BAND_RANK[oldBand], BAND_RANK[newBand]);
    changes.push({ field: "band", kind, old: oldBand, new: newBand, message: `band ${kind === "escalation" ? "up" : "down"}: ${oldBand} → ${newBand}` });
  }
  if (oldRecord.block_execution !== newRecord.block_execution) {
    changes.push(
      newRecord.block_execution
        ? { field: "block_execution", kind: "escalation", old: false, new: true, message: "block_execution set: false → true" }
        : { field: "block_execution", kind: "downgrade", old: true, new: false, message: "block_execution cleared: true → false" },
    );
  }
  const verdicts = options.verdicts;
  if (verdicts && verdicts.old !== verdicts.new) {
    const kind = verdictMoveKind(verdicts.old, verdicts.new);
    changes.push({ field: "verdict", kind, old: verdicts.old, new: verdicts.new, message: `verdict under the current config: ${verdicts.old} → ${verdicts.new}` });
  }
  const assessments = options.assessments;
  const riskChanges = assessments ? diffAssessments({ severity: oldRecord.severity, assessment: assessments.old }, { severity: newRecord.severity, assessment: assessments.new }) : [];
  // concat, not push(...): a report may list 100,000 risks, more arguments than a call can take.
  return changes.concat(riskChanges, diffRisks(oldRecord.risks, newRecord.risks), diffMitigations(oldRecord.mitigations, newRecord.mitigations), diffProposal(oldRecord.proposal, newRecord.proposal));
}
