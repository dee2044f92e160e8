import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitSandbox, type GitSandbox } from "./helpers/git.js";

let sandbox: GitSandbox;
let work: string;

beforeEach(() => {
  sandbox = createGitSandbox();
  work = sandbox.init("work");
  sandbox.put(work, "reports/fsar_ok.md", "passing-report.md");
  sandbox.git(work, "add", ".");
  sandbox.git(work, "commit", "-q", "-m", "start");
});
afterEach(() => sandbox.cleanup());

describe("the pre-commit hook, in a real git commit", () => {
  beforeEach(async () => {
    expect((await sandbox.cli(work, ["hook", "install", "--hook", "pre-commit"])).code).toBe(0);
  });

  it("rejects a commit that stages a failing report, and accepts the fixed one", () => {
    const before = sandbox.git(work, "rev-parse", "HEAD").trim();
    sandbox.put(work, "reports/fsar_new.md", "blocking-report.md");
    sandbox.git(work, "add", ".");
    const rejected = sandbox.tryGit(work, ["commit", "-q", "-m", "a failing report"]);
    expect(rejected.code).toBe(1);
    expect(rejected.stdout + rejected.stderr).toBe(`reports/fsar_new.md  fail · severity 6, low
  5:20  warn   block_execution is true but severity 6 is below the review threshold 25  block-consistency
  5:20  error  the report blocks execution (block_execution: true)                      block-execution

✖ 2 problems (1 error, 1 warning) · 1 report: 0 pass, 0 warn, 1 fail; 0 skipped
fsar: commit stopped: fix the staged reports above, or skip this check once with git commit --no-verify
`);
    expect(sandbox.git(work, "rev-parse", "HEAD").trim()).toBe(before);

    sandbox.put(work, "reports/fsar_new.md", "passing-report.md");
    sandbox.git(work, "add", ".");
    expect(sandbox.tryGit(work, ["commit", "-q", "-m", "a passing report"]).code).toBe(0);
  });

  it("audits what git commit -a commits (the index git hands the hook), not the stale index", () => {
    sandbox.put(work, "reports/fsar_ok.md", "blocking-report.md"); // modified, not staged
    const rejected = sandbox.tryGit(work, ["commit", "-q", "-a", "-m", "break a report"]);
    expect(rejected.code).toBe(1);
    expect(rejected.stderr).toContain("reports/fsar_ok.md  fail · severity 6, low");
  });
});
