import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "./helpers/cli.js";
import { runCli } from "./helpers/run-cli.js";
import { producerMarkdown, SAMPLE } from "./helpers/report-text.js";
import { tempDir } from "./helpers/temp-dir.js";

const REPORT = producerMarkdown({ ...SAMPLE, proposal: "Retry failed Stripe charges every hour.", mitigations: ["Idempotency keys on every charge"] });
const PAYMENTS_CONFIG = `customRules:
  - id: payments-need-sign-off
    description: Proposals touching payments need a human sign-off
    level: error
    when: { proposal: { matches: "stripe|payment|billing", flags: i } }
    require: { mitigations: { some: { matches: "human (approval|sign-off)", flags: i } } }
    message: touches payments but no mitigation asks for a human sign-off
`;

describe("fsar test", () => {
  it("passes the example policy's test cases", async () => {
    const run = await runCli(["test", "examples/policies/tests", "-c", "examples/policies/fsar.config.yaml", "--now", "2026-11-26T00:00:00Z"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`pass  examples/policies/tests/deploy-without-rollback.json
pass  examples/policies/tests/notes-placeholder.md
pass  examples/policies/tests/payments-placeholder.md
pass  examples/policies/tests/payments-signed-off.md
pass  examples/policies/tests/payments-unsigned.md

5 test cases: 5 passed, 0 failed
`);
    expect(run.code).toBe(0);
  });

  it("fails with what was expected and what came out, per report", async () => {
    const dir = tempDir({
      "fsar.config.yaml": `${PAYMENTS_CONFIG}exclude: [cases]\n`,
      "cases/unsigned.md": REPORT,
      "cases/refund.json": JSON.stringify({ id: "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286", timestamp: "2026-01-02T03:20:46.775Z", severity: 6, block_execution: false, proposal: "Refund by hand.", risks: ["r"], mitigations: ["m"] }),
      "cases/unsigned.expect.yaml": "findings:\n  - { rule: payments-need-sign-off, level: error }\n",
      "cases/refund.expect.yaml": "findings:\n  - { rule: payments-need-sign-off, level: error }\n",
      "cases/wrong-level.md": REPORT,
      "cases/wrong-level.expect.yaml": "findings:\n  - { rule: payments-need-sign-off, level: warn }\n  - { rule: id-format, level: warn }\n",
      "cases/orphan.expect.yaml": "findings: []\n",
    });
    const run = await runCli(["test", "cases"], { cwd: dir });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`fail  cases/orphan.expect.yaml
      no report cases/orphan.md or cases/orphan.json beside it
fail  cases/refund.json
      expected: payments-need-sign-off (error)
      got:      no findings
pass  cases/unsigned.md
fail  cases/wrong-level.md
      expected: id-format (warn), payments-need-sign-off (warn)
      got:      payments-need-sign-off (error)

4 test cases: 1 passed, 3 failed
`);
    expect(run.code).toBe(1);
  });

  it("refuses an expectation file it cannot read, with its line (exit 2)", async () => {
    const dir = tempDir({ "cases/a.md": REPORT, "cases/a.expect.yaml": "findings:\n  - { rule: min-risk, level: error }\n  - { rule: min-risks, level: fatal }\n" });
    const run = await runCli(["test", "cases"], { cwd: dir });
    expect(run.stderr.replaceAll(dir, "<dir>")).toBe(`fsar: config error: <dir>/cases/a.expect.yaml:3: findings.1.level: Invalid option: expected one of "error"|"warn"\n`);
    expect(run.code).toBe(2);
    const unknownRule = tempDir({ "cases/a.md": REPORT, "cases/a.expect.yaml": "findings:\n  - { rule: min-risk, level: error }\n" });
    expect((await runCli(["test", "cases"], { cwd: unknownRule })).stderr.replaceAll(unknownRule, "<dir>")).toBe("fsar: config error: <dir>/cases/a.expect.yaml:2: unknown rule \"min-risk\"; `fsar rules` lists them\n");
  });

  it("refuses a folder without test cases (exit 2)", async () => {
    const dir = tempDir({ "cases/a.md": REPORT });
    const run = await runCli(["test", "cases"], { cwd: dir });
    expect(run.stderr).toBe("fsar: no test cases in cases: a test case is a report X.md or X.json with an X.expect.yaml beside it\n");
    expect(run.code).toBe(2);
  });
});

