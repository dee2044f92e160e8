import { z } from "zod";
import { severityBand } from "../core/band.js";
import { compilePattern } from "../core/pattern.js";
import { positionIn, type ReportLine, type ReportText, type TextField, type TextMatch } from "../core/report-text.js";
import { defineRule } from "../core/rule.js";

/** A user regex runs on untrusted report text: it is compiled for the linear-time engine custom rules use (RE2 syntax). */
const userPatternSchema = z
  .string()
  .min(1)
  .superRefine((source, ctx) => {
    try {
      compilePattern(source, "i");
    } catch (error) {
      ctx.addIssue({ code: "custom", message: `not a valid regular expression: ${(error as Error).message}` });
    }
  });

const signalSchema = z
  .object({
    keywords: z.array(z.string().min(1)).min(1).optional().describe("Any of these (case-insensitive substrings) in the proposal triggers the signal"),
    patterns: z.array(userPatternSchema).min(1).optional().describe("Any of these regular expressions (case-insensitive, matched line by line) triggers the signal"),
    floor: z.number().min(0).describe("The least severity a report with this signal should declare"),
  })
  .strict()
  .refine((signal) => signal.keywords !== undefined || signal.patterns !== undefined, { message: "a signal needs keywords or patterns" });
export type SeveritySignal = z.infer<typeof signalSchema>;

const factorsSchema = z
  .object({
    likelihood: z.number().positive(),
    damage: z.number().positive(),
    reversibility: z.number().positive(),
  })
  .strict();
type Factors = z.infer<typeof factorsSchema>;

const triggerSchema = z
  .object({
    keywords: z.array(z.string().min(1)).min(1).describe("Any of these (case-insensitive substrings) in the proposal fires the trigger"),
    with: z.array(z.string().min(1)).min(1).optional().describe("...but only when any of these is present too"),
    set: factorsSchema.partial().describe("The factors the trigger sets; later triggers override earlier ones"),
  })
  .strict();

const modelSchema = z
  .object({
    start: factorsSchema.describe("The factors before any trigger fires"),
    triggers: z.array(triggerSchema).describe("Applied in order; the score is likelihood × damage × reversibility"),
  })
  .strict();
export type SeverityModel = z.infer<typeof modelSchema>;

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

export const severityUnderreported = defineRule({
  id: "severity-underreported",
  meta: {
    description: "The declared severity is not below what the proposal's own content signals",
    defaultLevel: "error",
    docs: `Producers rarely apply their own heuristics: in one real corpus 1,231 of 1,331 proposals mention
production, yet 1,326 declare the default severity 6. This rule recomputes a severity floor from the
proposal text and fires when the declared severity is below it: an error when the floor is in the block
band, a warning in the review band. The finding names the signal and sits where it matched (in json, on the
proposal's line).

Signals (option \`signals\`) are keywords (case-insensitive substrings) or regular expressions, each with a
floor; the highest matching floor counts. The default is the producer's own heuristic: \`[fsar_block]\` 50,
"irreversible" or "data loss" 48, \`[fsar_review]\` 30. The option \`model\` adds a likelihood × damage ×
reversibility score with keyword triggers; \`fsar:strict\` sets it to the enhanced gate's model (start at 3, 3, 2;
delete, drop, irreversible, permanent, production or payment: 4, 4, 3; "data" with delete or loss: damage 5,
reversibility 3; money, payment or billing: 4, 4; deploy, release or publish: reversibility 2; \`[fsar_block]\`:
5, 5, 3). A proposal mentioning production and payment scores 4 × 4 × 3 = 48.

Example:

\`\`\`yaml
rules:
  severity-underreported: [error, { signals: [{ keywords: ["drop table"], floor: 45 }] }]
\`\`\`

\`\`\`
- severity: 6
...
Step 3 is irreversible once the data is migrated.
  12:9  error  the proposal mentions "irreversible" (severity floor 48) but the report declares severity 6; 48 is in the block band (>= 45)  severity-underreported
\`\`\``,
    messages: {
      belowFloor: "the proposal {signal} but the report declares severity {severity}; {floor} is in the {band} band (>= {threshold})",
    },
    options: z
      .object({
        signals: z.array(signalSchema).default(PRODUCER_SIGNALS).describe("Keyword or regex signals, each with a severity floor"),
        model: modelSchema.nullable().default(null).describe("A likelihood × damage × reversibility model with keyword triggers, or null"),
      })
      .strict(),
  },
  check(record, { signals, model }, { severity, text }) {
    const byKeyword = keywordFloor(text, signals);
    const byModel = model ? modelFloor(text, model) : null;
    const found = byModel && (!byKeyword || byModel.floor > byKeyword.floor) ? byModel : byKeyword;
    if (!found || record.severity >= found.floor) return [];
    const band = severityBand(found.floor, severity);
    if (band === "low") return [];
    const threshold = band === "block" ? severity.block : severity.review;
    return [
      {
        messageId: "belowFloor",
        data: { signal: found.signal, severity: record.severity, floor: found.floor, band, threshold },
        line: found.at.line,
        column: found.at.column,
        level: band === "block" ? "error" : "warn",
      },
    ];
  },
});
