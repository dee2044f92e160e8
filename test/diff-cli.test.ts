import { describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

const NOW = ["--now", "2026-11-26T00:00:00Z"];

describe("fsar diff <old> <new> (files)", () => {
  it("shows a quiet downgrade in the report's own terms, colorless when not a terminal", async () => {
    const run = await runCli(["diff", "fixtures/diff/blocked.md", "fixtures/diff/quietly-downgraded.md", ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatchInlineSnapshot(`
      "fixtures/diff/blocked.md → fixtures/diff/quietly-downgraded.md  fsar_7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d
        downgrade   severity         severity lowered: 48 → 6
        downgrade   band             band down: block → low
        downgrade   block_execution  block_execution cleared: true → false
        downgrade   verdict          verdict under the current config: fail → pass
        neutral     risk             risk signal gone: prose-store-retired (destructive-data, a category now gone from this report), was on line 8: "Drop the legacy orders table"
        downgrade   risk             assessed band down: block → low (assessed score 55 → 0)
        downgrade   horizon          horizon moved later: 2028-05-20 → 2030-05-20 in risk "Slow failure: reports that join on legacy ids degrade unnoticed by 2030-05-20"
        downgrade   risks            risk removed: "Data loss: dropping the table is irreversible once the backup window closes"
        downgrade   mitigations      mitigation removed: "Announce the change to every team that reads orders"
        neutral     proposal         proposal changed: +1 -1 lines
                                     @@ -1,1 +1,1 @@
                                     -idea_implementation: Drop the legacy orders table in production to reclaim 40 GB.
                                     +idea_implementation: Archive the legacy orders table in production to reclaim 40 GB.

      ⚠ 1 report: 0 escalations, 8 downgrades, 2 neutral
      "
    `);
  });

  it("exits 1 with --fail-on downgrade when a change looks safer", async () => {
    const run = await runCli(["diff", "fixtures/diff/blocked.md", "fixtures/diff/quietly-downgraded.md", "--fail-on", "downgrade", "-f", "json", ...NOW]);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchInlineSnapshot(`
      {
        "files": [
          {
            "changes": [
              {
                "field": "severity",
                "kind": "downgrade",
                "message": "severity lowered: 48 → 6",
                "new": 6,
                "old": 48,
              },
              {
                "field": "band",
                "kind": "downgrade",
                "message": "band down: block → low",
                "new": "low",
                "old": "block",
              },
              {
                "field": "block_execution",
                "kind": "downgrade",
                "message": "block_execution cleared: true → false",
                "new": false,
                "old": true,
              },
              {
                "field": "verdict",
                "kind": "downgrade",
                "message": "verdict under the current config: fail → pass",
                "new": "pass",
                "old": "fail",
              },
              {
                "field": "risk",
                "kind": "neutral",
                "message": "risk signal gone: prose-store-retired (destructive-data, a category now gone from this report), was on line 8: "Drop the legacy orders table"",
                "new": null,
                "old": "Drop the legacy orders table",
              },
              {
                "field": "risk",
                "kind": "downgrade",
                "message": "assessed band down: block → low (assessed score 55 → 0)",
                "new": "low",
                "old": "block",
              },
              {
                "field": "horizon",
                "kind": "downgrade",
                "message": "horizon moved later: 2028-05-20 → 2030-05-20 in risk "Slow failure: reports that join on legacy ids degrade unnoticed by 2030-05-20"",
                "new": "2030-05-20",
                "old": "2028-05-20",
              },
              {
                "field": "risks",
                "kind": "downgrade",
                "message": "risk removed: "Data loss: dropping the table is irreversible once the backup window closes"",
                "new": null,
                "old": "Data loss: dropping the table is irreversible once the backup window closes",
              },
              {
                "field": "mitigations",
                "kind": "downgrade",
                "message": "mitigation removed: "Announce the change to every team that reads orders"",
                "new": null,
                "old": "Announce the change to every team that reads orders",
              },
              {
                "field": "proposal",
                "kind": "neutral",
                "message": "proposal changed: +1 -1 lines
      @@ -1,1 +1,1 @@
      -idea_implementation: Drop the legacy orders table in production to reclaim 40 GB.
      +idea_implementation: Archive the legacy orders table in production to reclaim 40 GB.",
                "new": "idea_implementation: Archive the legacy orders table in production to reclaim 40 GB.",
                "old": "idea_implementation: Drop the legacy orders table in production to reclaim 40 GB.",
              },
            ],
            "id": "fsar_7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "new": "fixtures/diff/quietly-downgraded.md",
            "old": "fixtures/diff/blocked.md",
          },
        ],
        "summary": {
          "downgrades": 8,
          "escalations": 0,
          "files": 1,
          "neutral": 2,
        },
        "version": 1,
      }
    `);
  });

  it("passes --fail-on downgrade on escalations only, and fails --fail-on any", async () => {
    const args = ["diff", "fixtures/diff/quietly-downgraded.md", "fixtures/diff/blocked.md", "-f", "json", ...NOW];
    const downgradeGate = await runCli([...args, "--fail-on", "downgrade"]);
    expect(downgradeGate.code).toBe(0);
    expect(JSON.parse(downgradeGate.stdout).summary).toEqual({ files: 1, escalations: 8, downgrades: 0, neutral: 2 });
    expect((await runCli([...args, "--fail-on", "any"])).code).toBe(1);
  });

  it("finds no changes between an md report and its json twin, or a report and itself", async () => {
    const twins = await runCli(["diff", "fixtures/examples/fsar_proposal_2026-03-01T09-00-00-000Z.md", "fixtures/examples/fsar_proposal_2026-03-01T09-00-00-000Z.json", "--fail-on", "any", ...NOW]);
    expect(twins.code).toBe(0);
    expect(twins.stdout).toMatchInlineSnapshot(`
      "fixtures/examples/fsar_proposal_2026-03-01T09-00-00-000Z.md → fixtures/examples/fsar_proposal_2026-03-01T09-00-00-000Z.json  fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6e
        no semantic changes

      ✔ 1 report: 0 escalations, 0 downgrades, 0 neutral
      "
    `);
    const same = await runCli(["diff", "fixtures/diff/blocked.md", "fixtures/diff/blocked.md", "--fail-on", "any", "-f", "json", ...NOW]);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout).summary).toEqual({ files: 1, escalations: 0, downgrades: 0, neutral: 0 });
  });

  it("writes markdown for a pull-request comment", async () => {
    const run = await runCli(["diff", "fixtures/diff/blocked.md", "fixtures/diff/quietly-downgraded.md", "-f", "markdown", ...NOW]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchInlineSnapshot(`
      "## fsar diff

      **1 report: 0 escalations, 8 downgrades, 2 neutral**

      ### fixtures/diff/blocked.md → fixtures/diff/quietly-downgraded.md (fsar\\_7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d)

      | kind | field | change |
      | --- | --- | --- |
      | ⚠️ downgrade | severity | severity lowered: 48 → 6 |
      | ⚠️ downgrade | band | band down: block → low |
      | ⚠️ downgrade | block_execution | block\\_execution cleared: true → false |
      | ⚠️ downgrade | verdict | verdict under the current config: fail → pass |
      | neutral | risk | risk signal gone: prose-store-retired (destructive-data, a category now gone from this report), was on line 8: "Drop the legacy orders table" |
      | ⚠️ downgrade | risk | assessed band down: block → low (assessed score 55 → 0) |
      | ⚠️ downgrade | horizon | horizon moved later: 2028-05-20 → 2030-05-20 in risk "Slow failure: reports that join on legacy ids degrade unnoticed by 2030-05-20" |
      | ⚠️ downgrade | risks | risk removed: "Data loss: dropping the table is irreversible once the backup window closes" |
      | ⚠️ downgrade | mitigations | mitigation removed: "Announce the change to every team that reads orders" |
      | neutral | proposal | proposal changed: +1 -1 lines |

      <details><summary>proposal diff</summary>

      \`\`\`diff
      @@ -1,1 +1,1 @@
      -idea_implementation: Drop the legacy orders table in production to reclaim 40 GB.
      +idea_implementation: Archive the legacy orders table in production to reclaim 40 GB.
      \`\`\`

      </details>
      "
    `);
  });

  it("strips control characters from report text, in color too", async () => {
    const run = await runCli(["diff", "fixtures/diff/blocked.md", "fixtures/diff/control-characters.md", ...NOW], { env: { FORCE_COLOR: "1" } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/\x07|\x1b\]|\x1b\[31mred/);
    expect(run.stdout).toContain('risk added: "Terminal: ]0;pwnedescape [31mred[0m text"');
    expect(run.stdout).toContain("\x1b[31mescalation\x1b[39m");
  });

  it("treats a file that is not a report as a report that fails to parse", async () => {
    const run = await runCli(["diff", "fixtures/diff/blocked.md", "fixtures/examples/README.md", "-f", "json", ...NOW]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).files[0].changes).toMatchInlineSnapshot(`
      [
        {
          "field": "verdict",
          "kind": "neutral",
          "message": "verdict under the current config: fail → fail; new not readable: 1:1 expected the heading "# FSAR Proposal Report"",
          "new": "fail",
          "old": "fail",
        },
      ]
    `);
  });

  it("is a usage error (exit 2) for a missing file, a bad option value or paths after -- with files", async () => {
    expect(await runCli(["diff", "fixtures/diff/blocked.md", "fixtures/diff/nope.md"])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "fsar: no such file: fixtures/diff/nope.md (compare two reports, or two revisions)
      ",
        "stdout": "",
      }
    `);
    const badFailOn = await runCli(["diff", "fixtures/diff/blocked.md", "fixtures/diff/blocked.md", "--fail-on", "sometimes"]);
    expect(badFailOn.code).toBe(2);
    expect(badFailOn.stderr).toMatchInlineSnapshot(`
      "error: option '--fail-on <kind>' argument 'sometimes' is invalid. Allowed choices are downgrade, any, none.
      "
    `);
    expect(await runCli(["diff", "fixtures/diff/blocked.md", "fixtures/diff/blocked.md", "--", "reports"])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "fsar: paths after -- limit a diff between revisions, not between two reports
      ",
        "stdout": "",
      }
    `);
    expect(await runCli(["diff", "fixtures/diff/blocked.md"])).toMatchInlineSnapshot(`
      {
        "code": 2,
        "stderr": "fsar: fsar diff takes two reports (files or <revision>:<path>), two revisions, or a range A...B
      ",
        "stdout": "",
      }
    `);
  });
});
