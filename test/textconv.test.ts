import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { FSAR_BIN, PROJECT_ROOT, runFsar } from "./helpers/cli.js";
import { runCliWithProcessEnv } from "./helpers/run-cli.js";
import { createTempGitRepo, type TempGitRepo } from "./helpers/temp-git-repo.js";

const TWIN_MD = "fixtures/examples/fsar_proposal_2026-03-01T09-00-00-000Z.md";
const TWIN_JSON = "fixtures/examples/fsar_proposal_2026-03-01T09-00-00-000Z.json";

function textconvBytes(file: string, cwd = PROJECT_ROOT): Buffer {
  const result = spawnSync(process.execPath, [FSAR_BIN, "textconv", file], { cwd, encoding: "buffer" });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe("fsar textconv", () => {
  it("renders a report canonically, the same for its md and json twins", () => {
    const md = runFsar(["textconv", TWIN_MD]);
    expect(md.code).toBe(0);
    expect(runFsar(["textconv", TWIN_JSON]).stdout).toBe(md.stdout);
    expect(md.stdout).toMatchInlineSnapshot(`
      "# FSAR Proposal Report
      id: fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6e
      timestamp: 2026-03-01T09:00:00.000Z
      severity: 6
      block_execution: false

      ## Proposal
      idea_implementation: Add a nightly job that compacts the metrics tables and reports the space it saved.

      ## Phase 1: measure

      Record table sizes before and after, in a dashboard the team already reads.

      ## Risks
      - Slow failure: unnoticed degradation accumulating by 2028-03-01
      - Unintended consequence: incentives shift toward short-term metrics, long-term reliability decays
      - Incentive drift: stakeholders habituate to optimistic outputs, raising risk of silent defects

      ## Mitigations
      - Add scheduled adversarial audits with hard pass/fail gates
      - Track leading indicators for drift and trust inflation; alert on trend change
      - Prefer reversible rollouts; keep rollback artifacts warm and tested
      "
    `);
  });

  it("prints a file that is not a report byte for byte, invalid UTF-8 included", () => {
    expect(textconvBytes("fixtures/examples/README.md").equals(readFileSync(join(PROJECT_ROOT, "fixtures/examples/README.md")))).toBe(true);
    expect(textconvBytes("fixtures/diff/broken-fsar-report.md").equals(readFileSync(join(PROJECT_ROOT, "fixtures/diff/broken-fsar-report.md")))).toBe(true);
    expect(textconvBytes("fixtures/diff/not-utf8.md").equals(readFileSync(join(PROJECT_ROOT, "fixtures/diff/not-utf8.md")))).toBe(true);
  });

  it("is a usage error (exit 2) for a file it cannot read", () => {
    expect(runFsar(["textconv", "fixtures/diff/nope.md"])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "fsar: cannot read fixtures/diff/nope.md: ENOENT
      ",
        "stdout": "",
      }
    `);
  });
});

describe("git diff through the fsar textconv driver (real git)", () => {
  let repo: TempGitRepo | undefined;
  afterEach(() => repo?.remove());

  it("shows the semantic change of a report, and a non-report markdown file as it is", () => {
    repo = createTempGitRepo();
    repo.git("config", "diff.fsar.textconv", `"${process.execPath}" "${FSAR_BIN}" textconv`);
    repo.write(".gitattributes", "*.md diff=fsar\nfsar*.json diff=fsar\n");
    repo.write("reports/fsar_x.md", readFileSync(join(PROJECT_ROOT, "fixtures/diff/blocked.md"), "utf8"));
    repo.write("notes.md", "# Notes\n\n- first\n");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "one");
    repo.write("reports/fsar_x.md", readFileSync(join(PROJECT_ROOT, "fixtures/diff/quietly-downgraded.md"), "utf8"));
    repo.write("notes.md", "# Notes\n\n- first\n- second\n");
    expect(repo.git("diff", "--no-color")).toMatchInlineSnapshot(`
      "diff --git a/notes.md b/notes.md
      index b3d3c1e..66bf238 100644
      --- a/notes.md
      +++ b/notes.md
      @@ -1,3 +1,4 @@
       # Notes
       
       - first
      +- second
      diff --git a/reports/fsar_x.md b/reports/fsar_x.md
      index 8256d80..6090989 100644
      --- a/reports/fsar_x.md
      +++ b/reports/fsar_x.md
      @@ -1,18 +1,16 @@
       # FSAR Proposal Report
       id: fsar_7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d
       timestamp: 2026-05-20T08:15:00.000Z
      -severity: 48
      -block_execution: true
      +severity: 6
      +block_execution: false
       
       ## Proposal
      -idea_implementation: Drop the legacy orders table in production to reclaim 40 GB.
      +idea_implementation: Archive the legacy orders table in production to reclaim 40 GB.
       
       ## Risks
      -- Slow failure: reports that join on legacy ids degrade unnoticed by 2028-05-20
      -- Data loss: dropping the table is irreversible once the backup window closes
      +- Slow failure: reports that join on legacy ids degrade unnoticed by 2030-05-20
       - Incentive drift: stakeholders habituate to optimistic outputs
       
       ## Mitigations
       - Take a verified backup first and keep it for 90 days
      -- Announce the change to every team that reads orders
       - Prefer reversible rollouts; keep rollback artifacts warm and tested
      "
    `);
  });

  it("fsar init --git-diff sets the driver up, once", async () => {
    repo = createTempGitRepo();
    // git runs the configured command "fsar textconv": a fsar on PATH that is this build.
    const bin = join(dirname(repo.dir), "bin");
    mkdirSync(bin);
    writeFileSync(join(bin, "fsar"), `#!/bin/sh\nexec "${process.execPath}" "${FSAR_BIN}" "$@"\n`);
    chmodSync(join(bin, "fsar"), 0o755);
    const env = { ...repo.env, PATH: `${bin}:${process.env.PATH}` };
    repo.write(".gitattributes", "*.png binary");
    mkdirSync(join(repo.dir, "sub"));

    const first = await runCliWithProcessEnv(["init", "--git-diff"], { cwd: join(repo.dir, "sub"), env });
    expect(first).toMatchInlineSnapshot(`
      {
        "code": 0,
        "stderr": "",
        "stdout": "set diff.fsar.textconv to "fsar textconv" in the repository config
      updated .gitattributes (*.md and fsar*.json use the fsar diff driver)
      git diff now shows reports in canonical form; fsar must be on PATH (npm install -g fsar, or npm link)
      ",
      }
    `);
    expect(readFileSync(join(repo.dir, ".gitattributes"), "utf8")).toBe("*.png binary\n*.md diff=fsar\nfsar*.json diff=fsar\n");
    expect(repo.git("config", "--local", "diff.fsar.textconv")).toBe("fsar textconv\n");
    expect((await runCliWithProcessEnv(["init", "--git-diff"], { cwd: repo.dir, env })).stdout).toContain("kept .gitattributes");

    repo.write("fsar_y.json", readFileSync(join(PROJECT_ROOT, TWIN_JSON), "utf8"));
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "one");
    repo.write("fsar_y.json", readFileSync(join(PROJECT_ROOT, TWIN_JSON), "utf8").replace('"severity": 6', '"severity": 30'));
    const diff = spawnSync("git", ["diff", "--no-color", "-U0"], { cwd: repo.dir, env, encoding: "utf8" });
    expect(diff.stderr).toBe("");
    expect(diff.stdout.split("\n").filter((line) => /^[-+][^-+]/.test(line))).toEqual(["-severity: 6", "+severity: 30"]);
  });
});
