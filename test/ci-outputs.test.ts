import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { marked } from "marked";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "./helpers/cli.js";
import { runCli } from "./helpers/run-cli.js";
import { validateSarif } from "./helpers/sarif.js";

const NOW = "2026-11-26T00:00:00Z";
// `,` `:` `|` must be escaped in GitHub properties and URIs; `<&]]>` in XML; \u0001 and \uFFFF are not XML characters.
const ODD_NAME = "fsar_odd,name:with|pipe <&]]>\u0001\uFFFF.json";
// Terminals and GitHub get it without control characters; XML without \uFFFF too.
const ODD_NAME_SHOWN = "fsar_odd,name:with|pipe <&]]>\uFFFF.json";

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "fsar-ci-"));
  cpSync(join(FIXTURES, "verdicts"), join(folder, "reports"), { recursive: true });
  // A failing report with an odd name and markup in its id: severity at block without block_execution.
  const odd = JSON.parse(readFileSync(join(FIXTURES, "verdicts", "fsar_warn.json"), "utf8"));
  writeFileSync(join(folder, "reports", ODD_NAME), JSON.stringify({ ...odd, id: "fsar_<b>&]]>|`x`", severity: 48 }, null, 2));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("one run for humans and machines", () => {
  it("prints stylish while writing SARIF and JUnit files", async () => {
    const run = await runCli(["audit", "reports", "--now", NOW, "--report", "sarif:out/fsar.sarif", "--report", "junit:out/junit/fsar.xml"], { cwd: folder });
    expect(run).toEqual({
      code: 1,
      stderr: "",
      stdout: `reports/fsar_fail.md  fail · severity 48, block
  6:13  error  severity 48 is at or above the block threshold 45    max-severity
  7:20  error  the report blocks execution (block_execution: true)  block-execution

reports/fsar_malformed.json  fail
  5:1  error  invalid JSON: unexpected end of input, expected a JSON value  parse-error

reports/${ODD_NAME_SHOWN}  fail · severity 48, block
  2:9    warn   id "fsar_<b>&]]>|\`x\`" is not of the form fsar_<uuid>                            id-format
  5:15   error  severity 48 is at or above the block threshold 45                               max-severity
  16:22  warn   block_execution is false but severity 48 is at or above the block threshold 45  block-consistency

reports/fsar_warn.json  warn · severity 30, review
  5:15  warn   severity 30 is at or above the review threshold 25  max-severity

✖ 7 problems (4 errors, 3 warnings) · 5 reports: 1 pass, 1 warn, 3 fail; 0 skipped
`,
    });
    expect(existsSync(join(folder, "out/fsar.sarif")) && existsSync(join(folder, "out/junit/fsar.xml"))).toBe(true);
  });

  it("writes SARIF that passes the SARIF Multitool with GitHub's rules", async () => {
    const file = join(folder, "out/fsar.sarif");
    expect(validateSarif(file)).toEqual([]);
    const results: Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }> = JSON.parse(readFileSync(file, "utf8")).runs[0].results;
    expect(results.map((result) => `${result.level} ${result.ruleId} ${result.locations[0]!.physicalLocation.artifactLocation.uri}:${result.locations[0]!.physicalLocation.region.startLine}`)).toEqual([
      "error max-severity reports/fsar_fail.md:6",
      "error block-execution reports/fsar_fail.md:7",
      "error parse-error reports/fsar_malformed.json:5",
      "warning id-format reports/fsar_odd%2Cname%3Awith%7Cpipe%20%3C%26%5D%5D%3E%01%EF%BF%BF.json:2",
      "error max-severity reports/fsar_odd%2Cname%3Awith%7Cpipe%20%3C%26%5D%5D%3E%01%EF%BF%BF.json:5",
      "warning block-consistency reports/fsar_odd%2Cname%3Awith%7Cpipe%20%3C%26%5D%5D%3E%01%EF%BF%BF.json:16",
      "warning max-severity reports/fsar_warn.json:5",
    ]);
  });

  it("has a Multitool that does flag a bad log, so a clean validation means something", async () => {
    const log = JSON.parse(readFileSync(join(folder, "out/fsar.sarif"), "utf8"));
    log.runs[0].tool.driver.rules[0].name = log.runs[0].tool.driver.rules[0].id;
    const file = join(folder, "out/bad.sarif");
    writeFileSync(file, JSON.stringify(log));
    expect(validateSarif(file).map((line) => line.split(":")[0])).toEqual(["SARIF1001"]);
  });

  it("writes JUnit that parses, with one failing testcase per failing file", async () => {
    const xml = readFileSync(join(folder, "out/junit/fsar.xml"), "utf8");
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "testcase" }).parse(xml);
    const suite = parsed.testsuites.testsuite;
    const cases: Array<{ classname: string; name: string; failure?: unknown }> = suite.testcase;
    expect({ tests: suite.tests, failures: suite.failures }).toEqual({ tests: "5", failures: "3" });
    expect(cases.filter((testcase) => testcase.failure).map((testcase) => `${testcase.classname} ${testcase.name}`)).toEqual([
      "reports fsar_fail.md",
      "reports fsar_malformed.json",
      "reports fsar_odd,name:with|pipe <&]]>.json",
    ]);
  });
});

