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

/**
 * runCli with `env` set in process.env too for the call: the git fsar starts takes its variables (GIT_CONFIG_GLOBAL,
 * HOME) from there, not from the io. They are put back after it; a worker runs one test at a time, so no other test
 * sees them. An undefined value removes the variable for the call.
 */
export async function runCliWithProcessEnv(args: readonly string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<CliRun> {
  const saved = Object.fromEntries(Object.keys(options.env).map((key) => [key, process.env[key]]));
  const apply = (values: NodeJS.ProcessEnv) => {
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
  apply(options.env);
  try {
    return await runCli(args, { cwd: options.cwd });
  } finally {
    apply(saved);
  }
}
