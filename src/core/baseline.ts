import { z } from "zod";
import { summarize, type AuditResult, type BaselineEntry, type FileResult } from "./results.js";
import { fingerprintFinding, legacyFingerprint } from "./fingerprint.js";
import { UsageError } from "./usage-error.js";

export const BASELINE_FILE_NAME = "fsar-baseline.json";

const baselineEntrySchema = z
  .object({
    file: z.string(),
    id: z.string().nullable(),
    rule: z.string(),
    /** Absent in entries written before findings had message ids: their fingerprint is of the message text. */
    messageId: z.string().optional(),
    message: z.string(),
    /** fingerprintFinding: the rule, the report, the messageId and the finding's identity data, never the line or the text. */
    fingerprint: z.string(),
    /** How many identical findings the report had. */
    count: z.number().int().min(1),
  })
  .strict() satisfies z.ZodType<BaselineEntry>;
export type { BaselineEntry, BaselineOutcome } from "./results.js";

const baselineSchema = z.object({ version: z.literal(1), findings: z.array(baselineEntrySchema) }).strict();
/** Findings accepted when fsar was adopted: `fsar audit --baseline` reports only the others. */
export type Baseline = z.infer<typeof baselineSchema>;

/** Whether an entry was written before fingerprints were built from message ids. */
function isLegacy(entry: BaselineEntry): boolean {
  return entry.messageId === undefined;
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
      else entries.set(key, { file: entry.file, id: entry.id, rule: finding.rule, messageId: finding.messageId, message: finding.message, fingerprint, count: 1 });
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
 * Entries of an older fsar match by the fingerprint it wrote (of the message text); those that match nothing are
 * listed as outdated rather than stale, since their finding may still be there under a new message.
 */
export function applyBaseline(result: AuditResult, baseline: Baseline, file: string): AuditResult {
  const remaining = baseline.findings.map((entry) => ({ entry, left: entry.count }));
  const byFingerprint = new Map<string, typeof remaining>();
  for (const slot of remaining) {
    const list = byFingerprint.get(slot.entry.fingerprint);
    if (list) list.push(slot);
    else byFingerprint.set(slot.entry.fingerprint, [slot]);
  }
  const hasLegacy = baseline.findings.some(isLegacy);
  let matched = 0;
  const results = result.results.map((entry) => {
    const counted = new Set(baselinedFindings(entry));
    const findings = entry.findings.filter((finding) => {
      if (!counted.has(finding)) return true;
      const slots = [...(byFingerprint.get(fingerprintFinding(entry, finding)) ?? []), ...(hasLegacy ? (byFingerprint.get(legacyFingerprint(entry, finding)) ?? []).filter((slot) => isLegacy(slot.entry)) : [])];
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
  const unmatched = remaining.filter((slot) => slot.left > 0).map((slot) => ({ ...slot.entry, count: slot.left }));
  const stale = unmatched.filter((entry) => !isLegacy(entry));
  const outdated = unmatched.filter(isLegacy);
  return { summary, results, baseline: { file, matched, stale, ...(outdated.length > 0 ? { outdated } : {}) } };
}
