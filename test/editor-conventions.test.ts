import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { FIXTURES, runFsar } from "./helpers/cli.js";
import { runCli } from "./helpers/run-cli.js";
import { tempDir } from "./helpers/temp-dir.js";

const NOW = ["--now", "2026-11-26T00:00:00Z"];
const FAILING = readFileSync(join(FIXTURES, "verdicts/fsar_fail.md"), "utf8");
const CONFIG = `exclude: ["drafts/**"]
overrides:
  - files: ["legacy/**"]
    rules: { max-severity: warn, block-execution: warn }
`;

let folder: string;

beforeEach(() => {
  folder = tempDir({ "fsar.config.yaml": CONFIG });
  cpSync(join(FIXTURES, "verdicts"), join(folder, "reports"), { recursive: true });
  mkdirSync(join(folder, "drafts"));
  cpSync(join(FIXTURES, "verdicts/fsar_fail.md"), join(folder, "drafts/fsar_fail.md"));
});

const fsar = (args: readonly string[]) => runCli(args, { cwd: folder });
/** --stdin reads the process's stdin: those cases run the built CLI. */
const fsarWithStdin = (args: readonly string[], input: string) => runFsar(args, { cwd: folder, input });

describe("--stdin with --stdin-filename", () => {
  it("audits the text as the file it names: its path is shown and its overrides apply", () => {
    expect(fsarWithStdin(["audit", "--stdin", "--stdin-filename", "reports/fsar_new.md", ...NOW], FAILING)).toEqual({
      code: 1,
      stderr: "",
      stdout: `reports/fsar_new.md  fail · severity 48, block
  6:13  error  severity 48 is at or above the block threshold 45    max-severity
  7:20  error  the report blocks execution (block_execution: true)  block-execution

✖ 2 problems (2 errors, 0 warnings) · 1 report: 0 pass, 0 warn, 1 fail; 0 skipped
`,
    });
    const legacy = fsarWithStdin(["audit", "--stdin", "--stdin-filename", "legacy/fsar_old.md", "-f", "json", ...NOW], FAILING);
    expect(legacy.code).toBe(0);
    expect(JSON.parse(legacy.stdout).results.map((result: { file: string; verdict: string }) => `${result.file} ${result.verdict}`)).toEqual(["legacy/fsar_old.md warn"]);
  });

  it("skips a name the config excludes, with a notice, and a name that is not a report's", () => {
    expect(fsarWithStdin(["audit", "--stdin", "--stdin-filename", "drafts/fsar_x.md", ...NOW], FAILING)).toEqual({
      code: 0,
      stderr: "fsar: drafts/fsar_x.md is excluded by the config: not audited (--no-ignore audits it)\n",
      stdout: "✔ 0 reports: 0 pass, 0 warn, 0 fail; 1 skipped\n",
    });
    expect(fsarWithStdin(["audit", "--stdin", "--stdin-filename", "drafts/fsar_x.md", "--no-ignore", ...NOW], FAILING).code).toBe(1);
    expect(fsarWithStdin(["audit", "--stdin", "--stdin-filename", "notes.md", ...NOW], "# Notes\n").stdout).toBe("✔ 0 reports: 0 pass, 0 warn, 0 fail; 1 skipped\n");
  });

  it("is a usage error without a name, with paths, or a name without --stdin", async () => {
    expect(fsarWithStdin(["audit", "--stdin"], FAILING)).toEqual({
      code: 2,
      stdout: "",
      stderr: "fsar: --stdin needs --stdin-filename <path>: the name decides whether the text is a report, which overrides apply and the path shown\n",
    });
    expect(fsarWithStdin(["audit", "--stdin", "--stdin-filename", "a.md", "reports"], FAILING).stderr).toBe("fsar: --stdin audits the report on stdin: it takes no paths, --changed, --staged or --shard\n");
    expect((await fsar(["audit", "--stdin-filename", "a.md"])).stderr).toBe("fsar: --stdin-filename names the report read with --stdin\n");
  });
});

describe("files named on the command line that the config excludes", () => {
  it("are skipped with a notice on stderr, so hook runners can pass any file", async () => {
    expect(await fsar(["audit", "drafts/fsar_fail.md", "reports/fsar_pass.md", ...NOW])).toEqual({
      code: 0,
      stderr: "fsar: drafts/fsar_fail.md is excluded by the config: not audited (--no-ignore audits it)\n",
      stdout: "✔ 1 report: 1 pass, 0 warn, 0 fail; 1 skipped\n",
    });
  });

  it("are audited with --no-ignore, which also walks excluded folders", async () => {
    expect(await fsar(["audit", "drafts/fsar_fail.md", "--no-ignore", ...NOW])).toMatchObject({ code: 1, stderr: "" });
    expect((await fsar(["audit", ".", "--no-ignore", "-f", "json", ...NOW])).stdout).toContain('"file": "drafts/fsar_fail.md"');
  });
});

