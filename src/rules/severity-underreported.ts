import { z } from "zod";
import { severityBand, type Band, type SeverityScale } from "../core/band.js";
import { compilePattern, userPatternSchema } from "../core/pattern.js";
import { positionIn, type ReportLine, type ReportText, type TextField, type TextMatch } from "../core/report-text.js";
import type { ReportRecord } from "../core/record.js";
import { defineRule } from "../core/rule.js";
import { assessRisk } from "../risk/assess.js";
import type { ReportRisk } from "../core/results.js";
import { createRiskModel, type RiskModel } from "../risk/model.js";

// The options' schemas are functions: built only when a config gives the rule options (see defineRule).
function signalSchema() {
  return z
    .object({
      keywords: z.array(z.string().min(1)).min(1).optional().describe("Any of these (case-insensitive substrings) in the proposal triggers the signal"),
      patterns: z.array(userPatternSchema()).min(1).optional().describe("Any of these regular expressions (case-insensitive, matched line by line) triggers the signal"),
      floor: z.number().min(0).describe("The least severity a report with this signal should declare"),
    })
    .strict()
    .refine((signal) => signal.keywords !== undefined || signal.patterns !== undefined, { message: "a signal needs keywords or patterns" });
}
export type SeveritySignal = z.infer<ReturnType<typeof signalSchema>>;

function factorsSchema() {
  return z
    .object({
      likelihood: z.number().positive(),
      damage: z.number().positive(),
      reversibility: z.number().positive(),
    })
    .strict();
}
type Factors = z.infer<ReturnType<typeof factorsSchema>>;

function modelSchema() {
  const factors = factorsSchema();
  const trigger = z
    .object({
      keywords: z.array(z.string().min(1)).min(1).describe("Any of these (case-insensitive substrings) in the proposal fires the trigger"),
      with: z.array(z.string().min(1)).min(1).optional().describe("...but only when any of these is present too"),
      set: factors.partial().describe("The factors the trigger sets; later triggers override earlier ones"),
    })
    .strict();
  return z
    .object({
      start: factors.describe("The factors before any trigger fires"),
      triggers: z.array(trigger).describe("Applied in order; the score is likelihood × damage × reversibility"),
    })
    .strict();
}
export type SeverityModel = z.infer<ReturnType<typeof modelSchema>>;

/** The report producer's own keyword heuristic (FORMAT.md). */
export const PRODUCER_SIGNALS: SeveritySignal[] = [
  { keywords: ["[fsar_block]"], floor: 50 },
  { keywords: ["irreversible", "data loss"], floor: 48 },
  { keywords: ["[fsar_review]"], floor: 30 },
];

/** The enhanced severity gate's likelihood × damage × reversibility heuristic, exactly as FORMAT.md gives it. */
export const ENHANCED_GATE_MODEL: SeverityModel = {
  start: { likelihood: 3, damage: 3, reversibility: 2 },
  triggers: [
    { keywords: ["delete", "drop", "irreversible", "permanent", "production", "payment"], set: { likelihood: 4, damage: 4, reversibility: 3 } },
    { keywords: ["data"], with: ["delete", "loss"], set: { damage: 5, reversibility: 3 } },
    { keywords: ["money", "payment", "billing"], set: { likelihood: 4, damage: 4 } },
    { keywords: ["deploy", "release", "publish"], set: { reversibility: 2 } },
    { keywords: ["[fsar_block]"], set: { likelihood: 5, damage: 5, reversibility: 3 } },
  ],
};

interface Floor {
  floor: number;
  /** Where the deciding signal matched. */
  at: TextMatch;
  /** What the finding says the signal was. */
  signal: string;
}

const PROPOSAL: readonly TextField[] = ["proposal"];

function firstPatternMatch(lines: readonly ReportLine[], patterns: readonly string[]): TextMatch | null {
  const compiled = patterns.map((source) => compilePattern(source, "i"));
  for (const line of lines) {
    for (const pattern of compiled) {
      const match = pattern.find(line.text);
      if (match) return { field: line.field, text: match.text, ...positionIn(line, match.start) };
    }
  }
  return null;
}

