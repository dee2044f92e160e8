import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, PROJECT_ROOT } from "./helpers/cli.js";

// The real framework (Debian's pre-commit, which `.ci/run` installs): it clones the hook repository at a
// commit, installs it with `npm install` and `npm pack`, and runs `fsar audit` on the files a commit touches.
const preCommitVersion = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
const projectHead = spawnSync("git", ["rev-parse", "HEAD"], { cwd: PROJECT_ROOT, encoding: "utf8" });
const skipReason =
  preCommitVersion.status !== 0 ? "pre-commit is not installed (apt-get install pre-commit; .ci/run does it)" : projectHead.status !== 0 ? "the project is not a git clone, so there is no commit to install the hook from" : null;

let sandbox: string;
let hookRepo: string;
let repo: string;
let env: NodeJS.ProcessEnv;

function run(command: string, args: readonly string[]) {
  const result = spawnSync(command, args, { cwd: repo, env, encoding: "utf8", timeout: 240_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

function git(...args: string[]): string {
  const result = spawnSync("git", args, { cwd: repo, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

function putReport(fixture: "fsar_pass.md" | "fsar_fail.md"): void {
  copyFileSync(join(FIXTURES, "verdicts", fixture), join(repo, "reports", "fsar_change.md"));
  git("add", "reports/fsar_change.md");
}

beforeAll(() => {
  if (skipReason) return;
  sandbox = mkdtempSync(join(tmpdir(), "fsar-pre-commit-"));
  // npm's variables (set under `npm test`) would point the hook's npm at this project; GIT_* at the caller's repository.
  env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|GIT_)/i.test(key) && key !== "INIT_CWD"));
  Object.assign(env, {
    PRE_COMMIT_HOME: join(sandbox, "cache"),
    GIT_CONFIG_GLOBAL: join(sandbox, "gitconfig"),
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "fsar tests",
    GIT_AUTHOR_EMAIL: "tests@fsar.invalid",
    GIT_COMMITTER_NAME: "fsar tests",
    GIT_COMMITTER_EMAIL: "tests@fsar.invalid",
    NO_COLOR: "1",
    // The hook's install finds its packages in npm's cache; without npm's audit and fund requests to the registry,
    // one `pre-commit install-hooks` took 23 s of CPU instead of 29 (this file installs twice: its own and try-repo's).
    npm_config_audit: "false",
    npm_config_fund: "false",
    npm_config_update_notifier: "false",
  });
  writeFileSync(join(sandbox, "gitconfig"), "");
  // The hook repository: this project's HEAD, cloned as a user's pre-commit would fetch it (no network).
  hookRepo = join(sandbox, "fsar");
  spawnSync("git", ["clone", "-q", PROJECT_ROOT, hookRepo], { env, encoding: "utf8" });
  repo = join(sandbox, "repo");
  mkdirSync(join(repo, "reports"), { recursive: true });
  git("init", "-q", "-b", "main");
  writeFileSync(
    join(repo, ".pre-commit-config.yaml"),
    `repos:
  - repo: file://${hookRepo}
    rev: ${projectHead.stdout.trim()}
    hooks:
      - id: fsar
        args: [--now, "2026-11-26T00:00:00Z"]
`,
  );
  git("add", ".pre-commit-config.yaml");
}, 60_000);

afterAll(() => {
  if (sandbox) rmSync(sandbox, { recursive: true, force: true });
});

describe("the hook in the real pre-commit framework", () => {
  it("installs from a clone at a commit; a failing report blocks `pre-commit run --all-files`, a fixed one passes", ({ skip }) => {
    if (skipReason) return skip(skipReason);
    putReport("fsar_fail.md");
    const failing = run("pre-commit", ["run", "--all-files"]);
    expect(failing.code).toBe(1);
    expect(failing.output).toMatch(/^fsar audit\.+Failed$/m);
    expect(failing.output).toContain("6:13  error  severity 48 is at or above the block threshold 45    max-severity");
    putReport("fsar_pass.md");
    const passing = run("pre-commit", ["run", "--all-files"]);
    expect(passing.output).toMatch(/^fsar audit\.+Passed$/m);
    expect(passing.code).toBe(0);
  }, 300_000);

  it("runs through `pre-commit try-repo`", ({ skip }) => {
    if (skipReason) return skip(skipReason);
    putReport("fsar_fail.md");
    const tried = run("pre-commit", ["try-repo", hookRepo, "fsar", "--all-files"]);
    expect(tried.output).toMatch(/^fsar audit\.+Failed$/m);
    expect(tried.code).toBe(1);
  }, 300_000);

  it("blocks a real `git commit` of a failing report, and lets the fixed one through", ({ skip }) => {
    if (skipReason) return skip(skipReason);
    expect(run("pre-commit", ["install"]).code).toBe(0);
    putReport("fsar_fail.md");
    const blocked = run("git", ["commit", "-q", "-m", "add a failing report"]);
    expect(blocked.code).toBe(1);
    expect(blocked.output).toMatch(/^fsar audit\.+Failed$/m);
    expect(spawnSync("git", ["rev-parse", "--verify", "-q", "HEAD"], { cwd: repo, env }).status).not.toBe(0);
    putReport("fsar_pass.md");
    expect(run("git", ["commit", "-q", "-m", "add a passing report"]).code).toBe(0);
    expect(git("log", "--format=%s")).toBe("add a passing report\n");
  }, 300_000);
});
