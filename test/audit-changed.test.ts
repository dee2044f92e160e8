import { symlinkSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createGitSandbox, type GitSandbox } from "./helpers/git.js";

let sandbox: GitSandbox;
let repo: string;

interface JsonOutput {
  summary: { reports: number; pass: number; fail: number; skipped: number };
  results: Array<{ file: string; verdict: string }>;
}

async function auditJson(args: readonly string[]): Promise<{ code: number | null; files: string[]; summary: JsonOutput["summary"]; stderr: string }> {
  const run = await sandbox.cli(repo, ["audit", "-f", "json", ...args]);
  const output = JSON.parse(run.stdout) as JsonOutput;
  return { code: run.code, files: output.results.map((result) => `${result.file} ${result.verdict}`), summary: output.summary, stderr: run.stderr };
}

function commitAll(message: string): void {
  sandbox.git(repo, "add", "-A");
  sandbox.git(repo, "commit", "-q", "-m", message);
}

beforeEach(() => {
  sandbox = createGitSandbox();
  repo = sandbox.init("work");
  sandbox.put(repo, "reports/fsar_renamed-later.md", "passing-report.md");
  sandbox.put(repo, "reports/fsar_deleted-later.md", "passing-report.md");
  sandbox.put(repo, "reports/fsar_edited-later.md", "passing-report.md");
  sandbox.put(repo, "reports/fsar_legacy-failure.md", "blocking-report.md");
  commitAll("main");
  sandbox.git(repo, "switch", "-q", "-c", "topic");
});
afterEach(() => sandbox.cleanup());

describe("fsar audit --changed", () => {
  it("audits renamed, modified, uncommitted and untracked reports, and ignores deleted and unchanged ones", async () => {
    sandbox.git(repo, "mv", "reports/fsar_renamed-later.md", "reports/fsar_renamed.md");
    sandbox.git(repo, "rm", "-q", "reports/fsar_deleted-later.md");
    commitAll("rename and delete");
    sandbox.put(repo, "reports/fsar_edited-later.md", "blocking-report.md"); // uncommitted
    sandbox.put(repo, "reports/fsar_untracked.md", "blocking-report.md");
    sandbox.write(repo, "notes.txt", "not a report\n");
    const run = await auditJson(["--changed"]);
    expect(run.files).toEqual(["reports/fsar_edited-later.md fail", "reports/fsar_renamed.md pass", "reports/fsar_untracked.md fail"]);
    expect(run.summary).toMatchObject({ reports: 3, pass: 1, fail: 2, skipped: 1 });
    expect(run.code).toBe(1);
  });

  it("compares with --base, from the merge-base: changes on the base since then are not the branch's", async () => {
    sandbox.put(repo, "reports/fsar_on-topic.md", "passing-report.md");
    commitAll("topic");
    sandbox.git(repo, "switch", "-q", "main");
    sandbox.put(repo, "reports/fsar_on-main.md", "blocking-report.md");
    commitAll("main moves on");
    sandbox.git(repo, "switch", "-q", "topic");
    expect((await auditJson(["--changed", "--base", "main"])).files).toEqual(["reports/fsar_on-topic.md pass"]);
  });

  it("prefers the upstream to main as the default base", async () => {
    sandbox.put(repo, "reports/fsar_first.md", "passing-report.md");
    commitAll("first");
    sandbox.git(repo, "branch", "-q", "--set-upstream-to", "main");
    sandbox.git(repo, "branch", "-q", "-f", "main", "topic");
    sandbox.put(repo, "reports/fsar_second.md", "passing-report.md");
    commitAll("second");
    expect((await auditJson(["--changed"])).files).toEqual(["reports/fsar_second.md pass"]);
  });

  it("applies the discovery rules of a folder walk: names, report headings, the config's exclude, paths given", async () => {
    sandbox.write(repo, "fsar.config.yaml", 'exclude: ["**/drafts/**"]\n');
    commitAll("config");
    sandbox.put(repo, "reports/drafts/fsar_draft.md", "blocking-report.md");
    sandbox.put(repo, "docs/renamed-report.md", "passing-report.md"); // not fsar*, but a report by its heading
    sandbox.write(repo, "docs/guide.md", "# A guide\n");
    sandbox.write(repo, "docs/data.json", '{ "not": "a report" }\n');
    expect(await auditJson(["--changed"])).toMatchObject({ files: ["docs/renamed-report.md pass"], summary: { reports: 1, skipped: 4 } });
    expect(await auditJson(["--changed", "reports"])).toMatchObject({ files: [], summary: { reports: 0, skipped: 1 } });
    expect((await auditJson(["--changed", "reports/drafts/fsar_draft.md"])).files).toEqual(["reports/drafts/fsar_draft.md fail"]);
  });

  it("keeps to the config's include when no paths are given", async () => {
    sandbox.write(repo, "fsar.config.yaml", "include: [reports]\n");
    sandbox.put(repo, "reports/fsar_in.md", "passing-report.md");
    sandbox.put(repo, "elsewhere/fsar_out.md", "blocking-report.md");
    expect(await auditJson(["--changed"])).toMatchObject({ code: 0, files: ["reports/fsar_in.md pass"], summary: { reports: 1, skipped: 0 } });
  });

  it("names files relative to the working folder as given, even through a symbolic link", async () => {
    sandbox.put(repo, "reports/fsar_new.md", "passing-report.md");
    const linked = join(sandbox.dir, "linked-work");
    symlinkSync(repo, linked);
    const run = await sandbox.cli(join(linked, "reports"), ["audit", "--changed", "-f", "json"]);
    expect((JSON.parse(run.stdout) as JsonOutput).results.map((result) => result.file)).toEqual(["fsar_new.md"]);
  });

  it("is a usage error when the base does not exist", async () => {
    expect(await sandbox.cli(repo, ["audit", "--changed", "--base", "nope"])).toEqual({
      code: 2,
      stdout: "",
      stderr: 'fsar: the base "nope" is not a branch, tag or commit in this repository\n',
    });
  });

  it("is a usage error when there is no base to find", async () => {
    sandbox.git(repo, "branch", "-q", "-m", "main", "trunk");
    expect(await sandbox.cli(repo, ["audit", "--changed"])).toEqual({
      code: 2,
      stdout: "",
      stderr: "fsar: cannot find a base to compare with (no upstream, origin/HEAD, main or master); name one with --base <ref>\n",
    });
  });

  it("is a usage error with --base but without --changed, or with --staged", async () => {
    expect(await sandbox.cli(repo, ["audit", "--base", "main"])).toEqual({ code: 2, stdout: "", stderr: "fsar: --base only makes sense with --changed\n" });
    expect(await sandbox.cli(repo, ["audit", "--changed", "--staged"])).toEqual({ code: 2, stdout: "", stderr: "fsar: --changed and --staged cannot be used together\n" });
  });
});

