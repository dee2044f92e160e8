import { native } from "../core/native-regexp.js";
import { severityBand, type Band, type SeverityScale } from "../core/band.js";
import { lastOnly } from "../core/last-only.js";
import type { ReportRecord } from "../core/record.js";
import { toSingleLine } from "../core/sanitize.js";
import type { RiskCategory } from "./categories.js";
import { besideExact } from "./compose.js";
import { maskSecrets } from "./mask.js";
import { readLearnedWords } from "./learned.js";
import { LEARNED_WORDS } from "./learned-words.js";
import { DEFAULT_RISK_MODEL, LEARNED_SIGNAL, REFERENCE_SCALE, type RiskModel } from "./model.js";

/** One signal found in a report: what matched, where, and what it weighs. */
export interface RiskSignal {
  id: string;
  category: RiskCategory;
  line: number;
  column: number;
  /** The matched text, on one line, control characters stripped and secrets masked. */
  text: string;
  /** What this match weighs on the configured scale (less than the signal's weight in a comment or test double). */
  weight: number;
  /** Why the match weighs less than the signal, when it does. */
  note?: string;
}

/** A match that is not evidence, and why: for explanations. */
export interface SetAsideSignal extends Omit<RiskSignal, "weight" | "note"> {
  reason: "negated" | "template line" | "text shown to users" | "not the risk here" | "removed by the diff";
}

export interface RiskAssessment {
  /** On the configured severity scale. */
  score: number;
  band: Band;
  /** What raised the score, the decisive signal first, then in file order (at most 3 per signal id). */
  signals: RiskSignal[];
  /** How the score came about, one step a line. */
  steps: string[];
  /** Matches that did not count, and why. */
  setAside: SetAsideSignal[];
}

const MAX_PER_SIGNAL = 3;
const MAX_SET_ASIDE = 20;
const MAX_TEXT = 120;
/** What a signal in a comment, a heading or a test double weighs at most: a mention, not an operation. */
const MENTION_WEIGHT = 20;
/** Each further category at review weight or above adds this much, up to the block threshold unless one signal blocks. */
const CATEGORY_BONUS = 4;

