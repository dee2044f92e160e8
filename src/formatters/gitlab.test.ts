import { describe, expect, it } from "vitest";
import { auditResult, CONTEXT, fileResult, finding } from "../../test/helpers/results.js";
import { formatGitlab } from "./gitlab.js";

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number } };
}

const gitlabOf = (...args: Parameters<typeof auditResult>): Issue[] => JSON.parse(formatGitlab(auditResult(...args), CONTEXT));

describe("formatGitlab", () => {
  it("writes one issue per counted finding: errors major, security errors critical, warnings minor, line 1 for the whole file", () => {
    const issues = gitlabOf([
      fileResult("reports/fail.md", [
        finding("max-severity", "error", "severity 48 is at or above the block threshold 45", 6, 13),
        finding("secrets", "error", "a live payment key (sk_live_****)", 9, 4),
        finding("id-format", "warn", "bad id", 2, 7),
        finding("min-risks", "error", "waived", 12, 1, { suppressed: { reason: "accepted" } }),
      ]),
      fileResult("reports/broken.json", [finding("parse-error", "error", "not JSON", null, null)]),
    ]);
    expect(issues.map(({ fingerprint, ...issue }) => ({ ...issue, fingerprint: /^[0-9a-f]{32}$/.test(fingerprint) }))).toEqual([
      { description: "severity 48 is at or above the block threshold 45", check_name: "max-severity", severity: "major", location: { path: "reports/fail.md", lines: { begin: 6 } }, fingerprint: true },
      { description: "a live payment key (sk_live_****)", check_name: "secrets", severity: "critical", location: { path: "reports/fail.md", lines: { begin: 9 } }, fingerprint: true },
      { description: "bad id", check_name: "id-format", severity: "minor", location: { path: "reports/fail.md", lines: { begin: 2 } }, fingerprint: true },
      { description: "not JSON", check_name: "parse-error", severity: "major", location: { path: "reports/broken.json", lines: { begin: 1 } }, fingerprint: true },
    ]);
  });

  it("gives equal findings, and the same finding in an md report and its json twin, fingerprints of their own", () => {
    const same = finding("min-risks", "error", "0 risks listed, at least 1 required", 3, 1);
    const issues = gitlabOf([fileResult("a.md", [same, { ...same, line: 9 }], { id: "fsar_1" }), fileResult("a.json", [same], { id: "fsar_1" })]);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(3);
  });

  it("keeps fingerprints when lines move and the report is renamed, so GitLab sees the same issue", () => {
    const before = gitlabOf([fileResult("a.md", [finding("min-risks", "error", "0 risks", 3, 1)], { id: "fsar_1" })]);
    const after = gitlabOf([fileResult("moved/b.md", [finding("min-risks", "error", "0 risks", 30, 1)], { id: "fsar_1" })]);
    expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint);
  });

  it("is an empty array when nothing counts", () => {
    expect(formatGitlab(auditResult([fileResult("a.md", [])]), CONTEXT)).toBe("[]\n");
  });
});
