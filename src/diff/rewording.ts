/**
 * Whether a reworded risk or mitigation sounds safer than it did: pairing two texts says they are the
 * same item, not that they mean the same. New wording that adds assurance, or loses the words that
 * carried the danger, is how a report is made to look safer without a field changing.
 */

/** A family of wordings: any match of `pattern` counts as the family, so "fails" for "failure" is no change. */
interface Wording {
  pattern: RegExp;
}

const wording = (source: string): Wording => ({ pattern: new RegExp(source, "giu") });

/** Wordings that tell the reader not to worry. */
const ASSURANCE: readonly Wording[] = [
  wording(String.raw`\balready\b`),
  wording(String.raw`\bguarantee[ds]?\b`),
  // "no impact", "no reliability impact", "no user-facing impact"
  wording(String.raw`\bno(?:\s+[\p{L}-]+)?\s+impact\b`),
  wording(String.raw`\bminor\b`),
  wording(String.raw`\bcosmetic\b`),
  wording(String.raw`\bfully\s+reversible\b`),
  wording(String.raw`\bno\s+further\s+action\b`),
  wording(String.raw`\bnegligible\b`),
  wording(String.raw`\bharmless\b`),
  wording(String.raw`\b(?:no|zero)\s+risk\b|\brisk-free\b`),
];

/** Wordings that carry the danger of a risk: losing one of them loses what the risk warned of. */
const DANGER: readonly Wording[] = [
  wording(String.raw`\birreversib\p{L}*`),
  wording(String.raw`\bpermanent\p{L}*`),
  wording(String.raw`\b(?:loss|lose|loses|losing|lost)\b`),
  wording(String.raw`\bfail\p{L}*`),
  wording(String.raw`\bdegrad\p{L}*`),
  wording(String.raw`\bdecay\p{L}*`),
  wording(String.raw`\bcorrupt\p{L}*`),
  wording(String.raw`\boutages?\b|\bdowntime\b`),
  wording(String.raw`\bbreach\p{L}*`),
  wording(String.raw`\bleak\p{L}*`),
  wording(String.raw`\bexpos\p{L}*`),
  wording(String.raw`\b(?:unnoticed|undetected|unmonitored)\b`),
  wording(String.raw`\bsilent\p{L}*`),
  wording(String.raw`\bcatastroph\p{L}*`),
  wording(String.raw`\b(?:severe|critical|major)\b`),
  wording(String.raw`\bcrash\p{L}*`),
  wording(String.raw`\bdefects?\b`),
  wording(String.raw`\bdamag\p{L}*`),
  wording(String.raw`\bfraud\p{L}*`),
  wording(String.raw`\bun(?:authori[sz]ed|authenticated)\b`),
  wording(String.raw`\bdestr(?:oy|uct)\p{L}*`),
  wording(String.raw`\bvulnerab\p{L}*|\bexploit\p{L}*`),
];

/** "not guaranteed", "never minor", "no longer cosmetic" withdraw the assurance rather than give it. */
const NEGATED = /\b(?:not|never|no\s+longer|isn't|aren't|wasn't|weren't)\s+$/iu;

interface Match {
  words: string;
  index: number;
}

/** The first match of a wording in a text, lowercased with single spaces; null when there is none. */
function firstMatch(family: Wording, text: string, skipNegated: boolean): Match | null {
  for (const match of text.matchAll(family.pattern)) {
    if (skipNegated && NEGATED.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
    return { words: match[0].toLowerCase().replace(/\s+/g, " "), index: match.index };
  }
  return null;
}

/** The words of the matches, in the order they stand in their text. */
function inTextOrder(matches: Match[]): string[] {
  return matches.sort((a, b) => a.index - b.index).map((match) => match.words);
}

/** What a rewording did to how safe an item sounds. Both lists empty: a neutral rewording. */
export interface RewordingJudgement {
  /** Assurance the new text gives that the old one did not, as written in the new text, in its order. */
  assuranceAdded: string[];
  /** Words of danger the old text had that the new one has lost, as written in the old text, in its order. */
  dangerDropped: string[];
}

/** Judges the rewording of one risk or mitigation from `oldText` to `newText`. Pure. */
export function judgeRewording(oldText: string, newText: string): RewordingJudgement {
  const added: Match[] = [];
  for (const family of ASSURANCE) {
    const match = firstMatch(family, newText, true);
    if (match !== null && firstMatch(family, oldText, true) === null) added.push(match);
  }
  const dropped: Match[] = [];
  for (const family of DANGER) {
    const match = firstMatch(family, oldText, false);
    if (match !== null && firstMatch(family, newText, false) === null) dropped.push(match);
  }
  return { assuranceAdded: inTextOrder(added), dangerDropped: inTextOrder(dropped) };
}

/** A rewording that adds assurance or drops danger makes the report look safer: a downgrade. */
export function soundsSafer(judgement: RewordingJudgement): boolean {
  return judgement.assuranceAdded.length > 0 || judgement.dangerDropped.length > 0;
}

/** `adds "minor", "cosmetic"; drops "degradation"`: what made a rewording a downgrade. */
export function describeRewording(judgement: RewordingJudgement): string {
  const quoted = (words: readonly string[]) => words.map((word) => `"${word}"`).join(", ");
  const parts: string[] = [];
  if (judgement.assuranceAdded.length > 0) parts.push(`adds ${quoted(judgement.assuranceAdded)}`);
  if (judgement.dangerDropped.length > 0) parts.push(`drops ${quoted(judgement.dangerDropped)}`);
  return parts.join("; ");
}
