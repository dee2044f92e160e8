import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";
import { tempDir } from "./helpers/temp-dir.js";
import { createTempGitRepo } from "./helpers/temp-git-repo.js";
import { CALM, DESTRUCTIVE, week } from "./helpers/trend-reports.js";

const NOW = ["--now", "2026-11-26T00:00:00Z"];

// 2026-01-05 and 2026-01-12 are Mondays.
const calmThenDestructive = tempDir({ ...week("2026-01-05T00:00:00.000Z", CALM, 0), ...week("2026-01-12T00:00:00.000Z", DESTRUCTIVE, 20) });
const calmThenCalm = tempDir({ ...week("2026-01-05T00:00:00.000Z", CALM, 0), ...week("2026-01-12T00:00:00.000Z", CALM, 20) });

describe("fsar trend --fail-on-rise", () => {
  it("exits 1 when 20 calm reports are followed by 20 that declare 6 but drop production tables, naming the period and figures", async () => {
    const run = await runCli(["trend", "--fail-on-rise", "20", ...NOW], { cwd: calmThenDestructive });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("alert: in 2026-01-12..2026-01-18 the gap is 100.0% against a mean of 0.0% before it (+100.0 points), a rise of more than --fail-on-rise 20\n");
  });

  it("exits 0 on the same folder without the rise", async () => {
    const run = await runCli(["trend", "--fail-on-rise", "20", ...NOW], { cwd: calmThenCalm });
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "period                  reports  median    at 6  low  review  block   gap  blocked  boilerplate  top categories",
        "2026-01-05..2026-01-11       20       6  100.0%   20       0      0  0.0%     0.0%       100.0%",
        "2026-01-12..2026-01-18       20       6  100.0%   20       0      0  0.0%     0.0%       100.0%",
        "",
        "40 reports in 2 periods (by week)",
        "in the latest period, 2026-01-12..2026-01-18, the gap is 0.0% against a mean of 0.0% before it (+0.0 points)",
        "",
      ].join("\n"),
    });
  });

  it("never alerts with fewer than two periods, and says so", async () => {
    const run = await runCli(["trend", "--by", "month", "--fail-on-rise", "0", ...NOW], { cwd: calmThenDestructive });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2026-01-01\.\.2026-01-31 +40 /m);
    expect(run.stdout.endsWith("40 reports in 1 period (by month)\nno comparison: fewer than two periods\n")).toBe(true);
  });

  it("-f github adds a warning annotation on the alert", async () => {
    const run = await runCli(["trend", "-f", "github", "--fail-on-rise", "20", ...NOW], { cwd: calmThenDestructive });
    expect(run.code).toBe(1);
    expect(run.stdout.trimEnd().split("\n").pop()).toBe(
      "::warning title=fsar trend::alert: in 2026-01-12..2026-01-18 the gap is 100.0%25 against a mean of 0.0%25 before it (+100.0 points), a rise of more than --fail-on-rise 20",
    );
    expect((await runCli(["trend", "-f", "github", ...NOW], { cwd: calmThenDestructive })).stdout).not.toContain("::warning");
  });
});

