import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit } from "../src/app/audit.js";
import { ConfigError } from "../src/config/config-error.js";
import { loadConfig } from "../src/config/load.js";
import { defaultConfig } from "../src/config/resolve.js";
import { writeFileAtomic } from "../src/fs/write-file-atomic.js";
import { readRegularFile } from "../src/fs/read-regular-file.js";
import { FSAR_BIN, runFsar } from "./helpers/cli.js";
import { runCli } from "./helpers/run-cli.js";

// What fsar reads and writes around a report: pipes that close, disks that fill, links and special files in
// the place of reports, configs and outputs. Each case ends quickly, with its exact code and message.
const NOW = "2026-11-26T00:00:00Z";
/** Generous for a loaded 2-core machine, and still far from a hang. */
const BOUND_MS = 20_000;
const asRoot = process.getuid?.() === 0;

function report(id: string, severity = 6): string {
  return [
    "# FSAR Proposal Report",
    `- id: ${id}`,
    "- timestamp: 2026-03-01T09:00:00.000Z",
    `- severity: ${severity}`,
    "- block_execution: false",
    "- proposal:",
    "",
    "idea_implementation: compact the metrics tables.",
    "",
    "## Risks",
    "- Slow failure: unnoticed degradation by 2028-03-01",
    "",
    "## Mitigations",
    "- Prefer reversible rollouts",
  ].join("\n");
}
const PASSING = report("fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6e");
/** Fails max-severity (70 is past the default block threshold of 45). */
const FAILING = report("fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6f", 70);

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "fsar-hostile-io-"));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function folder(name: string, files: Record<string, string> = {}): string {
  const path = join(root, name);
  mkdirSync(path, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(path, file), content);
  return path;
}

/** Many failing reports: far more output than a pipe holds, so a reader that goes early always cuts it. */
function manyFailing(name: string): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 400; i++) files[`fsar_${String(i).padStart(3, "0")}.md`] = report(`fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5${String(i).padStart(3, "0")}`, 70);
  return folder(name, files);
}

/** Runs fsar with its stdout a pipe that this side closes at once: every write then fails with EPIPE. */
function runWithClosedStdout(args: string[], cwd: string): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [FSAR_BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.destroy();
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr, ms: performance.now() - started })));
}

