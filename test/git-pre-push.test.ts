import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitSandbox, type GitSandbox } from "./helpers/git.js";

const BLOCKING_OUTPUT = `reports/fsar_topic.md  fail · severity 6, low
  5:20  warn   block_execution is true but severity 6 is below the review threshold 25  block-consistency
  5:20  error  the report blocks execution (block_execution: true)                      block-execution

✖ 2 problems (1 error, 1 warning) · 1 report: 0 pass, 0 warn, 1 fail; 0 skipped
fsar: push stopped: fix the reports above, or skip this check once with git push --no-verify
`;

let sandbox: GitSandbox;
let remote: string;
let work: string;

/** What the hook printed during a git command: its stdout (git 2.39 passes a pre-push hook's stdout through), then its stderr, without git's own lines. */
function hookOutput(run: { stdout: string; stderr: string }): string {
  return (run.stdout + run.stderr)
    .split("\n")
    .filter((line) => !/^(To |error: failed to push| ! \[remote rejected\]| \* \[new branch\]| {3}[0-9a-f]+\.\.[0-9a-f]+ | - \[deleted\])/.test(line))
    .join("\n");
}

/** A new branch `topic` whose one commit adds a failing report. */
function commitFailingReportOnTopic(message: string): void {
  sandbox.git(work, "switch", "-q", "-c", "topic");
  sandbox.put(work, "reports/fsar_topic.md", "blocking-report.md");
  sandbox.git(work, "add", ".");
  sandbox.git(work, "commit", "-q", "-m", message);
}

function remoteTip(branch: string): string | null {
  const run = sandbox.tryGit(remote, ["rev-parse", "--verify", "--quiet", `refs/heads/${branch}`]);
  return run.code === 0 ? run.stdout.trim() : null;
}

/** A bare remote whose main already holds a failing report (committed before any hook), and a clone of it. */
function createRemoteAndClone(): void {
  remote = sandbox.init("remote.git", { bare: true });
  const seed = sandbox.init("seed");
  sandbox.put(seed, "reports/fsar_legacy.md", "blocking-report.md");
  sandbox.put(seed, "reports/fsar_ok.md", "passing-report.md");
  sandbox.git(seed, "add", ".");
  sandbox.git(seed, "commit", "-q", "-m", "seed");
  sandbox.git(seed, "push", "-q", remote, "main");
  work = sandbox.clone(remote, "work");
}

beforeEach(() => {
  sandbox = createGitSandbox();
  createRemoteAndClone();
});
afterEach(() => sandbox.cleanup());

describe("the pre-push hook, in a real git push", () => {
  beforeEach(async () => {
    expect((await sandbox.cli(work, ["hook", "install"])).code).toBe(0);
  });

  it("rejects a push whose report fails, and accepts it once the report is fixed", () => {
    const before = remoteTip("main");
    sandbox.put(work, "reports/fsar_topic.md", "blocking-report.md");
    sandbox.git(work, "add", ".");
    sandbox.git(work, "commit", "-q", "-m", "a failing report");
    const rejected = sandbox.tryGit(work, ["push", "origin", "main"]);
    expect(rejected.code).toBe(1);
    expect(hookOutput(rejected)).toBe(BLOCKING_OUTPUT);
    expect(remoteTip("main")).toBe(before);

    sandbox.put(work, "reports/fsar_topic.md", "passing-report.md");
    sandbox.git(work, "commit", "-q", "-am", "fix the report");
    const accepted = sandbox.tryGit(work, ["push", "origin", "main"]);
    expect(accepted.code).toBe(0);
    expect(hookOutput(accepted)).toBe("✔ 1 report: 1 pass, 0 warn, 0 fail; 0 skipped\n");
    expect(remoteTip("main")).toBe(sandbox.git(work, "rev-parse", "main").trim());
  });

  it("rejects a pushed commit that fails even when the working file is clean", async () => {
    sandbox.put(work, "reports/fsar_topic.md", "blocking-report.md");
    sandbox.git(work, "add", ".");
    sandbox.git(work, "commit", "-q", "-m", "a failing report");
    sandbox.put(work, "reports/fsar_topic.md", "passing-report.md"); // fixed on disk, not committed
    expect((await sandbox.cli(work, ["audit", "reports/fsar_topic.md"])).code).toBe(0);
    const rejected = sandbox.tryGit(work, ["push", "origin", "main"]);
    expect(rejected.code).toBe(1);
    expect(hookOutput(rejected)).toBe(BLOCKING_OUTPUT);
  });

  it("accepts a new branch without report changes, whatever the reports it shares with main", () => {
    sandbox.git(work, "switch", "-q", "-c", "topic");
    sandbox.write(work, "notes.txt", "no report here\n");
    sandbox.git(work, "add", ".");
    sandbox.git(work, "commit", "-q", "-m", "notes");
    const pushed = sandbox.tryGit(work, ["push", "origin", "topic"]);
    expect(pushed.code).toBe(0);
    expect(hookOutput(pushed)).toBe("✔ 0 reports: 0 pass, 0 warn, 0 fail; 1 skipped\n");
    expect(remoteTip("topic")).not.toBeNull();
  });

  it("rejects a new branch that adds a failing report", () => {
    commitFailingReportOnTopic("a failing report");
    const rejected = sandbox.tryGit(work, ["push", "origin", "topic"]);
    expect(rejected.code).toBe(1);
    expect(hookOutput(rejected)).toBe(BLOCKING_OUTPUT);
    expect(remoteTip("topic")).toBeNull();
  });

  it("lets git push --no-verify skip the check, and deletes a branch without auditing it", () => {
    commitFailingReportOnTopic("a failing report");
    expect(sandbox.tryGit(work, ["push", "--no-verify", "origin", "topic"]).code).toBe(0);
    expect(remoteTip("topic")).not.toBeNull();

    const deleted = sandbox.tryGit(work, ["push", "origin", "--delete", "topic"]);
    expect(deleted.code).toBe(0);
    expect(hookOutput(deleted)).toBe("✔ 0 reports: 0 pass, 0 warn, 0 fail; 0 skipped\n");
    expect(remoteTip("topic")).toBeNull();
  });

  it("names a report by its branch when two pushed branches carry different versions of it", () => {
    commitFailingReportOnTopic("failing on topic");
    sandbox.git(work, "switch", "-q", "main");
    sandbox.put(work, "reports/fsar_topic.md", "passing-report.md");
    sandbox.git(work, "add", ".");
    sandbox.git(work, "commit", "-q", "-m", "passing on main");
    const rejected = sandbox.tryGit(work, ["push", "origin", "main", "topic"]);
    expect(rejected.code).toBe(1);
    // git lists main first: its version keeps the plain name, topic's is named topic:<path>.
    expect(hookOutput(rejected)).toBe(BLOCKING_OUTPUT.replace("reports/fsar_topic.md  fail", "topic:reports/fsar_topic.md  fail").replace("1 report: 0 pass", "2 reports: 1 pass"));
  });

  it("audits every report of the pushed commit when the remote has no branch to compare with", () => {
    const empty = sandbox.init("empty.git", { bare: true });
    sandbox.git(work, "remote", "add", "empty", empty);
    const pushed = sandbox.tryGit(work, ["push", "empty", "main"]);
    expect(pushed.code).toBe(1);
    expect(hookOutput(pushed)).toBe(`reports/fsar_legacy.md  fail · severity 6, low
  5:20  warn   block_execution is true but severity 6 is below the review threshold 25  block-consistency
  5:20  error  the report blocks execution (block_execution: true)                      block-execution

✖ 2 problems (1 error, 1 warning) · 2 reports: 1 pass, 0 warn, 1 fail; 0 skipped
fsar: push stopped: fix the reports above, or skip this check once with git push --no-verify
`);
  });
});

