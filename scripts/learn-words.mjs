// Writes src/risk/learned-words.ts: naive Bayes weights over a proposal's words and word pairs, learnt from labelled
// reports (a report needs review or a block, or it is routine), with the risk category each word speaks for most.
// The risk model reads them only where no signal reached review (src/risk/learned.ts). Run after `npm run build`:
//
//   node scripts/learn-words.mjs [--labels <tsv>[=<folder>]]...
//
// Default labels: fixtures/risk/blind-2026-12.tsv. The weights committed were learnt from it and from
// ../shared/calibration/corpus-labels.tsv=../shared/corpus/lifeos-reports (the producer's own wording, learnt as routine).
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseReport } from "../dist/index.js";
import { RISK_CATEGORIES } from "../dist/risk/index.js";
import { visitLearnedTokens } from "../dist/risk/learned.js";
import { DEFAULT_RISK_MODEL } from "../dist/risk/model.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({ options: { labels: { type: "string", multiple: true } } });
const specs = values.labels ?? [join(ROOT, "fixtures/risk/blind-2026-12.tsv")];

// A word or pair seen in fewer reports says nothing; one whose weight is this small changes no score that matters.
const MIN_REPORTS = 3;
const MIN_WEIGHT = 0.5;
// Picked by 5-fold cross-validation on the training reports (bench/learned-lexicon.mjs): low reports flagged stay near 6%.
const THRESHOLD = 10;

const rows = specs.flatMap((spec) => {
  const [tsv, folder = dirname(tsv)] = spec.split("=");
  return readFileSync(tsv, "utf8").trim().split("\n").slice(1).flatMap((line) => {
    const [file, band, category] = line.split("\t");
    const path = join(folder, file);
    const { record } = parseReport(readFileSync(path, "utf8"), { file: path });
    if (!record) return [];
    const words = new Set();
    visitLearnedTokens(record.proposal, DEFAULT_RISK_MODEL.isTemplateLine, (word) => words.add(word));
    return [{ positive: band !== "low", category: RISK_CATEGORIES.indexOf(category), words }];
  });
});

const seen = [new Map(), new Map()];
const byCategory = new Map();
const count = [0, 0];
for (const row of rows) {
  const c = row.positive ? 1 : 0;
  count[c]++;
  for (const word of row.words) {
    seen[c].set(word, (seen[c].get(word) ?? 0) + 1);
    if (row.positive && row.category !== -1) {
      const tally = byCategory.get(word) ?? new Array(RISK_CATEGORIES.length).fill(0);
      tally[row.category]++;
      byCategory.set(word, tally);
    }
  }
}
const words = {};
for (const word of [...new Set([...seen[0].keys(), ...seen[1].keys()])].sort()) {
  const a = seen[1].get(word) ?? 0;
  const b = seen[0].get(word) ?? 0;
  if (a + b < MIN_REPORTS) continue;
  const weight = Math.log((a + 1) / (count[1] + 2)) - Math.log((b + 1) / (count[0] + 2));
  if (Math.abs(weight) < MIN_WEIGHT) continue;
  const tally = byCategory.get(word);
  const category = tally ? tally.indexOf(Math.max(...tally)) : -1;
  words[word] = [Math.round(weight * 1000) / 1000, category];
}
const prior = Math.round(Math.log((count[1] + 1) / (count[0] + 1)) * 1000) / 1000;
const source = `// Written by scripts/learn-words.mjs from ${rows.length} labelled reports (${count[1]} needing review or a block, ${count[0]} routine): do not edit.
// Each word or word pair: its log-odds weight for "needs review" and the index into RISK_CATEGORIES of the category it
// spoke for most (-1: none).
export const LEARNED_WORDS: { readonly prior: number; readonly threshold: number; readonly words: Readonly<Record<string, readonly [number, number]>> } = ${JSON.stringify({ prior, threshold: THRESHOLD, words })};
`;
writeFileSync(join(ROOT, "src/risk/learned-words.ts"), source);
process.stdout.write(`src/risk/learned-words.ts: ${Object.keys(words).length} words from ${rows.length} reports\n`);
