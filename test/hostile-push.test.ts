import { spawnSync } from "node:child_process";
import { chmodSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FSAR_BIN } from "./helpers/cli.js";
import { createGitSandbox, type GitSandbox } from "./helpers/git.js";

// The pre-push hook must neither pass a push it did not see nor block one for a report it saw twice, and its git
// work must not grow with the number of refs pushed. Each case runs real git against a bare remote.
/** Generous for a loaded 2-core machine, and still far from a hang. */
const BOUND_MS = 20_000;
const FIX = "run it as git's pre-push hook (fsar hook install), or hand it git's pre-push stdin (lefthook: use_stdin: true)";

let sandbox: GitSandbox;
let remote: string;
let work: string;

beforeEach(() => {
  sandbox = createGitSandbox();
  remote = sandbox.init("remote.git", { bare: true });
  const seed = sandbox.init("seed");
  sandbox.put(seed, "reports/fsar_ok.md", "passing-report.md");
  sandbox.git(seed, "add", ".");
  sandbox.git(seed, "commit", "-q", "-m", "seed");
  sandbox.git(seed, "push", "-q", remote, "main");
  work = sandbox.clone(remote, "work");
});
afterEach(() => sandbox.cleanup());

function head(): string {
  return sandbox.git(work, "rev-parse", "HEAD").trim();
}

/** fsar hook run pre-push with stdin taken from a file or device (a path), as a hook manager may hand it. */
function hookWithStdinFrom(path: string): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync("sh", ["-c", `node "${FSAR_BIN}" hook run pre-push origin "${remote}" < "${path}"`], { cwd: work, encoding: "utf8", env: { ...process.env, ...sandbox.env, NO_COLOR: "1" } as NodeJS.ProcessEnv });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("pre-push input that is not a push", () => {
  it("is an error, exit 2 with the fix, for a local sha git does not have", () => {
    const unknown = "1234567890123456789012345678901234567890";
    const run = sandbox.fsar(work, ["hook", "run", "pre-push", "origin", remote], `refs/heads/main ${unknown} refs/heads/main ${head()}\n`);
    expect(run).toEqual({ code: 2, stdout: "", stderr: `fsar: the pushed refs/heads/main is ${unknown}, which this repository does not have: fsar hook run pre-push must get git's pre-push input unchanged\n` });
  });

  it("is an error, exit 2 with the fix, for stdin from /dev/null, an empty file or no stdin at all", () => {
    expect(hookWithStdinFrom("/dev/null")).toEqual({ code: 2, stdout: "", stderr: `fsar: fsar hook run pre-push reads the pushed refs from stdin, which is a device such as /dev/null: ${FIX}\n` });
    writeFileSync(join(sandbox.dir, "empty"), "");
    expect(hookWithStdinFrom(join(sandbox.dir, "empty"))).toEqual({ code: 2, stdout: "", stderr: `fsar: fsar hook run pre-push got no pushed refs on stdin: ${FIX}\n` });
    const closed = spawnSync("sh", ["-c", `node "${FSAR_BIN}" hook run pre-push origin "${remote}" <&-`], { cwd: work, encoding: "utf8", env: { ...process.env, ...sandbox.env, NO_COLOR: "1" } as NodeJS.ProcessEnv });
    // Node opens /dev/null in place of a closed stdin.
    expect({ code: closed.status, stdout: closed.stdout, stderr: closed.stderr }).toEqual({ code: 2, stdout: "", stderr: `fsar: fsar hook run pre-push reads the pushed refs from stdin, which is a device such as /dev/null: ${FIX}\n` });
  });

  it("passes git's own empty input: a push with everything up to date (git still runs the hook)", async () => {
    expect((await sandbox.cli(work, ["hook", "install"])).code).toBe(0);
    const pushed = sandbox.tryGit(work, ["push", "origin", "main"]);
    expect(pushed.code).toBe(0);
    expect(pushed.stdout + pushed.stderr).toContain("✔ 0 reports: 0 pass, 0 warn, 0 fail; 0 skipped\n");
  });
});

describe("several pushed refs", () => {
  it("passes two branches that each edit the same passing report: one report, not a duplicate id", async () => {
    expect((await sandbox.cli(work, ["hook", "install"])).code).toBe(0);
    const passing = readFileSync(join(work, "reports/fsar_ok.md"), "utf8");
    for (const branch of ["one", "two"]) {
      sandbox.git(work, "switch", "-q", "-c", branch, "main");
      sandbox.write(work, "reports/fsar_ok.md", passing.replace("- Build the index", `- ${branch}: build the index`));
      sandbox.git(work, "commit", "-q", "-am", `edit on ${branch}`);
    }
    expect(readFileSync(join(work, "reports/fsar_ok.md"), "utf8")).not.toBe(passing);
    const pushed = sandbox.tryGit(work, ["push", "origin", "one", "two"]);
    expect(pushed.stdout + pushed.stderr).toContain("✔ 2 reports: 2 pass, 0 warn, 0 fail; 0 skipped\n");
    expect(pushed.code).toBe(0);
  });

  it("runs the same number of git processes for 2 new tags as for 200, within the time bound", () => {
    // A git on PATH that logs each call, then runs the real one.
    const realGit = spawnSync("sh", ["-c", "command -v git"], { encoding: "utf8" }).stdout.trim();
    const bin = join(sandbox.dir, "bin");
    spawnSync("mkdir", ["-p", bin]);
    const log = join(sandbox.dir, "git-calls.log");
    writeFileSync(join(bin, "git"), `#!/bin/sh\necho "$1" >> "${log}"\nexec "${realGit}" "$@"\n`);
    chmodSync(join(bin, "git"), 0o755);
    const calls = (tags: number): number => {
      // A new commit for each tag, on main: one git fast-import makes them all (a git commit each took seconds).
      const stream = Array.from({ length: tags }, (_, i) => {
        const message = `release ${tags}.${i}\n`;
        return `commit refs/heads/main\ncommitter fsar tests <tests@fsar.invalid> 1767225600 +0000\ndata ${message.length}\n${message}${i === 0 ? "from refs/heads/main^0\n" : ""}\n`;
      });
      expect(sandbox.tryGit(work, ["fast-import", "--quiet"], stream.join("")).code).toBe(0);
      const commits = sandbox.git(work, "rev-list", "--reverse", `--max-count=${tags}`, "main").trim().split("\n");
      expect(new Set(commits).size).toBe(tags);
      const lines = commits.map((sha, i) => `refs/tags/v${tags}.${i} ${sha} refs/tags/v${tags}.${i} ${"0".repeat(40)}`);
      writeFileSync(log, "");
      const started = performance.now();
      const run = spawnSync(process.execPath, [FSAR_BIN, "hook", "run", "pre-push", "origin", remote], { cwd: work, input: `${lines.join("\n")}\n`, encoding: "utf8", env: { ...process.env, ...sandbox.env, NO_COLOR: "1", PATH: `${bin}:${process.env.PATH}` } as NodeJS.ProcessEnv });
      expect({ code: run.status, stdout: run.stdout, stderr: run.stderr }).toEqual({ code: 0, stdout: "✔ 0 reports: 0 pass, 0 warn, 0 fail; 0 skipped\n", stderr: "" });
      expect(performance.now() - started).toBeLessThan(BOUND_MS);
      return readFileSync(log, "utf8").split("\n").filter(Boolean).length;
    };
    const few = calls(2);
    expect(calls(200)).toBe(few);
    expect(few).toBeLessThanOrEqual(5);
  });
});