describe("custom and plugin rules in the CLI", () => {
  it("audits with the example policy", async () => {
    const run = await runCli(["audit", "examples/policies/tests/payments-unsigned.md", "examples/policies/tests/notes-placeholder.md", "-c", "examples/policies/fsar.config.yaml", "--now", "2026-11-26T00:00:00Z"]);
    expect(run.stdout).toBe(`examples/policies/tests/notes-placeholder.md  warn · severity 6, low
  9:1  warn   the proposal has a placeholder  acme/no-placeholders

examples/policies/tests/payments-unsigned.md  fail · severity 6, low
  8:14  error  touches payments but no mitigation asks for a human sign-off  payments-need-sign-off

✖ 2 problems (1 error, 1 warning) · 2 reports: 0 pass, 1 warn, 1 fail; 0 skipped
`);
    expect(run.code).toBe(1);
  });

  it("lists custom and plugin rules with their levels, and explains them", async () => {
    const rules = await runCli(["rules", "-c", "examples/policies/fsar.config.yaml"]);
    expect(rules.stdout.split("\n").slice(-4).join("\n")).toBe(`payments-need-sign-off     error  Proposals touching payments need a human sign-off among the mitigations
production-needs-rollback  warn   Proposals that change production name a rollback among the mitigations
acme/no-placeholders       warn   No TODO, TBD or FIXME left in the proposal, its risks or its mitigations
`);
    const explain = await runCli(["explain", "acme/no-placeholders"], { cwd: join(PROJECT_ROOT, "examples/policies") });
    expect(explain.stdout).toBe(`# acme/no-placeholders

No TODO, TBD or FIXME left in the proposal, its risks or its mitigations.

Default level: error

A placeholder means the retrospection was not finished. The finding stands on the first line that has one.

Example:

\`\`\`
- Rollback: TODO
  15:1  error  placeholder in "Rollback: TODO"  acme/no-placeholders
\`\`\`

Messages (json \`messageId\`):

- \`inProposal\`: the proposal has a placeholder
- \`inItem\`: placeholder in "{item}"
`);
    expect(explain.code).toBe(0);
  });

  it("stops with exit 2 and one line naming the plugin, the rule and the report when a plugin rule throws", async () => {
    const dir = tempDir({
      "fsar.config.yaml": "plugins: [./acme.mjs]\n",
      "acme.mjs": 'export default { name: "acme", rules: [{ id: "acme/crash", description: "d", defaultLevel: "warn", check() { throw new TypeError("cannot read \\u001b[31mcolor"); } }] };\n',
      "reports/fsar_a.md": REPORT,
    });
    const run = await runCli(["audit", "reports"], { cwd: dir });
    expect(run.stderr).toBe('fsar: rule "acme/crash" of plugin "acme" failed on reports/fsar_a.md: cannot read [31mcolor (run with --debug for the stack)\n');
    expect(run.stdout).toBe("");
    expect(run.code).toBe(2);
  });

  it("stops with exit 2 when a plugin fails to load", async () => {
    const dir = tempDir({ "fsar.config.yaml": "plugins:\n  - fsar-plugin-missing\n", "reports/fsar_a.md": REPORT });
    const run = await runCli(["audit", "reports"], { cwd: dir });
    expect(run.stderr.replaceAll(dir, "<dir>")).toBe(`fsar: config error: <dir>/fsar.config.yaml:2: plugin "fsar-plugin-missing" failed to load: Cannot find module 'fsar-plugin-missing'\n`);
    expect(run.code).toBe(2);
  });

  it("stops with exit 2 on an invalid custom rule pattern", async () => {
    const dir = tempDir({ "fsar.config.yaml": PAYMENTS_CONFIG.replace("stripe|payment|billing", "stripe|(payment") });
    const run = await runCli(["rules"], { cwd: dir });
    expect(run.stderr.replaceAll(dir, "<dir>")).toBe(
      'fsar: config error: <dir>/fsar.config.yaml:5: customRules.0.when.proposal.matches: rule "payments-need-sign-off" has an invalid pattern "stripe|(payment": missing closing ): `stripe|(payment`\n',
    );
    expect(run.code).toBe(2);
  });
});

describe("fsar test and the risk model", () => {
  it("checks a sidecar's risk band, alone or with findings, and says what was assessed", async () => {
    const truncate = producerMarkdown({ ...SAMPLE, proposal: "idea_implementation: reload orders.\nTRUNCATE TABLE orders;" });
    const dir = tempDir({
      "fsar.config.yaml": "rules:\n  severity-underreported: off\n",
      "cases/truncate.md": truncate,
      "cases/truncate.expect.yaml": "risk: block\n",
      "cases/routine.md": REPORT.replace("Retry failed Stripe charges every hour.", "Add a CSS grid."),
      "cases/routine.expect.yaml": "risk: block\nfindings: []\n",
      "cases/none.md": REPORT,
      "cases/none.expect.yaml": "{}\n",
    });
    const run = await runCli(["test", "cases"], { cwd: dir });
    expect(run.stderr).toBe(`fsar: config error: ${join(dir, "cases/none.expect.yaml")}:1: config: a test expectation needs findings, risk, or both\n`);
    expect(run.code).toBe(2);
    writeFileSync(join(dir, "cases/none.expect.yaml"), "risk: low\n");
    const fixed = await runCli(["test", "cases"], { cwd: dir });
    expect(fixed.stdout).toBe(`pass  cases/none.md
fail  cases/routine.md
      expected: no findings
      got:      no findings
      expected risk: block
      assessed:      low
pass  cases/truncate.md

3 test cases: 2 passed, 1 failed
`);
    expect(fixed.code).toBe(1);
  });

  it("--labels prints the confusion table and figures of a labelled set", async () => {
    const run = await runCli(["test", "--labels", "fixtures/risk/held-out-2.tsv"], { cwd: PROJECT_ROOT });
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(`labelled \\ assessed      low  review   block
low                        8       0       0
review                     0       1       0
block                      0       0      11

reports: 20
precision (review|block): 1.00
recall (review|block): 1.00
band agreement: 1.00
blocks assessed block: 1.00
low assessed block (fail the gate): 0.00
low assessed above low: 0.00
`);
    expect(run.code).toBe(0);
  });

  it("--labels lists the disagreements, and a row it cannot assess is an error (exit 2)", async () => {
    const dir = tempDir({
      "labels.tsv": "file\tband\nrouting.md\tblock\tmoney\nmissing.md\tlow\n",
      "routing.md": REPORT.replace("Retry failed Stripe charges every hour.", "Add a CSS grid."),
    });
    const run = await runCli(["test", "--labels", "labels.tsv"], { cwd: dir });
    expect(run.stdout).toContain("disagreements:\n  routing.md: labelled block, assessed low\n");
    expect(run.stderr).toMatch(/^fsar: missing\.md: /);
    expect(run.code).toBe(2);
  });
});
