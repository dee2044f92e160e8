import { severityBand, type SeverityScale } from "../core/band.js";
import type { ReportRecord } from "../core/record.js";
import { toSingleLine } from "../core/sanitize.js";
import type { RiskAssessment } from "../risk/assess.js";
import { CATEGORY_DESCRIPTIONS, RISK_CATEGORIES } from "../risk/categories.js";
import { LEARNED_SIGNAL, type RiskModel } from "../risk/model.js";

function table(rows: readonly string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]!.length))) ?? [];
  return rows.map((row) => `  ${row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join("  ")}`.trimEnd());
}

/** One report's assessment for a person: every signal, what was set aside and why, and how the score came about. */
export function formatRiskExplanation(file: string, record: ReportRecord, assessment: RiskAssessment, scale: SeverityScale): string {
  const declared = record.block_execution ? "block" : severityBand(record.severity, scale);
  const lines = [
    `${toSingleLine(file)}: risk ${assessment.band}, score ${assessment.score} (review from ${scale.review}, block from ${scale.block}, max ${scale.max})`,
    `declared: severity ${record.severity}${record.block_execution ? " with block_execution" : ""} (${declared})`,
    "",
    "signals:",
    ...(assessment.signals.length === 0
      ? ["  none"]
      : table(assessment.signals.map((signal) => [`${signal.line}:${signal.column}`, signal.id, signal.category, `weight ${signal.weight}`, `${toSingleLine(signal.text)}${signal.note ? ` (${signal.note})` : ""}`]))),
  ];
  if (assessment.setAside.length > 0) {
    lines.push("", "set aside:", ...table(assessment.setAside.map((signal) => [`${signal.line}:${signal.column}`, signal.id, signal.reason, toSingleLine(signal.text)])));
  }
  lines.push("", "how the score came about:", ...assessment.steps.map((step) => `  ${toSingleLine(step)}`));
  return lines.join("\n") + "\n";
}

/** The model in force: categories, then every signal with its weight and what it stands for. */
export function formatRiskModel(model: RiskModel): string {
  const lines = [
    "# The risk model",
    "",
    "Each report's proposal is read for signals a careful reviewer stops at. The score is the weight of the decisive",
    "signal, plus 4 for each further category with a signal of review weight, held below block unless one signal",
    `blocks; weights are on the 0-75 scale (review from 25, block from 45) and placed band by band on the configured`,
    `scale (review from ${model.scale.review}, block from ${model.scale.block}, max ${model.scale.max}).`,
    "A signal does not count when its clause is negated, its line is a template line or scoped to staging only, it is",
    "copy shown to users, or a drop in a migration's down step; in a comment, a heading or a test double it weighs at most 20.",
    "",
    "Categories:",
    ...RISK_CATEGORIES.map((category) => `  ${category}: ${CATEGORY_DESCRIPTIONS[category]}`),
    "",
    "Signals (id, category, weight, description):",
    ...table([
      ...model.signals.map((signal) => [signal.id, signal.category, String(signal.weight), signal.description]),
      ...(model.learnedWeight === null ? [] : [[LEARNED_SIGNAL.id, "(its words')", String(model.learnedWeight), LEARNED_SIGNAL.description]]),
    ]),
  ];
  return lines.join("\n") + "\n";
}
