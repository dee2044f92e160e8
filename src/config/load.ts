import { statSync, type Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Rule } from "../core/rule.js";
import { builtinRules } from "../rules/index.js";
import { ConfigError } from "./config-error.js";
import { loadConfigLayers } from "./extends.js";
import { defaultConfig, resolveConfig, type ResolvedConfig } from "./resolve.js";
import { configSchema, DEFAULT_SCALE, type ConfigFile } from "./schema.js";
import { waiverPositions } from "./waivers.js";
import { parseYamlDocument, readYamlFile, validateDocument } from "./yaml-document.js";
import { preloadYaml } from "./yaml-module.js";

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

/**
 * Parses and validates config text against a rule set; every problem names its key and YAML line. It follows no
 * `extends` and loads no plugins, so `rules` may name only rules in `ruleSet`: loadConfig does the rest.
 */
export function parseConfigText(text: string, file: string | null, ruleSet: readonly Rule[] = builtinRules): ConfigFile {
  return validateDocument(parseYamlDocument(text, file), configSchema(ruleSet));
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
  await preloadYaml();
  const { config, addedRules, sources } = await loadConfigLayers(file);
  // Each file's scale is checked alone; the merged one must hold too.
  const { max, review, block } = { ...DEFAULT_SCALE, ...config.severity };
  if (!(review <= block && block <= max)) {
    throw new ConfigError([{ file, line: null, message: `severity: with the configs it extends, the scale must satisfy review <= block <= max (got review ${review}, block ${block}, max ${max})` }]);
  }
  // Waiver findings sit on the waiver's line in the file that declares them: this one.
  const positions = waiverPositions(readYamlFile(file));
  return resolveConfig(config, { file, baseDir: dirname(file), waiverPositions: positions, sources }, [...builtinRules, ...addedRules]);
}
