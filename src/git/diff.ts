/** A file that a diff says exists, changed, on its new side. */
export interface ChangedFile {
  /** Relative to the top of the working tree, `/` separators. */
  path: string;
  /** The path before a rename or copy, else null. */
  previousPath: string | null;
  /** The git file mode on the new side: 100644 and 100755 are files; 120000 links; 160000 submodules. */
  mode: string;
  /** The blob on the new side; all zeros when it is only in the working tree. */
  blob: string;
}

/** The flags every diff fsar reads uses: machine output whatever the user's config says. */
export const RAW_DIFF_FLAGS = ["--raw", "-z", "-M", "--no-abbrev", "--no-color", "--no-ext-diff", "--ignore-submodules=all"] as const;

/**
 * Parses `git diff --raw -z` output into the files that exist after the change: added, modified, renamed,
 * copied or retyped. Deleted files are left out (there is nothing left to audit), and so are unmerged ones.
 */
export function parseRawDiff(output: string): ChangedFile[] {
  const fields = output.split("\0");
  const files: ChangedFile[] = [];
  let index = 0;
  while (index < fields.length) {
    const header = fields[index++]!;
    if (header === "") continue;
    // :<old mode> <new mode> <old blob> <new blob> <status letter><score?>
    const match = /^:\d+ (\d+) [0-9a-f]+ ([0-9a-f]+) ([A-Z])\d*$/.exec(header);
    if (!match) throw new Error(`unexpected git diff output: ${JSON.stringify(header.slice(0, 80))}`);
    const [, mode, blob, status] = match as unknown as [string, string, string, string];
    const twoPaths = status === "R" || status === "C";
    const first = fields[index++] ?? "";
    const second = twoPaths ? (fields[index++] ?? "") : null;
    if (status === "D" || status === "U" || status === "X") continue;
    files.push(second === null ? { path: first, previousPath: null, mode, blob } : { path: second, previousPath: first, mode, blob });
  }
  return files;
}

/** Whether a git file mode is a regular file (links and submodules are not reports). */
export function isRegularFileMode(mode: string): boolean {
  return mode === "100644" || mode === "100755";
}

/** git's name for "no object": all zeros, 40 hex digits (SHA-1) or 64 (SHA-256). */
export function isNullObjectId(id: string): boolean {
  return /^0+$/.test(id);
}
