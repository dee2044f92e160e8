/** A risk's horizon: the date in "... by YYYY-MM-DD" (the producer dates the first risk run date + 2 years). */
const HORIZON = /\bby (\d{4}-\d{2}-\d{2})\b/;
const HORIZON_EVERYWHERE = /\bby \d{4}-\d{2}-\d{2}\b/g;

/** The first horizon date in a risk's text, or null when it has none. */
export function horizonOf(text: string): string | null {
  return HORIZON.exec(text)?.[1] ?? null;
}

/** The text with its horizon dates blanked, so a risk whose only edit is its date reads as unchanged. */
export function withoutHorizon(text: string): string {
  return text.replace(HORIZON_EVERYWHERE, "by <date>");
}
