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

/** The empty tree, by hash length: what a history that shares nothing with the remote is compared with. */
const EMPTY_TREE: Record<number, string> = { 40: "4b825dc642cb6eb9a060e54bf8d69288fbee4904", 64: "6ef19b41225c5369f1c104d45d8d85efa9b057b53b14b4b9b939dd74decc5321" };

/** Where git diff-tree --stdin -c takes a line `<commit> <parent>...`, or `<tree> <tree>`: what one pushed ref is compared with. */
type Comparison = { commit: string; bases: string[] } | { fromTree: string; toTree: string };

/**
 * For each new ref, the commits where it leaves what the remote's default branch has: the parents, outside that
 * history, of its commits that are not in it. One rev-list for every ref; null for a ref the branch already holds.
 */
async function forkPoints(repo: GitRepository, locals: readonly string[], defaultBranch: string): Promise<Map<string, { bases: string[]; reachesRoot: boolean } | null>> {
  const parents = new Map<string, string[]>();
  const listing = await repo.runWithInput(["rev-list", "--parents", "--stdin"], `${[...new Set(locals)].join("\n")}\n^${defaultBranch}\n`);
  for (const line of listing.split("\n")) {
    if (line === "") continue;
    const [commit, ...of] = line.split(" ");
    parents.set(commit!, of);
  }
  const points = new Map<string, { bases: string[]; reachesRoot: boolean } | null>();
  for (const local of locals) {
    if (points.has(local)) continue;
    if (!parents.has(local)) {
      points.set(local, null);
      continue;
    }
    const bases = new Set<string>();
    const seen = new Set<string>([local]);
    const stack = [local];
    let reachesRoot = false;
    while (stack.length > 0) {
      const of = parents.get(stack.pop()!)!;
      if (of.length === 0) reachesRoot = true;
      for (const parent of of) {
        if (!parents.has(parent)) bases.add(parent);
        else if (!seen.has(parent)) {
          seen.add(parent);
          stack.push(parent);
        }
      }
    }
    points.set(local, { bases: [...bases], reachesRoot });
  }
  return points;
}

/** Parses `git diff-tree --stdin -r -z --raw --always` output: one list of files per input line, in order. */
function parseDiffTreeBlocks(output: string): GitFile[][] {
  const blocks: GitFile[][] = [];
  const tokens = output.split("\0");
  for (let index = 0; index < tokens.length; index++) {
    let token = tokens[index]!;
    if (!token.startsWith(":")) {
      // A header: the commit of a line (ended by NUL), or `<tree> <tree>` lines (ended by a newline, so glued to what follows).
      const lines = token.split("\n");
      for (const header of lines.slice(0, -1)) if (header !== "") blocks.push([]);
      token = lines[lines.length - 1]!;
      if (token === "") continue;
      if (!token.startsWith(":")) {
        blocks.push([]);
        continue;
      }
    }
    // `:<mode>... <object>... <status>`, one mode and object per parent and the result last, then the path.
    const fields = token.replace(/^:+/, "").split(" ");
    const sides = (fields.length - 1) / 2;
    const mode = fields[sides - 1]!;
    const blob = fields[fields.length - 2]!;
    const path = tokens[++index]!;
    if (!isNullObjectId(blob)) blocks[blocks.length - 1]!.push({ path, mode, blob });
  }
  return blocks;
}

/**
 * The files a push changes, from git's pre-push input, with their content as pushed (never the working tree):
 * for a ref the remote has, what changed from its remote tip; for a new ref, what it changed where it leaves the
 * remote's default branch (against every such fork point at once, so what a merge of that branch brought in is
 * left out), or every file when it shares no history with it; nothing for a deletion. A local object git does not
 * have is a UsageError. The git work is the same few processes for any number of refs: one to resolve every
 * object, one rev-list for the new refs, one diff-tree for all.
 */
export async function listPushedFiles(repo: GitRepository, remote: string, updates: readonly PushUpdate[]): Promise<GitFile[]> {
  const pushed = updates.filter((update) => !isDeletion(update));
  if (pushed.length === 0) return [];
  const defaultCandidates = [`refs/remotes/${remote}/HEAD`, `refs/remotes/${remote}/main`, `refs/remotes/${remote}/master`];
  const names = pushed.flatMap((update) => [update.localObject, `${update.localObject}^{commit}`, `${update.localObject}^{tree}`, ...(isNullObjectId(update.remoteObject) ? [] : [`${update.remoteObject}^{commit}`])]);
  const resolved = await repo.resolveObjects([...names, ...defaultCandidates.map((ref) => `${ref}^{commit}`)]);
  const defaultBranch = defaultCandidates.map((ref) => resolved.get(`${ref}^{commit}`)).find((id) => id !== undefined) ?? null;

  const comparisons: Array<{ update: PushUpdate; comparison: Comparison }> = [];
  const fresh: Array<{ update: PushUpdate; local: string }> = [];
  for (const update of pushed) {
    if (!resolved.has(update.localObject)) {
      throw new UsageError(`the pushed ${update.localRef} is ${update.localObject}, which this repository does not have: fsar hook run pre-push must get git's pre-push input unchanged`);
    }
    // A tag can point at a tree or a blob: only commits carry reports.
    const local = resolved.get(`${update.localObject}^{commit}`);
    if (local === undefined) continue;
    const remoteCommit = isNullObjectId(update.remoteObject) ? undefined : resolved.get(`${update.remoteObject}^{commit}`);
    if (remoteCommit !== undefined) comparisons.push({ update, comparison: { commit: local, bases: [remoteCommit] } });
    else fresh.push({ update, local });
  }
  // A new ref, or a remote tip this clone has not fetched: compared where it leaves the remote's default branch.
  const points = defaultBranch === null || fresh.length === 0 ? new Map() : await forkPoints(repo, fresh.map(({ local }) => local), defaultBranch);
  for (const { update, local } of fresh) {
    const point = defaultBranch === null ? undefined : points.get(local);
    if (point === null) continue; // the default branch already holds it
    if (point !== undefined && point.bases.length > 0) {
      comparisons.push({ update, comparison: { commit: local, bases: point.bases } });
      continue;
    }
    if (point?.reachesRoot && (await repo.isShallow())) throw new ShallowHistoryError(`cannot find where ${update.localRef} leaves ${remote}'s default branch`);
    comparisons.push({ update, comparison: { fromTree: EMPTY_TREE[local.length]!, toTree: resolved.get(`${update.localObject}^{tree}`)! } });
  }
  if (comparisons.length === 0) return [];

  const input = comparisons.map(({ comparison }) => ("commit" in comparison ? [comparison.commit, ...comparison.bases] : [comparison.fromTree, comparison.toTree]).join(" ")).join("\n");
  const blocks = parseDiffTreeBlocks(await repo.runWithInput(["diff-tree", "--stdin", "-r", "-z", "--raw", "-c", "--always", "--no-abbrev", "--no-renames", "--no-ext-diff", "--ignore-submodules=all"], `${input}\n`));
  const files: GitFile[] = [];
  const blobByPath = new Map<string, string>();
  comparisons.forEach(({ update }, index) => {
    for (const file of blocks[index] ?? []) {
      const seen = blobByPath.get(file.path);
      if (seen === file.blob) continue;
      if (seen === undefined) blobByPath.set(file.path, file.blob!);
      else file.label = update.localRef.replace(/^refs\/(heads|tags)\//, "");
      files.push(file);
    }
  });
  return files;
}