describe("fsar trend outputs", () => {
  it("gives the share in a boilerplate-risks group, and null when that rule is off", async () => {
    const shared = await runCli(["trend", "-f", "json", ...NOW], { cwd: calmThenCalm });
    expect(JSON.parse(shared.stdout).periods.map((period: { boilerplate: number | null }) => period.boilerplate)).toEqual([1, 1]);
    const off = tempDir({ ...week("2026-01-05T00:00:00.000Z", CALM, 0), "fsar.config.yaml": "rules:\n  boilerplate-risks: off\n" });
    const run = await runCli(["trend", "-f", "json", ...NOW], { cwd: off });
    expect(JSON.parse(run.stdout).periods.map((period: { boilerplate: number | null }) => period.boilerplate)).toEqual([null]);
  });

  it("-f json gives the version 1 contract, twins counted once", async () => {
    const run = await runCli(["trend", "-f", "json", "--by", "week", "--fail-on-rise", "20", ...NOW], { cwd: calmThenDestructive });
    expect(run.code).toBe(1);
    const calm = { reports: 20, declared: { median: 6, atDefault: 1 }, assessed: { low: 20, review: 0, block: 0 }, gap: 0, blocked: 0, boilerplate: 1, categories: {} };
    expect(JSON.parse(run.stdout)).toEqual({
      version: 1,
      by: "week",
      periods: [
        { start: "2026-01-05", end: "2026-01-11", ...calm },
        { start: "2026-01-12", end: "2026-01-18", ...calm, assessed: { low: 0, review: 0, block: 20 }, gap: 1, categories: { "destructive-data": 20 } },
      ],
      alert: { start: "2026-01-12", end: "2026-01-18", gap: 1, earlierMean: 0, risePoints: 100, thresholdPoints: 20 },
    });
  });

  it("-f markdown has a Mermaid xychart-beta chart of the gap and the table", async () => {
    const run = await runCli(["trend", "-f", "markdown", ...NOW], { cwd: calmThenCalm });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      ["```mermaid", "xychart-beta", '  title "Gap: assessed above declared (%)"', '  x-axis ["2026-01-05", "2026-01-12"]', '  y-axis "% of reports" 0 --> 100', "  line [0, 0]", "```"].join("\n"),
    );
    expect(run.stdout).toContain("| 2026-01-12..2026-01-18 | 20 | 6 | 100.0% | 20 | 0 | 0 | 0.0% | 0.0% | 100.0% |  |\n");
  });

  it("-f html is one self-contained page: inline SVG, no script, nothing from the network", async () => {
    const run = await runCli(["trend", "-f", "html", ...NOW], { cwd: calmThenDestructive });
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith("<!doctype html>\n")).toBe(true);
    expect(run.stdout.match(/<svg /g)).toHaveLength(3);
    expect(run.stdout).not.toMatch(/<script|<link|<img|<iframe|\b(src|href)=|url\(|@import|https?:/i);
    expect(run.stdout).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it("-o writes the output to a file", async () => {
    const out = join(tempDir(), "trend.html");
    const run = await runCli(["trend", "-f", "html", "-o", out, ...NOW], { cwd: calmThenCalm });
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    expect(readFileSync(out, "utf8")).toMatch(/^<!doctype html>/);
  });

  it("-f github appends the markdown, chart included, to the step summary", async () => {
    const summary = join(tempDir(), "summary.md");
    await runCli(["trend", "-f", "github", ...NOW], { cwd: calmThenCalm, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, "utf8")).toMatch(/^## fsar trend\n[\s\S]*```mermaid\nxychart-beta\n/);
  });

  it("--since and --until bound the range (a date alone is the whole day)", async () => {
    const run = await runCli(["trend", "-f", "json", "--by", "day", "--since", "2026-01-10", "--until", "2026-01-12", ...NOW], { cwd: calmThenCalm });
    expect((JSON.parse(run.stdout) as { periods: Array<{ start: string; reports: number }> }).periods.map(({ start, reports }) => [start, reports])).toEqual([
      ["2026-01-10", 2],
      ["2026-01-12", 4],
    ]);
  });
});

describe("fsar trend --rev-range", () => {
  it("groups the reports a range brought in by the dates of the commits that brought them", async () => {
    const repo = createTempGitRepo();
    try {
      const files = week("2026-01-05T00:00:00.000Z", CALM, 0);
      const paths = Object.keys(files).sort();
      repo.write("README.md", "reports\n");
      repo.git("add", "-A");
      repo.git("commit", "-q", "-m", "start");
      // The first 10 pairs are committed in January's third week, the other 10 in the fourth, whatever their own timestamps say.
      for (const [half, date] of [
        [paths.slice(0, 20), "2026-01-20T12:00:00Z"],
        [paths.slice(20), "2026-01-27T12:00:00Z"],
      ] as const) {
        for (const path of half) repo.write(path, files[path]!);
        repo.env.GIT_COMMITTER_DATE = date;
        repo.git("add", "-A");
        repo.git("commit", "-q", "-m", `reports of ${date}`);
      }
      const run = await runCli(["trend", "-f", "json", "--rev-range", "HEAD~2..HEAD", ...NOW], { cwd: repo.dir });
      expect(run.stderr).toBe("");
      expect((JSON.parse(run.stdout) as { periods: Array<{ start: string; reports: number }> }).periods.map(({ start, reports }) => [start, reports])).toEqual([
        ["2026-01-19", 10],
        ["2026-01-26", 10],
      ]);
      expect(JSON.parse((await runCli(["trend", "-f", "json", "--rev-range", "HEAD~1..HEAD", ...NOW], { cwd: repo.dir })).stdout).periods).toHaveLength(1);
    } finally {
      repo.remove();
    }
  });
});

describe("fsar trend on bad input", () => {
  it.each([
    [["--by", "year"], "error: option '--by <period>' argument 'year' is invalid. Allowed choices are day, week, month.\n"],
    [["--fail-on-rise", "lots"], 'fsar: --fail-on-rise takes percentage points (a number such as 20 or 7.5), not "lots"\n'],
    [["--since", "last week"], 'fsar: --since takes a date (2026-01-05) or an ISO 8601 instant, not "last week"\n'],
    [["--since", "2026-02-01", "--until", "2026-01-01"], "fsar: --since must be before --until\n"],
    [["--rev-range", "main"], 'fsar: --rev-range takes <a>..<b> (such as main~20..main), not "main"\n'],
    [["no-such-folder"], "fsar: no such file, folder or matching glob: no-such-folder\n"],
  ])("%j exits 2 with one line", async (args, stderr) => {
    expect(await runCli(["trend", ...args, ...NOW], { cwd: calmThenCalm })).toEqual({ code: 2, stdout: "", stderr });
  });
});
