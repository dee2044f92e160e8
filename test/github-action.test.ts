import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { FIXTURES, PROJECT_ROOT } from "./helpers/cli.js";
import { tempDir } from "./helpers/temp-dir.js";

interface Step {
  id?: string;
  name: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  "working-directory"?: string;
}

const ACTION_FILE = join(PROJECT_ROOT, "action.yml");
const action: { inputs: Record<string, { default: string }>; outputs: Record<string, { value: string }>; runs: { using: string; steps: Step[] } } = parse(readFileSync(ACTION_FILE, "utf8"));
const step = (name: string): Step => action.runs.steps.find((candidate) => candidate.name === name)!;

/** GitHub's own schema for action and workflow files, as the action-validator CLI (npm) applies it. */
function validateActionMetadata(file: string) {
  const cli = createRequire(import.meta.url).resolve("@action-validator/cli/cli.mjs");
  const result = spawnSync(process.execPath, [cli, file], { encoding: "utf8", timeout: 60_000 });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The `${{ }}` expressions the action's steps use, evaluated as the runner would; anything else is a test failure. */
function evaluate(text: string, context: { inputs: Record<string, string>; outputs: Record<string, string> }): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
    if (expression === "github.action_path") return PROJECT_ROOT.replace(/\/$/, "");
    const input = /^inputs\.([\w-]+)$/.exec(expression);
    if (input) return context.inputs[input[1]!] ?? "";
    const output = /^steps\.audit\.outputs\.([\w-]+)$/.exec(expression);
    if (output) return context.outputs[output[1]!] ?? "";
    throw new Error(`the test cannot evaluate \${{ ${expression} }}`);
  });
}

let workspace: string;
let runnerFiles: { output: string; summary: string; temp: string };

beforeEach(() => {
  workspace = tempDir();
  cpSync(join(FIXTURES, "verdicts"), join(workspace, "reports"), { recursive: true });
  const runner = tempDir();
  runnerFiles = { output: join(runner, "output"), summary: join(runner, "summary.md"), temp: join(runner, "temp") };
  mkdirSync(runnerFiles.temp);
  writeFileSync(runnerFiles.output, "");
  writeFileSync(runnerFiles.summary, "");
});

/** Runs one of the composite's shell steps as the runner does (`bash --noprofile --norc -eo pipefail`), GITHUB_* pointing at temp files. */
function runStep(name: string, inputs: Record<string, string>, outputs: Record<string, string> = {}) {
  const { run, env = {} } = step(name);
  const allInputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([key, input]) => [key, input.default])), ...inputs };
  const stepEnv = Object.fromEntries(Object.entries(env).map(([key, value]) => [key, evaluate(value, { inputs: allInputs, outputs })]));
  const processEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: "1" };
  Object.assign(processEnv, { GITHUB_ACTIONS: "true", GITHUB_OUTPUT: runnerFiles.output, GITHUB_STEP_SUMMARY: runnerFiles.summary, RUNNER_TEMP: runnerFiles.temp, GITHUB_ACTION_PATH: PROJECT_ROOT }, stepEnv);
  const result = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", run!], { cwd: workspace, env: processEnv, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function stepOutputs(): Record<string, string> {
  return Object.fromEntries(readFileSync(runnerFiles.output, "utf8").split("\n").filter(Boolean).map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]));
}

