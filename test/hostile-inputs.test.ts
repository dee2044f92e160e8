import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit, auditCandidates } from "../src/audit.js";
import { ConfigError } from "../src/config/config-error.js";
import { loadConfig, parseConfigText } from "../src/config/load.js";
import { defaultConfig } from "../src/config/resolve.js";
import { Auditor, type AuditResult } from "../src/core/engine.js";
import { parseReport } from "../src/core/parse.js";
import { FSAR_BIN, runFsar } from "./helpers/cli.js";

// Each hostile input must end in a clear finding or error, quickly: never a crash, a hang or a silent pass.
const NOW = new Date("2026-11-26T00:00:00Z");
/** Generous for a loaded 2-core machine, and still far from a hang. */
const BOUND_MS = 10_000;

function report({ id = "fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6e", proposal = "idea_implementation: compact the metrics tables.", risks = ["Slow failure: unnoticed degradation by 2028-03-01"] } = {}): string {
  return [
    "# FSAR Proposal Report",
    `- id: ${id}`,
    "- timestamp: 2026-03-01T09:00:00.000Z",
    "- severity: 6",
    "- block_execution: false",
    "- proposal:",
    "",
    proposal,
    "",
    "## Risks",
    ...risks.map((risk) => `- ${risk}`),
    "",
    "## Mitigations",
    "- Prefer reversible rollouts",
  ].join("\n");
}

let root: string;
beforeAll(() => {
  // tmpfs where there is one: deep trees and big files are made and removed many times faster there.
  root = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "fsar-hostile-"));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function folder(name: string): string {
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  return path;
}

async function timedAudit(cwd: string, paths: string[] = ["."]): Promise<{ result: AuditResult; ms: number }> {
  const started = performance.now();
  const result = await audit(paths, { cwd, now: NOW, config: defaultConfig(cwd) });
  return { result, ms: performance.now() - started };
}

function findingsOf(result: AuditResult): string[] {
  return result.results.flatMap((entry) => entry.findings.map((f) => `${entry.file}:${f.line ?? "-"}:${f.column ?? "-"} ${f.level} ${f.rule} ${f.message}`));
}

