import { createHash } from "node:crypto";

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
  // Reports repeat stock lists: a list of the same texts has the same key, made once. Each text with its length, so
  // that no two lists give one name. Bounded, for runs of many distinct lists.
  let name = "";
  for (const item of items) name += `${item.text.length}:${item.text}`;
  let key = keysByList.get(name);
  if (key === undefined) {
    if (keysByList.size >= MAX_REMEMBERED_LISTS) keysByList.clear();
    key = listKeyOf(items);
    keysByList.set(name, key);
  }
  return key;
}

const keysByList = new Map<string, string>();
const MAX_REMEMBERED_LISTS = 1024;

function listKeyOf(items: readonly { text: string }[]): string {
  return createHash("sha1").update(items.map((item) => maskItem(item.text)).sort().join("\n")).digest("base64").slice(0, 27);
}
