import { UsageError } from "../core/usage-error.js";
import { findDefaultBase, resolveBase, ShallowHistoryError } from "./base.js";
import { isNullObjectId, parseRawDiff, RAW_DIFF_FLAGS, type ChangedFile } from "./diff.js";
import { isDeletion, type PushUpdate } from "./push.js";
import type { GitRepository } from "./repository.js";

/** A changed file and where its content is: a blob, or the working tree. */
export interface GitFile {
  /** Relative to the top of the working tree, `/` separators. */
  path: string;
  mode: string;
  /** The blob to read, or null to read the file in the working tree. */
  blob: string | null;
  /** Set when two pushed refs carry different versions of one path: the result is named `<label>:<path>`. */
  label?: string;
}

/**
 * Files added or modified since the merge-base of `base` (default: the upstream, else origin/HEAD, else main or
 * master) and HEAD, committed or not, plus untracked files; their content is the working tree's.
 * Throws ShallowHistoryError when the clone is too shallow to find the merge-base.
 */
export async function listChangedFiles(repo: GitRepository, base?: string): Promise<GitFile[]> {
  const baseRef = base ?? (await findDefaultBase(repo));
  if (baseRef === null) {
    const what = "cannot find a base to compare with (no upstream, origin/HEAD, main or master)";
    if (await repo.isShallow()) throw new ShallowHistoryError(what);
    throw new UsageError(`${what}; name one with --base <ref>`);
  }
  const baseCommit = await resolveBase(repo, baseRef);
  const head = await repo.resolveCommit("HEAD");
  if (head === null) throw new UsageError("HEAD has no commit yet, so nothing has changed since a base: commit first, or audit the files themselves");
  const mergeBase = await repo.mergeBase(baseCommit, head);
  if (mergeBase === null) {
    if (await repo.isShallow()) throw new ShallowHistoryError(`cannot find the merge-base of ${baseRef} and HEAD`);
    throw new UsageError(`${baseRef} and HEAD share no history; name another base with --base <ref>`);
  }
  const tracked = parseRawDiff(await repo.run(["diff", ...RAW_DIFF_FLAGS, mergeBase, "--"]));
  const untracked = (await repo.run(["ls-files", "-z", "--others", "--exclude-standard"])).split("\0").filter((path) => path !== "");
  const files: GitFile[] = tracked.map((file) => ({ path: file.path, mode: file.mode, blob: null }));
  for (const path of untracked) files.push({ path, mode: "100644", blob: null });
  return files;
}

/** Files whose staged content differs from HEAD (all staged files before the first commit); content from the index. */
export async function listStagedFiles(repo: GitRepository): Promise<GitFile[]> {
  return parseRawDiff(await repo.run(["diff", "--cached", ...RAW_DIFF_FLAGS, "--"])).map(fromBlob);
}

function fromBlob(file: ChangedFile): GitFile {
  return { path: file.path, mode: file.mode, blob: file.blob };
}

/** Every file in a commit's tree. */
async function listTree(repo: GitRepository, commit: string): Promise<GitFile[]> {
  const files: GitFile[] = [];
  for (const entry of (await repo.run(["ls-tree", "-r", "-z", "--full-tree", commit])).split("\0")) {
    // <mode> SP <type> SP <object> TAB <path>
    const match = /^(\d+) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (match) files.push({ path: match[3]!, mode: match[1]!, blob: match[2]! });
  }
  return files;
}

async function diffCommits(repo: GitRepository, from: string, to: string): Promise<GitFile[]> {
  return parseRawDiff(await repo.run(["diff", ...RAW_DIFF_FLAGS, from, to, "--"])).map(fromBlob);
}

/** The remote's default branch as this clone knows it: <remote>/HEAD, else <remote>/main, else <remote>/master. */
async function findRemoteDefaultBranch(repo: GitRepository, remote: string): Promise<string | null> {
  for (const candidate of [`refs/remotes/${remote}/HEAD`, `refs/remotes/${remote}/main`, `refs/remotes/${remote}/master`]) {
    const commit = await repo.resolveCommit(candidate);
    if (commit !== null) return commit;
  }
  return null;
}

/** The files one pushed ref changes, with their content as pushed. */
async function listFilesOfUpdate(repo: GitRepository, remote: string, update: PushUpdate): Promise<GitFile[]> {
  if (isDeletion(update)) return [];
  // A tag can point at a tree or a blob: only commits carry reports.
  const local = await repo.resolveCommit(update.localObject);
  if (local === null) return [];
  const remoteCommit = isNullObjectId(update.remoteObject) ? null : await repo.resolveCommit(update.remoteObject);
  if (remoteCommit !== null) return diffCommits(repo, remoteCommit, local);
  // A new branch, or a remote tip this clone has not fetched: what the branch adds to the remote's default branch.
  const defaultBranch = await findRemoteDefaultBranch(repo, remote);
  if (defaultBranch !== null) {
    const mergeBase = await repo.mergeBase(defaultBranch, local);
    if (mergeBase !== null) return diffCommits(repo, mergeBase, local);
    if (await repo.isShallow()) throw new ShallowHistoryError(`cannot find where ${update.localRef} leaves ${remote}'s default branch`);
  }
  return listTree(repo, local);
}

/**
 * The files a push changes, from git's pre-push input: for each ref, `remote sha..local sha`; for a new branch,
 * from its merge-base with the remote's default branch (every file in the pushed commit when there is none);
 * nothing for a deletion. Content is read from the pushed blobs, never from the working tree.
 */
export async function listPushedFiles(repo: GitRepository, remote: string, updates: readonly PushUpdate[]): Promise<GitFile[]> {
  const files: GitFile[] = [];
  const blobByPath = new Map<string, string>();
  for (const update of updates) {
    for (const file of await listFilesOfUpdate(repo, remote, update)) {
      const seen = blobByPath.get(file.path);
      if (seen === file.blob) continue;
      if (seen === undefined) blobByPath.set(file.path, file.blob!);
      else file.label = update.localRef.replace(/^refs\/(heads|tags)\//, "");
      files.push(file);
    }
  }
  return files;
}
