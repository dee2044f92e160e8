import { describe, expect, it } from "vitest";
import { audit, diffReportFiles } from "../src/index.js";
import { PROJECT_ROOT, runFsar } from "./helpers/cli.js";

const NOW = "2026-06-02T00:00:00Z";
const BOILERPLATE = "fixtures/fit/boilerplate";
const DIFF = "fixtures/fit/diff";

/** The findings of one rule in an audit's json, as file, line and message. */
function findingsOf(json: string, rule: string): Array<[string, number | null, string]> {
  const result = JSON.parse(json) as { results: Array<{ file: string; findings: Array<{ rule: string; line: number | null; message: string }> }> };
  return result.results.flatMap((file) => file.findings.filter((finding) => finding.rule === rule).map((finding): [string, number | null, string] => [file.file, finding.line, finding.message]));
}

const STOCK_GROUP = `${BOILERPLATE}/fsar_stock-a.md, ${BOILERPLATE}/fsar_stock-b.md, ${BOILERPLATE}/fsar_stock-c.md and 2 more`;

describe("boilerplate-risks", () => {
  it("reports one group for the stock risks and one for the stock mitigations, on the first report, twins counted once", () => {
    const run = runFsar(["audit", BOILERPLATE, "-f", "json", "--now", NOW]);
    expect(run.code).toBe(0);
    expect(findingsOf(run.stdout, "boilerplate-risks")).toEqual([
      [`${BOILERPLATE}/fsar_stock-a.md`, 10, `the same risks (dates and numbers aside) stand in 5 of 5 reports: ${STOCK_GROUP}`],
      [`${BOILERPLATE}/fsar_stock-a.md`, 15, `the same mitigations (dates and numbers aside) stand in 5 of 5 reports: ${STOCK_GROUP}`],
    ]);
  });

  it("reports nothing in a folder of reports with distinct lists", () => {
    const run = runFsar(["audit", "fixtures/fit/distinct", "-f", "json", "--now", NOW]);
    expect(run.code).toBe(0);
    expect(findingsOf(run.stdout, "boilerplate-risks")).toEqual([]);
  });

  it("gives the same findings from the library, and takes its thresholds from the config", async () => {
    const linesOf = async (configFile?: string) => {
      const result = await audit([BOILERPLATE], { cwd: PROJECT_ROOT, now: new Date(NOW), configFile });
      return result.results.flatMap((file) => file.findings.filter((finding) => finding.rule === "boilerplate-risks").map((finding) => [file.file, finding.line]));
    };
    expect(await linesOf()).toEqual([
      [`${BOILERPLATE}/fsar_stock-a.md`, 10],
      [`${BOILERPLATE}/fsar_stock-a.md`, 15],
    ]);
    // Five reports share the lists: a group of at least six is asked for.
    expect(await linesOf("fixtures/fit/min-reports-6.yaml")).toEqual([]);
  });
});

describe("fsar diff judges rewordings", () => {
  const softened: Array<[string, string, string]> = [
    [
      "a risk softened to minor, cosmetic drift",
      "risk-softened.md",
      'risk reworded to sound safer (adds "minor", "cosmetic", "no reliability impact"; drops "decays"): "Unintended consequence: incentives shift toward short-term metrics, long-term reliability decays" → "Unintended consequence: minor, cosmetic metric drift with no reliability impact"',
    ],
    [
      "a mitigation that now says its work is already done",
      "mitigation-softened.md",
      'mitigation reworded to sound safer (adds "already"): "Prefer reversible rollouts; keep rollback artifacts warm and tested" → "Rollouts are reversible; rollback artifacts are already warm and tested"',
    ],
  ];
  for (const [name, file, message] of softened) {
    it(`--fail-on downgrade fails on ${name}, alone`, async () => {
      const run = runFsar(["diff", `${DIFF}/base.md`, `${DIFF}/${file}`, "--fail-on", "downgrade", "-f", "json", "--now", NOW]);
      expect(run.code).toBe(1);
      const changes = (JSON.parse(run.stdout) as { files: Array<{ changes: Array<{ kind: string; message: string }> }> }).files.flatMap((entry) => entry.changes);
      expect(changes.map((change) => [change.kind, change.message])).toEqual([["downgrade", message]]);
      const library = await diffReportFiles(`${DIFF}/base.md`, `${DIFF}/${file}`, { cwd: PROJECT_ROOT, now: new Date(NOW) });
      expect(library.files.flatMap((entry) => entry.changes).map((change) => [change.kind, change.message])).toEqual([["downgrade", message]]);
    });
  }
});
