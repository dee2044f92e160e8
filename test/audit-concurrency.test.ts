import { cpSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../bench/corpus.mjs";
import { runFsar } from "./helpers/cli.js";
import { runCli } from "./helpers/run-cli.js";
import { tempDir, writeFiles } from "./helpers/temp-dir.js";

const NOW = ["--now", "2026-11-26T00:00:00Z"];

/**
 * 240 generated pairs (seed 6 gives duplicate ids, invalid timestamps, broken json, lone md files and blocking
 * reports; CRLF and other reports beside them): more requests than two workers may have waiting, so this thread
 * audits some of the groups too.
 */
let corpus: string;
beforeAll(() => {
  corpus = join(tempDir(), "reports");
  generateCorpus(corpus, 240, 6);
});

/** A folder of its own holding a copy of the corpus, for a test that adds a config or a cache beside it. */
function generated(): string {
  const dir = tempDir();
  cpSync(corpus, join(dir, "reports"), { recursive: true });
  return dir;
}

/** A plugin rule that says which thread audited each report (the sets are spawned, so the built worker runs). */
const THREAD_PLUGIN = `import { isMainThread } from "node:worker_threads";
export default { name: "local", rules: [{ id: "local/thread", description: "d", defaultLevel: "warn", check: () => [{ message: isMainThread ? "main" : "worker", line: 1 }] }] };
`;

describe("audit --concurrency", () => {
  it("gives byte for byte the output of one thread, in every format, with workers forced on a small set", () => {
    const dir = dirname(corpus);
    const outputs = new Map<string, string>();
    for (const format of ["json", "stylish", "sarif", "junit"]) {
      const single = runFsar(["audit", "reports", "-f", format, ...NOW], { cwd: dir });
      expect(single.code).toBe(1);
      for (const concurrency of ["3", "auto"]) {
        const run = runFsar(["audit", "reports", "-f", format, "--concurrency", concurrency, ...NOW], { cwd: dir });
        expect(run).toEqual(single);
        outputs.set(`${format} ${concurrency}`, run.stdout);
      }
    }
    const json = JSON.parse(outputs.get("json 3")!);
    expect(json.summary.reports).toBeGreaterThan(470);
    expect(JSON.stringify(json)).toContain('"rule":"duplicate-id"');
    // Twelve audits of 480 files in spawned processes: 35 s on two cores shared with other suites.
  }, 120_000);

  it("does audit in worker threads, with the config and plugins the main thread loaded", () => {
    const dir = generated();
    writeFiles(dir, { "fsar.config.yaml": "plugins: [./plugin.mjs]\n", "plugin.mjs": THREAD_PLUGIN });
    const threads = (concurrency: string) =>
      new Set(JSON.parse(runFsar(["audit", "reports", "-f", "json", "--concurrency", concurrency, ...NOW], { cwd: dir }).stdout).results.flatMap((result: { findings: Array<{ rule: string; message: string }> }) => result.findings.filter((finding) => finding.rule === "local/thread").map((finding) => finding.message)));
    expect(threads("off")).toEqual(new Set(["main"]));
    expect(threads("3")).toContain("worker");
  });

  it("keeps the cache exact with workers", () => {
    const dir = generated();
    const single = runFsar(["audit", "reports", "-f", "json", ...NOW], { cwd: dir });
    expect(runFsar(["audit", "reports", "-f", "json", "--cache", "--concurrency", "3", ...NOW], { cwd: dir })).toEqual(single);
    expect(JSON.parse(readFileSync(join(dir, ".fsarcache"), "utf8").split("\n")[0]!).format).toBe("fsar-audit-cache");
    expect(runFsar(["audit", "reports", "-f", "json", "--cache", "--concurrency", "3", ...NOW], { cwd: dir })).toEqual(single);
  });

  it("stops with exit 2 naming the rule and the report when a rule throws in a worker", () => {
    const dir = generated();
    writeFiles(dir, {
      "fsar.config.yaml": "plugins: [./plugin.mjs]\n",
      "plugin.mjs": `export default { name: "local", rules: [{ id: "local/boom", description: "d", defaultLevel: "error", check: () => { throw new Error("boom"); } }] };\n`,
    });
    const run = runFsar(["audit", "reports", "--concurrency", "3", ...NOW], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^fsar: rule "local\/boom" of plugin "local" failed on reports\/batch-0000\/fsar_proposal_\S+: boom \(run with --debug for the stack\)\n$/);
  });

  it("is a usage error for a count that is not a number of threads", async () => {
    for (const value of ["0", "two", "-1", "1.5"]) {
      const run = await runCli(["audit", "fixtures/reports/seed.md", "--concurrency", value, ...NOW]);
      expect(run).toEqual({ code: 2, stdout: "", stderr: `fsar: --concurrency takes a number of threads, auto or off, not ${JSON.stringify(value)}\n` });
    }
  });
});
