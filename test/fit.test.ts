import { describe, expect, it } from "vitest";
import { audit, diffReportFiles } from "../src/index.js";
import { PROJECT_ROOT } from "./helpers/cli.js";
import { runCli } from "./helpers/run-cli.js";

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
  it("reports one group for the stock risks and one for the stock mitigations, on the first report, twins counted once", async () => {
    const run = await runCli(["audit", BOILERPLATE, "-f", "json", "--now", NOW]);
    expect(run.code).toBe(0);
    expect(findingsOf(run.stdout, "boilerplate-risks")).toEqual([
      [`${BOILERPLATE}/fsar_stock-a.md`, 10, `the same risks (dates and numbers aside) stand in 5 of 5 reports: ${STOCK_GROUP}`],
      [`${BOILERPLATE}/fsar_stock-a.md`, 15, `the same mitigations (dates and numbers aside) stand in 5 of 5 reports: ${STOCK_GROUP}`],
    ]);
  });

  it("reports nothing in a folder of reports with distinct lists", async () => {
    const run = await runCli(["audit", "fixtures/fit/distinct", "-f", "json", "--now", NOW]);
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
      const run = await runCli(["diff", `${DIFF}/base.md`, `${DIFF}/${file}`, "--fail-on", "downgrade", "-f", "json", "--now", NOW]);
      expect(run.code).toBe(1);
      const changes = (JSON.parse(run.stdout) as { files: Array<{ changes: Array<{ kind: string; message: string }> }> }).files.flatMap((entry) => entry.changes);
      expect(changes.map((change) => [change.kind, change.message])).toEqual([["downgrade", message]]);
      const library = await diffReportFiles(`${DIFF}/base.md`, `${DIFF}/${file}`, { cwd: PROJECT_ROOT, now: new Date(NOW) });
      expect(library.files.flatMap((entry) => entry.changes).map((change) => [change.kind, change.message])).toEqual([["downgrade", message]]);
    });
  }
});

describe("mitigation-coverage", () => {
  const PAYMENTS = 'no mitigation addresses payments (money-movement), signalled on line 8 by "charging each customer": add one about idempotency, reconciliation, refunds, or a named approver';

  it("fails a report that charges saved cards with only generic mitigations, and a mitigation about idempotency, reconciliation and a named approver clears it", async () => {
    const generic = await runCli(["audit", "fixtures/fit/saved-cards-generic.md", "-f", "json", "--now", NOW]);
    expect(generic.code).toBe(1);
    expect(findingsOf(generic.stdout, "mitigation-coverage")).toEqual([["fixtures/fit/saved-cards-generic.md", 28, PAYMENTS]]);
    const covered = await runCli(["audit", "fixtures/fit/saved-cards-covered.md", "-f", "json", "--now", NOW]);
    expect(findingsOf(covered.stdout, "mitigation-coverage")).toEqual([]);
  });

  it("gives the same finding, an error at the block band, from the library", async () => {
    const result = await audit(["fixtures/fit/saved-cards-generic.md", "fixtures/fit/saved-cards-covered.md"], { cwd: PROJECT_ROOT, now: new Date(NOW) });
    const found = result.results.flatMap((file) => file.findings.filter((finding) => finding.rule === "mitigation-coverage").map((finding) => [file.file, finding.line, finding.level, finding.message]));
    expect(found).toEqual([["fixtures/fit/saved-cards-generic.md", 28, "error", PAYMENTS]]);
  });
});

describe("fsar diff reads the content", () => {
  const escalations: Array<[string, string, string[]]> = [
    [
      "an exec of request input",
      "exec-added.md",
      ['risk signal added: exec-input (untrusted-execution, a category new to this report) on line 21: "exec("', "assessed band up: low → block (assessed score 0 → 58)"],
    ],
    [
      "an unauthenticated charge",
      "charge-added.md",
      ['risk signal added: payment-charge (money-movement, a category new to this report) on line 21: "stripe.charges.create"', "assessed band up: low → review (assessed score 0 → 35)"],
    ],
  ];
  for (const [name, file, messages] of escalations) {
    it(`flags ${name} as escalations with the declared severity unchanged`, async () => {
      const run = await runCli(["diff", `${DIFF}/base.md`, `${DIFF}/${file}`, "-f", "json", "--fail-on", "downgrade", "--now", NOW]);
      expect(run.code).toBe(0);
      const changes = (JSON.parse(run.stdout) as { files: Array<{ changes: Array<{ field: string; kind: string; message: string }> }> }).files.flatMap((entry) => entry.changes);
      expect(changes.filter((change) => change.field === "risk").map((change) => [change.kind, change.message])).toEqual(messages.map((message) => ["escalation", message]));
      expect(changes.some((change) => change.field === "severity")).toBe(false);
      const library = await diffReportFiles(`${DIFF}/base.md`, `${DIFF}/${file}`, { cwd: PROJECT_ROOT, now: new Date(NOW) });
      expect(library.files.flatMap((entry) => entry.changes).filter((change) => change.field === "risk").map((change) => change.message)).toEqual(messages);
      const markdown = await runCli(["diff", `${DIFF}/base.md`, `${DIFF}/${file}`, "-f", "markdown", "--now", NOW]);
      expect(markdown.stdout).toContain(`| 🔺 escalation | risk | assessed band up: ${messages[1]!.slice("assessed band up: ".length)} |`);
      expect((await runCli(["diff", `${DIFF}/base.md`, `${DIFF}/${file}`, "--fail-on", "any", "--now", NOW])).code).toBe(1);
    });
  }
});
