// What the learned words (src/risk/learned.ts) add to the rules, measured on reports they were not trained on: naive
// Bayes over a proposal's words and word pairs as learned.ts reads them, trained on the --train label files. For each
// threshold on the log-odds it prints the figures of "the rules flag it, or the words score above the threshold"
// (the rules alone: the learned words switched off): by 5-fold cross-validation on the training reports, then on the
// --test reports, then (with --corpus) how many reports of a folder the rules assess low and the words would raise.
// The threshold scripts/learn-words.mjs writes (10) was read off the cross-validated rows. It prints figures; it
// asserts nothing.
//
//   node bench/learned-lexicon.mjs --train a.tsv[,b.tsv…] [--test c.tsv[,d.tsv…]] [--corpus <folder>]
//
// Label files are file<TAB>band rows, files relative to the label file, or to the folder given as tsv=folder.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { parseReport } from "../dist/index.js";
import { assessRisk, createRiskModel, DEFAULT_RISK_MODEL } from "../dist/risk/index.js";
import { visitLearnedTokens } from "../dist/risk/learned.js";

const { values } = parseArgs({ options: { train: { type: "string" }, test: { type: "string" }, corpus: { type: "string" } } });
if (!values.train) {
  process.stderr.write("usage: node bench/learned-lexicon.mjs --train a.tsv[,b.tsv…] --test c.tsv[,…] [--corpus <folder>]\n");
  process.exit(2);
}

const RULES_ONLY = createRiskModel({ signals: { "learned-words": false } });
const THRESHOLDS = [Number.POSITIVE_INFINITY, 20, 15, 10, 8, 6, 4, 2, 0];

// The model's own reading of a proposal's words (src/risk/learned.ts): sentences, not template lines or code.
function tokens(text) {
  const words = new Set();
  visitLearnedTokens(text, DEFAULT_RISK_MODEL.isTemplateLine, (word) => words.add(word));
  return words;
}

/** `tsv` or `tsv=folder`: rows of file<TAB>band, files relative to the folder (default: the tsv's own). */
function load(spec) {
  const [tsv, folder = dirname(tsv)] = spec.split("=");
  return readFileSync(tsv, "utf8").trim().split("\n").slice(1).flatMap((line) => {
    const [file, band] = line.split("\t");
    const path = join(folder, file);
    const { record } = parseReport(readFileSync(path, "utf8"), { file: path });
    return record ? [{ positive: band !== "low", words: tokens(record.proposal), modelFlags: assessRisk(record, RULES_ONLY).band !== "low" }] : [];
  });
}

function train(rows) {
  const seen = [new Map(), new Map()];
  const count = [0, 0];
  for (const row of rows) {
    const c = row.positive ? 1 : 0;
    count[c]++;
    for (const word of row.words) seen[c].set(word, (seen[c].get(word) ?? 0) + 1);
  }
  const weights = new Map();
  for (const word of new Set([...seen[0].keys(), ...seen[1].keys()])) {
    const a = seen[1].get(word) ?? 0;
    const b = seen[0].get(word) ?? 0;
    if (a + b >= 3) weights.set(word, Math.log((a + 1) / (count[1] + 2)) - Math.log((b + 1) / (count[0] + 2)));
  }
  return { prior: Math.log((count[1] + 1) / (count[0] + 1)), weights };
}

const score = (model, words) => [...words].reduce((sum, word) => sum + (model.weights.get(word) ?? 0), model.prior);

function figures(rows, threshold) {
  let tp = 0, fp = 0, fn = 0, tn = 0;
  for (const row of rows) {
    const flagged = row.modelFlags || row.score > threshold;
    if (row.positive) flagged ? tp++ : fn++;
    else flagged ? fp++ : tn++;
  }
  return `recall ${(tp / (tp + fn)).toFixed(2)}  precision ${(tp / (tp + fp)).toFixed(2)}  low flagged ${(fp / (fp + tn)).toFixed(2)}`;
}

const training = values.train.split(",").flatMap(load);
const FOLDS = 5;
const crossValidated = [];
for (let k = 0; k < FOLDS; k++) {
  const model = train(training.filter((_, i) => i % FOLDS !== k));
  for (const row of training.filter((_, i) => i % FOLDS === k)) crossValidated.push({ ...row, score: score(model, row.words) });
}
const model = train(training);
const testing = (values.test ? values.test.split(",").flatMap(load) : []).map((row) => ({ ...row, score: score(model, row.words) }));
process.stdout.write(`trained on ${training.length} reports, tested on ${testing.length}\n`);
for (const threshold of THRESHOLDS) {
  process.stdout.write(`threshold ${String(threshold).padStart(8)}   cross-validated: ${figures(crossValidated, threshold)}${testing.length ? `   test: ${figures(testing, threshold)}` : ""}\n`);
}
if (values.corpus) {
  let reports = 0;
  const raised = new Map(THRESHOLDS.map((threshold) => [threshold, 0]));
  for (const name of readdirSync(values.corpus)) {
    if (!/\.(?:md|json)$/.test(name)) continue;
    const path = join(values.corpus, name);
    const { record } = parseReport(readFileSync(path, "utf8"), { file: path });
    if (!record) continue;
    reports++;
    if (assessRisk(record, RULES_ONLY).band !== "low") continue;
    const s = score(model, tokens(record.proposal));
    for (const threshold of THRESHOLDS) if (s > threshold) raised.set(threshold, raised.get(threshold) + 1);
  }
  process.stdout.write(`${values.corpus}: ${reports} reports; assessed low and raised by the words, by threshold: ${[...raised].map(([t, n]) => `${t}: ${n}`).join(", ")}\n`);
}
