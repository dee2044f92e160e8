import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** git isolated from the user's and the system's config, with a fixed identity and dates. */
export function isolatedGitEnv(home: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOME: home,
    GIT_CONFIG_GLOBAL: join(home, "gitconfig"),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "fsar test",
    GIT_AUTHOR_EMAIL: "test@example.com",
    GIT_COMMITTER_NAME: "fsar test",
    GIT_COMMITTER_EMAIL: "test@example.com",
    GIT_AUTHOR_DATE: "2026-01-01T00:00:00Z",
    GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
    GIT_PAGER: "cat",
    PAGER: "cat",
  };
}

export interface TempGitRepo {
  dir: string;
  env: NodeJS.ProcessEnv;
  /** Runs git in the repository; throws with git's stderr when it fails. */
  git(...args: string[]): string;
  write(path: string, content: string): void;
  remove(): void;
}

/** A fresh repository in a temporary folder (branch main), with its own HOME. */
export function createTempGitRepo(): TempGitRepo {
  const root = mkdtempSync(join(tmpdir(), "fsar-git-"));
  const dir = join(root, "repo");
  const home = join(root, "home");
  mkdirSync(dir);
  mkdirSync(home);
  writeFileSync(join(home, "gitconfig"), "");
  const env = isolatedGitEnv(home);
  const git = (...args: string[]): string => {
    const result = spawnSync("git", args, { cwd: dir, env, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr}`);
    return result.stdout;
  };
  git("init", "-q", "-b", "main");
  return {
    dir,
    env,
    git,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
