import type { DiffFormatter } from "./types.js";

/** The stable json contract of `fsar diff`, version 1. */
export const formatDiffJson: DiffFormatter = (result) =>
  JSON.stringify(
    {
      version: 1,
      summary: { files: result.summary.files, escalations: result.summary.escalations, downgrades: result.summary.downgrades, neutral: result.summary.neutral },
      files: result.files.map((file) => ({
        old: file.old,
        new: file.new,
        id: file.id,
        changes: file.changes.map((change) => ({ field: change.field, kind: change.kind, old: change.old, new: change.new, message: change.message })),
      })),
    },
    null,
    2,
  ) + "\n";