describe("action.yml", () => {
  it("passes the action-validator, which does fail a composite step without a shell", () => {
    expect(validateActionMetadata(ACTION_FILE)).toEqual({ code: 0, output: "" });
    const broken = join(tempDir(), "action.yml");
    writeFileSync(broken, "name: x\ndescription: x\nruns:\n  using: composite\n  steps:\n    - run: echo\n");
    expect(validateActionMetadata(broken).code).toBe(1);
  });

  it("installs fsar from its own checkout and uploads SARIF with a pinned upload-sarif of the current major", () => {
    expect(action.runs.using).toBe("composite");
    expect(step("Install fsar")).toMatchObject({ "working-directory": "${{ github.action_path }}", run: "npm ci --no-audit --no-fund --loglevel=error" });
    const upload = step("Upload SARIF to code scanning");
    expect(upload.uses).toMatch(/^github\/codeql-action\/upload-sarif@[0-9a-f]{40}$/);
    expect(readFileSync(ACTION_FILE, "utf8")).toContain(`uses: ${upload.uses} # v4.`);
    expect(upload.if).toBe("${{ !cancelled() && inputs.upload-sarif == 'true' && steps.audit.outputs.exit-code != '2' }}");
    expect(Object.keys(action.outputs)).toEqual(["verdict", "reports", "errors", "warnings", "exit-code"]);
  });

  it("audits, writes annotations, the step summary, SARIF and the outputs, then fails the job on a failed gate", () => {
    const audit = runStep("Audit FSAR reports", { paths: "reports\n" });
    expect(audit.code).toBe(0);
    expect(audit.stdout.split("\n")[0]).toBe("::error file=reports/fsar_fail.md,line=6,col=13,title=fsar max-severity::severity 48 is at or above the block threshold 45");
    expect(stepOutputs()).toEqual({ "exit-code": "1", verdict: "fail", reports: "4", errors: "3", warnings: "1" });
    expect(readFileSync(runnerFiles.summary, "utf8")).toContain("### ❌ fsar: 2 failing, 1 warning, 1 passing of 4 reports\n");
    expect(JSON.parse(readFileSync(join(workspace, "fsar.sarif"), "utf8")).runs[0].results).toHaveLength(4);
    expect(step("Fail when the gate failed").if).toBe("${{ steps.audit.outputs.exit-code != '0' }}");
    expect(runStep("Fail when the gate failed", {}, stepOutputs()).code).toBe(1);
  });

  it("passes one path per line, spaces kept, and writes no SARIF when the upload is off", () => {
    mkdirSync(join(workspace, "my reports"));
    cpSync(join(workspace, "reports/fsar_pass.md"), join(workspace, "my reports/fsar_pass.md"));
    const audit = runStep("Audit FSAR reports", { paths: "  my reports  \n\nreports/fsar_warn.json", "upload-sarif": "false", format: "stylish" });
    expect(audit.code).toBe(0);
    expect(stepOutputs()).toEqual({ "exit-code": "0", verdict: "warn", reports: "2", errors: "0", warnings: "1" });
    expect(existsSync(join(workspace, "fsar.sarif"))).toBe(false);
    // Another log format: the markdown table still reaches the step summary.
    expect(readFileSync(runnerFiles.summary, "utf8")).toContain("### ⚠️ fsar: 0 failing, 1 warning, 1 passing of 2 reports\n");
  });

  it("takes fail-on, and says error (exit 2) when fsar cannot audit", () => {
    runStep("Audit FSAR reports", { paths: "reports/fsar_warn.json", "fail-on": "warn" });
    expect(stepOutputs()).toMatchObject({ "exit-code": "1", verdict: "fail", warnings: "1" });
    writeFileSync(runnerFiles.output, "");
    const broken = runStep("Audit FSAR reports", { paths: "reports", config: "missing.yaml" });
    expect(broken.stderr).toContain("missing.yaml");
    expect(stepOutputs()).toEqual({ "exit-code": "2", verdict: "error", reports: "", errors: "", warnings: "" });
  });
});

describe("the GitHub Actions example", () => {
  const file = join(PROJECT_ROOT, "examples/github-actions/fsar.yml");
  const workflow = parse(readFileSync(file, "utf8"));
  const steps: Step[] = workflow.jobs.audit.steps;

  it("passes the action-validator", () => {
    expect(validateActionMetadata(file)).toEqual({ code: 0, output: "" });
  });

  it("uses fsar's action at a version on a maintained Node, with the permissions and history it needs", () => {
    expect(workflow.permissions).toEqual({ contents: "read", "security-events": "write", actions: "read" });
    expect(steps[0]).toMatchObject({ uses: expect.stringMatching(/^actions\/checkout@[0-9a-f]{40}/), with: { "fetch-depth": 0 } });
    expect(steps[1]).toMatchObject({ uses: expect.stringMatching(/^actions\/setup-node@[0-9a-f]{40}/), with: { "node-version": 24 } });
    expect(steps[2]!.uses).toMatch(/^fsar-dev\/fsar@v\d+\.\d+\.\d+$/);
    expect(readFileSync(file, "utf8")).not.toContain("npx");
  });
});
