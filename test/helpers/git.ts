import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { FIXTURES, runFsar, type CliRun } from "./cli.js";
import { runCliWithProcessEnv } from "./run-cli.js";

/** A temporary folder for one test's repositories, with a git environment cut off from the user's config. */
export interface GitSandbox {
  dir: string;
  env: NodeJS.ProcessEnv;
  /** Runs git in a folder of the sandbox; returns stdout; throws when git fails. */
  git(cwd: string, ...args: string[]): string;
  /** Runs git, returning its exit code and output instead of throwing. */
  tryGit(cwd: string, args: readonly string[], input?: string): CliRun;
  /** Runs the built fsar in a folder of the sandbox. */
  fsar(cwd: string, args: readonly string[], input?: string): CliRun;
  /** Runs fsar in this process (runCli) in a folder of the sandbox, its git cut off from the user's config as well. */
  cli(cwd: string, args: readonly string[]): Promise<CliRun>;
  /** A new repository (branch main) with an identity set in its own config. */
  init(name: string, options?: { bare?: boolean }): string;
  /** Clones `from` into a new folder of the sandbox (extra git clone options first), with an identity set. */
  clone(from: string, name: string, options?: readonly string[]): string;
  /** Copies fixtures/git/<fixture> to <repo>/<path>. */
  put(repo: string, path: string, fixture: string): void;
  write(repo: string, path: string, content: string): void;
  cleanup(): void;
}

export function createGitSandbox(): GitSandbox {
  const dir = mkdtempSync(join(tmpdir(), "fsar-git-"));
  const globalConfig = join(dir, "global.gitconfig");
  writeFileSync(globalConfig, "");
  const env: NodeJS.ProcessEnv = { GIT_CONFIG_GLOBAL: globalConfig, GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0" };
  // A test run from inside a git hook would otherwise act on the caller's repository.
  for (const key of Object.keys(process.env)) if (key.startsWith("GIT_") && !(key in env)) env[key] = undefined;
  const fullEnv = (): NodeJS.ProcessEnv => {
    const merged: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key];
    return merged;
  };

  const sandbox: GitSandbox = {
    dir,
    env,
    git: (cwd, ...args) => execFileSync("git", args, { cwd, env: fullEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }),
    tryGit: (cwd, args, input) => {
      try {
        const stdout = execFileSync("git", args, { cwd, env: fullEnv(), encoding: "utf8", input, stdio: ["pipe", "pipe", "pipe"] });
        return { code: 0, stdout, stderr: "" };
      } catch (error) {
        const failure = error as { status: number | null; stdout: string; stderr: string };
        return { code: failure.status, stdout: failure.stdout, stderr: failure.stderr };
      }
    },
    fsar: (cwd, args, input) => runFsar(args, { cwd, env, input }),
    cli: (cwd, args) => runCliWithProcessEnv(args, { cwd, env }),
    init: (name, options = {}) => {
      const repo = join(dir, name);
      mkdirSync(repo, { recursive: true });
      sandbox.git(repo, "init", "-q", ...(options.bare ? ["--bare"] : []), "--initial-branch=main");
      sandbox.git(repo, "config", "user.name", "fsar tests");
      sandbox.git(repo, "config", "user.email", "tests@fsar.invalid");
      sandbox.git(repo, "config", "init.defaultBranch", "main");
      return repo;
    },
    clone: (from, name, options = []) => {
      const repo = join(dir, name);
      sandbox.git(dir, "clone", "-q", ...options, from, repo);
      sandbox.git(repo, "config", "user.name", "fsar tests");
      sandbox.git(repo, "config", "user.email", "tests@fsar.invalid");
      return repo;
    },
    put: (repo, path, fixture) => {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      copyFileSync(join(FIXTURES, "git", fixture), join(repo, path));
    },
    write: (repo, path, content) => {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), content);
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
  return sandbox;
}
