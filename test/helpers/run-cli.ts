import { readFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/program.js";
import type { CliRun } from "./cli.js";
import { PROJECT_ROOT } from "./cli.js";

const VERSION: string = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")).version;

/**
 * Runs the CLI in this process through `run(argv, io)`, the function the binary calls, with the environment
 * runFsar gives a spawned one (no color unless asked, no step summary unless given). For behaviour that needs a
 * process of its own (stdin, signals, the bundle, exit on a closed pipe), use runFsar.
 */
export async function runCli(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: "1", ...options.env };
  if (options.env?.FORCE_COLOR === undefined) delete env.FORCE_COLOR;
  if (options.env?.GITHUB_STEP_SUMMARY === undefined) delete env.GITHUB_STEP_SUMMARY;
  let stdout = "";
  let stderr = "";
  const code = await run(args, {
    cwd: options.cwd ?? PROJECT_ROOT,
    env,
    version: VERSION,
    stdout: async (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
