/** How loud a finding is. Levels are words, never numbers. */
export type Level = "error" | "warn";
/** A rule's configured level: `off` switches it off. */
export type LevelSetting = "off" | Level;

/** One problem found in one report: data, rendered the same way by every formatter. */
export interface Finding {
  rule: string;
  level: Level;
  message: string;
  /** 1-based; null when the finding is about the file as a whole. */
  line: number | null;
  /** 1-based; null where a column means nothing. */
  column: number | null;
  /** Set when a waiver keeps the finding from counting: it is shown as suppressed, never as a failure. */
  suppressed?: { reason: string };
}

/** What a rule's check returns: the engine adds the rule id and caps the level at the configured one. */
export interface RuleFinding {
  message: string;
  line?: number | null;
  column?: number | null;
  /** A rule with two levels of its own (warn at review, error at block) says which; defaults to the configured level. */
  level?: Level;
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
