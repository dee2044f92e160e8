import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";
import { jsonOf, parseRecord, ROUTINE_SEED, SEED, seedWithProposalLine } from "./helpers/seed-report.js";

const NOW = ["--now", "2026-11-26T00:00:00Z"];
const LIVE_KEY = ["sk", "live", "51Hq8vRk2LmN4pQ7sT9wXyZ3aB"].join("_");
const folders: string[] = [];

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "fsar-domain-"));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// The seed's risks and mitigations do not speak of a truncate: the tests of waivers and baselines leave those two rules out.
const COVERAGE_OFF = "rules:\n  mitigation-coverage: off\n  risk-relevance: off\n";

describe("domain gates, end to end", () => {
  it("a seed copy with [fsar_block] in its proposal fails severity-underreported and markers on that line", async () => {
    const dir = folderWith({ "fsar_proposal_seed.md": seedWithProposalLine("Rewrite the billing ledger. [fsar_block]") });
    const run = await runCli(["audit", ".", ...NOW], { cwd: dir });
    expect(run.stdout).toBe(`fsar_proposal_seed.md  fail · severity 6, low
  8:29  error  the report is marked [fsar_block] but block_execution is false                                                                markers
  8:29  error  the proposal mentions "[fsar_block]" (severity floor 50) but the report declares severity 6; 50 is in the block band (>= 45)  severity-underreported

✖ 2 problems (2 errors, 0 warnings) · 1 report: 0 pass, 0 warn, 1 fail; 0 skipped
`);
    expect(run.code).toBe(1);
  });

  it("a live payment key is an error whose text appears in no output", async () => {
    const dir = folderWith({ "fsar_proposal_key.md": seedWithProposalLine(`Use ${LIVE_KEY} for the charge.`) });
    const stylish = await runCli(["audit", ".", ...NOW], { cwd: dir });
    const json = await runCli(["audit", ".", "--format", "json", ...NOW], { cwd: dir });
    expect(stylish.stdout).toMatch(/8:5 +error {2}live payment key sk_live_\*{4} in the proposal: revoke it and remove it from the report +secrets/);
    expect([stylish.code, json.code]).toEqual([1, 1]);
    // The risk model reads a live key as weakened security: risk-relevance and mitigation-coverage judge that too.
    expect(JSON.parse(json.stdout).results[0].findings.filter((finding: { rule: string }) => finding.rule !== "risk-relevance" && finding.rule !== "mitigation-coverage")).toEqual([
      { rule: "secrets", messageId: "secret", level: "error", message: "live payment key sk_live_**** in the proposal: revoke it and remove it from the report", line: 8, column: 5 },
      // A live key in the text is also a secret committed: the risk model assesses it block.
      {
        rule: "severity-underreported",
        messageId: "assessed",
        level: "error",
        message: 'the proposal is assessed block (score 48; secret-committed (security-weakening) "sk_live_****") but the report declares severity 6; the block band starts at 45',
        line: 8,
        column: 5,
      },
    ]);
    for (const output of [stylish.stdout, stylish.stderr, json.stdout, json.stderr]) expect(output).not.toContain(LIVE_KEY.slice(8));
  });

  it("a waiver suppresses until it expires; an expired waiver fails the run", async () => {
    const config = (expires: string) =>
      `waivers:\n  - report: fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286\n    rules: [severity-underreported]\n    reason: accepted by the release board\n    expires: ${expires}\n${COVERAGE_OFF}`;
    const dir = folderWith({ "fsar_proposal_seed.md": seedWithProposalLine("TRUNCATE TABLE orders;"), "fsar.config.yaml": config("2027-01-01") });
    const active = await runCli(["audit", ".", "--format", "json", ...NOW], { cwd: dir });
    expect(active.code).toBe(0);
    expect(JSON.parse(active.stdout).results[0].findings).toEqual([
      {
        rule: "severity-underreported",
        messageId: "assessed",
        level: "error",
        message: 'the proposal is assessed block (score 55; sql-truncate (destructive-data) "TRUNCATE TABLE orders;") but the report declares severity 6; the block band starts at 45',
        line: 8,
        column: 1,
        suppressed: { reason: "accepted by the release board" },
      },
    ]);
    writeFileSync(join(dir, "fsar.config.yaml"), config("2026-11-26"));
    const expired = await runCli(["audit", ".", ...NOW], { cwd: dir });
    expect(expired.stdout).toBe(`fsar.config.yaml  fail
  2:5  error  waiver for "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286" (severity-underreported) expired on 2026-11-26: its findings count again (accepted by the release board)  waiver-expired

fsar_proposal_seed.md  fail · severity 6, low
  8:1  error  the proposal is assessed block (score 55; sql-truncate (destructive-data) "TRUNCATE TABLE orders;") but the report declares severity 6; the block band starts at 45  severity-underreported
  risk block, score 55:
    8:1  sql-truncate (destructive-data)  TRUNCATE TABLE orders;

✖ 2 problems (2 errors, 0 warnings) · 1 report: 0 pass, 0 warn, 1 fail; 1 skipped
`);
    expect(expired.code).toBe(1);
  });

  it("a waiver without a reason is a config error (exit 2)", async () => {
    const dir = folderWith({ "fsar_proposal_seed.md": SEED, "fsar.config.yaml": "waivers:\n  - report: x\n    rules: [secrets]\n    expires: 2027-01-01\n" });
    const run = await runCli(["audit", "."], { cwd: dir });
    expect(run.stderr).toBe(`fsar: config error: ${join(dir, "fsar.config.yaml")}:2: waivers.0.reason: a waiver needs a reason\n`);
    expect(run.code).toBe(2);
  });

  it("twins that differ only by a CR get a line-ending warning on both files", async () => {
    // A routine report: the seed with a first line, so it no longer opens as a self-improvement plan.
    const routine = seedWithProposalLine("Routine change.");
    const record = parseRecord(routine);
    const json = jsonOf({ ...record, proposal: record.proposal.replace("\n\n1. **", "\r\n\r\n1. **") });
    const dir = folderWith({ "fsar_proposal_seed.md": routine, "fsar_proposal_seed.json": json });
    const run = await runCli(["audit", ".", ...NOW], { cwd: dir });
    expect(run.stdout).toBe(`fsar_proposal_seed.json  warn · severity 6, low
  4:15  warn   proposal differs from fsar_proposal_seed.md only in line endings or trailing whitespace  twin-mismatch

fsar_proposal_seed.md  warn · severity 6, low
  8:1  warn   proposal differs from fsar_proposal_seed.json only in line endings or trailing whitespace  twin-mismatch

⚠ 2 problems (0 errors, 2 warnings) · 2 reports: 0 pass, 2 warn, 0 fail; 0 skipped
`);
    expect(run.code).toBe(0);
  });

  it("fsar baseline records today's findings; audit --baseline reports only new ones and lists the stale", async () => {
    const dir = folderWith({ "fsar_proposal_seed.md": seedWithProposalLine("TRUNCATE TABLE orders;"), "fsar.config.yaml": COVERAGE_OFF });
    const written = await runCli(["baseline", ".", ...NOW], { cwd: dir });
    expect([written.code, written.stdout]).toEqual([0, "wrote fsar-baseline.json: 1 finding in 1 file\n"]);
    expect(JSON.parse(readFileSync(join(dir, "fsar-baseline.json"), "utf8")).findings.map((entry: { rule: string }) => entry.rule)).toEqual(["severity-underreported"]);

    const unchanged = await runCli(["audit", ".", "--baseline", "fsar-baseline.json", ...NOW], { cwd: dir });
    expect([unchanged.code, unchanged.stdout]).toEqual([0, "fsar-baseline.json: 1 known finding left out\n\n✔ 1 report: 1 pass, 0 warn, 0 fail; 2 skipped\n"]);

    writeFileSync(join(dir, "fsar_proposal_seed.md"), seedWithProposalLine("[fsar_review]"));
    const changed = await runCli(["audit", ".", "--baseline", "fsar-baseline.json", ...NOW], { cwd: dir });
    expect(changed.stdout).toBe(`fsar_proposal_seed.md  warn · severity 6, low
  8:1  warn   the report is marked [fsar_review] but its severity 6 is below the review threshold 25                                          markers
  8:1  warn   the proposal mentions "[fsar_review]" (severity floor 30) but the report declares severity 6; 30 is in the review band (>= 25)  severity-underreported

fsar-baseline.json: 0 known findings left out
1 baseline entry no longer occurs (run \`fsar baseline\` to prune):
  fsar_proposal_seed.md  severity-underreported  the proposal is assessed block (score 55; sql-truncate (destructive-data) "TRUNCATE TABLE orders;") but the report declares severity 6; the block band starts at 45

⚠ 2 problems (0 errors, 2 warnings) · 1 report: 0 pass, 1 warn, 0 fail; 2 skipped
`);
    expect(changed.code).toBe(0);
  });

  it("keeps a baselined risk horizon quiet on the next day and weeks later", async () => {
    const dir = folderWith({ "reports/fsar_proposal_seed.md": ROUTINE_SEED });
    expect((await runCli(["baseline", "reports", "--now", "2028-02-01T00:00:00Z"], { cwd: dir })).code).toBe(0);
    for (const day of ["2028-02-02T00:00:00Z", "2028-03-15T00:00:00Z"]) {
      const run = await runCli(["audit", "reports", "--baseline", "fsar-baseline.json", "--now", day], { cwd: dir });
      expect([run.code, run.stdout, run.stderr]).toEqual([0, "fsar-baseline.json: 1 known finding left out\n\n✔ 1 report: 1 pass, 0 warn, 0 fail; 0 skipped\n", ""]);
    }
  });

  it("names the entries of an older fsar's baseline that no longer match, and how to write them again", async () => {
    // fsar 0.1 fingerprinted the message, day count included: this entry was written on 2028-02-01.
    const entry = {
      file: "reports/fsar_proposal_seed.md",
      id: "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286",
      rule: "risk-horizon",
      message: "risk horizon 2028-01-01 passed 31 days ago: the failure this risk predicted is now due",
      fingerprint: "a464d20860cc18b8a4837b53745953ad",
      count: 1,
    };
    const dir = folderWith({ "reports/fsar_proposal_seed.md": ROUTINE_SEED, "fsar-baseline.json": JSON.stringify({ version: 1, findings: [entry] }) });
    const sameDay = await runCli(["audit", "reports", "--baseline", "fsar-baseline.json", "--now", "2028-02-01T00:00:00Z"], { cwd: dir });
    expect(sameDay.code).toBe(1);
    expect(sameDay.stdout).toContain("1 baseline entry was written by an older fsar and matched no finding");
    const nextDay = await runCli(["audit", "reports", "--baseline", "fsar-baseline.json", "--now", "2028-02-02T00:00:00Z"], { cwd: dir });
    expect(nextDay.code).toBe(1);
    expect(nextDay.stdout).toBe(`reports/fsar_proposal_seed.md  fail · severity 6, low
  30:52  error  the horizon the report named, 2028-01-01, has passed (32 days ago)  risk-horizon

fsar-baseline.json: 0 known findings left out
1 baseline entry was written by an older fsar and matched no finding: such entries hold a fingerprint of the message text, which can change with the date. Run \`fsar baseline\` to write them again:
  reports/fsar_proposal_seed.md  risk-horizon  risk horizon 2028-01-01 passed 31 days ago: the failure this risk predicted is now due

✖ 1 problem (1 error, 0 warnings) · 1 report: 0 pass, 0 warn, 1 fail; 0 skipped
`);
    const json = await runCli(["audit", "reports", "--baseline", "fsar-baseline.json", "--now", "2028-02-02T00:00:00Z", "-f", "json"], { cwd: dir });
    expect(JSON.parse(json.stdout).baseline).toEqual({ file: "fsar-baseline.json", matched: 0, stale: [], outdated: [entry] });
    expect(json.stderr).toBe("fsar: 1 entry of fsar-baseline.json was written by an older fsar and matched no finding; run `fsar baseline` to write it again\n");
  });
});
