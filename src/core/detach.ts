import { Buffer } from "node:buffer";

const BEYOND_LATIN1 = /[^\u0000-\u00ff]/;

/**
 * A copy of a string that no longer keeps alive the text it was cut from. V8 makes a slice or a
 * concatenation point into its parent, so an id sliced from a 50 MB report would hold all 50 MB for as
 * long as the result that shows it: results and indexes that outlive a report keep only detached copies.
 */
export function detachString(text: string): string {
  if (text.length === 0) return text;
  if (BEYOND_LATIN1.test(text)) return (" " + text).slice(1);
  // Through latin1 bytes and back, a one-byte string comes out flat: a third smaller than a slice of a copy,
  // which counts at 100k reports (file names and ids are one-byte).
  return Buffer.from(text, "latin1").toString("latin1");
}
