/** The configured severity scale: `review` and `block` are thresholds, `max` the top of the scale. */
export interface SeverityScale {
  max: number;
  review: number;
  block: number;
}

/** What the real execution gates use (FORMAT.md). */
export const DEFAULT_SCALE: SeverityScale = { max: 75, review: 25, block: 45 };

export type Band = "low" | "review" | "block";

export function severityBand(severity: number, scale: SeverityScale): Band {
  if (severity >= scale.block) return "block";
  if (severity >= scale.review) return "review";
  return "low";
}
