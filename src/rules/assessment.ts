import type { SeverityScale } from "../core/band.js";
import type { ReportRecord } from "../core/record.js";
import type { ReportRisk, ReportRiskSignal } from "../core/results.js";
import { assessRisk, createRiskModel, RISK_CATEGORIES, type RiskCategory, type RiskModel } from "../risk/index.js";

// Keyed by the config's scale object: a rule run without an engine (no assessment in its context) builds the model once.
const models = new WeakMap<SeverityScale, RiskModel>();

/** The record's assessment: the engine's (the config's model) when it made one, else the default model's on the scale. */
export function assessmentOf(record: ReportRecord, scale: SeverityScale, risk: ReportRisk | undefined): ReportRisk {
  if (risk) return risk;
  let model = models.get(scale);
  if (!model) {
    model = createRiskModel({ scale });
    models.set(scale, model);
  }
  return assessRisk(record, model);
}

export type OperationSignal = ReportRiskSignal & { category: RiskCategory };

const CATEGORIES: ReadonlySet<string> = new Set(RISK_CATEGORIES);

/**
 * The signals of what the proposal would do, for the rules that ask the risks and mitigations to answer them:
 * the `self_improvement:` kind prefix says what a proposal is about, not an operation to mitigate.
 */
export function operationSignals(assessment: ReportRisk): OperationSignal[] {
  return assessment.signals.filter((signal): signal is OperationSignal => signal.id !== "self-improvement-plan" && CATEGORIES.has(signal.category));
}
