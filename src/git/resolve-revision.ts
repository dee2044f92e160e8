import { checkRevision, openRepository, runGit } from "./run-git.js";

/** The commit a revision names (a full hash); a usage error when it names none. */
export async function resolveCommit(cwd: string, revision: string): Promise<string> {
  checkRevision(revision);
  const git = await openRepository(cwd);
  const output = await runGit(`not a file or a revision: ${JSON.stringify(revision)}`, () => git.raw(["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]));
  return output.trim();
}

/** The best common ancestor of two commits, as `git diff A...B` uses. */
export async function mergeBase(cwd: string, a: string, b: string): Promise<string> {
  const git = await openRepository(cwd);
  const output = await runGit(`no merge base between ${a} and ${b}`, () => git.raw(["merge-base", a, b]));
  return output.trim();
}

/** The top folder of the working tree that holds cwd. */
export async function repositoryRoot(cwd: string): Promise<string> {
  const git = await openRepository(cwd);
  const output = await runGit("not in a git repository", () => git.raw(["rev-parse", "--show-toplevel"]));
  return output.trim();
}
