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

/** A path a diff between two commits lists as changed; renames carry both paths (relative to the repository root). */
export interface ChangedPath {
  /** git's status letter: A, D, M, T, R, or C (a copy: only its new path changed). */
  status: string;
  /** Null for an added or copied file. */
  oldPath: string | null;
  /** Null for a deleted file. */
  newPath: string | null;
  /** The blob at oldPath, null when oldPath is. */
  oldBlob: string | null;
  /** The blob at newPath, null when newPath is. */
  newBlob: string | null;
}

/** The flags every diff fsar reads uses: machine output, paths from the root, whatever the user's config says. */
export const RAW_DIFF_FLAGS = ["--raw", "-z", "-M", "--no-abbrev", "--no-relative", "--no-color", "--no-ext-diff", "--ignore-submodules=all"] as const;

/** One record of `git diff --raw -z`: both sides as git gives them (paths equal unless renamed or copied). */
interface RawDiffEntry {
  status: string;
  oldPath: string;
  newPath: string;
  newMode: string;
  oldBlob: string;
  newBlob: string;
}

function isRenameOrCopy(status: string): boolean {
  return status === "R" || status === "C";
}

/** Parses `git diff --raw -z` output, every record of it. */
export function parseRawDiffEntries(output: string): RawDiffEntry[] {
  const fields = output.split("\0");
  const entries: RawDiffEntry[] = [];
  let index = 0;
  while (index < fields.length) {
    const header = fields[index++]!;
    if (header === "") continue;
    // :<old mode> <new mode> <old blob> <new blob> <status letter><score?>
    const match = /^:\d+ (\d+) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(header);
    if (!match) throw new Error(`unexpected git diff output: ${JSON.stringify(header.slice(0, 80))}`);
    const [, newMode, oldBlob, newBlob, status] = match as unknown as [string, string, string, string, string];
    const oldPath = fields[index++] ?? "";
    const newPath = isRenameOrCopy(status) ? (fields[index++] ?? "") : oldPath;
    entries.push({ status, oldPath, newPath, newMode, oldBlob, newBlob });
  }
  return entries;
}

/**
 * Parses `git diff --raw -z` output into the files that exist after the change: added, modified, renamed,
 * copied or retyped. Deleted files are left out (there is nothing left to audit), and so are unmerged ones.
 */
export function parseRawDiff(output: string): ChangedFile[] {
  return parseRawDiffEntries(output)
    .filter((entry) => entry.status !== "D" && entry.status !== "U" && entry.status !== "X")
    .map((entry) => ({ path: entry.newPath, previousPath: isRenameOrCopy(entry.status) ? entry.oldPath : null, mode: entry.newMode, blob: entry.newBlob }));
}

/** Whether a git file mode is a regular file (links and submodules are not reports). */
export function isRegularFileMode(mode: string): boolean {
  return mode === "100644" || mode === "100755";
}

/** git's name for "no object": all zeros, 40 hex digits (SHA-1) or 64 (SHA-256). */
export function isNullObjectId(id: string): boolean {
  return /^0+$/.test(id);
}
