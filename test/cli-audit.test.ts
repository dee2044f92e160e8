import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";
import { producerJson, producerMarkdown, SAMPLE } from "./helpers/report-text.js";

const NOW = ["--now", "2026-11-26T00:00:00Z"];
const temporary: string[] = [];
function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), "fsar-cli-"));
  temporary.push(folder);
  return folder;
}
afterAll(() => {
  for (const folder of temporary) rmSync(folder, { recursive: true, force: true });
});

describe("fsar audit", () => {
  it("passes the seed report, a self-improvement plan whose only schema change is a nullable column; exit 0", async () => {
    expect(await runCli(["audit", "fixtures/reports/seed.md", ...NOW])).toEqual({ code: 0, stdout: "✔ 1 report: 1 pass, 0 warn, 0 fail; 0 skipped\n", stderr: "" });
  });

  it("warns on the seed made to index its own live table, declaring severity 6, and shows the decisive signal; exit 0", async () => {
    const run = await runCli(["audit", "fixtures/reports/seed-indexed.md", ...NOW]);
    expect(run).toEqual({
      code: 0,
      stdout: [
        "fixtures/reports/seed-indexed.md  warn · severity 6, low",
        '  8:1  warn   the proposal is assessed review (score 28; self-improvement-plan (self-modification) "self_improvement:") but the report declares severity 6; the review band starts at 25  severity-underreported',
        "  risk review, score 28:",
        "    8:1  self-improvement-plan (self-modification)  self_improvement:",
        "",
        "⚠ 1 problem (0 errors, 1 warning) · 1 report: 0 pass, 1 warn, 0 fail; 0 skipped",
        "",
      ].join("\n"),
      stderr: "",
    });
  });

  it("fails the seed at severity 48 with max-severity on line 4 and block-consistency, exit 1", async () => {
    const run = await runCli(["audit", "fixtures/reports/severity-48.md", ...NOW]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        "fixtures/reports/severity-48.md  fail · severity 48, block",
        "  4:13  error  severity 48 is at or above the block threshold 45                               max-severity",
        "  5:20  warn   block_execution is false but severity 48 is at or above the block threshold 45  block-consistency",
        "",
        "✖ 2 problems (1 error, 1 warning) · 1 report: 0 pass, 0 warn, 1 fail; 0 skipped",
        "",
      ].join("\n"),
    );
  });

  it("gives the json contract for the bundled examples", async () => {
    const run = await runCli(["audit", "fixtures/examples", "--format", "json", ...NOW]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      summary: { reports: 4, pass: 2, warn: 1, fail: 1, errors: 2, warnings: 1, skipped: 1 },
      results: [
        { file: "fixtures/examples/fsar_proposal_2026-03-01T09-00-00-000Z.json", format: "json", id: "fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6e", severity: 6, band: "low", verdict: "pass", findings: [], risk: { score: 0, band: "low", signals: [] } },
        { file: "fixtures/examples/fsar_proposal_2026-03-01T09-00-00-000Z.md", format: "markdown", id: "fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6e", severity: 6, band: "low", verdict: "pass", findings: [], risk: { score: 0, band: "low", signals: [] } },
        {
          file: "fixtures/examples/fsar_proposal_2026-04-10T14-30-00-000Z.json",
          format: "json",
          id: "fsar_7d1e9a40-2b3c-4d5e-8f60-718293a4b5c6",
          severity: 30,
          band: "review",
          verdict: "warn",
          findings: [{ rule: "max-severity", messageId: "atReview", level: "warn", message: "severity 30 is at or above the review threshold 25", line: 5, column: 15 }],
          // A self-improvement plan declared at 30: assessed review, as declared.
          risk: { score: 28, band: "review", signals: [{ id: "self-improvement-plan", category: "self-modification", line: 4, column: 15, text: "self_improvement:" }] },
        },
        {
          file: "fixtures/examples/fsar_proposal_2026-05-20T08-15-00-000Z.md",
          format: "markdown",
          id: "fsar_c4a2e8f1-93b7-4d26-a1e0-5b6c7d8e9f01",
          severity: 48,
          band: "block",
          verdict: "fail",
          findings: [
            { rule: "max-severity", messageId: "atBlock", level: "error", message: "severity 48 is at or above the block threshold 45", line: 6, column: 13 },
            { rule: "block-execution", messageId: "blocks", level: "error", message: "the report blocks execution (block_execution: true)", line: 7, column: 20 },
          ],
          // Declared at 48 with block_execution: dropping the production table, said and written, is assessed block, as declared.
          risk: {
            score: 55,
            band: "block",
            signals: [
              { id: "prose-store-retired", category: "destructive-data", line: 10, column: 22, text: "Drop the legacy orders table" },
              { id: "sql-drop-table", category: "destructive-data", line: 13, column: 1, text: "DROP TABLE" },
            ],
          },
        },
      ],
    });
  });

  it("--quiet drops warnings; --max-warnings turns warnings into a gate", async () => {
    const warning = "fixtures/examples/fsar_proposal_2026-04-10T14-30-00-000Z.json";
    expect(await runCli(["audit", warning, "--quiet", ...NOW])).toEqual({ code: 0, stdout: "✔ 1 report: 0 pass, 1 warn, 0 fail; 0 skipped\n", stderr: "" });
    expect((await runCli(["audit", warning, ...NOW])).code).toBe(0);
    expect((await runCli(["audit", warning, "--max-warnings", "1", ...NOW])).code).toBe(0);
    expect((await runCli(["audit", warning, "--max-warnings", "0", ...NOW])).code).toBe(1);
  });

  it("walks folders: reports by name or heading, skips and counts the rest, never node_modules", async () => {
    const run = await runCli(["audit", "fixtures/discovery", "--format", "json", ...NOW]);
    const output = JSON.parse(run.stdout) as { summary: unknown; results: Array<{ file: string; verdict: string }> };
    expect(run.code).toBe(1);
    // Both reports are seed copies: self-improvement plans that only add a nullable column, assessed low.
    expect(output.summary).toEqual({ reports: 3, pass: 2, warn: 0, fail: 1, errors: 1, warnings: 0, skipped: 3 });
    expect(output.results.map((result) => [result.file, result.verdict])).toEqual([
      ["fixtures/discovery/nested/deeper/renamed-report.md", "pass"],
      ["fixtures/discovery/nested/fsar_proposal_a.md", "pass"],
      ["fixtures/discovery/nested/fsar_proposal_corrupt.md", "fail"],
    ]);
  });

  it("audits a path named explicitly even when it does not look like a report", async () => {
    const run = await runCli(["audit", "fixtures/discovery/README.md", ...NOW]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  1:1  error  expected the heading "# FSAR Proposal Report"  parse-error');
  });

  it("expands globs with the walk's discovery rules", async () => {
    const run = await runCli(["audit", "fixtures/discovery/**/*.md", "--format", "json", ...NOW]);
    expect((JSON.parse(run.stdout) as { results: Array<{ file: string }> }).results.map((r) => r.file)).toEqual([
      "fixtures/discovery/nested/deeper/renamed-report.md",
      "fixtures/discovery/nested/fsar_proposal_a.md",
      "fixtures/discovery/nested/fsar_proposal_corrupt.md",
    ]);
  });

  it("fails two different reports that share an id, but not twins", async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, "fsar_a.md"), producerMarkdown(SAMPLE));
    writeFileSync(join(folder, "fsar_a.json"), producerJson(SAMPLE));
    writeFileSync(join(folder, "fsar_b.md"), producerMarkdown(SAMPLE));
    const run = await runCli(["audit", ".", ...NOW], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        "fsar_a.json  fail · severity 6, low",
        "  2:1  error  id fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286 is also used by fsar_b.md  duplicate-id",
        "",
        "fsar_a.md  fail · severity 6, low",
        "  2:1  error  id fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286 is also used by fsar_b.md  duplicate-id",
        "",
        "fsar_b.md  fail · severity 6, low",
        "  2:1  error  id fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286 is also used by fsar_a.json, fsar_a.md  duplicate-id",
        "",
        "✖ 3 problems (3 errors, 0 warnings) · 3 reports: 0 pass, 0 warn, 3 fail; 0 skipped",
        "",
      ].join("\n"),
    );
  });

  it("survives a symlink loop and a FIFO in a walked folder", async () => {
    const folder = tempFolder();
    mkdirSync(join(folder, "a"));
    writeFileSync(join(folder, "a", "fsar_ok.md"), producerMarkdown(SAMPLE));
    symlinkSync(folder, join(folder, "a", "loop"));
    execFileSync("mkfifo", [join(folder, "a", "fsar_pipe.md")]);
    const run = await runCli(["audit", ".", ...NOW], { cwd: folder });
    expect(run).toEqual({ code: 0, stdout: "✔ 1 report: 1 pass, 0 warn, 0 fail; 1 skipped\n", stderr: "" });
  });

  it("strips control characters from report text before it reaches the terminal", async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, "fsar_evil.md"), producerMarkdown({ ...SAMPLE, id: "evil\u001b]0;pwned\u0007\u001b[31mred\u009b2J" }));
    const run = await runCli(["audit", ".", ...NOW], { cwd: folder, env: { FORCE_COLOR: "0" } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('id "evil\\u001b]0;pwned\\u0007\\u001b[31mred2J" is not of the form fsar_<uuid>');
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it("colors only when asked by FORCE_COLOR or a terminal, never under NO_COLOR", async () => {
    const file = "fixtures/reports/severity-48.md";
    expect((await runCli(["audit", file, ...NOW])).stdout).not.toContain("\u001b[");
    expect((await runCli(["audit", file, ...NOW], { env: { FORCE_COLOR: "1" } })).stdout).toContain("\u001b[31m");
  });

  it("--now pins the time the rules see", async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, "fsar_future.md"), producerMarkdown({ ...SAMPLE, timestamp: "2027-01-01T00:00:00.000Z" }));
    expect((await runCli(["audit", ".", "--now", "2026-11-26T00:00:00Z"], { cwd: folder })).code).toBe(1);
    expect((await runCli(["audit", ".", "--now", "2027-06-01T00:00:00Z"], { cwd: folder })).code).toBe(0);
  });

  it("audits the config's include when given no paths", async () => {
    const folder = tempFolder();
    mkdirSync(join(folder, "reports"));
    mkdirSync(join(folder, "other"));
    writeFileSync(join(folder, "reports", "fsar_a.md"), producerMarkdown(SAMPLE));
    writeFileSync(join(folder, "other", "fsar_b.md"), "broken");
    writeFileSync(join(folder, "fsar.config.yaml"), "include: [reports]\n");
    expect(await runCli(["audit", ...NOW], { cwd: join(folder, "other") })).toEqual({ code: 0, stdout: "✔ 1 report: 1 pass, 0 warn, 0 fail; 0 skipped\n", stderr: "" });
  });
});

