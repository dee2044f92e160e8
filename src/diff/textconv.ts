import { renderCanonicalReport } from "./render-canonical.js";

const REPORT_HEADING = /^# FSAR Proposal Report[ \t]*\r?$/m;

/** A cheap first look, so git's textconv on a non-report never loads the parser. */
function mayBeReport(text: string): boolean {
  return REPORT_HEADING.test(text) || (text.trimStart().startsWith("{") && text.includes('"proposal"'));
}

/**
 * The canonical rendering of a report, or null when the bytes are not a report that parses (then
 * git should see them as they are). Never throws.
 */
export async function canonicalTextOf(file: string, content: Uint8Array): Promise<string | null> {
  if (content.includes(0)) return null;
  const text = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("utf8");
  if (!mayBeReport(text)) return null;
  const { parseReport } = await import("../core/parse.js");
  const parsed = parseReport(content, { file });
  return parsed.record ? renderCanonicalReport(parsed.record) : null;
}
