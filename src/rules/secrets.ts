import { z } from "zod";
import type { RuleFinding } from "../core/finding.js";
import { placeOffset, type ReportText } from "../core/report-text.js";
import { defineRule } from "../core/rule.js";

/**
 * One credential shape. `secret` is the capture group holding the secret part (judged for placeholders);
 * `mask` renders the match with the secret replaced, so no output ever carries it.
 */
interface SecretShape {
  kind: string;
  /** Lowercase strings one of which every match contains: a cheap test before the pattern runs. */
  hints: readonly string[];
  /**
   * How many characters before the hint it holds a match can start (the most its pattern allows there), and
   * which characters those can be: the pattern is tried only at those places, never along a whole line.
   */
  lead: number;
  leadCharacter?: (code: number) => boolean;
  /** Sticky: tried at one place at a time. One that starts with \b starts with a word character: it is tried only where a word starts. */
  pattern: RegExp;
  secret: number;
  /** The group of a user name: a secret equal to it is a local service's default login (postgres:postgres), a placeholder. */
  user?: number;
  mask: (match: RegExpExecArray) => string;
}

const MASK = "****";

/** Whether a character code is one of \w (ASCII letters, digits, _); NaN (outside the text) is not. */
function isWordCharacter(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** A character of a URL scheme: a letter, digit, +, . or -. */
function isSchemeCharacter(code: number): boolean {
  return isWordCharacter(code) ? code !== 95 : code === 43 || code === 46 || code === 45;
}

// Every quantifier is bounded or over a class that cannot overlap its neighbour: linear on any line.
export const SECRET_SHAPES: readonly SecretShape[] = [
  { kind: "private key block", hints: ["-----begin"], lead: 0, pattern: /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----/y, secret: 0, mask: (m) => m[0] },
  { kind: "live payment key", hints: ["_live_"], lead: 2, pattern: /\b((?:sk|rk)_live_)([0-9A-Za-z]{10,256})/y, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "payment webhook secret", hints: ["whsec_"], lead: 0, pattern: /\b(whsec_)([0-9A-Za-z]{16,256})/y, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "cloud access key", hints: ["akia", "asia"], lead: 0, pattern: /\b((?:AKIA|ASIA))([0-9A-Z]{16})\b/y, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "cloud API key", hints: ["aiza"], lead: 0, pattern: /\b(AIza)([0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/y, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  {
    kind: "access token",
    hints: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-"],
    lead: 0,
    pattern: /\b(gh[pousr]_|github_pat_|glpat-)([A-Za-z0-9_-]{20,256})/y,
    secret: 2,
    mask: (m) => `${m[1]}${MASK}`,
  },
  { kind: "access token", hints: ["xox"], lead: 0, pattern: /\b(xox[abprs]-)([A-Za-z0-9-]{10,256})/y, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "API secret key", hints: ["sk-"], lead: 0, pattern: /\b(sk-(?:proj-|ant-)?)([A-Za-z0-9_-]{20,256})/y, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "JSON web token", hints: ["eyj"], lead: 0, pattern: /\b(eyJ)([A-Za-z0-9_-]{8,2048}\.eyJ[A-Za-z0-9_-]{8,2048}\.[A-Za-z0-9_-]{8,2048})/y, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "URL with an inline password", hints: ["://"], lead: 21, leadCharacter: isSchemeCharacter, pattern: /\b([a-z][a-z0-9+.-]{1,20}:\/\/)([^\s:/@]{1,256}):([^\s@/]{1,256})@/iy, secret: 3, user: 2, mask: (m) => `${m[1]}${MASK}:${MASK}@` },
  {
    kind: "credential assignment",
    hints: ["password", "passwd", "secret", "api_key", "apikey", "token"],
    lead: 40,
    pattern: /\b([a-z0-9_]{0,40}(?:password|passwd|secret|api_?key|token)["']?\s{0,4}[:=]\s{0,4})(["'])([^"'\s]{4,256})\2/iy,
    secret: 3,
    mask: (m) => `${m[1]!.replace(/["']/g, "").replace(/\s+/g, "")}${MASK}`,
  },
  {
    kind: "credential assignment",
    hints: ["password", "passwd", "secret", "api_key", "apikey", "token"],
    lead: 40,
    pattern: /\b([A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|SECRET|API_?KEY|TOKEN)=)([^\s"'`]{8,256})/y,
    secret: 2,
    mask: (m) => `${m[1]}${MASK}`,
  },
];

// One pass finds every hint, where one includes() per hint would scan the text 23 times. It runs over the
// lowercased text the keyword rules share (no case folding per character), or, where lowercasing moved offsets,
// case-insensitively over the text itself. lastIndex steps one past each match start so overlapping hints of
// different shapes are all seen.
const HINT_SOURCE = [...new Set(SECRET_SHAPES.flatMap((shape) => shape.hints))].map((hint) => hint.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|");
const HINT_IN_LOWERCASE = new RegExp(HINT_SOURCE, "g");
const HINT_ANY_CASE = new RegExp(HINT_SOURCE, "gi");

/** A line of a record's joined text that holds hints, and where in it each shape's hints are. */
interface HintedLine {
  start: number;
  end: number;
  /** By index in SECRET_SHAPES: the places of that shape's hints in the line, in order (absent: none). */
  hintsByShape: Array<number[] | undefined>;
}

/** For each hint, the indexes in SECRET_SHAPES of the shapes it is a hint of. */
const SHAPES_BY_HINT = new Map<string, number[]>();
SECRET_SHAPES.forEach((shape, index) => {
  for (const hint of shape.hints) SHAPES_BY_HINT.set(hint, [...(SHAPES_BY_HINT.get(hint) ?? []), index]);
});

/** The lines holding hints: every match of a shape holds one of its hints, so no other line can hold a match. */
function scanHints(text: string, hint: RegExp): HintedLine[] {
  const lines: HintedLine[] = [];
  hint.lastIndex = 0;
  for (let match = hint.exec(text); match !== null; match = hint.exec(text)) {
    let line = lines[lines.length - 1];
    // Only a hint past the current line looks for its line's bounds: once per line, so a long line of hints stays linear.
    if (line === undefined || match.index > line.end) {
      const newline = text.indexOf("\n", match.index);
      line = { start: text.lastIndexOf("\n", match.index) + 1, end: newline === -1 ? text.length : newline, hintsByShape: [] };
      lines.push(line);
    }
    const lineStart = line.start;
    for (const shape of SHAPES_BY_HINT.get(match[0].toLowerCase())!) (line.hintsByShape[shape] ??= []).push(match.index - lineStart);
    hint.lastIndex = match.index + 1;
  }
  return lines;
}

/** The lines with hints, found once per text: an md report's json twin, audited next, shares them. */
function hintedLines(text: ReportText): HintedLine[] {
  const joined = text.joined();
  const lowered = text.lowered();
  return lowered.length === joined.text.length ? text.remember(HINT_IN_LOWERCASE, "hints", () => scanHints(lowered, HINT_IN_LOWERCASE)) : scanHints(joined.text, HINT_ANY_CASE);
}

/** The shapes whose pattern starts with \b. */
const startsAtBoundary = new Set(SECRET_SHAPES.filter((shape) => shape.pattern.source.startsWith("\\b")));

const PLACEHOLDER_VALUE =
  /^(?:password|passw0rd|pass|pwd|secret|changeme|change_me|example|dummy|placeholder|redacted|test|todo|none|null|admin|root|user|<[^>]*>|\$\{[^}]*\}|\$[a-z_][a-z0-9_]*|\{\{[^}]*\}\}|\*+|\.{3,}|x+)$/i;
const PLACEHOLDER_PART = /x{3,}|example|change[_-]?me|replace[_-]?me|fill[_-]?me|placeholder|your[_-]|redacted|dummy|fixture|fake|\.\.\./i;

/** Documentation values and template references: worth a warning (a habit to fix), not a leak. */
function isPlaceholder(secret: string): boolean {
  return PLACEHOLDER_VALUE.test(secret) || PLACEHOLDER_PART.test(secret) || /^(.)\1+$/.test(secret);
}

/** Two lists of disjoint intervals in order, merged in order. */
function mergeIntervals(a: ReadonlyArray<[number, number]>, b: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i]![0] < b[j]![0]) ? a[i++]! : b[j++]!);
  return merged;
}

export const secrets = defineRule({
  id: "secrets",
  meta: {
    description: "No credential-shaped strings anywhere in the report",
    defaultLevel: "error",
    // A credential in a committed file: "high" on GitHub's scale (7.0 to 8.9).
    securitySeverity: 8.0,
    docs: `Reports are committed, shared and pasted into tickets; a credential in one is a leak. Finds private-key
blocks, live payment keys (\`sk_live_\`, \`rk_live_\`, \`whsec_\`), cloud access keys (\`AKIA…\`, \`AIza…\`),
tokens (GitHub, GitLab, Slack, \`sk-…\` API keys, JSON web tokens), URLs with an inline password, and
\`password = "…"\`-style assignments, in every text field of the report. A real-looking secret is an error; a
placeholder (\`password\`, \`\${VAR}\`, \`$ENV\`, \`changeme\`, \`replace_me\`, \`xxx\`, \`example\`, a test's \`fixture\` or \`fake\`
value) is a warning.

No output ever carries the secret: the message names its kind and shows it masked, on the line where it is.

Example:

\`\`\`
Configure the client with sk_live_51H… before the launch.
  8:27  error  live payment key sk_live_**** in the proposal: revoke it and remove it from the report  secrets
postgres://user:password@localhost/app
  9:1   warn   placeholder URL with an inline password postgres://****:****@ in the proposal  secrets
\`\`\``,
    messages: {
      placeholder: "placeholder {kind} {masked} in the {field}",
      secret: "{kind} {masked} in the {field}: revoke it and remove it from the report",
    },
    options: () => z.object({}).strict(),
  },
  check(_record, _options, { text: reportText }) {
    const findings: Array<RuleFinding<"placeholder" | "secret">> = [];
    const joined = reportText.joined();
    for (const hinted of hintedLines(reportText)) {
      const text = joined.text.slice(hinted.start, hinted.end);
      // Matches kept by earlier shapes, disjoint and in order: each shape's matches come in order too, so one cursor
      // finds any overlap and one merge adds them, where a search of every kept match per match was quadratic.
      let taken: Array<[number, number]> = [];
      SECRET_SHAPES.forEach((shape, index) => {
        const hints = hinted.hintsByShape[index];
        if (hints === undefined) return;
        const wordStartsOnly = startsAtBoundary.has(shape);
        // The places a match can start, in order: within `lead` characters before each of the shape's hints, among
        // the lead characters that reach it. Tried one by one as a global search would reach them, they give the
        // same matches without scanning the line. `next` is the first place not yet tried that does not lie inside
        // a match found already.
        let next = 0;
        let cursor = 0;
        const added: Array<[number, number]> = [];
        const leadCharacter = shape.leadCharacter ?? isWordCharacter;
        for (const at of hints) {
          let earliest = at;
          while (earliest > next && earliest > at - shape.lead && leadCharacter(text.charCodeAt(earliest - 1))) earliest--;
          for (let start = Math.max(next, earliest); start <= at; start = Math.max(start + 1, next)) {
            if (wordStartsOnly && (isWordCharacter(text.charCodeAt(start - 1)) || !isWordCharacter(text.charCodeAt(start)))) continue;
            shape.pattern.lastIndex = start;
            const match = shape.pattern.exec(text);
            if (match === null) continue;
            const end = start + match[0].length;
            next = end;
            // A key inside an assignment or a URL is one finding, reported by the most specific shape.
            while (cursor < taken.length && taken[cursor]![1] <= start) cursor++;
            if (cursor < taken.length && taken[cursor]![0] < end) continue;
            added.push([start, end]);
            const { field, line, column } = placeOffset(joined, hinted.start + start, 0);
            const masked = shape.mask(match);
            const placeholder = shape.secret !== 0 && (isPlaceholder(match[shape.secret]!) || (shape.user !== undefined && match[shape.user] === match[shape.secret]));
            findings.push(
              placeholder
                ? { messageId: "placeholder", data: { kind: shape.kind, masked, field }, line, column, level: "warn" }
                : { messageId: "secret", data: { kind: shape.kind, masked, field }, line, column, level: "error" },
            );
          }
          next = Math.max(next, at + 1);
        }
        if (added.length > 0) taken = mergeIntervals(taken, added);
      });
    }
    return findings;
  },
});
