import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, PROJECT_ROOT } from "./helpers/cli.js";

const VERSION: string = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).version;
const TSC = join(PROJECT_ROOT, "node_modules", "typescript", "bin", "tsc");

// npm's own variables (set when this runs under `npm test`) would point the child npm at this project.
const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== "INIT_CWD"));
env.NO_COLOR = "1";
delete env.FORCE_COLOR;

let folder: string;
let consumer: string;
let tarballFiles: string[];

function run(command: string, args: readonly string[]) {
  const result = spawnSync(command, args, { cwd: consumer, env, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "fsar-pack-"));
  // `npm test` has just built dist; packing skips `prepare` so the test does not build twice.
  const packed: Array<{ filename: string; files: Array<{ path: string }> }> = JSON.parse(
    execFileSync("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", folder], { cwd: PROJECT_ROOT, env, encoding: "utf8" }),
  );
  tarballFiles = packed[0]!.files.map((file) => file.path);
  consumer = join(folder, "consumer");
  mkdirSync(consumer);
  writeFileSync(join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(folder, packed[0]!.filename)], { cwd: consumer, env, stdio: "pipe" });
  cpSync(join(FIXTURES, "verdicts"), join(consumer, "reports"), { recursive: true });
}, 180_000);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the packed tarball", () => {
  it("ships built code, bin, the config schema, README and license, and no sources or tests", () => {
    const top = [...new Set(tarballFiles.map((path) => path.split("/")[0]))].sort();
    expect(top).toEqual(["LICENSE", "README.md", "bin", "dist", "package.json", "schema"]);
    expect(tarballFiles.filter((path) => /\.test\.|\.ts$/.test(path) && !path.endsWith(".d.ts"))).toEqual([]);
    expect(tarballFiles).toContain("schema/fsar.config.schema.json");
  });

  it("runs `npx fsar --version` in an empty project", () => {
    expect(run("npx", ["--no-install", "fsar", "--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it("runs `npx fsar audit` on reports there", () => {
    const audited = run("npx", ["--no-install", "fsar", "audit", "reports/fsar_pass.md", "reports/fsar_fail.md", "--now", "2026-11-26T00:00:00Z"]);
    expect(audited).toEqual({
      code: 1,
      stderr: "",
      stdout: `reports/fsar_fail.md  fail · severity 48, block
  6:13  error  severity 48 is at or above the block threshold 45    max-severity
  7:20  error  the report blocks execution (block_execution: true)  block-execution

✖ 2 problems (2 errors, 0 warnings) · 2 reports: 1 pass, 0 warn, 1 fail; 0 skipped
`,
    });
  });

  it("imports as a library from plain ESM, every formatter and the rule list included", () => {
    writeFileSync(
      join(consumer, "use.mjs"),
      `import { readFileSync } from "node:fs";
import * as fsar from "fsar";
const parsed = fsar.parseReport(readFileSync("reports/fsar_pass.md"), { file: "fsar_pass.md" });
const result = await fsar.audit(["reports"], { cwd: process.cwd(), now: new Date("2026-11-26T00:00:00Z") });
const context = { color: false, version: "x", rules: fsar.builtinRules };
const formatters = [fsar.formatStylish, fsar.formatJson, fsar.formatSarif, fsar.formatJunit, fsar.formatGithub, fsar.formatMarkdown, fsar.formatGitlab];
const loaded = await Promise.all(fsar.FORMAT_NAMES.map((name) => fsar.loadFormatter(name)));
console.log(JSON.stringify({
  id: parsed.record.id,
  summary: result.summary,
  rules: fsar.builtinRules.length,
  formats: fsar.FORMAT_NAMES,
  formatted: formatters.every((format) => typeof format(result, context) === "string"),
  loaded: loaded.every((format, index) => format === formatters[index]),
}));
`,
    );
    const used = run("node", ["use.mjs"]);
    expect(used.stderr).toBe("");
    expect(JSON.parse(used.stdout)).toEqual({
      id: "fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6e",
      summary: { reports: 4, pass: 1, warn: 1, fail: 2, errors: 3, warnings: 1, skipped: 0 },
      rules: 22,
      formats: ["stylish", "json", "sarif", "junit", "github", "markdown", "gitlab"],
      formatted: true,
      loaded: true,
    });
  });

  it("requires from CommonJS too, with the same small API", () => {
    writeFileSync(
      join(consumer, "use.cjs"),
      `const fsar = require("fsar");
fsar.audit(["reports"], { cwd: process.cwd(), now: new Date("2026-11-26T00:00:00Z") }).then((result) => {
  console.log(JSON.stringify({ summary: result.summary, exports: Object.keys(fsar).sort() }));
});
`,
    );
    const used = run("node", ["use.cjs"]);
    expect(used.stderr).toBe("");
    const { summary, exports } = JSON.parse(used.stdout) as { summary: unknown; exports: string[] };
    expect(summary).toEqual({ reports: 4, pass: 1, warn: 1, fail: 2, errors: 3, warnings: 1, skipped: 0 });
    // Internals stay inside: the engine's Auditor, discovery batches and git plumbing are not exported.
    for (const internal of ["Auditor", "auditCandidates", "discoverBatches", "GitRepository", "listChangedFiles", "compileCustomRule", "loadPlugin"]) expect(exports).not.toContain(internal);
    for (const entry of ["audit", "auditSources", "parseReport", "diffReports", "loadConfig", "defineRule", "definePlugin", "loadFormatter", "formatJson", "renderMessage"]) expect(exports).toContain(entry);
  });

  it("type-checks in a strict TypeScript ESM project", () => {
    writeFileSync(
      join(consumer, "use.ts"),
      `import { parseReport, audit, formatSarif, builtinRules, type AuditResult, type FormatterContext } from "fsar";
const parsed = parseReport("# FSAR Proposal Report\\n", { file: "a.md" });
const diagnostics: number = parsed.diagnostics.length;
const result: AuditResult = await audit(["reports"], { cwd: "." });
const context: FormatterContext = { color: false, version: "x", rules: builtinRules };
const sarif: string = formatSarif(result, context);
export { diagnostics, sarif };
`,
    );
    writeFileSync(join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, noEmit: true, types: [] }, files: ["use.ts"] }));
    expect(run("node", [TSC, "-p", "tsconfig.json"])).toEqual({ code: 0, stdout: "", stderr: "" });
  });
});
