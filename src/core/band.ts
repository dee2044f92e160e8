/** The configured severity scale: `review` and `block` are thresholds, `max` the top of the scale. */
export interface SeverityScale {
  max: number;
  review: number;
  block: number;
}

export type Band = "low" | "review" | "block";

export function severityBand(severity: number, scale: SeverityScale): Band {
  if (severity >= scale.block) return "block";
  if (severity >= scale.review) return "review";
  return "low";
}
