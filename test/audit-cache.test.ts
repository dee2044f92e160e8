import { readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { audit, type AuditOptions } from "../src/app/audit.js";
import { formatJson } from "../src/formatters/json.js";
import { builtinRules } from "../src/rules/index.js";
import { producerJson, producerMarkdown, SAMPLE, type ProducerRecord } from "./helpers/report-text.js";
import { runFsar } from "./helpers/cli.js";
import { tempDir, writeFiles } from "./helpers/temp-dir.js";

const BEFORE_HORIZON = new Date("2026-11-26T00:00:00Z");
const AFTER_HORIZON = new Date("2028-02-01T00:00:00Z");
const LONG_AGO = new Date("2025-06-01T00:00:00Z");

function pair(name: string, record: ProducerRecord): Record<string, string> {
  return { [`${name}.md`]: producerMarkdown(record), [`${name}.json`]: producerJson(record) };
}

/** Two pairs sharing an id (duplicate-id), one twin that disagrees (twin-mismatch), one plain pass. */
function corpus(): string {
  const dir = tempDir({
    ...pair("reports/fsar_a", SAMPLE),
    ...pair("reports/fsar_b", { ...SAMPLE, timestamp: "2026-01-03T00:00:00.000Z" }),
    ...pair("reports/fsar_c", { ...SAMPLE, id: "fsar_00000000-0000-4000-8000-000000000000", risks: ["Data loss: none expected"] }),
    "reports/fsar_c.json": producerJson({ ...SAMPLE, id: "fsar_00000000-0000-4000-8000-000000000000", severity: 9, risks: ["Data loss: none expected"] }),
  });
  ageFiles(dir, ["a", "b", "c"]);
  return dir;
}

/** Written a while ago: a file changed just before a run is checked by its content, which these tests must not rely on. */
function ageFiles(dir: string, names: readonly string[]): void {
  const past = new Date(Date.now() - 3_600_000);
  for (const name of names) for (const extension of ["md", "json"]) utimesSync(join(dir, "reports", `fsar_${name}.${extension}`), past, past);
}

async function auditJson(dir: string, now: Date, extra: Partial<AuditOptions> = {}): Promise<string> {
  return formatJson(await audit(["reports"], { cwd: dir, now, ...extra }), { color: false, version: "test", rules: builtinRules });
}

/** The head line of a cache file (one line per twin group follows). */
function cacheHead(file: string): { format: string; version: number; identity: string } {
  return JSON.parse(readFileSync(file, "utf8").split("\n")[0]!);
}

function collectWarnings(): { warnings: string[]; onWarning: (message: string) => void } {
  const warnings: string[] = [];
  return { warnings, onWarning: (message) => warnings.push(message) };
}

describe("audit --cache", () => {
  it("gives byte for byte the json of an uncached run, when cold and when warm", async () => {
    const dir = corpus();
    const uncached = await auditJson(dir, BEFORE_HORIZON);
    expect(uncached).toContain('"rule": "duplicate-id"');
    expect(uncached).toContain('"rule": "twin-mismatch"');
    const { warnings, onWarning } = collectWarnings();
    expect(await auditJson(dir, BEFORE_HORIZON, { cache: {}, onWarning })).toBe(uncached);
    expect(await auditJson(dir, BEFORE_HORIZON, { cache: {}, onWarning })).toBe(uncached);
    expect(cacheHead(join(dir, ".fsarcache"))).toMatchObject({ format: "fsar-audit-cache", version: 2 });
    expect(warnings).toEqual([]);
  });

  it("replays a file whose size and mtime are unchanged without reading it", async () => {
    const dir = corpus();
    await auditJson(dir, BEFORE_HORIZON, { cache: {} });
    // Other content of the same size, put back at the same mtime: only a replay keeps the old severity.
    const file = join(dir, "reports/fsar_a.md");
    const { atime, mtime } = statSync(file);
    writeFileSync(file, readFileSync(file, "utf8").replace("severity: 6", "severity: 8"));
    utimesSync(file, atime, mtime);
    const replayed = await auditJson(dir, BEFORE_HORIZON, { cache: {} });
    expect(JSON.parse(replayed).results.find((result: { file: string }) => result.file === "reports/fsar_a.md").severity).toBe(6);
  });

  it("sees an edited report, and keeps cross-report findings exact", async () => {
    const dir = corpus();
    await auditJson(dir, BEFORE_HORIZON, { cache: {} });
    // fsar_b no longer shares fsar_a's id: the duplicate-id finding on the unchanged fsar_a goes too.
    writeFiles(dir, pair("reports/fsar_b", { ...SAMPLE, id: "fsar_11111111-1111-4111-8111-111111111111", timestamp: "2026-01-03T00:00:00.000Z" }));
    const cached = await auditJson(dir, BEFORE_HORIZON, { cache: {} });
    expect(cached).toBe(await auditJson(dir, BEFORE_HORIZON));
    expect(cached).not.toContain('"rule": "duplicate-id"');
  });

  it("judges timed rules against each run's now: a later --now is seen", async () => {
    const dir = corpus();
    const before = await auditJson(dir, BEFORE_HORIZON, { cache: {} });
    expect(before).not.toContain("the horizon the report named, 2028-01-01, has passed");
    const after = await auditJson(dir, AFTER_HORIZON, { cache: {} });
    expect(after).toContain("the horizon the report named, 2028-01-01, has passed (31 days ago)");
    expect(after).toBe(await auditJson(dir, AFTER_HORIZON));
    const earlier = await auditJson(dir, LONG_AGO, { cache: {} });
    expect(earlier).toContain("is later than now (2025-06-01T00:00:00.000Z)");
    expect(earlier).toBe(await auditJson(dir, LONG_AGO));
  });

  it("ignores a damaged or foreign cache with one warning, rebuilds it, and never trusts it", async () => {
    const dir = corpus();
    const uncached = await auditJson(dir, BEFORE_HORIZON);
    await auditJson(dir, BEFORE_HORIZON, { cache: {} });
    const written = readFileSync(join(dir, ".fsarcache"), "utf8");
    const head = written.split("\n")[0]!;
    const damaged = ["{ not json", JSON.stringify({ format: "eslint", entries: {} }), JSON.stringify({ format: "fsar-audit-cache", version: 1, identity: 5, entries: [] }), `${written}not a group's line\n`, `${head}\n\n${written.slice(head.length + 1)}`];
    for (const content of damaged) {
      writeFileSync(join(dir, ".fsarcache"), content);
      const { warnings, onWarning } = collectWarnings();
      expect(await auditJson(dir, BEFORE_HORIZON, { cache: {}, onWarning })).toBe(uncached);
      expect(warnings).toEqual([`the cache ${join(dir, ".fsarcache")} is not an fsar cache or is damaged: ignored, and rebuilt`]);
      expect(readFileSync(join(dir, ".fsarcache"), "utf8")).toBe(written);
    }
  });

  it("rebuilds a cache of another format version without a warning", async () => {
    const dir = corpus();
    const uncached = await auditJson(dir, BEFORE_HORIZON);
    writeFileSync(join(dir, ".fsarcache"), JSON.stringify({ format: "fsar-audit-cache", version: 1, identity: "an older fsar's", entries: {} }));
    const { warnings, onWarning } = collectWarnings();
    expect(await auditJson(dir, BEFORE_HORIZON, { cache: {}, onWarning })).toBe(uncached);
    expect(warnings).toEqual([]);
    expect(cacheHead(join(dir, ".fsarcache")).version).toBe(2);
  });

  it("does not trust an entry that does not have the shape it wrote", async () => {
    const dir = corpus();
    const uncached = await auditJson(dir, BEFORE_HORIZON);
    await auditJson(dir, BEFORE_HORIZON, { cache: {} });
    const [head, ...groups] = readFileSync(join(dir, ".fsarcache"), "utf8").trimEnd().split("\n");
    expect(groups).toHaveLength(3);
    const [key, stamps] = groups[0]!.split("\t");
    // Stamps of another shape, what was found of another shape, each with the other half intact.
    const tampered = [`${key}\t"nope"\t3`, `${key}\t${stamps}\t3`, `${key}\t${stamps}\t[3,3]`, `${key}\t${stamps!.replace(/\.md"/, '.json"')}\t${groups[0]!.split("\t")[2]}`];
    for (const line of tampered) {
      writeFileSync(join(dir, ".fsarcache"), `${[head, ...groups.map((group) => (group.startsWith(`${key}\t`) ? line : group.replace(/\t.*/, '\t"nope"\t3')))].join("\n")}\n`);
      expect(await auditJson(dir, BEFORE_HORIZON, { cache: {} })).toBe(uncached);
    }
  });

  it("warns and goes on when the cache cannot be written", async () => {
    const dir = corpus();
    writeFiles(dir, { "blocker/file": "" });
    const { warnings, onWarning } = collectWarnings();
    expect(await auditJson(dir, BEFORE_HORIZON, { cache: { location: "blocker/file/cache" }, onWarning })).toBe(await auditJson(dir, BEFORE_HORIZON));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^cannot write the cache .*blocker\/file\/cache \(E[A-Z]+\)$/);
  });

  it("keeps the cache in a folder given with --cache-location, and never counts it as a skipped file", async () => {
    const dir = corpus();
    const uncached = await auditJson(dir, BEFORE_HORIZON);
    writeFiles(dir, { "reports/keep/.gitkeep": "" });
    const withFolder = await auditJson(dir, BEFORE_HORIZON, { cache: { location: "reports/keep/" } });
    expect(cacheHead(join(dir, "reports/keep/.fsarcache")).format).toBe("fsar-audit-cache");
    expect(JSON.parse(withFolder).summary.skipped).toBe(JSON.parse(uncached).summary.skipped + 1);
    expect(await auditJson(dir, BEFORE_HORIZON, { cache: { location: "reports/keep/" } })).toBe(withFolder);
  });

  // Spawned: what a process loaded is known only at its exit.
  it("replays a run without a config file without loading node:crypto (nothing to digest)", () => {
    const dir = corpus();
    writeFiles(dir, { "probe.mjs": `process.on("exit", () => process.stderr.write(\`crypto loaded: \${process.moduleLoadList.includes("NativeModule crypto")}\\n\`));\n` });
    const run = () => runFsar(["audit", "reports", "--cache", "--now", BEFORE_HORIZON.toISOString()], { cwd: dir, env: { NODE_OPTIONS: `--import=${pathToFileURL(join(dir, "probe.mjs")).href}` } });
    expect(run().stderr).toBe("crypto loaded: true\n");
    expect(run().stderr).toBe("crypto loaded: false\n");
  });

  // Spawned: a process imports a plugin module once, so only a new process sees its new text.
  it("holds only for the config and plugins it was written with", () => {
    const dir = corpus();
    writeFiles(dir, {
      "fsar.config.yaml": "plugins: [./plugin.mjs]\nrules:\n  local/proposal-says: error\n",
      "plugin.mjs": pluginSaying("first"),
    });
    const run = () => runFsar(["audit", "reports", "--cache", "-f", "json", "--now", BEFORE_HORIZON.toISOString()], { cwd: dir }).stdout;
    expect(run()).toContain("plugin says first");
    writeFiles(dir, { "plugin.mjs": pluginSaying("second") });
    const afterPlugin = run();
    expect(afterPlugin).toContain("plugin says second");
    expect(afterPlugin).not.toContain("plugin says first");
    writeFiles(dir, { "fsar.config.yaml": "plugins: [./plugin.mjs]\nrules:\n  local/proposal-says: off\n" });
    expect(run()).not.toContain("plugin says");
  });

  it("never keeps the findings of a rule that reads now without being a timed rule", async () => {
    const dir = corpus();
    writeFiles(dir, {
      "fsar.config.yaml": "plugins: [./plugin.mjs]\nrules:\n  local/year: error\n",
      "plugin.mjs": `export default { name: "local", rules: [{ id: "local/year", description: "d", defaultLevel: "error", check: (report, context) => [{ message: "year " + context.now.getUTCFullYear(), line: 1 }] }] };\n`,
    });
    expect(await auditJson(dir, BEFORE_HORIZON, { cache: {} })).toContain("year 2026");
    expect(await auditJson(dir, AFTER_HORIZON, { cache: {} })).toContain("year 2028");
  });
});

/** A plugin (module text) whose rule reports `plugin says <word>` on every report. */
function pluginSaying(word: string): string {
  return `export default { name: "local", rules: [{ id: "local/proposal-says", description: "d", defaultLevel: "error", check: () => [{ message: "plugin says ${word}", line: 1 }] }] };\n`;
}
