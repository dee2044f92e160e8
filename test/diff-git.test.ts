import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { itemCategory } from "../src/core/record.js";
import { runCliWithProcessEnv } from "./helpers/run-cli.js";
import { renderJsonReport, renderMarkdownReport, type RecordValues } from "./helpers/arbitraries.js";
import { createTempGitRepo, type TempGitRepo } from "./helpers/temp-git-repo.js";

const NOW = ["--now", "2026-11-26T00:00:00Z"];

function items(...texts: string[]) {
  return texts.map((text, index) => ({ text, category: itemCategory(text), line: index + 1 }));
}

/** A valid fsar id per letter, so only what a test changes moves the verdict. */
const idOf = (letter: string): string => `fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d${letter.padStart(2, "0")}`;

function report(id: string, values: Partial<RecordValues> = {}): RecordValues {
  return {
    id: idOf(id),
    timestamp: "2026-03-01T09:00:00.000Z",
    severity: 6,
    block_execution: false,
    proposal: `idea_implementation: proposal ${id}.`,
    risks: items("Slow failure: unnoticed degradation accumulating by 2028-03-01", "Incentive drift: stakeholders habituate to optimistic outputs"),
    mitigations: items("Add scheduled adversarial audits with hard pass/fail gates"),
    ...values,
  };
}

const blockedA = report("a", { severity: 48, block_execution: true });
const downgradedA = report("a");
const longProposal = (word: string) => Array.from({ length: 30 }, (_, i) => `${word} step ${i}: ${word.repeat(3)}`).join("\n");

let repo: TempGitRepo;

beforeAll(() => {
  repo = createTempGitRepo();
  repo.write("reports/fsar_a.md", renderMarkdownReport(blockedA));
  repo.write("reports/fsar_a.json", renderJsonReport(blockedA));
  repo.write("reports/fsar_b.md", renderMarkdownReport(report("b")));
  repo.write("reports/fsar_c.md", renderMarkdownReport(report("c", { proposal: longProposal("alpha") })));
  repo.write("reports/fsar_d.md", renderMarkdownReport(report("d")));
  repo.write("reports/drift_report_1.md", "# Drift report\n\nall quiet\n");
  repo.write("docs/notes.md", "# Notes\n\nfirst\n");
  repo.git("add", "-A");
  repo.git("commit", "-q", "-m", "v1");
  repo.git("tag", "v1");

  repo.git("checkout", "-q", "-b", "other");
  repo.write("reports/fsar_b.md", renderMarkdownReport(report("b", { severity: 30 })));
  repo.git("commit", "-q", "-am", "other: raise b");

  repo.git("checkout", "-q", "main");
  repo.write("reports/fsar_a.md", renderMarkdownReport(downgradedA));
  repo.write("reports/fsar_a.json", renderJsonReport(downgradedA));
  repo.git("rm", "-q", "reports/fsar_b.md");
  repo.write("reports/archive/fsar_b.md", renderMarkdownReport(report("b")));
  repo.git("rm", "-q", "reports/fsar_c.md");
  repo.write("reports/moved-c.md", renderMarkdownReport(report("c", { proposal: longProposal("omega") })));
  repo.git("rm", "-q", "reports/fsar_d.md");
  repo.write("reports/fsar_new.md", renderMarkdownReport(report("e", { severity: 30 })));
  repo.write("reports/drift_report_1.md", "# Drift report\n\nsomething moved\n");
  repo.write("docs/notes.md", "# Notes\n\nsecond\n");
  repo.git("add", "-A");
  repo.git("commit", "-q", "-m", "v2");
});

afterAll(() => repo?.remove());

