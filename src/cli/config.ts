import { loadConfig } from "../config/load.js";
import type { ResolvedConfig } from "../config/resolve.js";
import { toSingleLine } from "../core/sanitize.js";
import type { CommandIo } from "./io.js";

/** The config a command runs with; `--debug` says which file that is, since discovery decides it. */
export async function loadCommandConfig(io: CommandIo, configFile?: string): Promise<ResolvedConfig> {
  const config = await loadConfig({ cwd: io.cwd, configFile });
  if (io.debug) io.stderr(`fsar: config in use: ${config.file === null ? "none found, the defaults (fsar:recommended)" : toSingleLine(config.file)}\n`);
  return config;
}
