import { openRepository, runGit } from "./run-git.js";

/** A path git lists as changed between two commits; renames carry both paths (relative to the repository root). */
export interface ChangedPath {
  /** git's status letter: A, D, M, T or R. */
  status: string;
  oldPath: string | null;
  newPath: string | null;
}

/**
 * The files changed from one commit to another, with renames followed (`git diff --name-status -M`).
 * `paths` limits the listing as a pathspec relative to cwd.
 */
export async function listChangedPaths(cwd: string, from: string, to: string, paths: readonly string[]): Promise<ChangedPath[]> {
  const git = await openRepository(cwd);
  // Options a user's config could change (relative paths, external diff, color) are pinned.
  const output = await runGit("cannot list the changed files", () =>
    git.raw(["diff", "--name-status", "-z", "-M", "--no-relative", "--no-ext-diff", "--no-color", from, to, "--", ...paths]),
  );
  const fields = output.split("\0");
  const changed: ChangedPath[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++]!;
    if (status === "") continue;
    const letter = status[0]!;
    if (letter === "R" || letter === "C") {
      const oldPath = fields[i++]!;
      const newPath = fields[i++]!;
      changed.push({ status: letter, oldPath: letter === "C" ? null : oldPath, newPath });
    } else {
      const path = fields[i++]!;
      changed.push({ status: letter, oldPath: letter === "A" ? null : path, newPath: letter === "D" ? null : path });
    }
  }
  return changed;
}