describe("usage, config and internal errors exit 2", () => {
  it.each([
    [["audit", "--bogus"], "error: unknown option '--bogus'\n"],
    [["bogus"], "error: unknown command 'bogus'\n"],
    [["audit", "no/such/path"], "fsar: no such file, folder or matching glob: no/such/path\n"],
    [["audit", "--now", "soon"], 'fsar: --now takes an ISO 8601 instant such as 2026-11-26T00:00:00Z, not "soon"\n'],
    [["audit", "--max-warnings", "-1"], 'fsar: --max-warnings takes a whole number, not "-1"\n'],
    [["audit", "--format", "xml"], "fsar: format \"xml\" is neither a built-in one (stylish, json, sarif, junit, github, markdown, gitlab) nor a formatter module that loads: Cannot find module 'xml'\n"],
  ])("fsar %j", async (args, stderr) => {
    expect(await runCli(args)).toEqual({ code: 2, stdout: "", stderr });
  });

  it("names the config key and its YAML line", async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, "fsar.config.yaml"), "rules:\n  max-severity: warn\n  no-such-rule: error\nseverity:\n  review: 50\nbogus: 1\n");
    const run = await runCli(["audit", "."], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      [
        `fsar: config error: ${join(folder, "fsar.config.yaml")}:3: unknown rule "no-such-rule" in rules`,
        `fsar: config error: ${join(folder, "fsar.config.yaml")}:5: severity: the scale must satisfy review <= block <= max (got review 50, block 45, max 75)`,
        `fsar: config error: ${join(folder, "fsar.config.yaml")}:6: unknown key "bogus"`,
        "",
      ].join("\n"),
    );
  });

  it("refuses an alias bomb", async () => {
    const folder = tempFolder();
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(", ")}]`);
    writeFileSync(join(folder, "bomb.yaml"), levels.join("\n") + "\n");
    const run = await runCli(["audit", ".", "--config", "bomb.yaml"], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^fsar: config error: .*bomb\.yaml: invalid YAML: Excessive alias count/);
  });

  it("refuses to switch off parse-error", async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, "fsar.config.yaml"), "rules:\n  parse-error: off\n");
    expect((await runCli(["audit", "."], { cwd: folder })).stderr).toBe(
      `fsar: config error: ${join(folder, "fsar.config.yaml")}:2: rule "parse-error" cannot be switched off: a report that cannot be read never passes\n`,
    );
  });
});

describe("other commands", () => {
  it("--version and --help exit 0", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(await runCli(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("audit [options] [paths...]");
  });

  it("parse prints the record, or the diagnostics with exit 1", async () => {
    const record = await runCli(["parse", "fixtures/reports/seed.md"]);
    expect(record.code).toBe(0);
    expect(JSON.parse(record.stdout)).toMatchObject({ id: "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286", severity: 6, format: "markdown" });
    expect(await runCli(["parse", "fixtures/discovery/nested/fsar_proposal_corrupt.md"])).toEqual({
      code: 1,
      stdout: 'fixtures/discovery/nested/fsar_proposal_corrupt.md:1:1  error  expected the heading "# FSAR Proposal Report"  parse-error\n',
      stderr: "",
    });
  });

  it("init writes a starter config that validates, and never overwrites without --force", async () => {
    const folder = tempFolder();
    expect(await runCli(["init"], { cwd: folder })).toEqual({ code: 0, stdout: "wrote fsar.config.yaml\n", stderr: "" });
    expect((await runCli(["rules"], { cwd: folder })).code).toBe(0);
    writeFileSync(join(folder, "fsar.config.yaml"), "# mine\n");
    expect(await runCli(["init"], { cwd: folder })).toEqual({ code: 2, stdout: "", stderr: "fsar: fsar.config.yaml already exists; use --force to overwrite it\n" });
    expect(readFileSync(join(folder, "fsar.config.yaml"), "utf8")).toBe("# mine\n");
    expect((await runCli(["init", "--force"], { cwd: folder })).code).toBe(0);
  });

  it("rules lists each rule with its level in the config in force", async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, "fsar.config.yaml"), "extends: fsar:strict\nrules:\n  min-risks: off\n");
    const lines = (await runCli(["rules"], { cwd: folder })).stdout.split("\n");
    expect(lines).toContain("min-risks               off    The report lists at least `minimum` risks (default 1)");
    expect(lines).toContain("id-format               error  The id has the producer's shape, fsar_<uuid>");
  });

  it("explain prints one report's assessed risk: signals, what was set aside, and how the score came about", async () => {
    const folder = tempFolder();
    const proposal = [
      "idea_implementation: Reload the orders table from the nightly export.",
      "We will not DROP TABLE orders; instead:",
      "TRUNCATE TABLE orders;",
      "const charge = await stripe.charges.create({ amount });",
      "Make sure the file is complete, working, and production-ready.",
    ].join("\n");
    writeFileSync(join(folder, "orders-reload.md"), producerMarkdown({ ...SAMPLE, proposal }));
    expect(await runCli(["explain", "orders-reload.md"], { cwd: folder })).toEqual({
      code: 0,
      stderr: "",
      stdout: `orders-reload.md: risk block, score 59 (review from 25, block from 45, max 75)
