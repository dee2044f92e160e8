import { UsageError } from "../core/usage-error.js";
import type { GitRepository } from "./repository.js";

/** The history is too shallow to compare with the base: exit 2 with how to fetch more, never "nothing changed". */
export class ShallowHistoryError extends UsageError {
  constructor(what: string) {
    super(
      `${what}: this clone's history is too shallow. Fetch more history (git fetch --unshallow, or git fetch --deepen=<n>), ` +
        "or in CI check out the whole history (GitHub Actions: actions/checkout with fetch-depth: 0)",
    );
    this.name = "ShallowHistoryError";
  }
}

/** The ref `--changed` compares with when none is given: the branch's upstream, else origin/HEAD, else main, else master. */
export async function findDefaultBase(repo: GitRepository): Promise<string | null> {
  const upstream = (await repo.tryRun(["rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}"]))?.trim();
  if (upstream) return upstream;
  for (const candidate of ["origin/HEAD", "main", "master"]) {
    if ((await repo.resolveCommit(candidate)) !== null) return candidate;
  }
  return null;
}

/** The commit a base ref names; a UsageError (a ShallowHistoryError in a shallow clone) when it names none. */
export async function resolveBase(repo: GitRepository, base: string): Promise<string> {
  const commit = await repo.resolveCommit(base);
  if (commit !== null) return commit;
  if (await repo.isShallow()) throw new ShallowHistoryError(`cannot find the base ${base}`);
  throw new UsageError(`the base ${JSON.stringify(base)} is not a branch, tag or commit in this repository`);
}
