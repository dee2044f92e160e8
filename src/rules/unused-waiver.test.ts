import { describe, expect, it } from "vitest";
import { parseConfigText } from "../config/load-file.js";
import { resolveConfig } from "../config/resolve.js";
import { waiverPositions } from "../config/waivers.js";
import { auditSources } from "../core/engine.js";
import { testRule } from "../../test/helpers/rule-tester.js";
import { seedWithProposalLine } from "../../test/helpers/seed-report.js";
import { unusedWaiver } from "./unused-waiver.js";

// The seed with a first line: a routine report, not one that opens as a self-improvement plan.
const REPORT = seedWithProposalLine("Routine change.");
const WAIVES_SECRETS = "rules:\n  id-format: error\nwaivers:\n  - report: fsar_proposal_x.md\n    rules: [secrets]\n    reason: r\n    expires: 2030-01-01\n";

const unused = (report: string, line: number) => ({
  file: "fsar.config.yaml",
  messageId: "unused",
  data: { report: JSON.stringify(report), rules: "secrets" },
  message: `waiver for ${JSON.stringify(report)} (secrets) suppressed no finding in this run: remove it once the findings are fixed`,
  line,
  column: 5,
  level: "warn" as const,
});

testRule(unusedWaiver, {
  valid: [
    { name: "passes a waiver that suppressed a finding", reports: { "fsar_proposal_x.md": seedWithProposalLine(`key: ${["sk", "live", "51Hq8vRk2LmN4pQ7sT9wXyZ3aB"].join("_")}`) }, config: WAIVES_SECRETS },
    { name: "can be switched off", reports: { "fsar_proposal_x.md": REPORT }, config: "rules:\n  unused-waiver: off\nwaivers:\n  - report: x\n    rules: [secrets]\n    reason: r\n    expires: 2030-01-01\n" },
  ],
  invalid: [
    { name: "warns on a waiver that suppressed nothing, on its line in the config", reports: { "fsar_proposal_x.md": REPORT }, config: WAIVES_SECRETS, findings: [unused("fsar_proposal_x.md", 4)] },
    {
      name: "is the documented example",
      reports: { "fsar_proposal_x.md": REPORT },
      config: 'rules:\n  id-format: error\n  secrets: error\n  markers: error\n  min-risks: error\nwaivers:\n  - report: "legacy/**"\n    rules: [secrets]\n    reason: r\n    expires: 2030-01-01\n',
      documented: true,
      findings: [unused("legacy/**", 7)],
    },
  ],
});

describe("unused-waiver's place in the results", () => {
  function auditWith(configText: string) {
    const config = resolveConfig(parseConfigText(configText, "fsar.config.yaml"), { file: "fsar.config.yaml", baseDir: ".", waiverPositions: waiverPositions(configText) });
    return auditSources([{ file: "fsar_proposal_x.md", content: REPORT }], config, new Date("2026-11-26T00:00:00Z"));
  }

  it("counts as a warning of the run, with the finding's identity", () => {
    const result = auditWith(WAIVES_SECRETS);
    expect(result.summary).toEqual({ reports: 1, pass: 1, warn: 0, fail: 0, errors: 0, warnings: 1, skipped: 0 });
    expect(result.results.map((entry) => [entry.file, entry.findings.map((finding) => finding.identity)])).toEqual([
      ["fsar.config.yaml", [{ report: '"fsar_proposal_x.md"', rules: "secrets" }]],
      ["fsar_proposal_x.md", []],
    ]);
  });

  it("switched off, adds no result for the config", () => {
    const result = auditWith("rules:\n  unused-waiver: off\nwaivers:\n  - report: x\n    rules: [secrets]\n    reason: r\n    expires: 2030-01-01\n");
    expect(result.results.map((entry) => entry.file)).toEqual(["fsar_proposal_x.md"]);
  });
});
