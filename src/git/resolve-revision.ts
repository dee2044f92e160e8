import { UsageError } from "../core/usage-error.js";
import { checkRevision, openRepository, runGit } from "./run-git.js";

/** The commit a revision names (a full hash); a usage error when it names none. */
export async function resolveCommit(cwd: string, revision: string): Promise<string> {
  checkRevision(revision);
  const git = await openRepository(cwd);
  const what = `not a file or a revision: ${JSON.stringify(revision)}`;
  const commit = (await runGit(what, () => git.raw(["rev-parse", "--verify", "--end-of-options", `${revision}^{commit}`]))).trim();
  // simple-git reports a failure only when git writes to stderr: an empty answer is a failure too.
  if (commit === "") throw new UsageError(what);
  return commit;
}

/** The best common ancestor of two commits, as `git diff A...B` uses. */
export async function mergeBase(cwd: string, a: string, b: string): Promise<string> {
  const git = await openRepository(cwd);
  const what = `no merge base between ${a} and ${b}`;
  const base = (await runGit(what, () => git.raw(["merge-base", a, b]))).trim();
  if (base === "") throw new UsageError(what);
  return base;
}

/** The top folder of the working tree that holds cwd. */
export async function repositoryRoot(cwd: string): Promise<string> {
  const git = await openRepository(cwd);
  const output = await runGit("not in a git repository", () => git.raw(["rev-parse", "--show-toplevel"]));
  return output.trim();
}