function bash(script: string, cwd: string): { code: number | null; stdout: string; stderr: string; ms: number } {
  const started = performance.now();
  const run = spawnSync("bash", ["-c", `set -o pipefail; ${script}`], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", FSAR: FSAR_BIN }, timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, ms: performance.now() - started };
}

describe("stdout that does not take the output", () => {
  it("keeps exit 1 for a failing audit whose reader closes early (set -o pipefail; fsar audit | head -n 1)", () => {
    const cwd = manyFailing("pipe-head");
    const run = bash(`node "$FSAR" audit . --now ${NOW} | head -n 1`, cwd);
    expect(run.stdout).toBe("fsar_000.md  fail · severity 70, block\n");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("fsar: cannot write the output to stdout: EPIPE\n");
    expect(run.ms).toBeLessThan(BOUND_MS);
  });

  it("keeps exit 1 for a failing audit whose stdout pipe is closed before it writes", async () => {
    const run = await runWithClosedStdout(["audit", ".", "--now", NOW], folder("pipe-closed-fail", { "fsar_a.md": FAILING }));
    expect(run).toMatchObject({ code: 1, stderr: "fsar: cannot write the output to stdout: EPIPE\n" });
    expect(run.ms).toBeLessThan(BOUND_MS);
  });

  it("exits 2 with one line for a passing audit whose stdout pipe is closed: its output was lost", async () => {
    const run = await runWithClosedStdout(["audit", ".", "--now", NOW], folder("pipe-closed-pass", { "fsar_a.md": PASSING }));
    expect(run).toMatchObject({ code: 2, stderr: "fsar: cannot write the output to stdout: EPIPE\n" });
  });

  it("keeps exit 1 for a failing audit written to a full disk (> /dev/full), and says so in one line, no stack", () => {
    const run = bash(`node "$FSAR" audit . --now ${NOW} > /dev/full`, folder("full-fail", { "fsar_a.md": FAILING }));
    expect(run).toMatchObject({ code: 1, stderr: "fsar: cannot write the output to stdout: ENOSPC\n" });
    expect(run.ms).toBeLessThan(BOUND_MS);
  });

  it("exits 2 with one line for a passing audit written to a full disk", () => {
    const run = bash(`node "$FSAR" audit . --now ${NOW} > /dev/full`, folder("full-pass", { "fsar_a.md": PASSING }));
    expect(run).toMatchObject({ code: 2, stderr: "fsar: cannot write the output to stdout: ENOSPC\n" });
  });

  it("keeps exit 1 for a failing audit whose --report file is on a full disk", () => {
    const cwd = folder("full-report", { "fsar_a.md": FAILING });
    const run = runFsar(["audit", ".", "--now", NOW, "-f", "json", "--report", "sarif:/dev/full"], { cwd });
    expect(run).toMatchObject({ code: 1, stderr: "fsar: cannot write /dev/full: ENOSPC\n" });
  });
});

describe("untrusted files read as reports, configs and baselines", () => {
  it("fails a report linked to /dev/zero or /proc/self/pagemap at once, without reading either to the end", async () => {
    const cwd = folder("linked-report");
    symlinkSync("/dev/zero", join(cwd, "fsar_zero.md"));
    symlinkSync("/proc/self/pagemap", join(cwd, "fsar_pagemap.md"));
    const started = performance.now();
    const result = await audit(["fsar_zero.md", "fsar_pagemap.md"], { cwd, now: new Date(NOW), config: defaultConfig(cwd) });
    expect(result.results.map((entry) => `${entry.file}: ${entry.findings.map((f) => f.message).join("; ")}`)).toEqual(["fsar_pagemap.md: the file is more than the 64 MiB allowed", "fsar_zero.md: the file is not a regular file"]);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it("reads a file that claims size 0 (procfs) up to the bound, and whole when it is smaller", () => {
    const read = readRegularFile("/proc/self/status", 1024 * 1024);
    expect(read.ok && read.content.toString("utf8").startsWith("Name:")).toBe(true);
    expect(readRegularFile("/proc/self/status", 16)).toEqual({ ok: false, refusal: "too-large", size: null, limit: 16 });
  });

  it("gives a report over 64 MiB one quick, true finding (not 'not valid UTF-8')", async () => {
    const cwd = folder("oversized-report");
    writeFileSync(join(cwd, "fsar_big.md"), Buffer.alloc(64 * 1024 * 1024 + 1, "a"));
    const started = performance.now();
    const result = await audit(["."], { cwd, now: new Date(NOW), config: defaultConfig(cwd) });
    expect(result.results.map((entry) => entry.findings.map((f) => `${entry.file} ${f.rule} ${f.message}`))).toEqual([["fsar_big.md parse-error the file is 67108865 bytes, more than the 64 MiB allowed"]]);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
    rmSync(join(cwd, "fsar_big.md"));
  });

  it("refuses a FIFO, a device and a procfs file as --config, as extends and as --baseline, without blocking", async () => {
    const cwd = folder("special-configs", { "fsar_a.md": PASSING });
    expect(spawnSync("mkfifo", [join(cwd, "fifo.yaml")]).status).toBe(0);
    symlinkSync("/proc/self/pagemap", join(cwd, "z.yaml"));
    writeFileSync(join(cwd, "extends-zero.yaml"), "extends: ./z.yaml\n");
    const started = performance.now();
    await expect(loadConfig({ cwd, configFile: "fifo.yaml" })).rejects.toThrow(new ConfigError([{ file: join(cwd, "fifo.yaml"), line: null, message: "the config is not a regular file" }]));
    await expect(loadConfig({ cwd, configFile: "/dev/zero" })).rejects.toThrow(new ConfigError([{ file: "/dev/zero", line: null, message: "the config is not a regular file" }]));
    await expect(loadConfig({ cwd, configFile: "extends-zero.yaml" })).rejects.toThrow(new ConfigError([{ file: join(cwd, "z.yaml"), line: null, message: "the config is more than the 1 MiB allowed" }]));
    const baseline = await runCli(["audit", ".", "--now", NOW, "--baseline", "/dev/zero"], { cwd });
    expect(baseline).toMatchObject({ code: 2, stdout: "", stderr: "fsar: the baseline /dev/zero is not a regular file\n" });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it("refuses a discovered config linked to a procfs file", async () => {
    const cwd = folder("linked-rc");
    symlinkSync("/proc/self/pagemap", join(cwd, ".fsarrc.yaml"));
    await expect(loadConfig({ cwd })).rejects.toThrow(new ConfigError([{ file: join(cwd, ".fsarrc.yaml"), line: null, message: "the config is more than the 1 MiB allowed" }]));
  });

  it("refuses `parse` and `textconv` of a FIFO and of /proc/self/pagemap with exit 2 and one line", async () => {
    const cwd = folder("special-parse");
    expect(spawnSync("mkfifo", [join(cwd, "fifo.md")]).status).toBe(0);
    const started = performance.now();
    expect(await runCli(["parse", "/proc/self/pagemap"], { cwd })).toMatchObject({ code: 2, stdout: "", stderr: "fsar: /proc/self/pagemap is more than the 64 MiB allowed\n" });
    expect(await runCli(["parse", "fifo.md"], { cwd })).toMatchObject({ code: 2, stdout: "", stderr: "fsar: fifo.md is not a regular file\n" });
    expect(runFsar(["textconv", "fifo.md"], { cwd })).toMatchObject({ code: 2, stdout: "", stderr: "fsar: fifo.md is not a regular file\n" });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});

describe("outputs never replace what they point at", () => {
  it("writes -o /dev/null into the device and leaves it a device", () => {
    const cwd = folder("dev-null", { "fsar_a.md": PASSING });
    const before = statSync("/dev/null");
    expect(runFsar(["audit", ".", "--now", NOW, "-o", "/dev/null"], { cwd })).toMatchObject({ code: 0, stdout: "", stderr: "" });
    const after = statSync("/dev/null");
    expect(after.isCharacterDevice()).toBe(true);
    expect(after.ino).toBe(before.ino);
  });

  it("writes -o /dev/stdout into stdout", () => {
    const run = runFsar(["audit", ".", "--now", NOW, "-f", "json", "-o", "/dev/stdout"], { cwd: folder("dev-stdout", { "fsar_a.md": PASSING }) });
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: { pass: number } }).summary.pass).toBe(1);
  });

  it("writes into a FIFO that is read, and refuses one nobody reads without blocking", () => {
    const cwd = folder("fifo-output", { "fsar_a.md": PASSING });
    expect(spawnSync("mkfifo", [join(cwd, "out.fifo")]).status).toBe(0);
    const read = bash(`cat out.fifo > got.json & node "$FSAR" audit . --now ${NOW} -f json -o out.fifo; code=$?; wait; echo $code`, cwd);
    expect(read.stdout).toBe("0\n");
    expect((JSON.parse(readFileSync(join(cwd, "got.json"), "utf8")) as { summary: { pass: number } }).summary.pass).toBe(1);
    const unread = runFsar(["audit", ".", "--now", NOW, "-o", "out.fifo"], { cwd });
    expect(unread).toMatchObject({ code: 2, stdout: "", stderr: `fsar: ${join(cwd, "out.fifo")} is a FIFO that nothing reads from: not written\n` });
    expect(lstatSync(join(cwd, "out.fifo")).isFIFO()).toBe(true);
  });

  it("writes through a symbolic link to its target, and keeps the link", () => {
    const cwd = folder("link-output", { "fsar_a.md": PASSING, "real.json": "old" });
    symlinkSync("real.json", join(cwd, "out.json"));
    expect(runFsar(["audit", ".", "--now", NOW, "-f", "json", "-o", "out.json"], { cwd }).code).toBe(0);
    expect(readlinkSync(join(cwd, "out.json"))).toBe("real.json");
    expect((JSON.parse(readFileSync(join(cwd, "real.json"), "utf8")) as { summary: { pass: number } }).summary.pass).toBe(1);
  });

  it("refuses a link to nothing, keeping the failing verdict's exit 1", async () => {
    const cwd = folder("dangling-output", { "fsar_a.md": FAILING });
    symlinkSync("missing/target.json", join(cwd, "out.json"));
    expect(await runCli(["audit", ".", "--now", NOW, "-o", "out.json"], { cwd })).toMatchObject({ code: 1, stdout: "", stderr: `fsar: ${join(cwd, "out.json")} is a symbolic link to a missing file: not written\n` });
    expect(existsSync(join(cwd, "missing"))).toBe(false);
  });

  it("refuses two --report files that are one file through a linked folder, before writing either", async () => {
    const cwd = folder("same-output", { "fsar_a.md": PASSING });
    mkdirSync(join(cwd, "out"));
    symlinkSync("out", join(cwd, "alias"));
    expect(await runCli(["audit", ".", "--now", NOW, "--report", "sarif:out/r.sarif", "--report", "junit:alias/r.sarif"], { cwd })).toMatchObject({ code: 2, stdout: "", stderr: "fsar: two outputs write to the same file: alias/r.sarif and out/r.sarif\n" });
    expect(existsSync(join(cwd, "out/r.sarif"))).toBe(false);
  });

  it("refuses a --report to the file stdout is redirected to", () => {
    const cwd = folder("stdout-output", { "fsar_a.md": PASSING });
    expect(bash(`node "$FSAR" audit . --now ${NOW} --report json:out.txt > out.txt`, cwd)).toMatchObject({ code: 2, stderr: "fsar: two outputs write to the same file: out.txt and stdout\n" });
  });

  it.skipIf(!asRoot)("writes into a character device made with mknod, never replacing it (needs root for mknod)", () => {
    const cwd = folder("mknod", { "fsar_a.md": PASSING });
    expect(spawnSync("mknod", [join(cwd, "null"), "c", "1", "3"]).status).toBe(0);
    writeFileAtomic(join(cwd, "null"), "text");
    expect(lstatSync(join(cwd, "null")).isCharacterDevice()).toBe(true);
  });

  it("does not copy a .gitattributes linked to a file outside the repository (init --git-diff)", () => {
    const cwd = folder("attributes-link");
    writeFileSync(join(root, "outside-secret"), "secret content\n");
    expect(spawnSync("git", ["init", "-q", "-b", "main"], { cwd }).status).toBe(0);
    symlinkSync(join(root, "outside-secret"), join(cwd, ".gitattributes"));
    const run = runFsar(["init", "--git-diff"], { cwd, env: { GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" } });
    expect(run).toMatchObject({ code: 2, stdout: "", stderr: `fsar: ${join(cwd, ".gitattributes")} is a link to ${join(root, "outside-secret")}, outside the repository: not read or written\n` });
    expect(readlinkSync(join(cwd, ".gitattributes"))).toBe(join(root, "outside-secret"));
    expect(readFileSync(join(root, "outside-secret"), "utf8")).toBe("secret content\n");
  });
});

describe("config discovery stays in the project", () => {
  // The planted config turns max-severity off, so the severity-70 report would pass if it were used.
  const PLANTED = "rules:\n  max-severity: off\n  block-consistency: off\n  severity-underreported: off\n";

  it("stops at the top of the git work tree: a config above the repository is not used", async () => {
    const outer = folder("above-repo", { "fsar.config.yaml": PLANTED });
    const repo = join(outer, "repo");
    mkdirSync(join(repo, "reports"), { recursive: true });
    expect(spawnSync("git", ["init", "-q", "-b", "main"], { cwd: repo }).status).toBe(0);
    writeFileSync(join(repo, "reports/fsar_a.md"), FAILING);
    const run = await runCli(["--debug", "audit", ".", "--now", NOW, "-f", "json"], { cwd: join(repo, "reports") });
    expect(run.stderr).toBe("fsar: config in use: none found, the defaults (fsar:recommended)\n");
    expect(run.code).toBe(1);
  });

  it("finds the config at the top of the work tree from a folder below it, and says so with --debug", async () => {
    const repo = folder("in-repo", { "fsar.config.yaml": "rules:\n  id-format: warn\n" });
    mkdirSync(join(repo, "reports"));
    expect(spawnSync("git", ["init", "-q", "-b", "main"], { cwd: repo }).status).toBe(0);
    writeFileSync(join(repo, "reports/fsar_a.md"), PASSING);
    expect(await runCli(["--debug", "audit", ".", "--now", NOW], { cwd: join(repo, "reports") })).toMatchObject({ code: 0, stderr: `fsar: config in use: ${join(repo, "fsar.config.yaml")}\n` });
  });

  it("outside a repository, walks up but never into a folder others may write to (a shared /tmp)", async () => {
    const shared = folder("shared-tmp", { "fsar.config.yaml": PLANTED });
    spawnSync("chmod", ["1777", shared]);
    mkdirSync(join(shared, "mine/reports"), { recursive: true });
    writeFileSync(join(shared, "mine/fsar.config.yaml"), "rules:\n  id-format: warn\n");
    writeFileSync(join(shared, "mine/reports/fsar_a.md"), FAILING);
    // Found in the user's own folder above the working folder...
    expect(await runCli(["--debug", "audit", ".", "--now", NOW, "-f", "json"], { cwd: join(shared, "mine/reports") })).toMatchObject({ code: 1, stderr: `fsar: config in use: ${join(shared, "mine/fsar.config.yaml")}\n` });
    rmSync(join(shared, "mine/fsar.config.yaml"));
    // ...but not in the shared folder above that.
    expect(await runCli(["--debug", "audit", ".", "--now", NOW, "-f", "json"], { cwd: join(shared, "mine/reports") })).toMatchObject({ code: 1, stderr: "fsar: config in use: none found, the defaults (fsar:recommended)\n" });
  });
});

describe("links to special files reached by a walk, --changed and the cache", () => {
  it("fails a walked fsar_x.md linked to /proc/self/pagemap at once, naming the bound", async () => {
    const cwd = folder("walked-pagemap", { "fsar_ok.md": PASSING });
    symlinkSync("/proc/self/pagemap", join(cwd, "fsar_x.md"));
    const started = performance.now();
    const result = await audit(["."], { cwd, now: new Date(NOW), config: defaultConfig(cwd) });
    expect(result.results.map((entry) => `${entry.file}: ${entry.findings.map((f) => f.message).join("; ")}`)).toEqual(["fsar_ok.md: ", "fsar_x.md: the file is more than the 64 MiB allowed"]);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it("reads a changed report linked to /proc/self/pagemap under --changed without reading it to the end", () => {
    const cwd = folder("changed-pagemap");
    const git = (...args: string[]) => expect(spawnSync("git", args, { cwd, env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null", GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } }).status).toBe(0);
    git("init", "-q", "-b", "main");
    git("commit", "-q", "--allow-empty", "-m", "base");
    symlinkSync("/proc/self/pagemap", join(cwd, "fsar_x.md"));
    const started = performance.now();
    expect(runFsar(["audit", "--changed", "--base", "main", "--now", NOW], { cwd, env: { GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null" } })).toMatchObject({
      code: 1,
      stdout: "fsar_x.md  fail\n  -  error  the file is more than the 64 MiB allowed  parse-error\n\n✖ 1 problem (1 error, 0 warnings) · 1 report: 0 pass, 0 warn, 1 fail; 0 skipped\n",
    });
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });

  it("refuses a discovered config that is a FIFO, instead of blocking or skipping it", async () => {
    const cwd = folder("fifo-rc");
    expect(spawnSync("mkfifo", [join(cwd, "fsar.config.yaml")]).status).toBe(0);
    await expect(loadConfig({ cwd })).rejects.toThrow(new ConfigError([{ file: join(cwd, "fsar.config.yaml"), line: null, message: "the config is not a regular file" }]));
  });
});

describe("the audit cache in hostile places", () => {
  it("neither blocks on nor replaces a FIFO, a device or a procfs link given as --cache-location", () => {
    const cwd = folder("cache-special", { "fsar_a.md": PASSING });
    expect(spawnSync("mkfifo", [join(cwd, "fifo.cache")]).status).toBe(0);
    symlinkSync("/proc/self/pagemap", join(cwd, "pm.cache"));
    const started = performance.now();
    const audited = (location: string) => runFsar(["audit", "fsar_a.md", "--now", NOW, "--cache", "--cache-location", location], { cwd });
    expect(audited("/dev/null")).toEqual({ code: 0, stdout: "✔ 1 report: 1 pass, 0 warn, 0 fail; 0 skipped\n", stderr: "fsar: the cache /dev/null is not a regular file: auditing without it\n" });
    expect(audited("fifo.cache")).toEqual({
      code: 0,
      stdout: "✔ 1 report: 1 pass, 0 warn, 0 fail; 0 skipped\n",
      stderr: `fsar: the cache ${join(cwd, "fifo.cache")} is not a regular file: auditing without it\nfsar: ${join(cwd, "fifo.cache")} is a FIFO that nothing reads from: not written\n`,
    });
    expect(audited("pm.cache").stderr.split("\n")[0]).toBe(`fsar: the cache ${join(cwd, "pm.cache")} is more than the 256 MiB allowed: auditing without it`);
    expect(lstatSync(join(cwd, "fifo.cache")).isFIFO()).toBe(true);
    expect(lstatSync(join(cwd, "pm.cache")).isSymbolicLink()).toBe(true);
    expect(statSync("/dev/null").isCharacterDevice()).toBe(true);
    expect(performance.now() - started).toBeLessThan(BOUND_MS);
  });
});