function keywordFloor(text: ReportText, signals: readonly SeveritySignal[]): Floor | null {
  let best: Floor | null = null;
  for (const signal of signals) {
    if (best && signal.floor <= best.floor) continue;
    const at = (signal.keywords && text.findKeyword(PROPOSAL, signal.keywords)) || (signal.patterns && firstPatternMatch(text.lines(PROPOSAL), signal.patterns)) || null;
    if (at) best = { floor: signal.floor, at, signal: `mentions ${JSON.stringify(at.text.toLowerCase())} (severity floor ${signal.floor})` };
  }
  return best;
}

function earliest(matches: readonly TextMatch[]): TextMatch {
  return matches.reduce((first, match) => (match.line < first.line || (match.line === first.line && (match.column ?? 0) < (first.column ?? 0)) ? match : first));
}

function modelFloor(text: ReportText, model: SeverityModel): Floor | null {
  const factors: Factors = { ...model.start };
  const fired: TextMatch[] = [];
  // The finding sits on the first signal that raised a factor: one that only lowers (deploy) explains nothing.
  const raising: TextMatch[] = [];
  for (const trigger of model.triggers) {
    const match = text.findKeyword(PROPOSAL, trigger.keywords);
    if (!match) continue;
    const also = trigger.with ? text.findKeyword(PROPOSAL, trigger.with) : null;
    if (trigger.with && !also) continue;
    Object.assign(factors, trigger.set);
    fired.push(match, ...(also ? [also] : []));
    if (Object.entries(trigger.set).some(([factor, value]) => value > model.start[factor as keyof Factors])) raising.push(match);
  }
  if (fired.length === 0) return null;
  const words = [...new Set(fired.map((match) => JSON.stringify(match.text.toLowerCase())))];
  const floor = factors.likelihood * factors.damage * factors.reversibility;
  return {
    floor,
    at: earliest(raising.length > 0 ? raising : fired),
    signal: `scores ${factors.likelihood} × ${factors.damage} × ${factors.reversibility} = ${floor} on likelihood × damage × reversibility for ${words.join(", ")}`,
  };
}

/** The producer's own markers: explicit verdicts in the text, not words that merely sound risky. */
export const MARKER_SIGNALS: SeveritySignal[] = [
  { keywords: ["[fsar_block]"], floor: 50 },
  { keywords: ["[fsar_review]"], floor: 30 },
];

/** `risk`: the risk model; `lifeos`: the producer's keyword floors and the enhanced gate's L × D × R, as FORMAT.md gives them. */
export const SEVERITY_MODELS = ["risk", "lifeos"] as const;

// Rules run without an engine (tests, plugins' own harnesses) assess with the default model on their scale.
const modelsByScale = new Map<string, RiskModel>();
function defaultModelOn(scale: SeverityScale): RiskModel {
  const key = `${scale.review},${scale.block},${scale.max}`;
  let model = modelsByScale.get(key);
  if (!model) modelsByScale.set(key, (model = createRiskModel({ scale })));
  return model;
}

const BAND_RANK: Record<Band, number> = { low: 0, review: 1, block: 2 };

function declaredBand(record: ReportRecord, severity: SeverityScale): Band {
  return record.block_execution ? "block" : severityBand(record.severity, severity);
}

function assessedFinding(record: ReportRecord, assessment: ReportRisk, severity: SeverityScale) {
  const decisive = assessment.signals[0];
  if (!decisive || assessment.band === "low" || BAND_RANK[declaredBand(record, severity)] >= BAND_RANK[assessment.band]) return null;
  const block = assessment.band === "block";
  return {
    messageId: "assessed" as const,
    data: { band: assessment.band, score: assessment.score, signal: decisive.id, category: decisive.category, text: decisive.text, severity: record.severity, threshold: block ? severity.block : severity.review },
    line: decisive.line,
    column: decisive.column,
    level: block ? ("error" as const) : ("warn" as const),
  };
}

function floorFinding(record: ReportRecord, found: Floor, severity: SeverityScale) {
  const band = severityBand(found.floor, severity);
  if (band === "low" || BAND_RANK[declaredBand(record, severity)] >= BAND_RANK[band]) return null;
  const threshold = band === "block" ? severity.block : severity.review;
  return {
    messageId: "belowFloor" as const,
    data: { signal: found.signal, severity: record.severity, floor: found.floor, band, threshold },
    line: found.at.line,
    column: found.at.column,
    level: band === "block" ? ("error" as const) : ("warn" as const),
  };
}