describe("fsar hook run pre-push", () => {
  it("reads the pushed content from the commit named on stdin", () => {
    const base = sandbox.git(work, "rev-parse", "HEAD").trim();
    sandbox.put(work, "reports/fsar_topic.md", "blocking-report.md");
    sandbox.git(work, "add", ".");
    sandbox.git(work, "commit", "-q", "-m", "a failing report");
    const tip = sandbox.git(work, "rev-parse", "HEAD").trim();
    const run = sandbox.fsar(work, ["hook", "run", "pre-push", "origin", remote], `refs/heads/main ${tip} refs/heads/main ${base}\n`);
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).toBe(BLOCKING_OUTPUT);
  });

  it("audits nothing for a deletion", () => {
    const zeros = "0".repeat(40);
    const base = sandbox.git(work, "rev-parse", "HEAD").trim();
    const run = sandbox.fsar(work, ["hook", "run", "pre-push", "origin", remote], `(delete) ${zeros} refs/heads/main ${base}\n`);
    expect(run).toEqual({ code: 0, stdout: "✔ 0 reports: 0 pass, 0 warn, 0 fail; 0 skipped\n", stderr: "" });
  });

  it("is a usage error when stdin is not git's ref lines", () => {
    const run = sandbox.fsar(work, ["hook", "run", "pre-push", "origin", remote], "refs/heads/main HEAD\n");
    expect(run).toEqual({ code: 2, stdout: "", stderr: 'fsar: pre-push input line 1 is not "<local ref> <local sha> <remote ref> <remote sha>": "refs/heads/main HEAD"\n' });
  });

  it("is a usage error without git's two arguments", () => {
    const run = sandbox.fsar(work, ["hook", "run", "pre-push"], "");
    expect(run).toEqual({ code: 2, stdout: "", stderr: "fsar: fsar hook run pre-push takes git's two arguments: <remote> <url>\n" });
  });

  it("is a usage error for a hook fsar does not have", () => {
    const run = sandbox.fsar(work, ["hook", "run", "post-merge"], "");
    expect(run).toEqual({ code: 2, stdout: "", stderr: 'fsar: fsar has no "post-merge" hook (known: pre-push, pre-commit)\n' });
  });
});

describe("hooks run from a subfolder", () => {
  it("still audit the whole push", async () => {
    expect((await sandbox.cli(work, ["hook", "install"])).code).toBe(0);
    sandbox.put(work, "reports/fsar_topic.md", "blocking-report.md");
    sandbox.git(work, "add", ".");
    sandbox.git(work, "commit", "-q", "-m", "a failing report");
    const rejected = sandbox.tryGit(join(work, "reports"), ["push", "origin", "main"]);
    expect(rejected.code).toBe(1);
    expect(hookOutput(rejected)).toBe(BLOCKING_OUTPUT);
  });
});
