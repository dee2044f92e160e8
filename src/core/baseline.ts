import { z } from "zod";
import { summarize, type AuditResult, type FileResult } from "./engine.js";
import { fingerprintFinding } from "./fingerprint.js";
import { UsageError } from "./usage-error.js";

export const BASELINE_FILE_NAME = "fsar-baseline.json";

const baselineEntrySchema = z
  .object({
    file: z.string(),
    id: z.string().nullable(),
    rule: z.string(),
    message: z.string(),
    /** fingerprintFinding: the rule, the report's id (else its file) and the message, never the line. */
    fingerprint: z.string(),
    /** How many identical findings the report had. */
    count: z.number().int().min(1),
  })
  .strict();
export type BaselineEntry = z.infer<typeof baselineEntrySchema>;

const baselineSchema = z.object({ version: z.literal(1), findings: z.array(baselineEntrySchema) }).strict();
/** Findings accepted when fsar was adopted: `fsar audit --baseline` reports only the others. */
export type Baseline = z.infer<typeof baselineSchema>;

/** What applying a baseline did: how many findings it absorbed, and its entries that no longer occur (to prune). */
export interface BaselineOutcome {
  file: string;
  matched: number;
  stale: BaselineEntry[];
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  for (const key of ["file", "rule", "message", "fingerprint"] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
}

/** Findings about reports count for a baseline; findings about the config (waivers) must be fixed there, and waived ones already are. */
function baselinedFindings(result: FileResult) {
  return result.format === "config" ? [] : result.findings.filter((finding) => !finding.suppressed);
}

/** The baseline of an audit: one entry per report, rule and message, sorted so the file diffs well. */
export function createBaseline(result: AuditResult): Baseline {
  const entries = new Map<string, BaselineEntry>();
  for (const entry of result.results) {
    for (const finding of baselinedFindings(entry)) {
      const fingerprint = fingerprintFinding(entry, finding);
      const key = `${entry.file}\0${fingerprint}`;
      const known = entries.get(key);
      if (known) known.count++;
      else entries.set(key, { file: entry.file, id: entry.id, rule: finding.rule, message: finding.message, fingerprint, count: 1 });
    }
  }
  return { version: 1, findings: [...entries.values()].sort(compareEntries) };
}

export function serializeBaseline(baseline: Baseline): string {
  return JSON.stringify(baseline, null, 2) + "\n";
}

/** Reads a baseline file's text; a file that is not one is a usage error naming it. */
export function parseBaseline(text: string, file: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not a fsar baseline: invalid JSON (${(error as Error).message})`);
  }
  const parsed = baselineSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`${file} is not a fsar baseline: ${issue.path.join(".") || "top level"}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Leaves out the findings the baseline knows (matched by fingerprint, so moved lines still match; a renamed
 * report still matches by id), recomputes verdicts and counts, and lists the baseline's entries that no longer occur.
 */
export function applyBaseline(result: AuditResult, baseline: Baseline, file: string): AuditResult {
  const remaining = baseline.findings.map((entry) => ({ entry, left: entry.count }));
  const byFingerprint = new Map<string, typeof remaining>();
  for (const slot of remaining) {
    const list = byFingerprint.get(slot.entry.fingerprint);
    if (list) list.push(slot);
    else byFingerprint.set(slot.entry.fingerprint, [slot]);
  }
  let matched = 0;
  const results = result.results.map((entry) => {
    const counted = new Set(baselinedFindings(entry));
    const findings = entry.findings.filter((finding) => {
      if (!counted.has(finding)) return true;
      const slots = byFingerprint.get(fingerprintFinding(entry, finding)) ?? [];
      // The same file's entry first, so a renamed report does not take another file's entry.
      const slot = slots.find((candidate) => candidate.left > 0 && candidate.entry.file === entry.file) ?? slots.find((candidate) => candidate.left > 0);
      if (!slot) return true;
      slot.left--;
      matched++;
      return false;
    });
    return { ...entry, findings };
  });
  const summary = summarize(results, result.summary.skipped);
  const stale = remaining.filter((slot) => slot.left > 0).map((slot) => ({ ...slot.entry, count: slot.left }));
  return { summary, results, baseline: { file, matched, stale } };
}