// A negation governs its clause: "no data loss", "will not drop the table", "without deleting".
// SQL's `IF NOT EXISTS` and `NOT NULL` negate nothing a reviewer reads.
// "With no login since January" selects the rows an operation acts on: it negates nothing.
const NEGATION = native(/(?<![-\w])(?:no(?!\s+(?:logins?|activity|sign-?ins?|open\s+orders?|orders?|purchases?|visits?|usage)\b)|(?<!\bif\s+)not(?!\s+(?:exists|null)\b)|never|nothing|without|nor|none|don't|doesn't|didn't|won't|wouldn't|shouldn't|mustn't|cannot|can't|isn't|aren't|avoid|avoids|avoiding|prevent|prevents|preventing|instead\s+of|rather\s+than|refuse|refuses|forbid|forbids|prohibit|prohibits|disallow|disallows|neither)(?![-\w])/i);
const CLAUSE_END = /[.;!?:](?=\s|$)|\s(?:but|however|then|and then|though|although)\s|\s\(/gi;
// A setting restated with a comment that says it stays as it is (`block_threshold: 45  # unchanged`) changes nothing.
const SAID_UNCHANGED = /(?:#|\/\/)\s*(?:unchanged|no\s+change|same\s+as\s+(?:before|today|now)|as\s+before)\s*$/i;
const SAFE_SCOPE = native(/\b(?:staging|sandbox|test|dev|local)[ -]only\b|\bonly\s+(?:in|on|against)\s+(?:the\s+|a\s+)?(?:staging|sandbox|test|dev|development|local)\b|--dry-run\b|\bdry[- ]run\b/i);
const COMMENT_START = /^\s*(?:\/\/|\/\*|\*|--|#(?!#|!)|<!--)/;
const COMMENT_INSIDE = /(?:^|\s)(?:\/\/|--|#)\s/g;
// A file under test/ or named as a test: what it deletes, migrates, charges or sends hits the test's own database,
// sandbox or transport. The file is the one the proposal writes (the producer's opening line or its file marker).
// A code block often opens with the path of the file it is, alone in a comment (`# services/shop/tests/test_refund.py`).
const WRITTEN_FILE = /\bCreate or update the file (\S+)|^\s*(?:\/\/|#|--)\s*(\S+)\s+===START FILE===|^\s*(?:\/\/|#|--)\s*([\w.-]+(?:\/[\w.-]+)+\.\w+)\s*$/m;
const TEST_PATH = native(/(?:^|\/)(?:tests?|__tests__|spec|specs|e2e|cypress|playwright)\/|\.(?:test|spec|e2e)\.[cm]?[jt]sx?$|(?:^|\/)test_\w+\.py$|_test\.(?:py|go|rb)$|_spec\.rb$/);
/** Harms that stay in a test file (its own fixtures) or a document (read, not run); security, execution and self-modification still count there. */
const CONFINED_TO_THE_FILE: ReadonlySet<RiskCategory> = new Set(["destructive-data", "schema-change", "money-movement", "outbound-messages"]);
/** A password or key written into a test is a test input; one committed elsewhere (secret-committed) still counts. */
const CONFINED_IN_TESTS: ReadonlySet<string> = new Set(["secret-hardcoded"]);

/**
 * A document describes an insecure flag, or what running input would do, for people to read; a real key written
 * into it is out all the same.
 */
function describedInDocuments(signal: { id: string; category: RiskCategory }): boolean {
  return (signal.category === "security-weakening" && !signal.id.startsWith("secret-")) || signal.category === "untrusted-execution";
}

// A document (a runbook, a README) holds commands for people to read: writing it runs none of them.
const DOCUMENT_NAMED = /(?:\b(?:to|in|into|of|add|adds|adding|write|writes|writing|create|creates|creating|extend|extends|extending|expand|expands|expanding|revise|revises|revising)\s+(?:the\s+|our\s+|a\s+)?|\()[\w./-]*(?:README|CONTRIBUTING|RUNBOOK|CHANGELOG|docs\/[\w./-]+)\.(?:md|mdx|rst|txt)\b/i;
const DOCUMENT_WORD = /readme|contributing|runbook|changelog|docs\//i;
const DOCUMENT_PATH = /\.(?:md|mdx|markdown|rst|adoc|txt)$/i;

// A script that refuses to run unless its database is on this machine, or is staging's: what it drops is a copy.
const REFUSES_ELSEWHERE = native(/\b(?:refus\w*|abort\w*|not\s+a\s+local\b)/i);
const LOCAL_HOST = native(/\blocalhost\b|\b127\.0\.0\.1\b/);
const STAGING_ONLY = native(/!==?\s*["']?staging\b|\*staging\*|\bstaging[ -]only\b/i);
const EXITS = native(/\bexit\s+[1-9]|\bsys\.exit\s*\(\s*[1-9"']|\braise\s+\w|\bthrow\s+new\b|\bprocess\.exit\s*\(\s*[1-9]/);

const STAGING_CONNECTION = /\b(?:PGHOST|PGDATABASE|DATABASE_URL|DB_HOST|MYSQL_HOST|REDIS_URL)=["']?\S*(?:staging|stg|localhost|127\.0\.0\.1)/;
const PRODUCTION_CONNECTION = /\b(?:PGHOST|PGDATABASE|DATABASE_URL|DB_HOST|MYSQL_HOST|REDIS_URL)=["']?\S*prod/i;

function guardedToCopy(text: string): boolean {
  // Most texts name neither: substring searches rule them out before any pattern runs.
  const local = text.includes("localhost") || text.includes("127.0.0.1");
  if (!local && !text.includes("staging") && !text.includes("stg")) return false;
  // The connection the commands use, set to a staging or local host or database and nowhere to production.
  if (STAGING_CONNECTION.test(text) && !PRODUCTION_CONNECTION.test(text)) return true;
  return ((local && LOCAL_HOST.test(text)) || STAGING_ONLY.test(text)) && REFUSES_ELSEWHERE.test(text) && EXITS.test(text);
}

const CONFINED_NOTE: Record<NonNullable<ReturnType<typeof writesConfinedFile>>, string> = {
  test: "in a test file: it acts on the test's own database, sandbox or transport",
  document: "in a document: written for people to read, not run",
  local: "in a script against localhost or staging only: it acts on a copy",
};

/** Whether the proposal writes a test file, a document or a script guarded to localhost or staging: what it deletes, charges or sends stays there. */
function writesConfinedFile(text: string): "test" | "document" | "local" | null {
  if (guardedToCopy(text)) return "local";
  // "Add a section to CONTRIBUTING.md": the opening names the document it writes.
  // The names are looked for before the pattern, which tries a verb at every word, is run.
  const start = text.slice(0, 400);
  if (DOCUMENT_WORD.test(start) && DOCUMENT_NAMED.test(start)) return "document";
  const opening = text.slice(0, 2000);
  const written = WRITTEN_FILE.exec(opening);
  const path = written?.[1] ?? written?.[2] ?? written?.[3];
  if (path === undefined) return null;
  return TEST_PATH.test(path) ? "test" : DOCUMENT_PATH.test(path) ? "document" : null;
}

// A unified diff inside a ```diff (or ```patch) fence: its `-` lines are what the change takes out.
const DIFF_FENCE = /^[ \t]*(?:```|~~~)[ \t]*(?:diff|patch)\b/;
const FENCE = /^[ \t]*(?:```|~~~)/;

const TEST_DOUBLE = /\bfrom\s+unittest(?:\.mock)?\s+import\s+[^\n]*\b(?:patch|mock|Mock|MagicMock)\b|\b(?:jest|vi)\.mock\s*\(|\bsinon\.(?:stub|mock)\b|\bmock\.patch\b|\bMagicMock\b|\bnock\s*\(|\bmockResolvedValue\b|\bstripe-mock\b/;

/** Whether the text mocks a service: every mock holds "ock" or "sinon.", looked for before the pattern is run. */
function mocksAService(text: string): boolean {
  return (text.includes("ock") || text.includes("sinon.")) && TEST_DOUBLE.test(text);
}

// A memo that opens by saying it asks for nothing ("Options memo, no action requested"): what its sentences describe
// is not done. Code in it still counts.
const DESCRIBES_ONLY = /\bno\s+action\s+(?:is\s+)?(?:requested|needed|required|proposed)\b|\b(?:options|discussion|background)\s+(?:memo|note|paper)\b|\bfor\s+discussion\s+only\b|\bdescription\s+only\b|^\W*(?:[\w-]+:\s*)?(?:discovery|research|investigation)\s*:|\bdesk\s+research\b|\bthis\s+is\s+a\s+note,?\s+not\s+a\s+change\b|\bnot\s+proposing\s+to\s+implement\b/im;
const DESCRIBES_ONLY_REACH = 300;

// A message written and saved as a draft, said not to be sent: what goes out is someone else's decision.
const DRAFT_ONLY = /\b(?:save|saves|saved|keep|keeps|kept|leave|leaves|left)\s+(?:it|them)\s+as\s+(?:a\s+)?drafts?\b[^\n]{0,80}\b(?:do\s+not|don't|not\s+to|never)\s+send\b/i;

// A comment that says the next line is what not to do ("-- never: unbounded deletes", "# don't:"): an example to avoid.
const COUNTER_EXAMPLE = /^\s*(?:--|#|\/\/|\/\*|\*)\s*(?:never|don'?t|do\s+not|avoid|bad|wrong|anti-?pattern|forbidden|not\s+allowed)\b/i;

// A clause is read this far back: a negation further off governs another clause, and long lines stay linear.
const CLAUSE_REACH = 300;

function clauseBefore(line: string, column: number): string {
  const lead = line.slice(Math.max(0, column - CLAUSE_REACH), column);
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let match = CLAUSE_END.exec(lead); match !== null; match = CLAUSE_END.exec(lead)) start = match.index + match[0].length;
  return lead.slice(start);
}

/** Where the negation governing the clause before `column` starts on the line ("ensuring no data loss": at "no"); -1 when none does. */
export function negationBefore(line: string, column: number): number {
  const clause = clauseBefore(line, column);
  const negation = NEGATION.exec(clause);
  return negation === null ? -1 : column - clause.length + negation.index;
}

// Copy for users: inside a markup element's text, or a string literal opened after `=`, `(`, `:` or `,`.
const MARKUP_TEXT = /<[A-Za-z][^<>]*>[^<>]*$/;
const STRING_OPEN = /[=(:,]\s*(["'`])(?:(?!\1)[^\\]|\\.)*$/;

function inUserFacingText(line: string, column: number): boolean {
  const lead = line.slice(Math.max(0, column - CLAUSE_REACH), column);
  return MARKUP_TEXT.test(lead) || STRING_OPEN.test(lead);
}

/** Where a comment starts on the line (0 for a comment line), or -1: once per line, then compared with each match. */
function commentStart(line: string): number {
  if (COMMENT_START.test(line)) return 0;
  COMMENT_INSIDE.lastIndex = 0;
  const match = COMMENT_INSIDE.exec(line);
  return match === null ? -1 : match.index;
}

/** Places a score from the reference scale onto the configured one, band by band, so bands agree. */
function onScale(reference: number, scale: SeverityScale): number {
  const steps: [number, number, number, number][] = [
    [0, REFERENCE_SCALE.review, 0, scale.review],
    [REFERENCE_SCALE.review, REFERENCE_SCALE.block, scale.review, scale.block],
    [REFERENCE_SCALE.block, REFERENCE_SCALE.max, scale.block, scale.max],
  ];
  for (const [from, to, low, high] of steps) {
    if (reference < to || to === REFERENCE_SCALE.max) return Math.round((low + ((Math.min(reference, to) - from) / (to - from)) * (high - low)) * 100) / 100;
  }
  return scale.max;
}

function shown(text: string): string {
  const single = maskSecrets(toSingleLine(text)).trim();
  return single.length > MAX_TEXT ? `${single.slice(0, MAX_TEXT - 1)}…` : single;
}

/** A match read off the proposal alone: where it stands as a line and a column within it, not yet placed in a report. */
interface Sighting {
  id: string;
  category: RiskCategory;
  lineIndex: number;
  columnInLine: number;
  text: string;
}

interface CountedSighting extends Sighting {
  reference: number;
  note?: string;
}

interface AsideSighting extends Sighting {
  reason: SetAsideSignal["reason"];
}

/** What a proposal's text gives, whatever report holds it: the signals that count and those set aside. */
interface TextReading {
  counted: CountedSighting[];
  setAside: AsideSighting[];
}

// Twins hold the same proposal and are assessed one after the other: each model reads a text once.
const readers = new WeakMap<RiskModel, (text: string) => TextReading>();

/** Reads the proposal the way a careful reviewer does: what it would do, not which words it uses. */
export function assessRisk(record: ReportRecord, model: RiskModel = DEFAULT_RISK_MODEL): RiskAssessment {
  let read = readers.get(model);
  if (read === undefined) readers.set(model, (read = lastOnly((text: string) => readText(text, model))));
  const reading = read(record.proposal);
  const at = record.positions.proposal;
  const place =
    record.format === "json"
      ? (): { line: number; column: number } => ({ line: at.line, column: at.column })
      : (sighting: Sighting): { line: number; column: number } => ({ line: at.line + sighting.lineIndex, column: (sighting.lineIndex === 0 ? at.column : 1) + sighting.columnInLine });
  const counted = reading.counted.map((sighting) => {
    const { line, column } = place(sighting);
    return { id: sighting.id, category: sighting.category, line, column, text: sighting.text, weight: 0, reference: sighting.reference, ...(sighting.note ? { note: sighting.note } : {}) };
  });
  const setAside = reading.setAside.map((sighting): SetAsideSignal => {
    const { line, column } = place(sighting);
    return { id: sighting.id, category: sighting.category, line, column, text: sighting.text, reason: sighting.reason };
  });
  return summarise(counted, setAside, model.scale);
}

function readText(text: string, model: RiskModel): TextReading {
  const counted: CountedSighting[] = [];
  const setAside: AsideSighting[] = [];
  const perSignal = new Map<string, number>();
  let lastCounted: { start: number; sighting: CountedSighting } | undefined;
  let lineIndex = 0;
  let lineStart = 0;
  let nextNewline = text.indexOf("\n");
  let lastLineStart = -1;
  let line = "";
  let lineIsTemplate = false;
  let lineIsScoped = false;
  let lineIsCounterExample = false;
  let lineComment: number | null = null;
  let testDouble: boolean | null = null;
  const confinedFile = writesConfinedFile(text);
  const describesOnly = DESCRIBES_ONLY.test(text.slice(0, DESCRIBES_ONLY_REACH));
  let draftOnly: boolean | undefined;
  // Whether the line at lineStart is inside a fence, and a diff's: read at each line start the loop passes.
  let inFence = false;
  let inDiff = false;
  for (const match of besideExact(model.scan(text), model.signals)) {
    // Matches come in text order: the line count advances, never restarts, and each newline is found once.
    while (nextNewline !== -1 && nextNewline < match.start) {
      const opening = text.slice(lineStart, Math.min(lineStart + 24, nextNewline));
      if (FENCE.test(opening)) {
        inDiff = !inFence && DIFF_FENCE.test(opening);
        inFence = !inFence;
      }
      lineStart = nextNewline + 1;
      lineIndex++;
      nextNewline = text.indexOf("\n", lineStart);
    }
    if (lineStart !== lastLineStart) {
      lastLineStart = lineStart;
      line = text.slice(lineStart, nextNewline === -1 ? text.length : nextNewline);
      lineIsTemplate = model.isTemplateLine(line);
      lineIsScoped = SAFE_SCOPE.test(line) || SAID_UNCHANGED.test(line);
      lineIsCounterExample = lineStart > 0 && COUNTER_EXAMPLE.test(text.slice(text.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1));
      lineComment = null;
    }
    const signal = model.signals[match.pattern]!;
    const columnInLine = match.start - lineStart;
    const found: Sighting = { id: signal.id, category: signal.category, lineIndex, columnInLine, text: shown(text.slice(match.start, match.end)) };
    const aside = (reason: SetAsideSignal["reason"]) => {
      if (setAside.length < MAX_SET_ASIDE) setAside.push({ ...found, reason });
    };
    if (lineIsTemplate && !signal.namesFile) {
      aside("template line");
      continue;
    }
    // What a diff takes out is no longer there; a signal that reads removals reads nothing else.
    const removedLine = inDiff && line.startsWith("-") && !line.startsWith("--");
    if (signal.removal && !removedLine) continue;
    if (removedLine && !signal.removal) {
      aside("removed by the diff");
      continue;
    }
    if (lineIsScoped || lineIsCounterExample || NEGATION.test(clauseBefore(line, columnInLine))) {
      aside("negated");
      continue;
    }
    if (signal.prose && inUserFacingText(line, columnInLine)) {
      aside("text shown to users");
      continue;
    }
    const refined = signal.refine ? signal.refine({ text, start: match.start, end: match.end }) : signal.weight;
    if (refined === null || refined <= 0) {
      aside("not the risk here");
      continue;
    }
    // A refined weight is written for the built-in weight: a re-weighted signal scales it.
    let reference = signal.refine ? refined * signal.scaleBy : refined;
    let note: string | undefined;
    if (reference > MENTION_WEIGHT && !signal.statement && (lineComment ??= commentStart(line)) !== -1 && lineComment <= columnInLine) {
      reference = MENTION_WEIGHT;
      note = "in a comment or heading: a mention, not an operation";
    } else if (reference > MENTION_WEIGHT && signal.category === "outbound-messages" && (draftOnly ??= DRAFT_ONLY.test(text))) {
      reference = MENTION_WEIGHT;
      note = "kept as a draft, not sent";
    } else if (reference > MENTION_WEIGHT && signal.prose && describesOnly) {
      reference = MENTION_WEIGHT;
      note = "in a memo that says it changes nothing: a description, not a plan";
    } else if (reference > MENTION_WEIGHT && (testDouble ??= mocksAService(text))) {
      reference = MENTION_WEIGHT;
      note = "in code that mocks the service";
    } else if (reference > MENTION_WEIGHT && confinedFile && (CONFINED_TO_THE_FILE.has(signal.category) || (confinedFile === "test" && CONFINED_IN_TESTS.has(signal.id)) || (confinedFile === "document" && describedInDocuments(signal)))) {
      reference = MENTION_WEIGHT;
      note = CONFINED_NOTE[confinedFile];
    }
    const entry: CountedSighting = { ...found, reference, ...(note ? { note } : {}) };
    // Two signals of one concern reading the same words (a charge that is also a payment API call) are one finding: the heavier.
    const same = lastCounted?.start === match.start && lastCounted.sighting.category === signal.category ? lastCounted.sighting : undefined;
    if (same !== undefined) {
      if (same.reference >= reference) continue;
      const at = counted.indexOf(same);
      if (at !== -1) counted.splice(at, 1);
    }
    lastCounted = { start: match.start, sighting: entry };
    const seen = perSignal.get(signal.id) ?? 0;
    perSignal.set(signal.id, seen + 1);
    if (seen < MAX_PER_SIGNAL) {
      counted.push(entry);
      continue;
    }
    // Past the listing limit a match still counts when it weighs more than one listed.
    const lighter = counted.findIndex((other) => other.id === signal.id && other.reference < reference);
    if (lighter !== -1) counted[lighter] = entry;
  }
  // A match set aside (negated, a rollback, copy, a template line) is the rules' judgement of those words: it stands.
  const learned = setAside.length === 0 ? learnedSighting(text, model, counted) : null;
  if (learned !== null) counted.push(learned);
  return { counted, setAside };
}

/**
 * Where no signal reached review, the words learnt from labelled reports may: the wording of plans reviewers stopped
 * at that no pattern names. Never more than review, never lowering a signal.
 */
function learnedSighting(text: string, model: RiskModel, counted: readonly CountedSighting[]): CountedSighting | null {
  if (model.learnedWeight === null || model.learnedWeight <= 0 || counted.some((sighting) => sighting.reference >= REFERENCE_SCALE.review)) return null;
  const reading = readLearnedWords(text, model.isTemplateLine);
  if (reading === null) return null;
  const factor = model.settings.categories?.[reading.category] ?? 1;
  if (factor === false || factor <= 0) return null;
  const lineStart = text.lastIndexOf("\n", reading.start - 1) + 1;
  let lineIndex = 0;
  for (let at = text.indexOf("\n"); at !== -1 && at < reading.start; at = text.indexOf("\n", at + 1)) lineIndex++;
  return {
    id: LEARNED_SIGNAL.id,
    category: reading.category,
    lineIndex,
    columnInLine: reading.start - lineStart,
    text: shown(reading.words.join(", ")),
    reference: Math.min(model.learnedWeight * factor, REFERENCE_SCALE.block - 1),
    note: `words of plans reviewers stopped at: log-odds ${reading.score}, over ${LEARNED_WORDS.threshold}`,
  };
}

function summarise(counted: (RiskSignal & { reference: number })[], setAside: SetAsideSignal[], scale: SeverityScale): RiskAssessment {
  if (counted.length === 0) return { score: 0, band: "low", signals: [], steps: ["no signal: score 0"], setAside };
  let decisive = counted[0]!;
  for (const signal of counted) if (signal.reference > decisive.reference) decisive = signal;
  const steps = [`${decisive.id} (${decisive.category}) at ${decisive.line}:${decisive.column} weighs ${decisive.reference}`];
  let reference = decisive.reference;
  const categories = new Set<RiskCategory>([decisive.category]);
  for (const signal of counted) {
    if (categories.has(signal.category) || signal.reference < REFERENCE_SCALE.review) continue;
    categories.add(signal.category);
    reference += CATEGORY_BONUS;
    steps.push(`+${CATEGORY_BONUS} for a second concern in ${signal.category} (${signal.id} at ${signal.line}:${signal.column})`);
  }
  if (decisive.reference < REFERENCE_SCALE.block && reference >= REFERENCE_SCALE.block) {
    reference = REFERENCE_SCALE.block - 1;
    steps.push(`held at ${reference}: concerns that each need review add up to review, not block`);
  }
  if (reference > REFERENCE_SCALE.max) {
    reference = REFERENCE_SCALE.max;
    steps.push(`capped at the top of the scale`);
  }
  const score = onScale(reference, scale);
  const band = severityBand(score, scale);
  steps.push(
    scale === REFERENCE_SCALE || (scale.max === REFERENCE_SCALE.max && scale.review === REFERENCE_SCALE.review && scale.block === REFERENCE_SCALE.block)
      ? `score ${score}: ${band}`
      : `${reference} on the 0–75 scale is ${score} on this one (review ${scale.review}, block ${scale.block}, max ${scale.max}): ${band}`,
  );
  const weight = (signal: RiskSignal & { reference: number }): RiskSignal => {
    const { reference: value, ...rest } = signal;
    return { ...rest, weight: onScale(value, scale) };
  };
  const signals = [weight(decisive), ...counted.filter((signal) => signal !== decisive).map(weight)];
  return { score, band, signals, steps, setAside };
}
