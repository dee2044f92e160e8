import { createHash } from "node:crypto";
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { FIXTURES, PROJECT_ROOT } from "./helpers/cli.js";
import { runCli } from "./helpers/run-cli.js";
import { tempDir } from "./helpers/temp-dir.js";

const NOW = ["--now", "2026-11-26T00:00:00Z"];
const VERSION: string = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).version;
const PASSING = ["reports/fsar_pass.md", "reports/fsar_warn.json"];

let folder: string;
const fsar = (...args: string[]) => runCli(args, { cwd: folder });
const sha256 = (path: string) => createHash("sha256").update(readFileSync(join(folder, path))).digest("hex");
const statement = (file = "verdict.intoto.json") => JSON.parse(readFileSync(join(folder, file), "utf8"));

beforeEach(() => {
  folder = tempDir({ "fsar.config.yaml": "rules: { id-format: off }\n" });
  cpSync(join(FIXTURES, "verdicts"), join(folder, "reports"), { recursive: true });
});

describe("fsar audit --attest", () => {
  it("writes an in-toto Statement v1: one subject per audited report with its sha256, and fsar's verdict predicate", async () => {
    expect((await fsar("audit", ...PASSING, "--attest", "verdict.intoto.json", ...NOW)).code).toBe(0);
    const written = statement();
    expect(written).toEqual({
      _type: "https://in-toto.io/Statement/v1",
      subject: PASSING.map((name) => ({ name, digest: { sha256: sha256(name) } })),
      predicateType: "https://github.com/fsar-dev/fsar/attestation/verdict/v1",
      predicate: {
        verdict: "pass",
        summary: { reports: 2, pass: 1, warn: 1, fail: 0, errors: 0, warnings: 1, skipped: 0 },
        gate: { failOn: "error", maxWarnings: null },
        fsar: { version: VERSION },
        config: { file: "fsar.config.yaml", digest: { sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } },
        now: "2026-11-26T00:00:00.000Z",
      },
    });
  });

  it("digests the resolved config: the same settings digest alike, another setting differently", async () => {
    await fsar("audit", ...PASSING, "--attest", "a.json", ...NOW);
    writeFileSync(join(folder, "fsar.config.yaml"), "# a comment changes no setting\nrules: { id-format: off }\n");
    await fsar("audit", ...PASSING, "--attest", "b.json", ...NOW);
    writeFileSync(join(folder, "fsar.config.yaml"), "rules: { id-format: error }\n");
    await fsar("audit", ...PASSING, "--attest", "c.json", ...NOW);
    const [a, b, c] = ["a.json", "b.json", "c.json"].map((file) => statement(file).predicate.config.digest.sha256);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });

  it("records a failing verdict too, and refuses --staged and --stdin", async () => {
    expect((await fsar("audit", "reports", "--attest", "verdict.intoto.json", ...NOW)).code).toBe(1);
    expect(statement().predicate.verdict).toBe("fail");
    expect(await fsar("audit", "--staged", "--attest", "x.json")).toEqual({ code: 2, stdout: "", stderr: "fsar: --attest digests the audited report files: it does not combine with --staged or --stdin\n" });
  });
});

describe("fsar verify", () => {
  it("exits 0 for a passing verdict whose reports are untouched", async () => {
    await fsar("audit", ...PASSING, "--attest", "verdict.intoto.json", ...NOW);
    expect(await fsar("verify", "verdict.intoto.json")).toEqual({ code: 0, stderr: "", stdout: `✔ verified: verdict pass (fsar ${VERSION}, 2026-11-26T00:00:00.000Z); 2 of 2 reports unchanged\n` });
  });

  it("exits 1 after any report is edited, or when one is missing", async () => {
    await fsar("audit", ...PASSING, "--attest", "verdict.intoto.json", ...NOW);
    appendFileSync(join(folder, "reports/fsar_pass.md"), "\n");
    rmSync(join(folder, "reports/fsar_warn.json"));
    expect(await fsar("verify", "verdict.intoto.json")).toEqual({
      code: 1,
      stderr: "",
      stdout: `changed  reports/fsar_pass.md\nmissing  reports/fsar_warn.json\n✖ not verified: verdict pass (fsar ${VERSION}, 2026-11-26T00:00:00.000Z); 0 of 2 reports unchanged\n`,
    });
  });

  it("exits 1 for a failing verdict, even with every report untouched", async () => {
    await fsar("audit", "reports", "--attest", "verdict.intoto.json", ...NOW);
    expect(await fsar("verify", "verdict.intoto.json")).toEqual({
      code: 1,
      stderr: "",
      stdout: `✖ not verified: verdict fail (fsar ${VERSION}, 2026-11-26T00:00:00.000Z); 4 of 4 reports unchanged; the attested verdict failed\n`,
    });
  });

  it("checks only the reports under the paths given, each of which must be attested", async () => {
    await fsar("audit", ...PASSING, "--attest", "verdict.intoto.json", ...NOW);
    appendFileSync(join(folder, "reports/fsar_warn.json"), "\n");
    expect((await fsar("verify", "verdict.intoto.json", "reports/fsar_pass.md")).code).toBe(0);
    expect((await fsar("verify", "verdict.intoto.json", "reports")).code).toBe(1);
    expect(await fsar("verify", "verdict.intoto.json", "reports/fsar_pass.md", "reports/fsar_fail.md")).toMatchObject({ code: 1, stdout: expect.stringMatching(/^not attested {2}reports\/fsar_fail\.md\n/) });
  });

  it("exits 2 for a malformed statement", async () => {
    await fsar("audit", ...PASSING, "--attest", "verdict.intoto.json", ...NOW);
    const good = statement();
    const cases: Array<[string, string]> = [
      ["{ not json", "fsar: bad.json is not a statement: "],
      [JSON.stringify({ ...good, _type: "https://in-toto.io/Statement/v0.1" }), 'fsar: bad.json is not an fsar verdict statement: _type: Invalid input: expected "https://in-toto.io/Statement/v1"\n'],
      [JSON.stringify({ ...good, subject: [] }), "fsar: bad.json is not an fsar verdict statement: subject: "],
      [JSON.stringify({ ...good, subject: [{ name: "reports/fsar_pass.md", digest: { sha256: "abc" } }] }), "fsar: bad.json is not an fsar verdict statement: subject.0.digest.sha256: a sha256 digest is 64 lowercase hex digits\n"],
    ];
    for (const [text, stderr] of cases) {
      writeFileSync(join(folder, "bad.json"), text);
      const run = await fsar("verify", "bad.json");
      expect({ code: run.code, stdout: run.stdout, stderr: run.stderr.slice(0, stderr.length) }).toEqual({ code: 2, stdout: "", stderr });
    }
    expect((await fsar("verify", "missing.json")).code).toBe(2);
  });
});
