// `npm run bench`: times `fsar audit` as a whole process on generated corpora (or any folder) next to a
// floor measured in the same run (a Node process that only reads the same files), with a warm `--cache` and with
// `--concurrency auto` (both must print what the plain audit does), the peak memory of `-f json`, `fsar trend` of the
// same folder (its ratio to the audit: the trend is an audit plus a few figures per report), and `fsar --version`
// and an audit of an empty folder next to `node -e 0`. It prints figures; it asserts nothing.
//
//   npm run bench -- [--sizes 1k,10k,100k] [--dir <folder>]... [--runs 3] [--seed 1]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateCorpus } from "./corpus.mjs";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const FSAR = join(ROOT, "bin/fsar.js");
const FLOOR = fileURLToPath(new URL("./read-floor.mjs", import.meta.url));
const MAX_RSS = fileURLToPath(new URL("./max-rss.mjs", import.meta.url));
const TIME = "/usr/bin/time";
const NOW = "2026-11-26T00:00:00Z";

const { values } = parseArgs({
  options: {
    sizes: { type: "string" },
    dir: { type: "string", multiple: true },
    runs: { type: "string", default: "3" },
    seed: { type: "string", default: "1" },
  },
});
const runs = Number(values.runs);
const seed = Number(values.seed);
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) throw new Error("--runs and --seed take whole numbers");
const sizes = (values.sizes ?? (values.dir ? "" : "1k,10k,100k"))
  .split(",")
  .filter(Boolean)
  .map((size) => {
    const match = /^(\d+)(k?)$/i.exec(size.trim());
    if (!match) throw new Error(`--sizes takes counts such as 1k,10k,100k, not ${JSON.stringify(size)}`);
    return Number(match[1]) * (match[2] ? 1000 : 1);
  });
if (!existsSync(join(ROOT, "dist/cli/main.js"))) throw new Error("build first: npm run build");

const scratch = mkdtempSync(join(tmpdir(), "fsar-bench-"));
process.on("exit", () => rmSync(scratch, { recursive: true, force: true }));
const useTime = existsSync(TIME);

