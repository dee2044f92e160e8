import { z } from "zod";
import type { RuleFinding } from "../core/finding.js";
import { joinedText, lastOnly, loweredOf, placeOffset, type JoinedText } from "../core/report-text.js";
import { defineRule } from "../core/rule.js";

/**
 * One credential shape. `secret` is the capture group holding the secret part (judged for placeholders);
 * `mask` renders the match with the secret replaced, so no output ever carries it.
 */
interface SecretShape {
  kind: string;
  /** Lowercase strings one of which every match contains: a cheap test before the pattern runs. */
  hints: readonly string[];
  pattern: RegExp;
  secret: number;
  mask: (match: RegExpExecArray) => string;
}

const MASK = "****";

// Every quantifier is bounded or over a class that cannot overlap its neighbour: linear on any line.
const SHAPES: readonly SecretShape[] = [
  { kind: "private key block", hints: ["-----begin"], pattern: /-----BEGIN ((?:[A-Z0-9]+ ){0,3})PRIVATE KEY(?: BLOCK)?-----/g, secret: 0, mask: (m) => m[0] },
  { kind: "live payment key", hints: ["_live_"], pattern: /\b((?:sk|rk)_live_)([0-9A-Za-z]{10,256})/g, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "payment webhook secret", hints: ["whsec_"], pattern: /\b(whsec_)([0-9A-Za-z]{16,256})/g, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "cloud access key", hints: ["akia", "asia"], pattern: /\b((?:AKIA|ASIA))([0-9A-Z]{16})\b/g, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "cloud API key", hints: ["aiza"], pattern: /\b(AIza)([0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "access token", hints: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-"], pattern: /\b(gh[pousr]_|github_pat_|glpat-)([A-Za-z0-9_-]{20,256})/g, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "access token", hints: ["xox"], pattern: /\b(xox[abprs]-)([A-Za-z0-9-]{10,256})/g, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "API secret key", hints: ["sk-"], pattern: /\b(sk-(?:proj-|ant-)?)([A-Za-z0-9_-]{20,256})/g, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "JSON web token", hints: ["eyj"], pattern: /\b(eyJ)([A-Za-z0-9_-]{8,2048}\.eyJ[A-Za-z0-9_-]{8,2048}\.[A-Za-z0-9_-]{8,2048})/g, secret: 2, mask: (m) => `${m[1]}${MASK}` },
  { kind: "URL with an inline password", hints: ["://"], pattern: /\b([a-z][a-z0-9+.-]{1,20}:\/\/)([^\s:/@]{1,256}):([^\s@/]{1,256})@/gi, secret: 3, mask: (m) => `${m[1]}${MASK}:${MASK}@` },
  {
    kind: "credential assignment",
    hints: ["password", "passwd", "secret", "api_key", "apikey", "token"],
    pattern: /\b([a-z0-9_]{0,40}(?:password|passwd|secret|api_?key|token)["']?\s{0,4}[:=]\s{0,4})(["'])([^"'\s]{4,256})\2/gi,
    secret: 3,
    mask: (m) => `${m[1]!.replace(/["']/g, "").replace(/\s+/g, "")}${MASK}`,
  },
  { kind: "credential assignment", hints: ["password", "passwd", "secret", "api_key", "apikey", "token"], pattern: /\b([A-Z0-9_]{0,40}(?:PASSWORD|PASSWD|SECRET|API_?KEY|TOKEN)=)([^\s"'`]{8,256})/g, secret: 2, mask: (m) => `${m[1]}${MASK}` },
];

// One pass finds every hint, where one includes() per hint would scan the text 23 times. It runs over the
// lowercased text the keyword rules share (no case folding per character), or, where lowercasing moved offsets,
// case-insensitively over the text itself. lastIndex steps one past each match start so overlapping hints of
// different shapes are all seen.
const HINT_SOURCE = [...new Set(SHAPES.flatMap((shape) => shape.hints))].map((hint) => hint.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&")).join("|");
const HINT_IN_LOWERCASE = new RegExp(HINT_SOURCE, "g");
const HINT_ANY_CASE = new RegExp(HINT_SOURCE, "gi");

/** A line of a record's joined text that holds a hint, and the shapes hinted there. */
interface HintedLine {
  start: number;
  end: number;
  shapes: SecretShape[];
}

/**
 * The lines holding a hint, with the shapes to look for on each: every match of a shape holds one of its hints,
 * so no other line can hold a match.
 */
function scanHints(text: string, hint: RegExp): HintedLine[] {
  const starts: number[] = [];
  const hintsByLine: Array<Set<string>> = [];
  hint.lastIndex = 0;
  for (let match = hint.exec(text); match !== null; match = hint.exec(text)) {
    const lineStart = text.lastIndexOf("\n", match.index) + 1;
    if (starts[starts.length - 1] !== lineStart) {
      starts.push(lineStart);
      hintsByLine.push(new Set());
    }
    hintsByLine[hintsByLine.length - 1]!.add(match[0].toLowerCase());
    hint.lastIndex = match.index + 1;
  }
  return starts.map((start, index) => {
    const newline = text.indexOf("\n", start);
    const hints = hintsByLine[index]!;
    return { start, end: newline === -1 ? text.length : newline, shapes: SHAPES.filter((shape) => shape.hints.some((hint) => hints.has(hint))) };
  });
}

/** scanHints over a lowercased text, remembered for the last one: an md report's json twin, audited next, has the same. */
const hintedLowercaseLines = lastOnly((lowered: string) => scanHints(lowered, HINT_IN_LOWERCASE));

function hintedLines(joined: JoinedText): HintedLine[] {
  const lowered = loweredOf(joined);
  return lowered.length === joined.text.length ? hintedLowercaseLines(lowered) : scanHints(joined.text, HINT_ANY_CASE);
}

const PLACEHOLDER_VALUE =
  /^(?:password|passw0rd|pass|pwd|secret|changeme|change_me|example|dummy|placeholder|redacted|test|todo|none|null|admin|root|user|<[^>]*>|\$\{[^}]*\}|\$[a-z_][a-z0-9_]*|\{\{[^}]*\}\}|\*+|\.{3,}|x+)$/i;
const PLACEHOLDER_PART = /x{3,}|example|changeme|change_me|placeholder|your[_-]|redacted|dummy|\.\.\./i;

/** Documentation values and template references: worth a warning (a habit to fix), not a leak. */
function isPlaceholder(secret: string): boolean {
  return PLACEHOLDER_VALUE.test(secret) || PLACEHOLDER_PART.test(secret) || /^(.)\1+$/.test(secret);
}

export const secrets = defineRule({
  id: "secrets",
  meta: {
    description: "No credential-shaped strings anywhere in the report",
    defaultLevel: "error",
    docs: `Reports are committed, shared and pasted into tickets; a credential in one is a leak. Finds private-key
blocks, live payment keys (\`sk_live_\`, \`rk_live_\`, \`whsec_\`), cloud access keys (\`AKIA…\`, \`AIza…\`),
tokens (GitHub, GitLab, Slack, \`sk-…\` API keys, JSON web tokens), URLs with an inline password, and
\`password = "…"\`-style assignments, in every text field of the report. A real-looking secret is an error; a
placeholder (\`password\`, \`\${VAR}\`, \`$ENV\`, \`changeme\`, \`xxx\`, \`example\`) is a warning.

No output ever carries the secret: the message names its kind and shows it masked, on the line where it is.

Example:

\`\`\`
Configure the client with sk_live_51H… before the launch.
  14:27  error  live payment key sk_live_**** in the proposal: revoke it and remove it from the report  secrets
postgres://user:password@localhost/app
  22:1   warn   placeholder URL with an inline password postgres://****:****@ in the proposal  secrets
\`\`\``,
    options: z.object({}).strict(),
  },
  check(record) {
    const findings: RuleFinding[] = [];
    const joined = joinedText(record);
    for (const hinted of hintedLines(joined)) {
      const text = joined.text.slice(hinted.start, hinted.end);
      const taken: Array<[number, number]> = [];
      for (const shape of hinted.shapes) {
        shape.pattern.lastIndex = 0;
        for (let match = shape.pattern.exec(text); match !== null; match = shape.pattern.exec(text)) {
          const start = match.index;
          const end = start + match[0].length;
          // A key inside an assignment or a URL is one finding, reported by the most specific shape.
          if (taken.some(([from, to]) => start < to && end > from)) continue;
          taken.push([start, end]);
          const { field, line, column } = placeOffset(joined, hinted.start + start, 0);
          const masked = shape.mask(match);
          const placeholder = shape.secret !== 0 && isPlaceholder(match[shape.secret]!);
          findings.push(
            placeholder
              ? { message: `placeholder ${shape.kind} ${masked} in the ${field}`, line, column, level: "warn" }
              : { message: `${shape.kind} ${masked} in the ${field}: revoke it and remove it from the report`, line, column, level: "error" },
          );
        }
      }
    }
    return findings;
  },
});
