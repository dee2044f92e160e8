import type { ReportSource } from "../core/engine.js";
import { parseReport } from "../core/parse.js";

/** One changed path between two revisions, reduced to its report sides (null where a side is absent or not a report). */
export interface ChangedReport {
  old: ReportSource | null;
  new: ReportSource | null;
}

function identity(source: ReportSource): string | null {
  const parsed = parseReport(source.content, { file: source.file });
  // md and json twins share an id: the form keeps each twin paired with its own kind.
  return parsed.id === null ? null : `${parsed.format}\0${parsed.id}`;
}

function differentReports(a: ReportSource, b: ReportSource): boolean {
  const left = identity(a);
  const right = identity(b);
  return left !== null && right !== null && left !== right;
}

/**
 * Joins a report removed under one name and added under another when both carry the same id: git's
 * rename detection misses a move that also rewrote much of the report. And splits a rename git found
 * between two reports with different ids. Sorted by path.
 */
export function pairMovedReports(changes: readonly ChangedReport[]): ChangedReport[] {
  const paired: ChangedReport[] = [];
  const removedById = new Map<string, ChangedReport[]>();
  const added: ChangedReport[] = [];
  const split: ChangedReport[] = [];
  for (const change of changes) {
    // git pairs a rename by similar bytes; two reports with different ids are two reports, whatever their bytes.
    if (change.old && change.new && change.old.file !== change.new.file && differentReports(change.old, change.new)) {
      split.push({ old: change.old, new: null }, { old: null, new: change.new });
    } else {
      split.push(change);
    }
  }
  for (const change of split) {
    if (change.old && !change.new) {
      const key = identity(change.old);
      if (key === null) {
        paired.push(change);
        continue;
      }
      const list = removedById.get(key);
      if (list) list.push(change);
      else removedById.set(key, [change]);
    } else if (change.new && !change.old) {
      added.push(change);
    } else if (change.old || change.new) {
      paired.push(change);
    }
  }
  for (const change of added) {
    const key = identity(change.new!);
    const removed = key === null ? undefined : removedById.get(key)?.shift();
    paired.push(removed ? { old: removed.old, new: change.new } : change);
  }
  for (const list of removedById.values()) for (const entry of list) paired.push(entry);
  const pathOf = (change: ChangedReport): string => (change.new ?? change.old)!.file;
  return paired.sort((a, b) => (pathOf(a) < pathOf(b) ? -1 : pathOf(a) > pathOf(b) ? 1 : 0));
}
