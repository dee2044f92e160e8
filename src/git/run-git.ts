import type { SimpleGit, SimpleGitOptions } from "simple-git";
import { UsageError } from "../core/usage-error.js";

/** simple-git, loaded on first use: commands that never touch git do not pay for it. */
export async function openRepository(cwd: string, unsafe: SimpleGitOptions["unsafe"] = {}): Promise<SimpleGit> {
  const { simpleGit } = await import("simple-git");
  return simpleGit({ baseDir: cwd, maxConcurrentProcesses: 4, trimmed: false, unsafe });
}

/** Runs a git call; git's own complaint (bad revision, not a repository) becomes a usage error naming it. */
export async function runGit<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const firstLine = message.split("\n").find((line) => line.trim() !== "")?.trim();
    throw new UsageError(`${what}: ${firstLine ?? "git failed"}`);
  }
}

/** A revision that starts with "-" would be read by git as an option. */
export function checkRevision(revision: string): void {
  if (revision === "" || revision.startsWith("-")) throw new UsageError(`not a revision: ${JSON.stringify(revision)}`);
}
