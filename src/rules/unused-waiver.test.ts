import { describe, expect, it } from "vitest";
import { parseConfigText } from "../config/load.js";
import { resolveConfig } from "../config/resolve.js";
import { waiverPositions } from "../config/waivers.js";
import { auditSources } from "../core/engine.js";
import { seedWithProposalLine } from "../../test/helpers/seed-report.js";

function auditWith(configText: string) {
  const config = resolveConfig(parseConfigText(configText, "fsar.config.yaml"), { file: "fsar.config.yaml", baseDir: ".", waiverPositions: waiverPositions(configText) });
  // The seed with a first line: a routine report, not one that opens as a self-improvement plan.
  return auditSources([{ file: "fsar_proposal_x.md", content: seedWithProposalLine("Routine change.") }], config, new Date("2026-11-26T00:00:00Z"));
}

describe("unused-waiver", () => {
  it("warns on a waiver that suppressed nothing, on its line in the config", () => {
    const result = auditWith("rules:\n  id-format: error\nwaivers:\n  - report: fsar_proposal_x.md\n    rules: [secrets]\n    reason: r\n    expires: 2030-01-01\n");
    expect(result.summary).toEqual({ reports: 1, pass: 1, warn: 0, fail: 0, errors: 0, warnings: 1, skipped: 0 });
    expect(result.results[0]!.findings).toEqual([
      {
        rule: "unused-waiver",
        messageId: "unused",
        data: { report: '"fsar_proposal_x.md"', rules: "secrets" },
        identity: { report: '"fsar_proposal_x.md"', rules: "secrets" },
        level: "warn",
        message: 'waiver for "fsar_proposal_x.md" (secrets) suppressed no finding in this run: remove it once the findings are fixed',
        line: 4,
        column: 5,
      },
    ]);
  });

  it("can be switched off", () => {
    const result = auditWith("rules:\n  unused-waiver: off\nwaivers:\n  - report: x\n    rules: [secrets]\n    reason: r\n    expires: 2030-01-01\n");
    expect(result.results.map((entry) => entry.file)).toEqual(["fsar_proposal_x.md"]);
  });
});