describe("fsar diff <rev> <rev> (real git)", () => {
  it("git itself does not see the rewritten report as a rename: fsar pairs it by id", () => {
    expect(repo.git("diff", "--name-status", "-M", "v1", "main").split("\n").filter((line) => line.includes("c.md"))).toEqual(["D\treports/fsar_c.md", "A\treports/moved-c.md"]);
  });

  it("lists every changed report: by path, renames followed, moves paired by id, non-reports ignored", async () => {
    const run = await runCliWithProcessEnv(["diff", "v1", "main", "-f", "json", ...NOW], { cwd: repo.dir, env: repo.env });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { summary: unknown; files: Array<{ old: string | null; new: string | null; id: string | null; changes: Array<{ field: string; kind: string }> }> };
    expect(result.summary).toEqual({ files: 6, escalations: 1, downgrades: 9, neutral: 1 });
    expect(result.files.map((file) => ({ old: file.old, new: file.new, id: file.id, changes: file.changes.map((change) => `${change.kind} ${change.field}`) }))).toEqual([
      { old: "reports/fsar_b.md", new: "reports/archive/fsar_b.md", id: idOf("b"), changes: [] },
      { old: "reports/fsar_a.json", new: "reports/fsar_a.json", id: idOf("a"), changes: ["downgrade severity", "downgrade band", "downgrade block_execution", "downgrade verdict"] },
      { old: "reports/fsar_a.md", new: "reports/fsar_a.md", id: idOf("a"), changes: ["downgrade severity", "downgrade band", "downgrade block_execution", "downgrade verdict"] },
      { old: "reports/fsar_d.md", new: null, id: idOf("d"), changes: ["downgrade verdict"] },
      { old: null, new: "reports/fsar_new.md", id: idOf("e"), changes: ["escalation verdict"] },
      { old: "reports/fsar_c.md", new: "reports/moved-c.md", id: idOf("c"), changes: ["neutral proposal"] },
    ]);
  });

  it("says what a report added or removed was", async () => {
    const run = await runCliWithProcessEnv(["diff", "v1", "main", "--", "reports/fsar_d.md", "reports/fsar_new.md", ...NOW], { cwd: repo.dir, env: repo.env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "reports/fsar_d.md (removed)  fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d0d
        downgrade   verdict          report removed: was verdict pass, severity 6 (low), block_execution false

      reports/fsar_new.md (added)  fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d0e
        escalation  verdict          report added: verdict warn, severity 30 (review), block_execution false

      ⚠ 2 reports: 1 escalation, 1 downgrade, 0 neutral
      "
    `);
  });

  it("A...B compares from the merge base; A B compares the two tips", async () => {
    const threeDots = await runCliWithProcessEnv(["diff", "other...main", "-f", "json", "--", "reports/fsar_b.md", "reports/archive", ...NOW], { cwd: repo.dir, env: repo.env });
    expect(JSON.parse(threeDots.stdout).files.map((file: { old: string; new: string; changes: unknown[] }) => [file.old, file.new, file.changes.length])).toEqual([["reports/fsar_b.md", "reports/archive/fsar_b.md", 0]]);
    const tips = await runCliWithProcessEnv(["diff", "other", "main", "-f", "json", "--fail-on", "downgrade", "--", "reports/fsar_b.md", "reports/archive", ...NOW], { cwd: repo.dir, env: repo.env });
    expect(tips.code).toBe(1);
    expect(JSON.parse(tips.stdout).files.map((file: { changes: Array<{ field: string; kind: string }> }) => file.changes.map((change) => `${change.kind} ${change.field}`))).toEqual([
      ["downgrade severity", "downgrade band", "downgrade verdict"],
    ]);
  });

  it("ignores excluded files as audit does: a report moved into an excluded folder was removed", async () => {
    const config = join(dirname(repo.dir), "exclude-archive.yaml");
    writeFileSync(config, 'exclude: ["repo/reports/archive/**"]\n');
    const run = await runCliWithProcessEnv(["diff", "v1", "main", "-c", config, "-f", "json", "--", "reports/fsar_b.md", "reports/archive", ...NOW], { cwd: repo.dir, env: repo.env });
    expect(JSON.parse(run.stdout).files).toEqual([
      { old: "reports/fsar_b.md", new: null, id: idOf("b"), changes: [{ field: "verdict", kind: "downgrade", old: "pass", new: null, message: "report removed: was verdict pass, severity 6 (low), block_execution false" }] },
    ]);
  });

  it("limits the diff to pathspecs after --, relative to the working folder", async () => {
    const run = await runCliWithProcessEnv(["diff", "v1", "main", "-f", "json", "--", "fsar_a.md", ...NOW], { cwd: `${repo.dir}/reports`, env: repo.env });
    expect(JSON.parse(run.stdout).files.map((file: { new: string }) => file.new)).toEqual(["reports/fsar_a.md"]);
  });

  it("compares rev:path blobs, and a blob with a file", async () => {
    const blobs = await runCliWithProcessEnv(["diff", "v1:reports/fsar_a.md", "main:reports/fsar_a.md", ...NOW], { cwd: repo.dir, env: repo.env });
    expect(blobs.code).toBe(0);
    expect(blobs.stdout).toMatchInlineSnapshot(`
      "v1:reports/fsar_a.md → main:reports/fsar_a.md  fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d0a
        downgrade   severity         severity lowered: 48 → 6
        downgrade   band             band down: block → low
        downgrade   block_execution  block_execution cleared: true → false
        downgrade   verdict          verdict under the current config: fail → pass

      ⚠ 1 report: 0 escalations, 4 downgrades, 0 neutral
      "
    `);
    const blobAndFile = await runCliWithProcessEnv(["diff", "v1:./fsar_a.json", "fsar_a.md", "-f", "json", ...NOW], { cwd: `${repo.dir}/reports`, env: repo.env });
    expect(JSON.parse(blobAndFile.stdout).files[0]).toMatchObject({ old: "v1:./fsar_a.json", new: "fsar_a.md", id: idOf("a") });
    expect(JSON.parse(blobAndFile.stdout).summary).toEqual({ files: 1, escalations: 0, downgrades: 4, neutral: 0 });
  });

  it("is a usage error (exit 2) for an unknown revision or blob, and outside a repository", async () => {
    expect(await runCliWithProcessEnv(["diff", "v1", "nope"], { cwd: repo.dir, env: repo.env })).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "fsar: not a file or a revision: "nope": fatal: Needed a single revision
      ",
        "stdout": "",
      }
    `);
    const blob = await runCliWithProcessEnv(["diff", "v1:reports/missing.md", "main:reports/fsar_a.md"], { cwd: repo.dir, env: repo.env });
    expect(blob.code).toBe(2);
    expect(blob.stderr).toMatch(/^fsar: cannot read v1:reports\/missing\.md: fatal: path 'reports\/missing\.md' does not exist in 'v1'\n$/);
    expect(await runCliWithProcessEnv(["diff", "v1", "main"], { cwd: dirname(repo.dir), env: repo.env })).toEqual({
      code: 2,
      stderr: `fsar: no such file "v1" or "main", and no revisions to read without git: ${dirname(repo.dir)} is not inside a git working tree (not a git repository (or any of the parent directories): .git)\n`,
      stdout: "",
    });
  });
});