/** Runs a command once; returns wall time (ms), CPU time (ms, where /usr/bin/time gives it), peak RSS (MiB), exit code and stdout. */
function measure(command, args, cwd, baseEnv = process.env) {
  const rssFile = join(scratch, "rss");
  rmSync(rssFile, { force: true });
  const [file, argv, env] = useTime
    ? [TIME, ["-f", "%M %U %S", "-o", rssFile, command, ...args], baseEnv]
    : [command, args, { ...baseEnv, NODE_OPTIONS: `--import=${MAX_RSS}`, FSAR_BENCH_RSS_FILE: rssFile }];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, { cwd, env, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  const [maxRss, user, system] = readFileSync(rssFile, "utf8").trim().split("\n").pop().split(" ").map(Number);
  const cpu = user === undefined ? NaN : (user + system) * 1000;
  return { ms, cpu, rss: maxRss / 1024, code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function median(numbers) {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Alternates, `runs` times on one folder: the floor, fsar audit (cold: no cache, one thread), the same with a warm
 * cache, with `--concurrency auto`, and fsar trend. Then one `-f json` audit, for its peak memory.
 */
function benchFolder(label, dir) {
  const fsar = [];
  const floor = [];
  const trend = [];
  const warm = [];
  const auto = [];
  const cacheFile = join(scratch, `cache-${label.replace(/[^\w]/g, "_")}`);
  const cached = [FSAR, "audit", ".", "--now", NOW, "--cache", "--cache-location", cacheFile];
  rmSync(cacheFile, { force: true });
  measure(process.execPath, cached, dir); // fills the cache
  for (let i = 0; i < runs; i++) {
    floor.push(measure(process.execPath, [FLOOR, dir], dir));
    fsar.push(measure(process.execPath, [FSAR, "audit", ".", "--now", NOW], dir));
    warm.push(measure(process.execPath, cached, dir));
    auto.push(measure(process.execPath, [FSAR, "audit", ".", "--now", NOW, "--concurrency", "auto"], dir));
    trend.push(measure(process.execPath, [FSAR, "trend", ".", "--now", NOW], dir));
  }
  const json = measure(process.execPath, [FSAR, "audit", ".", "--now", NOW, "-f", "json"], dir);
  for (const [name, run] of [["--cache", warm], ["--concurrency auto", auto]]) {
    if (run[run.length - 1].stdout !== fsar[fsar.length - 1].stdout) throw new Error(`fsar audit ${name} printed other output than fsar audit on ${dir}`);
  }
  const lastTrend = trend[trend.length - 1];
  if (lastTrend.code !== 0) throw new Error(`fsar trend exited ${lastTrend.code} on ${dir}: ${lastTrend.stderr}`);
  const last = fsar[fsar.length - 1];
  if (last.code !== 0 && last.code !== 1) throw new Error(`fsar audit exited ${last.code} on ${dir}: ${last.stderr}`);
  const summary = /(\d+) reports?: (\d+) pass, (\d+) warn, (\d+) fail; (\d+) skipped/.exec(last.stdout);
  const [files, bytes] = floor[0].stdout.trim().split(" ").map(Number);
  const wall = median(fsar.map((run) => run.ms));
  const floorWall = median(floor.map((run) => run.ms));
  return {
    label,
    files,
    mb: bytes / 1e6,
    reports: summary ? Number(summary[1]) : NaN,
    fails: summary ? Number(summary[4]) : NaN,
    skipped: summary ? Number(summary[5]) : NaN,
    wall,
    cpu: median(fsar.map((run) => run.cpu)),
    rss: Math.max(...fsar.map((run) => run.rss)),
    floorWall,
    floorCpu: median(floor.map((run) => run.cpu)),
    floorRss: Math.max(...floor.map((run) => run.rss)),
    warmWall: median(warm.map((run) => run.ms)),
    autoWall: median(auto.map((run) => run.ms)),
    jsonRss: json.rss,
    trendWall: median(trend.map((run) => run.ms)),
    trendCpu: median(trend.map((run) => run.cpu)),
  };
}

function row(cells, widths) {
  return cells.map((cell, i) => String(cell).padStart(widths[i])).join("  ");
}

const HEADER = ["corpus", "files", "MB", "reports", "fail", "skip", "fsar ms", "cpu ms", "reports/s", "MB/s", "peak MiB", "floor ms", "cpu ms", "floor MiB", "× floor", "warm ms", "× floor", "auto ms", "× cold", "json MiB", "trend ms", "cpu ms", "× audit"];
const WIDTHS = [18, 7, 7, 7, 5, 5, 8, 7, 9, 6, 8, 8, 7, 9, 7, 8, 7, 8, 6, 8, 8, 7, 7];
console.log(`fsar bench: median of ${runs} run(s) each, node ${process.version}, peak RSS${useTime ? " and CPU (user+sys)" : ""} from ${useTime ? TIME : "process.resourceUsage()"}`);
console.log(row(HEADER, WIDTHS));
const results = [];
const folders = [
  ...sizes.map((size) => ({ label: `${size / 1000}k pairs`, dir: join(ROOT, ".bench", `corpus-seed${seed}-${size}`), size })),
  ...(values.dir ?? []).map((dir) => ({ label: dir.length > 18 ? `…${dir.slice(-17)}` : dir, dir: resolve(dir) })),
];
for (const folder of folders) {
  if (folder.size) generateCorpus(folder.dir, folder.size, seed);
  const result = benchFolder(folder.label, folder.dir);
  results.push(result);
  console.log(
    row(
      [
        result.label,
        result.files,
        result.mb.toFixed(1),
        result.reports,
        result.fails,
        result.skipped,
        result.wall.toFixed(0),
        result.cpu.toFixed(0),
        Math.round(result.reports / (result.wall / 1000)),
        (result.mb / (result.wall / 1000)).toFixed(1),
        result.rss.toFixed(0),
        result.floorWall.toFixed(0),
        result.floorCpu.toFixed(0),
        result.floorRss.toFixed(0),
        (result.wall / result.floorWall).toFixed(2),
        result.warmWall.toFixed(0),
        (result.warmWall / result.floorWall).toFixed(2),
        result.autoWall.toFixed(0),
        (result.autoWall / result.wall).toFixed(2),
        result.jsonRss.toFixed(0),
        result.trendWall.toFixed(0),
        result.trendCpu.toFixed(0),
        (result.trendWall / result.wall).toFixed(2),
      ],
      WIDTHS,
    ),
  );
}
const generated = results.slice(0, sizes.length);
for (let i = 1; i < generated.length; i++) {
  const [small, big] = [generated[i - 1], generated[i]];
  console.log(
    `scaling ${small.label} -> ${big.label}: ${(big.reports / small.reports).toFixed(1)}× reports, ${(big.wall / small.wall).toFixed(1)}× audit time, ${(big.trendWall / small.trendWall).toFixed(1)}× trend time`,
  );
}

// Start-up: the cost of `fsar --version` over a bare Node process, an audit's fixed cost (an empty folder: the
// CLI, the rule set and the default config, no report), which every audit pays before its first file, and the
// audit of one report (a pre-commit hook's run).
const versionRuns = Math.max(10, runs * 5);
const empty = join(scratch, "empty");
mkdirSync(empty);
const ONE_REPORT = join(ROOT, "fixtures/examples/fsar_proposal_2026-04-10T14-30-00-000Z.json");
const bare = [];
const version = [];
const emptyAudit = [];
const oneReport = [];
for (let i = 0; i < versionRuns; i++) {
  bare.push(measure(process.execPath, ["-e", "0"], ROOT).ms);
  version.push(measure(process.execPath, [FSAR, "--version"], ROOT).ms);
  emptyAudit.push(measure(process.execPath, [FSAR, "audit", ".", "--now", NOW], empty).ms);
  oneReport.push(measure(process.execPath, [FSAR, "audit", ONE_REPORT, "--now", NOW], ROOT).ms);
}
const [bareMs, versionMs, emptyMs, oneMs] = [median(bare), median(version), median(emptyAudit), median(oneReport)];
console.log(
  `start-up (median of ${versionRuns}): node -e 0 ${bareMs.toFixed(1)} ms, fsar --version ${versionMs.toFixed(1)} ms (+${(versionMs - bareMs).toFixed(1)}), ` +
    `fsar audit of an empty folder ${emptyMs.toFixed(1)} ms (+${(emptyMs - bareMs).toFixed(1)}), of one report ${oneMs.toFixed(1)} ms (+${(oneMs - bareMs).toFixed(1)})`,
);
// Node reads NODE_EXTRA_CA_CERTS at the start of every process, the floor's too: it adds the same to both sides of
// every ratio above, so say how much.
if (process.env.NODE_EXTRA_CA_CERTS) {
  const { NODE_EXTRA_CA_CERTS: _, ...withoutCerts } = process.env;
  const bareWithout = median(Array.from({ length: versionRuns }, () => measure(process.execPath, ["-e", "0"], ROOT, withoutCerts).ms));
  console.log(`NODE_EXTRA_CA_CERTS is set: node -e 0 takes ${bareMs.toFixed(1)} ms with it, ${bareWithout.toFixed(1)} ms without; every process measured here pays the difference`);
}
