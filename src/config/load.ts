import { statSync, type Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { defaultConfig, type ResolvedConfig } from "./resolve.js";

export const CONFIG_FILE_NAMES = ["fsar.config.yaml", "fsar.config.yml", ".fsarrc.yaml", ".fsarrc.yml"] as const;

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/**
 * The nearest config file from `startDir` upwards, or null. The search never leaves the project: it stops at the
 * top of the git work tree (the folder holding `.git`), and outside a repository at the working folder's file
 * system (a mount point) and at any folder above the start that others may write to (a shared /tmp): a config
 * planted there could switch the gate off.
 */
export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  const device = statOrNull(dir)?.dev;
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      // Anything there but a folder is the config: a FIFO or a device in its place is an error when read, never skipped.
      const stats = statOrNull(candidate);
      if (stats !== null && !stats.isDirectory()) return candidate;
    }
    if (statOrNull(join(dir, ".git")) !== null) return null;
    const parent = dirname(dir);
    if (parent === dir) return null;
    const above = statOrNull(parent);
    if (above === null || above.dev !== device || (above.mode & 0o002) !== 0) return null;
    dir = parent;
  }
}

export interface LoadConfigOptions {
  /** Where the search for a config file starts. */
  cwd: string;
  /** An explicit config file (`--config`): it wins over the search. */
  configFile?: string;
}

/** Configs loadConfig made: loading the same file (or none) again gives the same config, as a worker thread does. */
const loadedConfigs = new WeakSet<ResolvedConfig>();

/** Whether loadConfig made this config, so that it can be loaded again elsewhere from its file. */
export function isLoadedConfig(config: ResolvedConfig): boolean {
  return loadedConfigs.has(config);
}

/** Finds, reads, validates and resolves the config; throws ConfigError on any problem. Async: configs can load plugins. */
export async function loadConfig(options: LoadConfigOptions): Promise<ResolvedConfig> {
  const config = await findAndLoadConfig(options);
  loadedConfigs.add(config);
  return config;
}

async function findAndLoadConfig({ cwd, configFile }: LoadConfigOptions): Promise<ResolvedConfig> {
  const file = configFile !== undefined ? resolve(cwd, configFile) : findConfigFile(cwd);
  if (file === null) return defaultConfig(cwd);
  // Only a config file needs yaml, the config's zod schema, plugins and custom rules: a run without one loads none.
  return (await import("./load-file.js")).loadConfigFile(file);
}