export const severityUnderreported = defineRule({
  id: "severity-underreported",
  meta: {
    description: "The declared severity is not below what the proposal's content is assessed at",
    defaultLevel: "error",
    docs: `Producers rarely apply their own heuristics: in one real corpus 1,326 of 1,331 proposals declare the
default severity 6, whatever they do. This rule compares the declared severity with the risk the proposal's
content is assessed at (see \`fsar explain risk\`, and \`fsar explain <report>\` for one report): an error when
the assessment is block and the report declares less than block, a warning when it is review and the report
declares low. A report with \`block_execution: true\` declares block. The finding names the decisive signal and
sits on its line (in json, on the proposal's line).

Option \`model\`: \`risk\` (the default) uses the risk model. \`lifeos\` reproduces the producer's own gate exactly as
FORMAT.md gives it, for teams that must: keyword floors (\`[fsar_block]\` 50, "irreversible" or "data loss" 48,
\`[fsar_review]\` 30) and the enhanced gate's likelihood × damage × reversibility (start at 3, 3, 2; delete, drop,
irreversible, permanent, production or payment: 4, 4, 3; "data" with delete or loss: damage 5, reversibility 3;
money, payment or billing: 4, 4; deploy, release or publish: reversibility 2; \`[fsar_block]\`: 5, 5, 3), the
higher counting. It matches substrings, so "dropdown" is a drop and "no data loss" a loss: in that corpus it flags
96% of the reports. A custom \`{ start, triggers }\` object is an L × D × R model of your own.

Option \`signals\`: keyword or regex floors checked with any model (default: the producer's \`[fsar_block]\` 50 and
\`[fsar_review]\` 30 markers; with \`lifeos\`, its full list):

\`\`\`yaml
rules:
  severity-underreported: [error, { model: lifeos }]
\`\`\`

Example, with the risk model:

\`\`\`
- severity: 6
...
TRUNCATE TABLE orders;
  9:1  error  the proposal is assessed block (score 55; sql-truncate (destructive-data) "TRUNCATE TABLE orders;") but the report declares severity 6; the block band starts at 45  severity-underreported
\`\`\``,
    messages: {
      assessed: 'the proposal is assessed {band} (score {score}; {signal} ({category}) "{text}") but the report declares severity {severity}; the {band} band starts at {threshold}',
      belowFloor: "the proposal {signal} but the report declares severity {severity}; {floor} is in the {band} band (>= {threshold})",
    },
    options: () => z
      .object({
        model: z
          .union([z.enum(SEVERITY_MODELS), modelSchema()])
          .default("risk")
          .describe("risk (the risk model), lifeos (the producer's keyword gate, as FORMAT.md gives it), or a likelihood × damage × reversibility model"),
        signals: z.array(signalSchema()).optional().describe("Keyword or regex signals, each with a severity floor (default: the producer's markers; with lifeos, its full list)"),
      })
      .strict(),
  },
  check(record, { model, signals }, { severity, text, risk }) {
    const byKeyword = keywordFloor(text, signals ?? (model === "risk" ? MARKER_SIGNALS : PRODUCER_SIGNALS));
    if (model === "risk") {
      const byRisk = assessedFinding(record, risk ?? assessRisk(record, defaultModelOn(severity)), severity);
      const byFloor = byKeyword ? floorFinding(record, byKeyword, severity) : null;
      // The higher band decides; at the same band the risk model's finding explains more.
      const found = byRisk && (!byFloor || BAND_RANK[byRisk.data.band] >= BAND_RANK[byFloor.data.band]) ? byRisk : byFloor;
      return found ? [found] : [];
    }
    const byModel = modelFloor(text, model === "lifeos" ? ENHANCED_GATE_MODEL : model);
    const found = byModel && (!byKeyword || byModel.floor > byKeyword.floor) ? byModel : byKeyword;
    const finding = found ? floorFinding(record, found, severity) : null;
    return finding ? [finding] : [];
  },
});
