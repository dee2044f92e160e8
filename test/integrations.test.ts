import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { Ajv } from "ajv";
import { parse } from "yaml";
import { FIXTURES, PROJECT_ROOT } from "./helpers/cli.js";
import { runCli } from "./helpers/run-cli.js";

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

  it("gates the files pre-commit would pass it", async () => {
    const staged = ["reports/fsar_pass.md", "reports/fsar_fail.md"].filter((name) => new RegExp(hooks[0]!.files).test(name));
    const run = await runCli([...fsarArguments(hooks[0]!.entry), ...staged, "--now", "2026-11-26T00:00:00Z"], { cwd: folder });
    expect(run.code).toBe(1);
  });
});

describe("CI examples", () => {
  it("GitLab CI: installs fsar from its repository and writes the Code Quality and JUnit reports it publishes", async () => {
    const pipeline = parse(readFileSync(join(PROJECT_ROOT, "examples/gitlab-ci/.gitlab-ci.yml"), "utf8"));
    const job: { image: string; script: string[]; artifacts: { reports: { junit: string; codequality: string } } } = pipeline.fsar;
    expect(job.image).toBe("node:24");
    expect(job.script[0]).toBe('npm install --global --no-audit --no-fund "git+https://github.com/fsar-dev/fsar.git#${FSAR_REF}"');
    const audit = job.script.find((line) => line.startsWith("fsar audit"))!;
    const run = await runCli([...fsarArguments(audit), "--now", "2026-11-26T00:00:00Z"], { cwd: folder });
    expect(run.code).toBe(1);
    expect(readFileSync(join(folder, job.artifacts.reports.junit), "utf8")).toContain('<testsuite name="fsar" tests="4" failures="2" errors="0" skipped="0">');
    const issues: Array<{ check_name: string; severity: string; fingerprint: string; location: { path: string; lines: { begin: number } } }> = JSON.parse(
      readFileSync(join(folder, job.artifacts.reports.codequality), "utf8"),
    );
    // GitLab's own schema, applied to each issue as GitLab does, then what its documentation adds.
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(PROJECT_ROOT, "test/schemas/gitlab-codeclimate.json"), "utf8")));
    expect(issues.flatMap((issue) => (validate(issue) ? [] : (validate.errors ?? [])))).toEqual([]);
    expect(issues.filter((issue) => !["info", "minor", "major", "critical", "blocker"].includes(issue.severity) || issue.location.lines.begin < 1)).toEqual([]);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
    expect(issues.map((issue) => `${issue.location.path}:${issue.location.lines.begin} ${issue.severity} ${issue.check_name}`)).toEqual([
      "reports/fsar_fail.md:6 major max-severity",
      "reports/fsar_fail.md:7 major block-execution",
      "reports/fsar_malformed.json:5 major parse-error",
      "reports/fsar_warn.json:5 minor max-severity",
    ]);
  });
});
