import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Rule } from "../core/rule.js";
import { builtinRules } from "../rules/index.js";
import { ConfigError } from "./config-error.js";
import { loadConfigLayers } from "./extends.js";
import { defaultConfig, resolveConfig, type ResolvedConfig } from "./resolve.js";
import { DEFAULT_SCALE, type ConfigFile } from "./schema.js";
import { validateConfig } from "./validate.js";
import { waiverPositions } from "./waivers.js";
import { parseYamlDocument, readYamlFile } from "./yaml-document.js";
import { preloadYaml } from "./yaml-module.js";

export const CONFIG_FILE_NAMES = ["fsar.config.yaml", "fsar.config.yml", ".fsarrc.yaml", ".fsarrc.yml"] as const;

/** The nearest config file from `startDir` upwards, or null. */
export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Parses and validates config text against a rule set; every problem names its key and YAML line. It follows no
 * `extends` and loads no plugins, so `rules` may name only rules in `ruleSet`: loadConfig does the rest.
 */
export function parseConfigText(text: string, file: string | null, ruleSet: readonly Rule[] = builtinRules): ConfigFile {
  return validateConfig(parseYamlDocument(text, file), ruleSet);
}

export interface LoadConfigOptions {
  /** Where the search for a config file starts. */
  cwd: string;
  /** An explicit config file (`--config`): it wins over the search. */
  configFile?: string;
}

/** Finds, reads, validates and resolves the config; throws ConfigError on any problem. Async: configs can load plugins. */
export async function loadConfig({ cwd, configFile }: LoadConfigOptions): Promise<ResolvedConfig> {
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
