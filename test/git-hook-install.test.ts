import { readFileSync, statSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hookScript } from "../src/git/hooks.js";
import { FSAR_BIN } from "./helpers/cli.js";
import { createGitSandbox, type GitSandbox } from "./helpers/git.js";

const FOREIGN_HOOK = "#!/bin/sh\necho 'a hook of my own'\n";

let sandbox: GitSandbox;
let repo: string;
beforeEach(() => {
  sandbox = createGitSandbox();
  repo = sandbox.init("work");
});
afterEach(() => sandbox.cleanup());

function expectedHook(hook: "pre-push" | "pre-commit"): string {
  return hookScript(hook, { node: process.execPath, script: FSAR_BIN });
}

function isExecutable(path: string): boolean {
  return (statSync(path).mode & 0o111) === 0o111;
}

describe("fsar hook install", () => {
  it("writes an executable pre-push hook that runs this fsar, with npx as the fallback", async () => {
    const run = await sandbox.cli(repo, ["hook", "install"]);
    const path = join(repo, ".git", "hooks", "pre-push");
    expect(run).toEqual({ code: 0, stdout: `fsar: installed pre-push hook ${path}\n`, stderr: "" });
    expect(isExecutable(path)).toBe(true);
    expect(readFileSync(path, "utf8")).toBe(`#!/bin/sh
# fsar-managed-hook: written by \`fsar hook install\`; \`fsar hook uninstall\` removes it
# Audits the reports this push changes. To skip it once: git push --no-verify
node='${process.execPath}'
fsar='${FSAR_BIN}'
if [ -x "$node" ] && [ -f "$fsar" ]; then
  exec "$node" "$fsar" hook run pre-push "$@"
fi
exec npx --no -- fsar hook run pre-push "$@"
`);
  });

  it("writes a pre-commit hook with --hook pre-commit", async () => {
    const run = await sandbox.cli(repo, ["hook", "install", "--hook", "pre-commit"]);
    const path = join(repo, ".git", "hooks", "pre-commit");
    expect(run).toEqual({ code: 0, stdout: `fsar: installed pre-commit hook ${path}\n`, stderr: "" });
    expect(readFileSync(path, "utf8")).toBe(expectedHook("pre-commit"));
    expect(isExecutable(path)).toBe(true);
  });

  it("writes the hook where core.hooksPath says, creating the folder", async () => {
    sandbox.git(repo, "config", "core.hooksPath", "tools/hooks");
    mkdirSync(join(repo, "src"));
    const run = await sandbox.cli(join(repo, "src"), ["hook", "install"]);
    const path = join(repo, "tools", "hooks", "pre-push");
    expect(run).toEqual({ code: 0, stdout: `fsar: installed pre-push hook ${path}\n`, stderr: "" });
    expect(readFileSync(path, "utf8")).toBe(expectedHook("pre-push"));
    expect(existsSync(join(repo, ".git", "hooks", "pre-push"))).toBe(false);
  });

  it("writes into the shared hooks folder from a linked worktree", async () => {
    sandbox.git(repo, "commit", "-q", "--allow-empty", "-m", "start");
    const linked = join(sandbox.dir, "linked");
    sandbox.git(repo, "worktree", "add", "-q", "-b", "topic", linked);
    const run = await sandbox.cli(linked, ["hook", "install"]);
    expect(run).toEqual({ code: 0, stdout: `fsar: installed pre-push hook ${join(repo, ".git", "hooks", "pre-push")}\n`, stderr: "" });
  });

  it("refuses to overwrite a hook fsar did not write, and leaves it untouched", async () => {
    const path = join(repo, ".git", "hooks", "pre-push");
    writeFileSync(path, FOREIGN_HOOK, { mode: 0o755 });
    const run = await sandbox.cli(repo, ["hook", "install"]);
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: `fsar: ${path} already exists and fsar did not write it, so it is left as it is. Call fsar from it (fsar hook run pre-push "$@"), or replace it with fsar hook install --force\n`,
    });
    expect(readFileSync(path, "utf8")).toBe(FOREIGN_HOOK);
  });

  it("replaces a hook fsar did not write with --force", async () => {
    const path = join(repo, ".git", "hooks", "pre-push");
    writeFileSync(path, FOREIGN_HOOK);
    const run = await sandbox.cli(repo, ["hook", "install", "--force"]);
    expect(run).toEqual({ code: 0, stdout: `fsar: replaced the existing hook with pre-push hook ${path}\n`, stderr: "" });
    expect(readFileSync(path, "utf8")).toBe(expectedHook("pre-push"));
    expect(isExecutable(path)).toBe(true);
  });

  it("is idempotent: a second install leaves the hook as it is", async () => {
    const path = join(repo, ".git", "hooks", "pre-push");
    expect((await sandbox.cli(repo, ["hook", "install"])).code).toBe(0);
    const first = statSync(path);
    const again = await sandbox.cli(repo, ["hook", "install"]);
    expect(again).toEqual({ code: 0, stdout: `fsar: already installed: pre-push hook ${path}\n`, stderr: "" });
    expect(readFileSync(path, "utf8")).toBe(expectedHook("pre-push"));
    expect(statSync(path).ino).toBe(first.ino);
  });

  it("updates a hook fsar wrote earlier for another fsar", async () => {
    const path = join(repo, ".git", "hooks", "pre-push");
    writeFileSync(path, hookScript("pre-push", { node: "/old/node", script: "/old/fsar/bin/fsar.js" }), { mode: 0o755 });
    const run = await sandbox.cli(repo, ["hook", "install"]);
    expect(run).toEqual({ code: 0, stdout: `fsar: updated pre-push hook ${path}\n`, stderr: "" });
    expect(readFileSync(path, "utf8")).toBe(expectedHook("pre-push"));
  });

  it("is a usage error outside a git repository", async () => {
    const run = await sandbox.cli(sandbox.dir, ["hook", "install"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^fsar: .* is not inside a git working tree \(not a git repository/);
  });
});

describe("fsar hook uninstall", () => {
  it("removes fsar's hooks and leaves a foreign one alone", async () => {
    expect((await sandbox.cli(repo, ["hook", "install"])).code).toBe(0);
    const prePush = join(repo, ".git", "hooks", "pre-push");
    const preCommit = join(repo, ".git", "hooks", "pre-commit");
    writeFileSync(preCommit, FOREIGN_HOOK, { mode: 0o755 });
    const run = await sandbox.cli(repo, ["hook", "uninstall"]);
    expect(run).toEqual({ code: 0, stdout: `fsar: removed ${prePush}\nfsar: left ${preCommit} alone: fsar did not write it\n`, stderr: "" });
    expect(existsSync(prePush)).toBe(false);
    expect(readFileSync(preCommit, "utf8")).toBe(FOREIGN_HOOK);
  });

  it("says so when there is no fsar hook", async () => {
    expect(await sandbox.cli(repo, ["hook", "uninstall"])).toEqual({ code: 0, stdout: "fsar: no fsar hook is installed\n", stderr: "" });
  });
});