describe("fsar audit --staged", () => {
  it("audits the staged content when the working file is fixed but the index is not", async () => {
    sandbox.put(repo, "reports/fsar_edited-later.md", "blocking-report.md");
    sandbox.git(repo, "add", "reports/fsar_edited-later.md");
    sandbox.put(repo, "reports/fsar_edited-later.md", "passing-report.md");
    expect(await auditJson(["--staged"])).toMatchObject({ code: 1, files: ["reports/fsar_edited-later.md fail"] });
  });

  it("passes a staged fix while the working file is broken again", async () => {
    sandbox.put(repo, "reports/fsar_new.md", "passing-report.md");
    sandbox.git(repo, "add", "reports/fsar_new.md");
    sandbox.put(repo, "reports/fsar_new.md", "blocking-report.md");
    sandbox.put(repo, "reports/fsar_unstaged.md", "blocking-report.md");
    expect(await auditJson(["--staged"])).toMatchObject({ code: 0, files: ["reports/fsar_new.md pass"] });
  });

  it("audits every staged report before the first commit", async () => {
    const fresh = sandbox.init("fresh");
    sandbox.put(fresh, "fsar_first.md", "blocking-report.md");
    sandbox.git(fresh, "add", ".");
    const run = await sandbox.cli(fresh, ["audit", "--staged", "-f", "json"]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as JsonOutput).results.map((result) => result.file)).toEqual(["fsar_first.md"]);
  });

  it("is a usage error outside a git repository", async () => {
    const run = await sandbox.cli(sandbox.dir, ["audit", "--staged"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fsar: .* is not inside a git working tree/);
  });
});

describe("a shallow clone", () => {
  let shallow: string;
  beforeEach(() => {
    // main and topic part at the first commit; a depth-1 clone has neither that commit nor any shared one.
    sandbox.git(repo, "switch", "-q", "main");
    sandbox.put(repo, "reports/fsar_main-2.md", "passing-report.md");
    commitAll("main 2");
    sandbox.git(repo, "switch", "-q", "topic");
    sandbox.put(repo, "reports/fsar_topic-1.md", "passing-report.md");
    commitAll("topic 1");
    sandbox.put(repo, "reports/fsar_topic-2.md", "blocking-report.md");
    commitAll("topic 2");
    shallow = sandbox.clone(pathToFileURL(repo).href, "shallow", ["--depth", "1", "--no-single-branch", "--branch", "topic"]);
  });

  it("exits 2 saying the history is too shallow, never 'nothing changed'", async () => {
    const message =
      "fsar: cannot find the merge-base of origin/main and HEAD: this clone's history is too shallow. Fetch more history (git fetch --unshallow, or git fetch --deepen=<n>), " +
      "or in CI check out the whole history (GitHub Actions: actions/checkout with fetch-depth: 0)\n";
    expect(await sandbox.cli(shallow, ["audit", "--changed", "--base", "origin/main"])).toEqual({ code: 2, stdout: "", stderr: message });
  });

  it("works once the history is fetched", async () => {
    sandbox.git(shallow, "fetch", "-q", "--unshallow");
    const run = await sandbox.cli(shallow, ["audit", "--changed", "--base", "origin/main", "-f", "json"]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as JsonOutput).results.map((result) => `${result.file} ${result.verdict}`)).toEqual(["reports/fsar_topic-1.md pass", "reports/fsar_topic-2.md fail"]);
  });
});
