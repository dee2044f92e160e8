import { createHash } from "node:crypto";
import type { FileResult } from "../core/engine.js";
import type { Finding } from "../core/finding.js";
import { fingerprintFinding } from "../core/fingerprint.js";
import type { Formatter } from "./types.js";

/** The severities GitLab's Code Quality widget knows, lowest first. */
type CodeQualitySeverity = "info" | "minor" | "major" | "critical" | "blocker";

/** One Code Quality issue: the part of Code Climate's issue format GitLab reads. */
interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: CodeQualitySeverity;
  location: { path: string; lines: { begin: number } };
}

/**
 * A finding's fingerprint for GitLab, which compares them between pipelines to show new and fixed issues:
 * the finding's own (it survives moved lines and renamed files), plus the form of the report (an md report and
 * its json twin share an id) and how many equal findings came before it, so that each issue has its own.
 */
function issueFingerprint(entry: FileResult, finding: Finding, seen: Map<string, number>): string {
  const base = `${fingerprintFinding(entry, finding)}\0${entry.format}`;
  const occurrence = seen.get(base) ?? 0;
  seen.set(base, occurrence + 1);
  return createHash("sha256").update(`${base}\0${occurrence}`).digest("hex").slice(0, 32);
}

/**
 * GitLab Code Quality (`artifacts:reports:codequality`): a JSON array with one issue per finding that counts,
 * so merge requests show them. Errors are `major` (`critical` for rules with a security severity), warnings `minor`.
 */
export const formatGitlab: Formatter = (result, context) => {
  const security = new Set(context.rules.filter((rule) => rule.meta.securitySeverity !== undefined).map((rule) => rule.id));
  const seen = new Map<string, number>();
  const issues: CodeQualityIssue[] = [];
  for (const entry of result.results) {
    for (const finding of entry.findings) {
      if (finding.suppressed) continue;
      issues.push({
        description: finding.message,
        check_name: finding.rule,
        fingerprint: issueFingerprint(entry, finding, seen),
        severity: finding.level === "warn" ? "minor" : security.has(finding.rule) ? "critical" : "major",
        location: { path: entry.file, lines: { begin: finding.line ?? 1 } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + "\n";
};
