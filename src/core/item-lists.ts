import { sha1Base64 } from "./digest.js";
import { detachString } from "./detach.js";

/** Dates (with a time when there is one), then any other number: what changes from run to run of a template. */
const DATE = /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;

/** An item as list comparison sees it: dates and numbers masked, case and spacing ignored. */
export function maskItem(text: string): string {
  return text.replace(DATE, "<date>").replace(NUMBER, "<n>").toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * One short key per list of risks or mitigations, equal for lists that are the same after masking, whatever
 * their order; null for an empty list. A digest, so the index of 100,000 reports holds 27 characters per list.
 */
export function itemListKey(items: readonly { text: string }[]): string | null {
  if (items.length === 0) return null;
  // A report's md and json twins come one after the other with the same two lists: the keys of the last two lists
  // serve the second twin. Only those: a memo of many lists outlived young collections and was a third of what a
  // long run promoted to the old generation.
  for (const recent of recentLists) if (sameTexts(items, recent.texts)) return recent.key;
  const key = listKeyOf(items);
  recentLists.unshift({ texts: items.map((item) => item.text), key });
  if (recentLists.length > 2) recentLists.pop();
  return key;
}

const recentLists: Array<{ texts: readonly string[]; key: string }> = [];

function sameTexts(items: readonly { text: string }[], texts: readonly string[]): boolean {
  if (items.length !== texts.length) return false;
  for (let i = 0; i < items.length; i++) if (items[i]!.text !== texts[i]) return false;
  return true;
}

function listKeyOf(items: readonly { text: string }[]): string {
  // A flat copy: the slice alone would keep the digest's 28 characters alive beside it in every index entry.
  return detachString(sha1Base64(items.map((item) => maskItem(item.text)).sort().join("\n")).slice(0, 27));
}
