import { sep } from "node:path";

/** A path with `/` separators, as results, globs and SARIF name files on every platform. */
export function toSlash(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

const REPORT_EXTENSION = /\.(md|json)$/i;

/** md and json twins (same folder and basename) share this key: the path without its extension. */
export function twinKey(path: string): string {
  // A slice shares the path's characters: one index entry per report stays small.
  const extension = REPORT_EXTENSION.exec(path);
  return extension ? path.slice(0, extension.index) : path;
}

/** Groups items whose paths are twins, in the order their first member came. */
export function groupTwins<Item>(items: Iterable<Item>, pathOf: (item: Item) => string): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const item of items) {
    const key = twinKey(pathOf(item));
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}
