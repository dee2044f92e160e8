// Deterministic synthetic corpora of FSAR report pairs, shaped like the real ones (FORMAT.md):
// SYNOPSIS comments, proposals with their own `## ` headings and `## Risks` lists, unclosed fences,
// a few long proposals, CRLF files, non-report files beside them, and a few percent failing reports.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** A small seeded PRNG (mulberry32): the same seed always gives the same corpus. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "the system task execution database schema column migration production payment stripe billing deploy release " +
  "pipeline review metrics tracking latency throughput worker queue retry timeout cache index query postgres " +
  "ensure implement improve reduce optimise monitor alert rollback rollout feature flag user data privacy model " +
  "inference prompt agent scheduler budget cost revenue offering webhook backend frontend api endpoint token " +
  "secret rotation audit trail compliance incident response runbook dashboard trend drift quality regression " +
  "test coverage integration unit continuous delivery observability logging tracing span error rate service"
).split(" ");
const KINDS = ["idea_implementation:", "idea_implementation:", "idea_implementation:", "self_improvement:", "implement_idea:"];
const CATEGORIES = ["Slow failure", "Unintended consequence", "Incentive drift", "Security exposure", "Data loss", "Operational toil"];

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function sentence(random) {
  const length = 8 + Math.floor(random() * 18);
  const words = [];
  for (let i = 0; i < length; i++) words.push(pick(random, WORDS));
  const text = words.join(" ");
  return text[0].toUpperCase() + text.slice(1) + ".";
}

function paragraph(random) {
  const count = 2 + Math.floor(random() * 5);
  const sentences = [];
  for (let i = 0; i < count; i++) sentences.push(sentence(random));
  return sentences.join(" ");
}

function uuid(random) {
  const hex = () => Math.floor(random() * 16).toString(16);
  const part = (n) => Array.from({ length: n }, hex).join("");
  return `${part(8)}-${part(4)}-4${part(3)}-${"89ab"[Math.floor(random() * 4)]}${part(3)}-${part(12)}`;
}

function proposalText(random) {
  const long = random() < 0.02;
  const paragraphs = long ? 20 + Math.floor(random() * 60) : 1 + Math.floor(random() * 5);
  const parts = [`${pick(random, KINDS)}  ${paragraph(random)}`];
  for (let i = 1; i < paragraphs; i++) {
    const roll = random();
    if (roll < 0.15) parts.push(`## Phase ${i}: ${sentence(random)}`);
    else if (roll < 0.2) parts.push(`1. **${pick(random, WORDS)}**: ${sentence(random)}\n   - ${sentence(random)}`);
    else if (roll < 0.22) parts.push("```sql\nSELECT * FROM execution_tasks WHERE ai_model IS NULL;\n```");
    parts.push(paragraph(random));
  }
  if (random() < 0.05) parts.push(`## Risks\n- ${sentence(random)}\n- ${sentence(random)}`);
  if (random() < 0.1) parts.push("```python\ndef migrate():\n    pass"); // opened, never closed
  return parts.join("\n\n");
}

function items(random, first) {
  const list = [first];
  for (let i = 1; i < 3; i++) list.push(`${pick(random, CATEGORIES)}: ${sentence(random).toLowerCase()}`);
  return list;
}

function markdownOf(report, { synopsis, crlf, truncated }) {
  const lines = [];
  if (synopsis) lines.push("<!-- SYNOPSIS: FSAR Proposal Report -->", "");
  lines.push(
    "# FSAR Proposal Report",
    `- id: ${report.id}`,
    `- timestamp: ${report.timestamp}`,
    `- severity: ${report.severity}`,
    `- block_execution: ${report.block_execution}`,
    "- proposal:",
    "",
    report.proposal,
    "",
    "## Risks",
    ...report.risks.map((risk) => `- ${risk}`),
  );
  if (!truncated) lines.push("", "## Mitigations", ...report.mitigations.map((mitigation) => `- ${mitigation}`));
  const text = lines.join("\n");
  return crlf ? text.replace(/\n/g, "\r\n") : text;
}

const PAIRS_PER_FOLDER = 1000;

/** Writes `pairs` report pairs under `dir` (skipped when a finished corpus is already there). */
export function generateCorpus(dir, pairs, seed) {
  const done = join(dir, ".complete");
  if (existsSync(done)) return;
  rmSync(dir, { recursive: true, force: true });
  const random = prng(seed * 1_000_003 + pairs);
  const start = Date.parse("2026-01-01T00:00:00.000Z");
  let previousId = `fsar_${uuid(random)}`;
  for (let i = 0; i < pairs; i++) {
    const folder = join(dir, `batch-${String(Math.floor(i / PAIRS_PER_FOLDER)).padStart(4, "0")}`);
    if (i % PAIRS_PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const instant = new Date(start + i * 37_017 + Math.floor(random() * 1000));
    const stamp = instant.toISOString();
    const base = `fsar_proposal_${stamp.replace(/[:.]/g, "-")}`;
    const roll = random();
    const blocking = roll < 0.01; // severity 48 and block_execution true: fails max-severity and block-execution
    const report = {
      id: roll >= 0.01 && roll < 0.013 ? previousId : `fsar_${uuid(random)}`, // a few duplicate ids
      timestamp: roll >= 0.013 && roll < 0.016 ? "2027-13-01T00:00:00Z" : stamp, // a few invalid timestamps
      proposal: proposalText(random),
      severity: blocking ? 48 : 6,
      risks: items(random, `Slow failure: unnoticed degradation accumulating by ${stamp.slice(0, 10).replace(/^2026/, "2028")}`),
      mitigations: items(random, "Add scheduled adversarial audits with hard pass/fail gates"),
      block_execution: blocking,
    };
    previousId = report.id;
    const md = markdownOf(report, { synopsis: random() < 0.4, crlf: random() < 0.01, truncated: roll >= 0.016 && roll < 0.021 });
    writeFileSync(join(folder, `${base}.md`), md);
    if (roll >= 0.021 && roll < 0.024) continue; // an md without its json twin
    const json = JSON.stringify(report, null, 2);
    writeFileSync(join(folder, `${base}.json`), roll >= 0.024 && roll < 0.026 ? json.replace(/\n}$/, ",\n}") : json);
    if (random() < 0.005) {
      // Other reports share the folders and must be skipped.
      writeFileSync(join(folder, `drift_report_${stamp.replace(/[:.]/g, "-")}.md`), `# Drift Report\n\n${paragraph(random)}\n`);
      writeFileSync(join(folder, `drift_report_${stamp.replace(/[:.]/g, "-")}.json`), JSON.stringify({ drift: paragraph(random) }, null, 2));
    }
  }
  writeFileSync(done, "");
}
