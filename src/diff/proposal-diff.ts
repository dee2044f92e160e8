import { structuredPatch } from "diff";

/** Lines of context around each change: enough to place it, few enough for a pull-request comment. */
const CONTEXT_LINES = 1;
/** Beyond this many inserted plus deleted lines the proposal was rewritten, and a line diff would say nothing more. */
const MAX_EDIT_LENGTH = 400;
/** The compact diff is cut after this many lines, with a note of how many were left out. */
const MAX_SHOWN_LINES = 80;

export interface ProposalLineDiff {
  added: number;
  removed: number;
  /** `@@` hunk headers and `+`/`-`/` ` lines; empty when the texts are too different to diff line by line. */
  lines: string[];
}

/** A compact unified line diff of two proposal texts (jsdiff's Myers diff), capped in size. */
export function diffProposalLines(oldText: string, newText: string): ProposalLineDiff {
  // Both end in a newline so a change on the last line is not reported as a missing final newline.
  const patch = structuredPatch("old", "new", `${oldText}\n`, `${newText}\n`, undefined, undefined, { context: CONTEXT_LINES, maxEditLength: MAX_EDIT_LENGTH });
  if (patch === undefined) {
    return { added: newText.split("\n").length, removed: oldText.split("\n").length, lines: [] };
  }
  let added = 0;
  let removed = 0;
  const lines: string[] = [];
  for (const hunk of patch.hunks) {
    lines.push(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`);
    for (const line of hunk.lines) {
      if (line.startsWith("+")) added++;
      else if (line.startsWith("-")) removed++;
      lines.push(line);
    }
  }
  if (lines.length > MAX_SHOWN_LINES) {
    const left = lines.length - MAX_SHOWN_LINES;
    lines.length = MAX_SHOWN_LINES;
    lines.push(`… ${left} more diff line${left === 1 ? "" : "s"}`);
  }
  return { added, removed, lines };
}
