import type { RiskCategory } from "./categories.js";

/** Where a signal matched, for a signal to judge the match by its surroundings. */
export interface MatchSite {
  /** The whole proposal text. */
  text: string;
  /** Where the match starts and ends in `text`. */
  start: number;
  end: number;
}

/**
 * A named pattern a reviewer stops at. `weight` is on the default severity scale (0–75: review from 25, block
 * from 45). Built-in patterns are ours (JS syntax, only non-capturing groups, never crossing a newline); they are
 * joined into one pattern so a proposal is read once.
 */
export interface SignalDefinition {
  id: string;
  category: RiskCategory;
  weight: number;
  /** Why a reviewer stops at it, for explanations. */
  description: string;
  pattern: string;
  /**
   * Lowercase words every match contains one of: one automaton for all hints finds the lines worth reading, and
   * the signals are matched on those lines only.
   */
  hints: readonly string[];
  /** The signal reads a sentence of intent: in text shown to users (markup, string literals) it is copy, not a plan. */
  prose?: true;
  /** The signal reads what the change does: said in a comment ("requireAdmin removed") it is evidence, not a mention. */
  statement?: true;
  /** The signal reads what a diff takes out: it counts on a diff's removed lines only, where the others do not. */
  removal?: true;
  /** The signal reads the file a proposal writes: it counts on the producer's template lines too, which name it ("Create or update the file X"). */
  namesFile?: true;
  /**
   * The signal reads what a text is about (the personal fields it names), not an operation: judged once on the
   * lines (lowercased) its hints are found on, matched there only when it holds, and it leaves an overlapping
   * composition standing. Its hints are then every word the judgement reads.
   */
  subject?: (lines: readonly string[]) => boolean;
  /** Judges the match by what surrounds it: the weight it deserves there, or null when it is not the risk. */
  refine?: (site: MatchSite) => number | null;
}