describe("--format github", () => {
  it("writes well-formed, escaped workflow commands and appends the summary to GITHUB_STEP_SUMMARY", async () => {
    const summaryFile = join(folder, "step-summary.md");
    writeFileSync(summaryFile, "earlier step output\n");
    const run = await runCli(["audit", "reports", "--now", NOW, "-f", "github"], { cwd: folder, env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.slice(0, -1).every((line) => /^::(error|warning) file=[^,:\r\n]+,line=\d+(,col=\d+)?,title=[^,:\r\n]+::[^\r\n]*$/.test(line))).toBe(true);
    expect(lines.filter((line) => line.includes("fsar_odd"))).toEqual([
      `::warning file=reports/fsar_odd%2Cname%3Awith|pipe <&]]>\uFFFF.json,line=2,col=9,title=fsar id-format::id "fsar_<b>&]]>|\`x\`" is not of the form fsar_<uuid>`,
      `::error file=reports/fsar_odd%2Cname%3Awith|pipe <&]]>\uFFFF.json,line=5,col=15,title=fsar max-severity::severity 48 is at or above the block threshold 45`,
      `::warning file=reports/fsar_odd%2Cname%3Awith|pipe <&]]>\uFFFF.json,line=16,col=22,title=fsar block-consistency::block_execution is false but severity 48 is at or above the block threshold 45`,
    ]);
    expect(lines.at(-1)).toBe("7 problems (4 errors, 3 warnings) · 5 reports: 1 pass, 1 warn, 3 fail; 0 skipped");
    const summary = readFileSync(summaryFile, "utf8");
    expect(summary.startsWith("earlier step output\n### ❌ fsar: 3 failing, 1 warning, 1 passing of 5 reports\n")).toBe(true);
  });
});

describe("GITHUB_STEP_SUMMARY", () => {
  it("is left alone, with a warning, when GitHub's 1 MiB limit leaves no room", async () => {
    const summaryFile = join(folder, "full-summary.md");
    const full = "x".repeat(1024 * 1024 - 100);
    writeFileSync(summaryFile, full);
    const run = await runCli(["audit", "reports", "--now", NOW, "-f", "github"], { cwd: folder, env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(run.stderr).toBe(`fsar: the step summary is full (${full.length} bytes): summary not written\n`);
    expect(readFileSync(summaryFile, "utf8")).toBe(full);
  });

  it("is only written by the github format", async () => {
    const summaryFile = join(folder, "untouched-summary.md");
    writeFileSync(summaryFile, "");
    await runCli(["audit", "reports", "--now", NOW, "-f", "json"], { cwd: folder, env: { GITHUB_STEP_SUMMARY: summaryFile } });
    expect(readFileSync(summaryFile, "utf8")).toBe("");
  });
});

describe("--format markdown", () => {
  it("renders a table with one row per failing or warning report, six cells each", async () => {
    const run = await runCli(["audit", "reports", "--now", NOW, "-f", "markdown"], { cwd: folder });
    const html = await marked.parse(run.stdout);
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => [...match[1]!.matchAll(/<t[dh]>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]));
    expect(rows.map((row) => row.length)).toEqual([6, 6, 6, 6, 6]);
    expect(rows.map((row) => `${row[0]} | ${row[4]}`)).toEqual([
      "file | verdict",
      "reports/fsar_fail.md | ❌ fail",
      "reports/fsar_malformed.json | ❌ fail",
      "reports/fsar_odd,name:with|pipe &lt;&amp;]]&gt;\uFFFF.json | ❌ fail",
      "reports/fsar_warn.json | ⚠️ warn",
    ]);
    expect(rows[3]![1]).toBe("fsar_&lt;b&gt;&amp;]]&gt;|`x`");
    expect(html).toContain("<details><summary>1 passing report</summary>");
  });
});

describe("where output goes", () => {
  it("-o writes the --format output to a file, creating folders, and prints nothing", async () => {
    const run = await runCli(["audit", "reports/fsar_pass.md", "--now", NOW, "-f", "json", "-o", "deep/er/fsar.json"], { cwd: folder });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(JSON.parse(readFileSync(join(folder, "deep/er/fsar.json"), "utf8")).summary).toEqual({ reports: 1, pass: 1, warn: 0, fail: 0, errors: 0, warnings: 0, skipped: 0 });
  });

  it("--fail-on warn fails on warnings too", async () => {
    const paths = ["reports/fsar_pass.md", "reports/fsar_warn.json", "--now", NOW, "-f", "json", "-o", "warn.json"];
    expect((await runCli(["audit", ...paths], { cwd: folder })).code).toBe(0);
    expect((await runCli(["audit", ...paths, "--fail-on", "warn"], { cwd: folder })).code).toBe(1);
    expect((await runCli(["audit", ...paths, "--fail-on", "error"], { cwd: folder })).code).toBe(0);
  });

  it("refuses a --report without a known format and a file, or two outputs to one file", async () => {
    expect(await runCli(["audit", "reports", "--report", "xml:out.xml"], { cwd: folder })).toEqual({
      code: 2,
      stdout: "",
      stderr: "fsar: format \"xml\" is neither a built-in one (stylish, json, sarif, junit, github, markdown, gitlab) nor a formatter module that loads: Cannot find module 'xml'\n",
    });
    expect(await runCli(["audit", "reports", "--report", "sarif"], { cwd: folder })).toEqual({ code: 2, stdout: "", stderr: 'fsar: --report takes <format>:<file>, not "sarif"\n' });
    expect(await runCli(["audit", "reports", "-o", "same.txt", "--report", "junit:./same.txt"], { cwd: folder })).toEqual({ code: 2, stdout: "", stderr: "fsar: two outputs write to the same file: ./same.txt and same.txt\n" });
    expect((await runCli(["audit", "reports", "--fail-on", "info"], { cwd: folder })).code).toBe(2);
  });
});
