import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { audit } from "../src/app/audit.js";
import { defaultConfig } from "../src/config/resolve.js";
import { inShard } from "../src/discovery/discover.js";
import { runCli } from "./helpers/run-cli.js";

const NOW = new Date("2026-11-26T00:00:00Z");
const REPORT = (id: string): string =>
  ["# FSAR Proposal Report", `- id: ${id}`, "- timestamp: 2026-03-01T09:00:00.000Z", "- severity: 6", "- block_execution: false", "- proposal:", "", "idea_implementation: x", "", "## Risks", "- a", "", "## Mitigations", "- b"].join("\n");

let cwd: string;
beforeAll(() => {
  cwd = mkdtempSync(join(tmpdir(), "fsar-shard-"));
  for (let i = 0; i < 40; i++) {
    const folder = join(cwd, `batch-${i % 3}`);
    mkdirSync(folder, { recursive: true });
    const id = `fsar_00000000-0000-4000-8000-${String(i).padStart(12, "0")}`;
    writeFileSync(join(folder, `fsar_report_${i}.md`), REPORT(id));
    writeFileSync(join(folder, `fsar_report_${i}.json`), JSON.stringify({ id, timestamp: "2026-03-01T09:00:00.000Z", proposal: "idea_implementation: x", severity: 6, risks: ["a"], mitigations: ["b"], block_execution: false }));
  }
});
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

describe("--shard", () => {
  it("puts md and json twins in the same shard", async () => {
    for (let i = 0; i < 200; i++) {
      const shard = { index: 1 + (i % 5), count: 5 };
      expect(inShard(`reports/fsar_${i}.md`, shard)).toBe(inShard(`reports/fsar_${i}.json`, shard));
    }
  });

  it("is stable: the same path always gets the same shard", async () => {
    const shardOf = (path: string): number => [1, 2, 3, 4].find((index) => inShard(path, { index, count: 4 }))!;
    expect(["a/fsar_1.md", "a/fsar_2.md", "b/fsar_1.md", "fsar_x.json"].map(shardOf)).toEqual([2, 1, 3, 3]);
  });

  it("splits the reports into disjoint parts that together are all of them, twins together", async () => {
    const whole = await audit(["."], { cwd, now: NOW, config: defaultConfig(cwd) });
    const parts = await Promise.all([1, 2, 3].map((index) => audit(["."], { cwd, now: NOW, config: defaultConfig(cwd), shard: { index, count: 3 } })));
    const files = parts.map((part) => part.results.map((entry) => entry.file));
    expect(files.flat().sort()).toEqual(whole.results.map((entry) => entry.file));
    for (const part of files) {
      expect(part.length).toBeGreaterThan(0);
      for (const file of part) expect(part).toContain(file.endsWith(".md") ? file.replace(/\.md$/, ".json") : file.replace(/\.json$/, ".md"));
    }
  });

  it("rejects a shard that is not <i>/<n> with 1 <= i <= n", async () => {
    expect(await runCli(["audit", ".", "--shard", "0/3"], { cwd })).toEqual({ code: 2, stdout: "", stderr: 'fsar: --shard takes <i>/<n> with 1 <= i <= n <= 10000, such as 2/4, not "0/3"\n' });
    expect((await runCli(["audit", ".", "--shard", "2"], { cwd })).code).toBe(2);
  });

  it("audits only its shard from the CLI", async () => {
    const run = await runCli(["audit", ".", "--shard", "2/3", "--now", NOW.toISOString(), "-f", "json"], { cwd });
    const output = JSON.parse(run.stdout) as { summary: { reports: number }; results: Array<{ file: string }> };
    expect(run.code).toBe(0);
    expect(output.results.every((entry) => inShard(entry.file, { index: 2, count: 3 }))).toBe(true);
    expect(output.summary.reports).toBe(output.results.length);
  });
});
