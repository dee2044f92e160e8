/** How loud a finding is. Levels are words, never numbers. */
export type Level = "error" | "warn";
/** A rule's configured level: `off` switches it off. */
export type LevelSetting = "off" | Level;

/** The values a finding's message is rendered from, by placeholder name. */
export type FindingData = Readonly<Record<string, string | number>>;

/** One problem found in one report: data, rendered the same way by every formatter. */
export interface Finding {
  rule: string;
  /** Which of the rule's `meta.messages` this is: the kind of finding, stable across versions. */
  messageId: string;
  /** The values `message` was rendered from. */
  data: FindingData;
  /** The parts of `data` that say which finding this is (the rule's `meta.identity`): fingerprints use them, never the text. */
  identity: FindingData;
  level: Level;
  /** Rendered once, from the rule's message template and `data`. */
  message: string;
  /** 1-based; null when the finding is about the file as a whole. */
  line: number | null;
  /** 1-based; null where a column means nothing. */
  column: number | null;
  /** Set when a waiver keeps the finding from counting: it is shown as suppressed, never as a failure. */
  suppressed?: { reason: string };
}

/** What a rule's check returns: the engine adds the rule id, renders the message and caps the level at the configured one. */
export interface RuleFinding<MessageId extends string = string> {
  /** A key of the rule's `meta.messages`. */
  messageId: MessageId;
  /** Values for the message's `{placeholders}`. */
  data?: FindingData;
  line?: number | null;
  column?: number | null;
  /** A rule with two levels of its own (warn at review, error at block) says which; defaults to the configured level. */
  level?: Level;
}

/** The message templates of a rule, by message id: `{name}` is replaced by `data.name`. */
export type RuleMessages<MessageId extends string = string> = Readonly<Record<MessageId, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The one place a finding's text is made: the template with each `{name}` replaced by `data.name` (unknown names stay). */
export function renderMessage(template: string, data: FindingData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

/** The parts of data that identify a finding: the keys listed, or all of data when the rule lists none. */
export function identityOf(data: FindingData, keys: readonly string[] | undefined): FindingData {
  if (keys === undefined) return data;
  const identity: Record<string, string | number> = {};
  for (const key of keys) if (Object.hasOwn(data, key)) identity[key] = data[key]!;
  return identity;
}

/** A finding from a rule's messages: the engine's and the parser's one way to turn rule findings into findings. */
export function renderFinding(
  rule: { id: string; meta: { messages: RuleMessages; identity?: readonly string[] } },
  found: RuleFinding,
  level: Level,
): Finding {
  const template = rule.meta.messages[found.messageId];
  if (template === undefined) throw new Error(`unknown messageId ${JSON.stringify(found.messageId)} (known: ${Object.keys(rule.meta.messages).join(", ")})`);
  const data = found.data ?? {};
  return {
    rule: rule.id,
    messageId: found.messageId,
    data,
    identity: identityOf(data, rule.meta.identity),
    level,
    message: renderMessage(template, data),
    line: found.line ?? null,
    column: found.column ?? null,
  };
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
