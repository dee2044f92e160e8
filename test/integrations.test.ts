import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FIXTURES, PROJECT_ROOT, runFsar } from "./helpers/cli.js";

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "fsar-integrations-"));
  cpSync(join(FIXTURES, "verdicts"), join(folder, "reports"), { recursive: true });
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** The arguments after `fsar` in a shipped example's command line. */
function fsarArguments(commandLine: string): string[] {
  const words = commandLine.trim().split(/\s+/);
  return words.slice(words.indexOf("fsar") + 1);
}

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(join(PROJECT_ROOT, ".pre-commit-hooks.yaml"), "utf8")) as Array<{ id: string; entry: string; language: string; files: string }>;

  it("offers one node hook whose files pattern takes report names only", () => {
    expect(hooks.map((hook) => [hook.id, hook.entry, hook.language])).toEqual([["fsar", "fsar audit", "node"]]);
    const files = new RegExp(hooks[0]!.files);
    expect(["fsar_proposal_x.md", "reports/fsar_x.json", "README.md", "reports/notes.md", "fsar/readme.md"].filter((name) => files.test(name))).toEqual(["fsar_proposal_x.md", "reports/fsar_x.json"]);
  });

  it("gates the files pre-commit would pass it", () => {
    const staged = ["reports/fsar_pass.md", "reports/fsar_fail.md"].filter((name) => new RegExp(hooks[0]!.files).test(name));
    const run = runFsar([...fsarArguments(hooks[0]!.entry), ...staged, "--now", "2026-11-26T00:00:00Z"], { cwd: folder });
    expect(run.code).toBe(1);
  });
});

describe("CI examples", () => {
  it("GitHub Actions: annotates and writes the SARIF file it uploads", () => {
    const workflow = parse(readFileSync(join(PROJECT_ROOT, "examples/github-actions/fsar.yml"), "utf8"));
    const steps: Array<{ run?: string; uses?: string; with?: { sarif_file?: string } }> = workflow.jobs.audit.steps;
    const audit = steps.find((step) => step.run?.includes("fsar audit"))!;
    const upload = steps.find((step) => step.uses?.startsWith("github/codeql-action/upload-sarif"))!;
    const run = runFsar([...fsarArguments(audit.run!), "--now", "2026-11-26T00:00:00Z"], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toBe("::error file=reports/fsar_fail.md,line=6,col=13,title=fsar max-severity::severity 48 is at or above the block threshold 45");
    expect(existsSync(join(folder, upload.with!.sarif_file!))).toBe(true);
  });

  it("GitLab CI: writes the JUnit report it publishes", () => {
    const pipeline = parse(readFileSync(join(PROJECT_ROOT, "examples/gitlab-ci/.gitlab-ci.yml"), "utf8"));
    const job: { script: string[]; artifacts: { reports: { junit: string } } } = pipeline.fsar;
    const run = runFsar([...fsarArguments(job.script[0]!), "--now", "2026-11-26T00:00:00Z"], { cwd: folder });
    expect(run.code).toBe(1);
    expect(readFileSync(join(folder, job.artifacts.reports.junit), "utf8")).toContain('<testsuite name="fsar" tests="4" failures="2" errors="0" skipped="0">');
  });
});
