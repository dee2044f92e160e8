import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit, auditCandidates } from "../src/app/audit.js";
import { ConfigError } from "../src/config/config-error.js";
import { loadConfig } from "../src/config/load.js";
import { parseConfigText } from "../src/config/load-file.js";
import { defaultConfig } from "../src/config/resolve.js";
import { Auditor, type AuditResult } from "../src/core/engine.js";
import { parseReport } from "../src/core/parse.js";
import { FSAR_BIN, runFsar } from "./helpers/cli.js";
import { runCli } from "./helpers/run-cli.js";

// Each hostile input must end in a clear finding or error, quickly: never a crash, a hang or a silent pass.
const NOW = new Date("2026-11-26T00:00:00Z");
/** Generous for a loaded 2-core machine, and still far from a hang. */
const BOUND_MS = 20_000;

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
    writeFileSync(join(cwd, "fsar_lines.md"), report().replace(/\n## Risks[\s\S]*$/, "") + "\nmore text".repeat(1_000_000));
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

  it("audits paths with spaces and newlines, and prints them on one line", async () => {
    const cwd = folder("odd names");
    mkdirSync(join(cwd, "with space"));
    writeFileSync(join(cwd, "with space/fsar_new\nline.md"), report({ id: "not-an-id" }));
    const { code, stdout } = await runCli(["audit", ".", "--now", NOW.toISOString()], { cwd });
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
    const json = await runCli(["audit", ".", "--now", NOW.toISOString(), "-f", "json"], { cwd });
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

describe("hostile sizes that once took quadratic time or overflowed the stack", () => {
  it("finds 40,000 keys in one proposal in linear time (the secrets rule once rescanned from the start per match)", async () => {
    const cwd = folder("many-keys");
    const keys = Array.from({ length: 40_000 }, (_, i) => `key AKIA${String(i).padStart(16, "0")} here`).join("\n");
    writeFileSync(join(cwd, "fsar_keys.md"), report({ proposal: `idea_implementation: rotate keys.\n${keys}` }));
    const { result, ms } = await timedAudit(cwd);
    const secrets = result.results[0]!.findings.filter((f) => f.rule === "secrets");
    expect(secrets).toHaveLength(40_000);
    expect(secrets[0]).toMatchObject({ line: 9, column: 5 });
    expect(secrets[39_999]).toMatchObject({ line: 40_008, column: 5, message: "cloud access key AKIA**** in the proposal: revoke it and remove it from the report" });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("scans one 1.6 MB line of 200,000 credential hints in linear time (each hint once looked back to the line start)", async () => {
    const cwd = folder("hint-line");
    writeFileSync(join(cwd, "fsar_hints.md"), report({ proposal: `idea_implementation: ${"password".repeat(200_000)}` }));
    const { result, ms } = await timedAudit(cwd);
    expect(findingsOf(result)).toEqual([]);
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("finds 40,000 keys on one line in linear time (each match was once compared with every match before it)", async () => {
    const cwd = folder("key-line");
    const keys = Array.from({ length: 40_000 }, (_, i) => `AKIA${String(i).padStart(16, "1")}`).join(" ");
    writeFileSync(join(cwd, "fsar_keys.md"), report({ proposal: `idea_implementation: ${keys}` }));
    const { result, ms } = await timedAudit(cwd);
    const secrets = result.results[0]!.findings.filter((f) => f.rule === "secrets");
    expect(secrets).toHaveLength(40_000);
    expect(secrets[39_999]).toMatchObject({ line: 8, column: 22 + 21 * 39_999 });
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it("prints 150,000 findings of one report in stylish and markdown, exit 1 (a spread into Math.max once overflowed: exit 2)", () => {
    const cwd = folder("many-findings");
    const keys = Array.from({ length: 150_000 }, (_, i) => `AKIA${String(i).padStart(16, "0")}`).join("\n");
    writeFileSync(join(cwd, "fsar_keys.md"), report({ proposal: `idea_implementation: rotate keys.\n${keys}` }));
    const started = performance.now();
    // Through tail: the output is 10 MB, more than spawnSync keeps.
    const last = (format: string) => spawnSync("bash", ["-c", `set -o pipefail; node "${FSAR_BIN}" audit . --now ${NOW.toISOString()} -f ${format} | tail -c 200`], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    const stylish = last("stylish");
    expect({ code: stylish.status, stdout: stylish.stdout.slice(stylish.stdout.lastIndexOf("\n\n")), stderr: stylish.stderr }).toEqual({ code: 1, stdout: "\n\n✖ 150003 problems (150001 errors, 2 warnings) · 1 report: 0 pass, 0 warn, 1 fail; 0 skipped\n", stderr: "" });
    const markdown = last("markdown");
    expect({ code: markdown.status, stderr: markdown.stderr }).toEqual({ code: 1, stderr: "" });
    expect(performance.now() - started).toBeLessThan(2 * BOUND_MS);
  }, 3 * BOUND_MS);
});

describe("terminal and review-surface injection", () => {
  const ESC = "\u001b";
  const BEL = "\u0007";
  const OSC_52 = `${ESC}]52;c;aGk=${BEL}`;

  it("strips ESC and BEL from the file part of a config error", async () => {
    const cwd = folder("config-name-injection");
    const name = `evil${OSC_52}.yaml`;
    writeFileSync(join(cwd, name), "rules: [\n");
    const run = await runCli(["audit", ".", "-c", name], { cwd });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`fsar: config error: ${join(cwd, "evil]52;c;aGk=.yaml")}:2: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]\n`);
  });

  it("strips ESC and BEL and shows bidi and zero-width characters of custom rules in `fsar rules` and `fsar explain`", async () => {
    const cwd = folder("rule-description-injection");
    writeFileSync(
      join(cwd, "fsar.config.yaml"),
      'customRules:\n  - id: sneaky\n    description: "looks fine \\e]52;c;aGk=\\a \\u202Egnp.exe\\u200B"\n    level: warn\n    require:\n      mitigations: { some: { matches: "x" } }\n    message: "m"\n',
    );
    const rules = await runCli(["rules"], { cwd });
    expect(rules.stdout.split("\n").find((line) => line.startsWith("sneaky"))).toBe("sneaky                  warn   looks fine ]52;c;aGk= <U+202E>gnp.exe<U+200B>");
    const explain = await runCli(["explain", "sneaky"], { cwd });
    expect(explain.stdout.split("\n").slice(0, 3)).toEqual(["# sneaky", "", "looks fine ]52;c;aGk= <U+202E>gnp.exe<U+200B>."]);
    for (const output of [rules.stdout, explain.stdout]) expect(output).not.toMatch(/[\u001b\u0007\u202e\u200b]/);
  });

  it("shows bidi overrides and zero-width characters in file names and ids in stylish output (Trojan Source)", async () => {
    const cwd = folder("bidi-names");
    writeFileSync(join(cwd, "fsar_\u202Edm.exe.md"), report({ id: "fsar_\u200Bnot\u2066an\u2069i\uFEFFd" }));
    const run = await runCli(["audit", ".", "--now", NOW.toISOString()], { cwd });
    expect(run.stdout).toBe(
      [
        "fsar_<U+202E>dm.exe.md  warn · severity 6, low",
        '  2:7  warn   id "fsar_<U+200B>not<U+2066>an<U+2069>i<U+FEFF>d" is not of the form fsar_<uuid>  id-format',
        "",
        "⚠ 1 problem (0 errors, 1 warning) · 1 report: 0 pass, 1 warn, 0 fail; 0 skipped",
        "",
      ].join("\n"),
    );
  });

  it("breaks @user and @org/team mentions in markdown, and heads it with ❌ when a config finding fails the run", async () => {
    const cwd = folder("markdown-mentions");
    mkdirSync(join(cwd, "@org"));
    writeFileSync(join(cwd, "@org/fsar_team.md"), report({ id: "@octocat" }));
    writeFileSync(join(cwd, "fsar_ok.md"), report());
    writeFileSync(join(cwd, "fsar.config.yaml"), "waivers:\n  - report: fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6e\n    rules: [max-severity]\n    reason: ok\n    expires: 2026-01-01\n");
    const run = await runCli(["audit", ".", "--now", NOW.toISOString(), "-f", "markdown"], { cwd });
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n").slice(0, 7)).toEqual([
      "### ❌ fsar: 0 failing, 1 warning, 1 passing of 2 reports; the config fails",
      "",
      "1 error, 1 warning, 1 skipped.",
      "",
      "| file | id | severity | band | verdict | findings |",
      "|---|---|---|---|---|---|",
      '| fsar.config.yaml |  |  |  | ❌ fail | 2:5 error waiver-expired: waiver for "fsar\\_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6e" (max-severity) expired on 2026-01-01: its findings count again (ok) |',
    ]);
    expect(run.stdout).toContain("| @&#8203;org/fsar\\_team.md | @&#8203;octocat | 6 | low | ⚠️ warn |");
    expect(run.stdout).not.toMatch(/@(?!&#8203;)/);
  });
});
