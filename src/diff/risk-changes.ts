import type { Band } from "../core/band.js";
import type { ReportRisk, ReportRiskSignal } from "../core/results.js";
import type { ReportChange } from "./change.js";

/** Each side's record as the content diff reads it: its declared severity and what the risk model found. */
export interface AssessedSide {
  severity: number;
  assessment: ReportRisk;
}

const BAND_RANK: Record<Band, number> = { low: 0, review: 1, block: 2 };

/** A signal is the same on both sides when its kind and its matched text are: moving a line is not a change. */
function signalKey(signal: ReportRiskSignal): string {
  return `${signal.id}\0${signal.text.replace(/\s+/g, " ").trim()}`;
}

function quote(text: string): string {
  return `"${text}"`;
}

/** The signals of `from` that `to` does not have, one for one (two identical execs, one removed, is one gone). */
function missingFrom(from: readonly ReportRiskSignal[], to: readonly ReportRiskSignal[]): ReportRiskSignal[] {
  const left = new Map<string, number>();
  for (const signal of to) left.set(signalKey(signal), (left.get(signalKey(signal)) ?? 0) + 1);
  const missing: ReportRiskSignal[] = [];
  for (const signal of from) {
    const key = signalKey(signal);
    const count = left.get(key) ?? 0;
    if (count > 0) left.set(key, count - 1);
    else missing.push(signal);
  }
  return missing;
}

/**
 * What changed in the risk the proposal carries, read by the risk model on each side (`field: "risk"`): a signal
 * that appears is an escalation (and says when its category is new), one that disappears is neutral, the assessed
 * band going up is an escalation and down a downgrade, and a declared severity lowered while the assessed risk
 * stayed or rose (and found something) is a downgrade that says so.
 */
export function diffAssessments(oldSide: AssessedSide, newSide: AssessedSide): ReportChange[] {
  const changes: ReportChange[] = [];
  const oldCategories = new Set(oldSide.assessment.signals.map((signal) => signal.category));
  const newCategories = new Set(newSide.assessment.signals.map((signal) => signal.category));
  for (const signal of missingFrom(newSide.assessment.signals, oldSide.assessment.signals)) {
    const category = oldCategories.has(signal.category) ? signal.category : `${signal.category}, a category new to this report`;
    changes.push({ field: "risk", kind: "escalation", old: null, new: signal.text, message: `risk signal added: ${signal.id} (${category}) on line ${signal.line}: ${quote(signal.text)}` });
  }
  for (const signal of missingFrom(oldSide.assessment.signals, newSide.assessment.signals)) {
    const category = newCategories.has(signal.category) ? signal.category : `${signal.category}, a category now gone from this report`;
    changes.push({ field: "risk", kind: "neutral", old: signal.text, new: null, message: `risk signal gone: ${signal.id} (${category}), was on line ${signal.line}: ${quote(signal.text)}` });
  }
  const oldBand = oldSide.assessment.band;
  const newBand = newSide.assessment.band;
  if (oldBand !== newBand) {
    const up = BAND_RANK[newBand] > BAND_RANK[oldBand];
    changes.push({
      field: "risk",
      kind: up ? "escalation" : "downgrade",
      old: oldBand,
      new: newBand,
      message: `assessed band ${up ? "up" : "down"}: ${oldBand} → ${newBand} (assessed score ${oldSide.assessment.score} → ${newSide.assessment.score})`,
    });
  }
  // Only where the model found something: with no signal, the severity change alone says all there is.
  if (newSide.severity < oldSide.severity && newSide.assessment.signals.length > 0 && newSide.assessment.score >= oldSide.assessment.score) {
    const assessed = newSide.assessment.score === oldSide.assessment.score ? `stayed at ${newSide.assessment.score}` : `rose ${oldSide.assessment.score} → ${newSide.assessment.score}`;
    changes.push({
      field: "risk",
      kind: "downgrade",
      old: oldSide.severity,
      new: newSide.severity,
      message: `declared severity lowered ${oldSide.severity} → ${newSide.severity} while the assessed risk ${assessed} (${newBand})`,
    });
  }
  return changes;
}
