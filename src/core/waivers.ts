import { diagnostic, UNUSED_WAIVER, WAIVER_EXPIRED } from "./diagnostics.js";
import type { Finding, LevelSetting } from "./finding.js";
import { matchesAnyGlob } from "./glob.js";

/** A waiver as the engine uses it: accepted findings of some rules on a report, until a day. */
export interface Waiver {
  /** The report waived: its id, or a glob of report files relative to the config's folder. */
  report: string;
  rules: readonly string[];
  reason: string;
  /** The day it stops suppressing, as written (`YYYY-MM-DD`). */
  expires: string;
  /** The UTC midnight of `expires`. */
  expiresAt: Date;
  /** Where the waiver stands in the config file, for findings about the waiver itself. */
  at: { line: number; column: number } | null;
}

/** What waivers need of a result: its file, its id and its findings (marked in place). */
interface WaivableResult {
  file: string;
  id: string | null;
  findings: Finding[];
}

function waiverFinding(finding: Finding, level: LevelSetting): Finding[] {
  return level === "off" ? [] : [{ ...finding, level }];
}

/**
 * Marks findings that active waivers cover as suppressed (kept, with the reason) and returns the findings about
 * the waivers themselves: `waiver-expired` from the expiry day on, `unused-waiver` when one suppressed nothing.
 * `pathFromConfig` maps a result's file to the path its globs are matched against; `levelOf` gives a rule's configured level.
 */
export function applyWaivers(
  results: readonly WaivableResult[],
  waivers: readonly Waiver[],
  now: Date,
  pathFromConfig: (file: string) => string,
  levelOf: (rule: string) => LevelSetting | undefined,
): Finding[] {
  const findings: Finding[] = [];
  for (const waiver of waivers) {
    const data = { report: JSON.stringify(waiver.report), rules: waiver.rules.join(", ") };
    const line = waiver.at?.line ?? null;
    const column = waiver.at?.column ?? null;
    if (now.getTime() >= waiver.expiresAt.getTime()) {
      const expired = diagnostic(WAIVER_EXPIRED, "expired", { ...data, expires: waiver.expires, reason: waiver.reason }, line, column);
      findings.push(...waiverFinding(expired, levelOf(WAIVER_EXPIRED.id) ?? "error"));
      continue;
    }
    let used = 0;
    for (const result of results) {
      if (result.id !== waiver.report && !matchesAnyGlob(pathFromConfig(result.file), [waiver.report])) continue;
      for (const finding of result.findings) {
        if (finding.suppressed || !waiver.rules.includes(finding.rule)) continue;
        finding.suppressed = { reason: waiver.reason };
        used++;
      }
    }
    if (used === 0) findings.push(...waiverFinding(diagnostic(UNUSED_WAIVER, "unused", data, line, column), levelOf(UNUSED_WAIVER.id) ?? "warn"));
  }
  return findings;
}
