import type { DiffSummary, FileDiff } from "../diff/change.js";

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

/** "2 reports: 1 escalation, 0 downgrades, 3 neutral", shared by the text and markdown formats. */
export function diffSummaryLine(summary: DiffSummary): string {
  return `${plural(summary.files, "report")}: ${plural(summary.escalations, "escalation")}, ${plural(summary.downgrades, "downgrade")}, ${summary.neutral} neutral`;
}

/** Which report a file entry is: one path, a move (old → new), or an addition or removal. */
export function fileLabel(file: FileDiff): string {
  if (file.old !== null && file.new !== null) return file.old === file.new ? file.new : `${file.old} → ${file.new}`;
  if (file.new !== null) return `${file.new} (added)`;
  return `${file.old ?? "?"} (removed)`;
}
