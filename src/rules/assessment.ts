import { z } from "zod";
import type { Band, SeverityScale } from "../core/band.js";
import type { ReportRecord } from "../core/record.js";
import type { ReportText } from "../core/report-text.js";
import type { ReportRisk, ReportRiskSignal } from "../core/results.js";
import { negationBefore } from "../risk/assess.js";
import { assessRisk, createRiskModel, maskSecrets, RISK_CATEGORIES, type RiskCategory, type RiskModel } from "../risk/index.js";

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

// The known producer declares severity 48, and blocks execution, for a proposal that mentions "irreversible" or
// "data loss" (FORMAT.md), however it mentions them: all five such reports of its corpus say "without data loss" or
// "ensuring no data loss", and reviewers label them routine.
const KEYWORD_SEVERITY = 48;
const KEYWORDS = /irreversible|data loss/gi;
const MARKER = /\[fsar_(?:block|review)\]/i;
const QUOTED_MAX = 60;

/** `trustKeywords` of the rules on a declared block (block-execution, max-severity): their options schema, built on first read. */
export function declaredBlockOptions() {
  return z
    .object({
      trustKeywords: z
        .boolean()
        .default(false)
        .describe("true: fail on every declared block, as the producer's own gate does, also one its keyword rule set for words the proposal negates"),
    })
    .strict();
}

/** A declared block that rests only on words the proposal negates: what the finding says instead of failing. */
export interface NegatedKeywordBlock {
  word: string;
  /** From the negation to the word ("without data loss"), as the proposal has it. */
  clause: string;
  line: number;
  band: Band;
  score: number;
}

/**
 * A block the report declares only because the producer's keyword rule counted words that the proposal negates, and
 * that the risk model does not confirm: severity 48, no marker, every mention of the words negated in its clause, and
 * an assessment below block. Null for any other declaration: the gate honours it.
 */
export function negatedKeywordBlock(record: ReportRecord, context: { severity: SeverityScale; risk?: ReportRisk; text: ReportText }): NegatedKeywordBlock | null {
  if (record.severity !== KEYWORD_SEVERITY || MARKER.test(record.proposal)) return null;
  let first: Omit<NegatedKeywordBlock, "band" | "score"> | null = null;
  for (const line of context.text.lines(["proposal"])) {
    KEYWORDS.lastIndex = 0;
    for (let match = KEYWORDS.exec(line.text); match !== null; match = KEYWORDS.exec(line.text)) {
      const negation = negationBefore(line.text, match.index);
      if (negation === -1) return null;
      // Quoted in a finding: masked like a signal's text.
      const clause = maskSecrets(line.text.slice(negation, match.index + match[0].length));
      first ??= { word: match[0].toLowerCase(), clause: clause.length > QUOTED_MAX ? `…${clause.slice(clause.indexOf(" ", clause.length - QUOTED_MAX) + 1)}` : clause, line: line.line };
    }
  }
  if (first === null) return null;
  const assessment = assessmentOf(record, context.severity, context.risk);
  return assessment.band === "block" ? null : { ...first, band: assessment.band, score: assessment.score };
}
