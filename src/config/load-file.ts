// A config file read, validated and resolved: loaded by load.ts only when there is a config file.
import { dirname } from "node:path";
import { DEFAULT_SCALE } from "../core/band.js";
import type { Rule } from "../core/rule.js";
import { builtinRules } from "../rules/index.js";
import { ConfigError } from "./config-error.js";
import { loadConfigLayers } from "./extends.js";
import { resolveConfig, type ResolvedConfig } from "./resolve.js";
import { configSchema, type ConfigFile } from "./schema.js";
import { waiverPositions } from "./waivers.js";
import { parseYamlDocument, readYamlFile, validateDocument } from "./yaml-document.js";
import { preloadYaml } from "./yaml-module.js";

/**
 * Parses and validates config text against a rule set; every problem names its key and YAML line. It follows no
 * `extends` and loads no plugins, so `rules` may name only rules in `ruleSet`: loadConfig does the rest.
 */
export function parseConfigText(text: string, file: string | null, ruleSet: readonly Rule[] = builtinRules): ConfigFile {
  return validateDocument(parseYamlDocument(text, file), configSchema(ruleSet));
}

/** Reads, validates and resolves a config file, with what it extends and the plugins it loads; throws ConfigError on any problem. */
export async function loadConfigFile(file: string): Promise<ResolvedConfig> {
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
