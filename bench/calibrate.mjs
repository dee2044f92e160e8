// `npm run calibrate`: the risk model's figures on labelled reports: a confusion table of labelled against assessed
// band, precision and recall of "needs review or block", band agreement. By default on the repository's own labelled
// fixtures (the tuned part and the held-out part apart); with --labels on any labels file (file<TAB>band rows,
// files relative to the labels file or to --dir). Then the verdict of the default gate (fsar:recommended, every rule,
// at --now, default the current time) on the same files, audited together: how many of each label fail it. It prints
// figures; it asserts nothing.
//
//   npm run calibrate -- [--labels <tsv> [--dir <folder>]]... [--misses] [--now <instant>]
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const { assessRisk, audit, calibrate, defaultConfig, formatCalibration, parseLabels, parseReport } = await import(join(ROOT, "dist/index.js")).catch(() => {
  throw new Error("build first: npm run build");
});

const { values } = parseArgs({
  options: {
    labels: { type: "string", multiple: true },
    dir: { type: "string", multiple: true },
    misses: { type: "boolean", default: false },
    now: { type: "string" },
  },
});
const now = values.now === undefined ? new Date() : new Date(values.now);

const OWN = ["tuned.tsv", "held-out.tsv", "held-out-2.tsv", "held-out-3.tsv", "set-c.tsv", "blind-2026-12.tsv"].map((file) => join(ROOT, "fixtures/risk", file));
const sets = (values.labels ?? OWN).map((labels, index) => ({ labels: resolve(labels), dir: resolve(values.dir?.[index] ?? dirname(resolve(labels))) }));

for (const { labels, dir } of sets) {
  const parsed = parseLabels(readFileSync(labels, "utf8"));
  for (const error of parsed.errors) console.error(`${labels}: ${error}`);
  const rows = [];
  const misses = [];
  const started = performance.now();
  for (const { file, band } of parsed.labels) {
    const { record } = parseReport(readFileSync(join(dir, file)), { file });
    const assessment = record ? assessRisk(record) : { band: "low", score: 0, signals: [] };
    rows.push({ file, expected: band, assessed: assessment.band });
    if (assessment.band !== band) misses.push(`  ${file}: labelled ${band}, assessed ${assessment.band} (${assessment.score}${assessment.signals[0] ? `, ${assessment.signals[0].id}` : ""})`);
  }
  console.log(`== ${labels} (${rows.length} reports, ${Math.round(performance.now() - started)} ms)`);
  console.log(formatCalibration(calibrate(rows)));
  const gate = await audit(
    rows.map((row) => row.file),
    { cwd: dir, config: defaultConfig(dir), now },
  );
  const failing = new Set(gate.results.filter((result) => result.verdict === "fail").map((result) => result.file));
  const tally = (band) => {
    const labelled = rows.filter((row) => row.expected === band);
    return `${labelled.filter((row) => failing.has(row.file)).length} of ${labelled.length}`;
  };
  console.log(`fail the default gate: block ${tally("block")}, review ${tally("review")}, low ${tally("low")}`);
  if (values.misses && misses.length > 0) console.log(`disagreements:\n${misses.join("\n")}`);
  console.log("");
}