describe("hostile report content", () => {
  it("reads a 50 MB proposal whole and passes it", async () => {
    const cwd = folder("big-proposal");
    const line = "idea_implementation: " + "x".repeat(99) + "\n";
    writeFileSync(join(cwd, "fsar_big.md"), report({ proposal: line.repeat(500_000).trimEnd() }));
    const { result, ms } = await timedAudit(cwd);
    expect(result.summary).toEqual({ reports: 1, pass: 1, warn: 0, fail: 0, errors: 0, warnings: 0, skipped: 0 });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("reports a million-line file without its sections as truncated, on its last line", async () => {
    const cwd = folder("million-lines");
    writeFileSync(join(cwd, "fsar_lines.md"), report().replace(/\n## Risks[^]*$/, "") + "\nmore text".repeat(1_000_000));
    const { result, ms } = await timedAudit(cwd);
    expect(findingsOf(result)).toEqual(['fsar_lines.md:1000009:- error parse-error the report is truncated: no "## Risks" and "## Mitigations" sections']);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("reports a single 10 MB line as not a report, on line 1", async () => {
    const cwd = folder("long-line");
    writeFileSync(join(cwd, "fsar_line.md"), "x".repeat(10 * 1024 * 1024));
    const { result, ms } = await timedAudit(cwd);
    expect(findingsOf(result)).toEqual(['fsar_line.md:1:1 error parse-error expected the heading "# FSAR Proposal Report"']);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("reads a report with 100,000 risks", () => {
    const risks = Array.from({ length: 100_000 }, (_, i) => `Slow failure: risk number ${i}`);
    const started = performance.now();
    const parsed = parseReport(report({ risks }), { file: "fsar_risks.md" });
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.record?.risks.length).toBe(100_000);
    expect(parsed.record?.risks[99_999]).toEqual({ text: "Slow failure: risk number 99999", category: "Slow failure", line: 100_010 });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it("reads a 10 MB JSON proposal full of escapes", () => {
    const proposal = "line with a \"quote\" and a tab\t\n".repeat(320_000);
    const json = JSON.stringify({ id: "fsar_x", timestamp: "2026-03-01T09:00:00.000Z", proposal, severity: 6, risks: ["a"], mitigations: ["b"], block_execution: false });
    const started = performance.now();
    const parsed = parseReport(json, { file: "fsar_x.json" });
    expect(parsed.record?.proposal).toBe(proposal);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});

describe("hostile folders", () => {
  it("walks 10,000 nested folders without overflowing, turning paths too long to open into findings", async () => {
    const cwd = folder("nested");
    // Paths this deep are longer than PATH_MAX: only relative mkdir can make them.
    const made = spawnSync("mkdir", ["-p", "d/".repeat(10_000)], { cwd });
    expect(made.status).toBe(0);
    writeFileSync(join(cwd, "d/d/fsar_shallow.md"), report());
    const { result, ms } = await timedAudit(cwd);
    const unreadable = result.results.filter((entry) => entry.findings.some((f) => f.message === "cannot read the folder: ENAMETOOLONG"));
    expect(unreadable).toHaveLength(1);
    expect(result.summary).toMatchObject({ reports: 2, pass: 1, fail: 1 });
    expect(ms).toBeLessThan(BOUND_MS);
    // GNU rm removes trees deeper than PATH_MAX; Node's rmSync cannot.
    expect(spawnSync("rm", ["-rf", cwd]).status).toBe(0);
  });

  it("ends symbolic link loops, auditing each report once", async () => {
    const cwd = folder("loops");
    mkdirSync(join(cwd, "a"));
    writeFileSync(join(cwd, "a/fsar_one.md"), report());
    symlinkSync("..", join(cwd, "a/up")); // a -> its parent -> a ...
    symlinkSync("self.md", join(cwd, "a/self.md")); // a link to itself: ELOOP
    const { result, ms } = await timedAudit(cwd);
    expect(result.results.map((entry) => entry.file)).toEqual(["a/fsar_one.md"]);
    expect(result.summary).toMatchObject({ reports: 1, pass: 1, skipped: 1 });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("skips FIFOs and device files in a walk, and fails them when named, without blocking", async () => {
    const cwd = folder("special");
    expect(spawnSync("mkfifo", [join(cwd, "fsar_fifo.md")]).status).toBe(0);
    symlinkSync("/dev/zero", join(cwd, "fsar_device.md"));
    writeFileSync(join(cwd, "fsar_real.md"), report());
    const walked = await timedAudit(cwd);
    expect(walked.result.results.map((entry) => entry.file)).toEqual(["fsar_real.md"]);
    expect(walked.result.summary).toMatchObject({ reports: 1, pass: 1, skipped: 2 });
    const named = await timedAudit(cwd, ["fsar_fifo.md", "fsar_device.md"]);
    expect(findingsOf(named.result)).toEqual(["fsar_device.md:-:- error parse-error the file is not a regular file", "fsar_fifo.md:-:- error parse-error the file is not a regular file"]);
    expect(walked.ms + named.ms).toBeLessThan(BOUND_MS);
  });

  it("fails a file deleted between listing and reading", () => {
    const cwd = folder("vanished");
    writeFileSync(join(cwd, "fsar_kept.md"), report());
    const auditor = new Auditor(defaultConfig(cwd), NOW);
    // The listing is stubbed: the second file was listed, then deleted before it was read.
    const skipped = auditCandidates(auditor, [{ path: join(cwd, "fsar_kept.md"), certain: true }, { path: join(cwd, "fsar_gone.md"), certain: false }], { cwd, baseDir: cwd });
    const result = auditor.finish(skipped);
    expect(findingsOf(result)).toEqual(["fsar_gone.md:-:- error parse-error cannot read the file: ENOENT"]);
    expect(result.summary).toMatchObject({ reports: 2, pass: 1, fail: 1, skipped: 0 });
  });

  // root reads through mode 000, so as root the CLI runs as nobody, for whom it denies; where nobody cannot
  // even run fsar (a checkout in a private folder), there is no way left to deny root a read.
  const asRoot = process.getuid?.() === 0;
  const NOBODY = { uid: 65534, gid: 65534 };
  const nobodyCannotRun = asRoot && spawnSync(process.execPath, [FSAR_BIN, "--version"], NOBODY).status !== 0;
  it.skipIf(nobodyCannotRun)("turns permission-denied files and folders into findings (skipped as root when nobody cannot run fsar here)", () => {
    const cwd = folder("denied");
    chmodSync(root, 0o755);
    chmodSync(cwd, 0o755);
    writeFileSync(join(cwd, "fsar_open.md"), report());
    writeFileSync(join(cwd, "fsar_locked.md"), report());
    mkdirSync(join(cwd, "locked"));
    writeFileSync(join(cwd, "locked/fsar_inside.md"), report());
    chmodSync(join(cwd, "fsar_locked.md"), 0o000);
    chmodSync(join(cwd, "locked"), 0o000);
    const run = asRoot ? spawnSync(process.execPath, [FSAR_BIN, "audit", ".", "--now", NOW.toISOString()], { cwd, ...NOBODY, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } }) : null;
    const { code, stdout } = run ? { code: run.status, stdout: run.stdout } : runFsar(["audit", ".", "--now", NOW.toISOString()], { cwd });
    chmodSync(join(cwd, "locked"), 0o755);
    expect(stdout).toBe(
      [
        "fsar_locked.md  fail",
        "  -  error  cannot read the file: EACCES  parse-error",
        "",
        "locked  fail",
        "  -  error  cannot read the folder: EACCES  parse-error",
        "",
        "✖ 2 problems (2 errors, 0 warnings) · 3 reports: 1 pass, 0 warn, 2 fail; 0 skipped",
        "",
      ].join("\n"),
    );
    expect(code).toBe(1);
  });

  it("audits paths with spaces and newlines, and prints them on one line", () => {
    const cwd = folder("odd names");
    mkdirSync(join(cwd, "with space"));
    writeFileSync(join(cwd, "with space/fsar_new\nline.md"), report({ id: "not-an-id" }));
    const { code, stdout } = runFsar(["audit", ".", "--now", NOW.toISOString()], { cwd });
    expect(stdout).toBe(
      [
        "with space/fsar_new line.md  warn · severity 6, low",
        '  2:7  warn   id "not-an-id" is not of the form fsar_<uuid>  id-format',
        "",
        "⚠ 1 problem (0 errors, 1 warning) · 1 report: 0 pass, 1 warn, 0 fail; 0 skipped",
        "",
      ].join("\n"),
    );
    expect(code).toBe(0);
    const json = runFsar(["audit", ".", "--now", NOW.toISOString(), "-f", "json"], { cwd });
    expect((JSON.parse(json.stdout) as AuditResult).results[0]!.file).toBe("with space/fsar_new\nline.md");
  });

  it("fails a file and a folder whose names are not UTF-8, saying so", async () => {
    const cwd = folder("latin1");
    const notUtf8 = (path: string, name: string): Buffer => Buffer.concat([Buffer.from(join(cwd, path, name)), Buffer.from([0xe9, 0xff])]);
    writeFileSync(Buffer.concat([notUtf8("", "fsar_"), Buffer.from(".md")]), report());
    mkdirSync(notUtf8("", "folder-"));
    const { result, ms } = await timedAudit(cwd);
    expect(findingsOf(result)).toEqual(["folder-\uFFFD\uFFFD:-:- error parse-error cannot read the folder: its name is not valid UTF-8", "fsar_\uFFFD\uFFFD.md:-:- error parse-error cannot read the file: its name is not valid UTF-8"]);
    expect(ms).toBeLessThan(BOUND_MS);
  });
});

describe("hostile configs", () => {
  it("refuses a YAML alias bomb as a config error", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 10; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    const started = performance.now();
    let error: unknown;
    try {
      parseConfigText(levels.join("\n") + "\n", "bomb.yaml");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([{ file: "bomb.yaml", line: null, message: "invalid YAML: Excessive alias count indicates a resource exhaustion attack" }]);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it("refuses a 10 MB config before parsing it", async () => {
    const cwd = folder("big-config");
    writeFileSync(join(cwd, "fsar.config.yaml"), `# ${"x".repeat(10 * 1024 * 1024)}\n`);
    const started = performance.now();
    await expect(loadConfig({ cwd })).rejects.toThrow(new ConfigError([{ file: join(cwd, "fsar.config.yaml"), line: null, message: "the config is 10485763 bytes, more than the 1 MiB allowed" }]));
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