declared: severity 6 (low)

signals:
  10:1   sql-truncate    destructive-data  weight 55  TRUNCATE TABLE orders;
  11:22  payment-charge  money-movement    weight 35  stripe.charges.create

set aside:
  9:13  sql-drop-table  negated  DROP TABLE

how the score came about:
  sql-truncate (destructive-data) at 10:1 weighs 55
  +4 for a second concern in money-movement (payment-charge at 11:22)
  score 59: block
`,
    });
  });

  it("explain risk lists the categories and every signal with its weight", async () => {
    const run = await runCli(["explain", "risk"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("\n  sql-truncate ");
    expect(run.stdout).toContain("  personal-data: personal, financial or health data leaving its store or stored unprotected\n");
  });

  it("explain prints a rule's documentation, and exits 2 for anything neither a rule, risk nor a report", async () => {
    const run = await runCli(["explain", "max-severity"]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n").slice(0, 5)).toEqual(["# max-severity", "", "Warns at the review threshold and fails at the block threshold of the severity scale.", "", "Default level: error"]);
    expect(run.stdout.endsWith("Messages (json `messageId`):\n\n- `atBlock`: severity {severity} is at or above the block threshold {threshold}\n- `atReview`: severity {severity} is at or above the review threshold {threshold}\n- `negatedKeyword`: severity {severity} is at or above the block threshold {threshold} only as the producer\'s keyword rule gives it for \"{word}\", which the proposal negates (line {line}: \"{clause}\"), and the proposal is assessed {band} (score {score})\n")).toBe(true);
    expect(await runCli(["explain", "nope"])).toEqual({ code: 2, stdout: "", stderr: 'fsar: "nope" is neither a rule, `risk`, nor a report file; `fsar rules` lists the rules\n' });
  });
});