describe("fsar rules --format json", () => {
  it("lists every rule with its level in the config in force, its documentation and the config file", async () => {
    writeFileSync(join(folder, "fsar.config.yaml"), "rules: { id-format: off, stale-report: warn }\n");
    const run = await fsar(["rules", "--format", "json"]);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout);
    expect({ version: listed.version, config: listed.config, count: listed.rules.length }).toEqual({ version: 1, config: "fsar.config.yaml", count: 22 });
    expect(listed.rules.filter((rule: { id: string }) => ["id-format", "stale-report", "secrets"].includes(rule.id))).toEqual([
      { id: "id-format", level: "off", defaultLevel: "warn", description: "The id has the producer's shape, fsar_<uuid>", docsUrl: "https://github.com/fsar-dev/fsar#rule-id-format", securitySeverity: null },
      { id: "stale-report", level: "warn", defaultLevel: "off", description: expect.any(String), docsUrl: "https://github.com/fsar-dev/fsar#rule-stale-report", securitySeverity: null },
      { id: "secrets", level: "error", defaultLevel: "error", description: "No credential-shaped strings anywhere in the report", docsUrl: "https://github.com/fsar-dev/fsar#rule-secrets", securitySeverity: 8 },
    ]);
  });
});

describe("fsar print-config <file>", () => {
  it("prints the rules that apply to that file, overrides included, and the config file in use", async () => {
    const legacy = JSON.parse((await fsar(["print-config", "legacy/fsar_old.md"])).stdout);
    expect({ file: legacy.file, config: legacy.config, excluded: legacy.excluded, maxSeverity: legacy.rules["max-severity"], minRisks: legacy.rules["min-risks"] }).toEqual({
      file: "legacy/fsar_old.md",
      config: "fsar.config.yaml",
      excluded: false,
      maxSeverity: ["warn", { trustKeywords: false }],
      minRisks: ["error", { minimum: 1 }],
    });
    const report = JSON.parse((await fsar(["print-config", "reports/fsar_pass.md"])).stdout);
    expect(report.rules["max-severity"]).toEqual(["error", { trustKeywords: false }]);
    expect(JSON.parse((await fsar(["print-config", "drafts/fsar_x.md"])).stdout).excluded).toBe(true);
  });
});

describe("-f <path or package>", () => {
  it("loads a formatter module with the built-in formatters' contract, for --format and --report", async () => {
    const formatter = join(FIXTURES, "formatters/verdict-line.mjs");
    const run = await fsar(["audit", "reports/fsar_pass.md", "reports/fsar_fail.md", "-f", formatter, "--report", `${formatter}:out/verdicts.txt`, ...NOW]);
    expect(run).toEqual({ code: 1, stderr: "", stdout: expect.stringMatching(/^reports\/fsar_fail\.md fail\nreports\/fsar_pass\.md pass\nfsar \d+\.\d+\.\d+, 22 rules\n$/) });
    expect(readFileSync(join(folder, "out/verdicts.txt"), "utf8")).toBe(run.stdout);
  });

  it("resolves a package from the working folder, and a relative path from it too", async () => {
    mkdirSync(join(folder, "node_modules/fsar-formatter-lines"), { recursive: true });
    writeFileSync(join(folder, "node_modules/fsar-formatter-lines/package.json"), JSON.stringify({ name: "fsar-formatter-lines", type: "module", exports: "./index.js" }));
    cpSync(join(FIXTURES, "formatters/verdict-line.mjs"), join(folder, "node_modules/fsar-formatter-lines/index.js"));
    cpSync(join(FIXTURES, "formatters/verdict-line.mjs"), join(folder, "lines.mjs"));
    const byPackage = await fsar(["audit", "reports/fsar_pass.md", "-f", "fsar-formatter-lines", ...NOW]);
    expect(byPackage.stdout.split("\n")[0]).toBe("reports/fsar_pass.md pass");
    expect((await fsar(["audit", "reports/fsar_pass.md", "-f", "./lines.mjs", ...NOW])).stdout).toBe(byPackage.stdout);
  });

  it("is a usage error (exit 2) for a module that cannot load or breaks the contract", async () => {
    expect(await fsar(["audit", "reports", "-f", "./missing.mjs"])).toMatchObject({ code: 2, stdout: "", stderr: expect.stringMatching(/^fsar: format "\.\/missing\.mjs" is neither a built-in one \(stylish, json, sarif, junit, github, markdown, gitlab\) nor a formatter module that loads: Cannot find module/) });
    expect(await fsar(["audit", "reports", "-f", join(FIXTURES, "formatters/not-a-string.mjs"), ...NOW])).toEqual({
      code: 2,
      stdout: "",
      stderr: `fsar: formatter "${join(FIXTURES, "formatters/not-a-string.mjs")}" returned number, not a string\n`,
    });
  });
});
