import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FSAR_BIN = fileURLToPath(new URL("../../bin/fsar.js", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("../../fixtures/", import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would: a real process, no color unless asked. */
export function runFsar(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...options.env };
  delete env.FORCE_COLOR;
  if (options.env?.FORCE_COLOR !== undefined) env.FORCE_COLOR = options.env.FORCE_COLOR;
  delete env.GITHUB_STEP_SUMMARY;
  if (options.env?.GITHUB_STEP_SUMMARY !== undefined) env.GITHUB_STEP_SUMMARY = options.env.GITHUB_STEP_SUMMARY;
  const result = spawnSync(process.execPath, [FSAR_BIN, ...args], { cwd: options.cwd ?? PROJECT_ROOT, env, input: options.input, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
