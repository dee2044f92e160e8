import { UsageError } from "../core/usage-error.js";
import type { GitFile } from "./changes.js";
import { isRegularFileMode, parseRawDiffEntries, RAW_DIFF_FLAGS } from "./diff.js";
import type { GitRepository } from "./repository.js";

/** A file a range brought in: its content at the end of the range, and when the commit that last changed it was made. */
export interface RangeFile extends GitFile {
  blob: string;
  /** The committer date of that commit. */
  date: Date;
}

/** `<a>..<b>` (b defaults to HEAD, as in git); the symmetric `a...b` is refused, since "brought in by" needs a direction. */
export function parseRevRange(range: string): { from: string; to: string } {
  const match = /^(.+?)\.\.(?!\.)(.*)$/.exec(range);
  if (!match || match[1]!.endsWith(".")) throw new UsageError(`--rev-range takes <a>..<b> (such as main~20..main), not ${JSON.stringify(range)}`);
  return { from: match[1]!, to: match[2] === "" ? "HEAD" : match[2]! };
}

/** One commit of `git log -z --raw` with the format below: `<hash> NUL <committer seconds> NUL \n <raw diff records>`. */
const COMMIT_START = "\u0001";

/**
 * The files the commits of `from..to` brought in, newest commit first along the first-parent line, each merge
 * counted for everything it merged: for each path, the version the range ends with and the date of the last
 * commit that changed it. Files deleted by the end of the range are left out, and so are pure moves (a report
 * renamed without a change is not new); a moved file keeps the date of the last change under its old name.
 */
export async function listRangeFiles(repo: GitRepository, { from, to }: { from: string; to: string }): Promise<RangeFile[]> {
  const fromCommit = await repo.requireCommit(from, `--rev-range: ${from} is not a commit`);
  const toCommit = await repo.requireCommit(to, `--rev-range: ${to} is not a commit`);
  const output = await repo.run(["log", "--first-parent", "--diff-merges=first-parent", `--format=${COMMIT_START}%H%x00%ct`, ...RAW_DIFF_FLAGS, `${fromCommit}..${toCommit}`, "--"]);
  const files: RangeFile[] = [];
  // Paths already decided by a newer commit, and the later names of files that newer commits moved.
  const decided = new Set<string>();
  const laterName = new Map<string, string>();
  for (const chunk of output.split(COMMIT_START)) {
    if (chunk === "") continue;
    const hashEnd = chunk.indexOf("\0");
    const dateEnd = chunk.indexOf("\0", hashEnd + 1);
    const date = new Date(Number(chunk.slice(hashEnd + 1, dateEnd)) * 1000);
    for (const entry of parseRawDiffEntries(chunk.slice(dateEnd + 1).replace(/^\n/, ""))) {
      const path = laterName.get(entry.newPath) ?? entry.newPath;
      if (decided.has(path)) continue;
      if ((entry.status === "R" || entry.status === "C") && entry.oldBlob === entry.newBlob) {
        // A pure rename: the change, if the range has one, is under the old name. A pure copy brings nothing new.
        if (entry.status === "R") laterName.set(entry.oldPath, path);
        continue;
      }
      decided.add(path);
      // The old name of a file moved with changes is gone by the end of the range.
      if (entry.status === "R") decided.add(laterName.get(entry.oldPath) ?? entry.oldPath);
      if (entry.status === "D" || entry.status === "U" || entry.status === "X" || !isRegularFileMode(entry.newMode)) continue;
      files.push({ path, mode: entry.newMode, blob: entry.newBlob, date });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
