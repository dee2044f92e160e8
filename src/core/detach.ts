/**
 * A copy of a string that no longer keeps alive the text it was cut from. V8 makes a slice or a
 * concatenation point into its parent, so an id sliced from a 50 MB report would hold all 50 MB for as
 * long as the result that shows it: results and indexes that outlive a report keep only detached copies.
 */
export function detachString(text: string): string {
  return text.length === 0 ? text : (" " + text).slice(1);
}
