import type { Band } from "./band.js";
import { compareFindings, type Finding } from "./finding.js";
import type { ReportFormat } from "./record.js";

export type Verdict = "pass" | "warn" | "fail";

/** The audit of one file. */
export interface FileResult {
  /** Relative to the working folder, `/` separators. */
  file: string;
  /** `config` for the findings about the config itself (waivers); such a result is not counted as a report. */
  format: ReportFormat | "config";
  id: string | null;
  severity: number | null;
  band: Band | null;
  verdict: Verdict;
  findings: Finding[];
  /** The assessed risk of a report that parsed: score, band and the signals that raised it. */
  risk?: ReportRisk;
}

/** One signal of an assessed risk: what matched, where, and what it weighs on the configured scale. */
export interface ReportRiskSignal {
  id: string;
  category: string;
  line: number;
  column: number;
  text: string;
  weight: number;
  note?: string;
}

/** A report's assessed risk (src/risk computes it): its score and band, and the signals that raised it, decisive first. */
export interface ReportRisk {
  score: number;
  band: Band;
  signals: ReportRiskSignal[];
}

export interface AuditSummary {
  reports: number;
  pass: number;
  warn: number;
  fail: number;
  errors: number;
  warnings: number;
  skipped: number;
}

export interface AuditResult {
  summary: AuditSummary;
  /** Sorted by file; findings sorted by line, then rule. */
  results: FileResult[];
  /** Set when findings known to a baseline were left out (`fsar audit --baseline`). */
  baseline?: BaselineOutcome;
}

/** A finding accepted in a baseline file (`fsar baseline`). */
export interface BaselineEntry {
  file: string;
  id: string | null;
  rule: string;
  /** Absent in entries written before findings had message ids: their fingerprint is of the message text. */
  messageId?: string | undefined;
  message: string;
  /** fingerprintFinding: the rule, the report, the messageId and the finding's identity data, never the line or the text. */
  fingerprint: string;
  /** How many identical findings the report had. */
  count: number;
}

/** What applying a baseline did: how many findings it absorbed, and its entries that no longer occur (to prune). */
export interface BaselineOutcome {
  file: string;
  matched: number;
  stale: BaselineEntry[];
  /**
   * Entries written by fsar before 0.2 (no messageId, a fingerprint of the message text) that matched no finding:
   * their findings may still occur with a message that moved (a day count). Set only when there are some;
   * `fsar baseline` writes them again.
   */
  outdated?: BaselineEntry[];
}

/**
 * Sorts each result's findings, sets its verdict, and counts: suppressed (waived) findings and the config's own
 * result are not counted. One pass over each result's findings, allocating nothing: it runs over every result at once.
 */
export function summarize(results: readonly FileResult[], skipped: number): AuditSummary {
  const summary: AuditSummary = { reports: 0, pass: 0, warn: 0, fail: 0, errors: 0, warnings: 0, skipped };
  for (let index = 0; index < results.length; index++) {
    const result = results[index]!;
    const { findings } = result;
    if (findings.length > 1) findings.sort(compareFindings);
    let errors = 0;
    let warnings = 0;
    for (let at = 0; at < findings.length; at++) {
      const finding = findings[at]!;
      if (finding.suppressed) continue;
      if (finding.level === "error") errors++;
      else warnings++;
    }
    result.verdict = errors > 0 ? "fail" : warnings > 0 ? "warn" : "pass";
    if (result.format !== "config") {
      summary.reports++;
      summary[result.verdict]++;
    }
    summary.errors += errors;
    summary.warnings += warnings;
  }
  return summary;
}
