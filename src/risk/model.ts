import type { SeverityScale } from "../core/band.js";
import { lastOnly } from "../core/last-only.js";
import { compilePattern, compilePatternSet, type PatternSetMatch } from "../core/pattern.js";
import { compiledNow, compileNativePatterns } from "../core/native-regexp.js";
import { RISK_CATEGORIES, type RiskCategory } from "./categories.js";
import { buildHintAutomaton } from "./automaton.js";
import { foldCase, lowerAscii } from "./fold-case.js";
import { BUILT_IN_SIGNALS, type MatchSite, type SignalDefinition } from "./signals.js";
import { LIFEOS_TEMPLATE_LINES } from "./templates.js";

/** The scale signal weights are written on (the real gates' scale): the score is mapped from it onto the configured one. */
export const REFERENCE_SCALE: SeverityScale = { max: 75, review: 25, block: 45 };

/** A signal a user adds: an RE2 pattern (case-insensitive, `^`/`$` at line ends), linear-time on untrusted text. */
export interface UserSignal {
  id: string;
  category: RiskCategory;
  /** On the default scale (0–75: review from 25, block from 45). */
  weight: number;
  pattern: string;
  description?: string;
}

export interface RiskModelOptions {
  /** The configured severity scale; the score is placed on it band by band. */
  scale?: SeverityScale;
  /** Built-in signals by id: `false` switches one off, a number re-weights it (default scale). */
  signals?: Readonly<Record<string, number | false>>;
  /** Categories: `false` switches every signal of it off, a number multiplies its signals' weights. */
  categories?: Readonly<Partial<Record<RiskCategory, number | false>>>;
  /** More signals, on the RE2 engine. */
  add?: readonly UserSignal[];
  /** RE2 patterns: a line matching one is not evidence (another producer's template lines). */
  ignore?: readonly string[];
  /** Template lines of the known producer (`lifeos`, the default) or none. */
  templates?: "lifeos" | "none";
  /** Exact lines (trimmed) that are not evidence, e.g. learnt from a run with learnTemplateLines. */
  templateLines?: readonly string[];
}

interface ActiveSignal {
  id: string;
  category: RiskCategory;
  weight: number;
  description: string;
  refine?: SignalDefinition["refine"];
  prose?: true;
  statement?: true;
  removal?: true;
  namesFile?: true;
  subject?: SignalDefinition["subject"];
  /** What a refined weight (written for the built-in weight) is multiplied by: the re-weighting. */
  scaleBy: number;
}

/** A compiled model: every signal in one pattern set, read in one pass. */
export interface RiskModel {
  readonly scale: SeverityScale;
  /** The options it was built from (plain data): what a cached assessment depends on. */
  readonly settings: RiskModelOptions;
  readonly signals: readonly ActiveSignal[];
  /** The built-in signals' matches, in text order, each with its index into `signals`. */
  readonly scan: (text: string) => PatternSetMatch[];
  readonly isTemplateLine: (line: string) => boolean;
  /** What the learned words weigh (default scale), or null when they are switched off. */
  readonly learnedWeight: number | null;
}

/**
 * The learned words: not a pattern but weights learnt from labelled reports (learned.ts), read only where no signal
 * reached review. Switched off or re-weighted by its id like a signal.
 */
export const LEARNED_SIGNAL = {
  id: "learned-words",
  weight: 26,
  description: "words and word pairs of plans reviewers stopped at, learnt from labelled reports; read where no signal reached review, never a block",
} as const;

/** The built-in id of every signal, for config validation and docs. */
export const BUILT_IN_SIGNAL_IDS: readonly string[] = [...BUILT_IN_SIGNALS.map((signal) => signal.id), LEARNED_SIGNAL.id];

type Scan = (text: string) => PatternSetMatch[];

// From this many texts on, a run has shown itself long and the patterns made at load are compiled to machine code
// (native-regexp.ts). Instructions against compiling none: 1 report -1%, 12 -10%, 40 -10%, the corpus -7%.
const NATIVE_AFTER_TEXTS = 20;

/**
 * Reads the built-in signals (every one of them) with the user patterns after them: built-in signal `i` is at
 * index `i` of the built-ins the model keeps, user signal `k` follows them.
 */
