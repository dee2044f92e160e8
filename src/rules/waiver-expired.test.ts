import { describe, expect, it } from "vitest";
import { parseConfigText } from "../config/load-file.js";
import { resolveConfig } from "../config/resolve.js";
import { waiverPositions } from "../config/waivers.js";
import { auditSources } from "../core/engine.js";
import { testRule } from "../../test/helpers/rule-tester.js";
import { seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { waiverExpired } from "./waiver-expired.js";

const REPORT = seedWithProposalLine("TRUNCATE TABLE orders;");
const CONFIG = `waivers:
  - report: fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286
    rules: [severity-underreported]
    reason: accepted by the release board
    expires: 2027-01-01
rules:
  mitigation-coverage: off
  risk-relevance: off
`;

function auditWith(configText: string, now: string) {
  const config = resolveConfig(parseConfigText(configText, "fsar.config.yaml"), { file: "fsar.config.yaml", baseDir: ".", waiverPositions: waiverPositions(configText) });
  return auditSources([{ file: "reports/fsar_proposal_x.md", pathFromConfig: "reports/fsar_proposal_x.md", content: REPORT }], config, new Date(now));
}

// The docs' waiver, as the docs write it.
const DOCUMENTED = `waivers:
  - report: fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286   # an id, or a glob of report files
    rules: [severity-underreported]
    reason: "legacy report, superseded by the Q3 review"
    expires: 2027-01-31
`;

const expired = (reason: string, expires: string) => ({
  file: "fsar.config.yaml",
  messageId: "expired",
  data: { report: '"fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286"', rules: "severity-underreported", expires, reason },
  message: `waiver for "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286" (severity-underreported) expired on ${expires}: its findings count again (${reason})`,
  line: 2,
  column: 5,
  level: "error" as const,
});

testRule(waiverExpired, {
  valid: [{ name: "passes a waiver before its expiry day", reports: { "reports/fsar_proposal_x.md": REPORT }, config: CONFIG, now: new Date("2026-12-31T23:59:59Z") }],
  invalid: [
    {
      name: "fails a waiver from its expiry day on, on its line in the config",
      reports: { "reports/fsar_proposal_x.md": REPORT },
      config: CONFIG,
      now: new Date("2027-01-01T00:00:00Z"),
      findings: [expired("accepted by the release board", "2027-01-01")],
    },
    {
      name: "is the documented example",
      reports: { "reports/fsar_proposal_x.md": REPORT },
      config: DOCUMENTED,
      now: new Date("2027-02-01T00:00:00Z"),
      documented: true,
      findings: [expired("legacy report, superseded by the Q3 review", "2027-01-31")],
    },
  ],
});

describe("waivers", () => {
  it("before its expiry a waiver keeps the finding, suppressed with its reason, out of the counts and the verdict", () => {
    const result = auditWith(CONFIG, "2026-12-31T23:59:59Z");
    expect(result.summary).toEqual({ reports: 1, pass: 1, warn: 0, fail: 0, errors: 0, warnings: 0, skipped: 0 });
    expect(result.results.map((entry) => [entry.file, entry.verdict, entry.findings.map((finding) => [finding.rule, finding.line, finding.suppressed])])).toEqual([
      ["reports/fsar_proposal_x.md", "pass", [["severity-underreported", 8, { reason: "accepted by the release board" }]]],
    ]);
  });

  it("from its expiry day on the waiver suppresses nothing and is an error on its line in the config", () => {
    const result = auditWith(CONFIG, "2027-01-01T00:00:00Z");
    expect(result.summary).toEqual({ reports: 1, pass: 0, warn: 0, fail: 1, errors: 2, warnings: 0, skipped: 0 });
    expect(result.results).toEqual([
      {
        file: "fsar.config.yaml",
        format: "config",
        id: null,
        severity: null,
        band: null,
        verdict: "fail",
        findings: [
          {
            rule: "waiver-expired",
            messageId: "expired",
            data: { report: '"fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286"', rules: "severity-underreported", expires: "2027-01-01", reason: "accepted by the release board" },
            identity: { report: '"fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286"', rules: "severity-underreported", expires: "2027-01-01" },
            level: "error",
            message: 'waiver for "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286" (severity-underreported) expired on 2027-01-01: its findings count again (accepted by the release board)',
            line: 2,
            column: 5,
          },
        ],
      },
      expect.objectContaining({ file: "reports/fsar_proposal_x.md", verdict: "fail", findings: [expect.objectContaining({ rule: "severity-underreported", level: "error" })] }),
    ]);
  });

  it("a waiver matches reports by file glob too", () => {
    const result = auditWith(CONFIG.replace("fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286", '"reports/**"'), "2026-06-01T00:00:00Z");
    expect(result.results[0]!.findings[0]!.suppressed).toEqual({ reason: "accepted by the release board" });
  });

  it("a waiver without a reason or an expiry is a config error naming the line", () => {
    expect(() => parseConfigText("waivers:\n  - report: x\n    rules: [secrets]\n", "fsar.config.yaml")).toThrowError(
      expect.objectContaining({
        problems: [
          { file: "fsar.config.yaml", line: 2, message: "waivers.0.reason: a waiver needs a reason" },
          { file: "fsar.config.yaml", line: 2, message: "waivers.0.expires: a waiver needs an expiry date (expires: YYYY-MM-DD)" },
        ],
      }),
    );
  });

  it("an unknown rule or a bad date is a config error", () => {
    expect(() => parseConfigText("waivers:\n  - report: x\n    rules: [nope]\n    reason: r\n    expires: 2026-02-30\n", "c.yaml")).toThrowError(
      expect.objectContaining({
        problems: [
          { file: "c.yaml", line: 3, message: 'waivers.0.rules.0: unknown rule "nope"' },
          { file: "c.yaml", line: 5, message: "waivers.0.expires: expires must be a date written YYYY-MM-DD" },
        ],
      }),
    );
  });
});