function scanWith(builtIn: readonly SignalDefinition[], userSet: Scan, userOffset: number): Scan {
  // Every built-in match holds one of its signal's hints: one pass of one automaton over the text finds the lines
  // and the signals worth trying there, and only those are matched.
  const hints = new Map<string, number[]>();
  builtIn.forEach((signal, position) => {
    for (const hint of signal.hints) {
      const positions = hints.get(hint);
      if (positions === undefined) hints.set(hint, [position]);
      else positions.push(position);
    }
  });
  const automaton = buildHintAutomaton(hints, builtIn.length);
  // Made when first needed: a text hints at few signals, and each pattern costs a parse to make. Matched on the
  // text with its ASCII lowercased, without the `i` flag that doubles what compiling them costs (fold-case.ts).
  const patterns: RegExp[] = [];
  let texts = 0;
  return (text) => {
    if (++texts === NATIVE_AFTER_TEXTS) compileNativePatterns();
    const matches: PatternSetMatch[] = [];
    let lowered: string | undefined;
    /** Adds the matches of built-in signal `position` on a (lowercased) line that starts at `start` in the text. */
    const matchLine = (position: number, line: string, start: number): void => {
      const pattern = (patterns[position] ??= compiledNow(new RegExp(foldCase(builtIn[position]!.pattern), "gm")));
      pattern.lastIndex = 0;
      for (let match = pattern.exec(line); match !== null; match = pattern.exec(line)) {
        matches.push({ pattern: position, start: start + match.index, end: start + match.index + match[0].length });
        if (match[0] === "") pattern.lastIndex++;
      }
    };
    // A subject's words are common ("email"): the lines they are on are kept, to be judged together once.
    let subjectLines: Map<number, { start: number; line: string }[]> | undefined;
    automaton.lines(text, (lineStart, lineEnd, candidates) => {
      lowered ??= lowerAscii(text);
      const line = lowered.slice(lineStart, lineEnd);
      for (const position of candidates) {
        if (builtIn[position]!.subject) {
          subjectLines ??= new Map();
          let lines = subjectLines.get(position);
          if (lines === undefined) subjectLines.set(position, (lines = []));
          lines.push({ start: lineStart, line });
          continue;
        }
        matchLine(position, line, lineStart);
      }
    });
    for (const [position, lines] of subjectLines ?? []) {
      if (builtIn[position]!.subject!(lines.map(({ line }) => line))) for (const { start, line } of lines) matchLine(position, line, start);
    }
    for (const match of userSet(text)) matches.push({ ...match, pattern: userOffset + match.pattern });
    return matches.sort((a, b) => a.start - b.start || a.pattern - b.pattern);
  };
}

// Models differ in scale and weights more often than in the signals they read (the default model, the config's,
// each rule's on its scale): those reading the same signals share one scanner, built when it is first used.
const scanners = new Map<string, Scan>();

function sharedScan(builtIn: readonly SignalDefinition[], userSources: readonly string[]): Scan {
  // Compiled now, so that a user pattern at fault is named when the model is built.
  const userSet = compilePatternSet(userSources);
  const key = JSON.stringify([builtIn.map((signal) => signal.id), userSources]);
  return (text) => {
    let scan = scanners.get(key);
    // Twins hold the same proposal: the second is read from what the first found.
    if (!scan) scanners.set(key, (scan = lastOnly(scanWith(builtIn, userSet, builtIn.length))));
    return scan(text);
  };
}

function learnedWeight(setting: number | false | undefined): number | null {
  return setting === false ? null : (setting ?? LEARNED_SIGNAL.weight);
}

/** Builds a model from options; throws an Error naming a user pattern that does not compile. */
export function createRiskModel(options: RiskModelOptions = {}): RiskModel {
  const signals: ActiveSignal[] = [];
  const builtIn: SignalDefinition[] = [];
  const userSources: string[] = [];
  const factor = (category: RiskCategory): number | false => options.categories?.[category] ?? 1;
  for (const signal of BUILT_IN_SIGNALS) {
    const setting = options.signals?.[signal.id];
    const categoryFactor = factor(signal.category);
    if (setting === false || categoryFactor === false) continue;
    builtIn.push(signal);
    const weight = (setting ?? signal.weight) * categoryFactor;
    signals.push({ ...signal, weight, scaleBy: weight / signal.weight });
  }
  for (const signal of options.add ?? []) {
    const categoryFactor = factor(signal.category);
    if (categoryFactor === false) continue;
    userSources.push(signal.pattern);
    signals.push({ id: signal.id, category: signal.category, weight: signal.weight * categoryFactor, scaleBy: 1, description: signal.description ?? `matches ${signal.pattern}` });
  }
  const ignore = (options.ignore ?? []).map((source) => compilePattern(source, "i"));
  const exact = new Set(options.templateLines ?? []);
  const producer = options.templates === "none" ? [] : LIFEOS_TEMPLATE_LINES;
  return {
    scale: options.scale ?? REFERENCE_SCALE,
    settings: options,
    signals,
    scan: sharedScan(builtIn, userSources),
    learnedWeight: learnedWeight(options.signals?.[LEARNED_SIGNAL.id]),
    isTemplateLine(line) {
      const trimmed = line.trim();
      return exact.has(trimmed) || producer.some((template) => template.test(trimmed)) || ignore.some((pattern) => pattern.firstMatch(line) !== -1);
    },
  };
}

export const DEFAULT_RISK_MODEL: RiskModel = createRiskModel();

export { RISK_CATEGORIES };
export type { MatchSite };
