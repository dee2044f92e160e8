import { existsSync, realpathSync } from "node:fs";
import { builtinRules } from "../rules/index.js";
import { compileCustomRule } from "./compile-custom-rule.js";
import { mergeRiskConfigs } from "./risk.js";
import type { Rule } from "../core/rule.js";
import { ConfigError } from "./config-error.js";
import { firstLineOf, isPathSpecifier, loadPlugin, resolveSpecifier } from "./plugins.js";
import { DEFAULT_PRESET, presets } from "./presets.js";
import { configSchema, type ConfigFile, type RuleSetting } from "./schema.js";
import { parseYamlDocument, readYamlFile, validateDocument, type YamlDocument } from "./yaml-document.js";

/** A config with everything it extends applied: the merged settings and the rules it adds to the built-ins. */
export interface ConfigLayers {
  /** Settings merged in order (later wins); `extends`, `customRules` and `plugins` are already applied. */
  config: ConfigFile;
  /** Custom and plugin rules, in the order they were defined. */
  addedRules: readonly Rule[];
  /** Every file read to build it: the config, the configs it extends, the plugins' module files. */
  sources: readonly string[];
}

/** The keys that define rules: read before the rest, since `rules` may only name rules that exist. */
function buildDefinitionsSchema() {
  return configSchema(builtinRules).pick({ extends: true, customRules: true, plugins: true }).strip();
}
// Built when a config file is first read: a run without one builds no config schema.
let definitionsSchema: ReturnType<typeof buildDefinitionsSchema> | undefined;

const SHARED_CONFIG = /\.(ya?ml|json)$/i;

function isBareLevel(setting: RuleSetting): boolean {
  return typeof setting === "string" || setting.length === 1;
}

/** A later bare level keeps the options set earlier, as `rules` does within one file. */
function mergeRuleSettings(earlier: Record<string, RuleSetting>, later: Record<string, RuleSetting>): Record<string, RuleSetting> {
  const merged = { ...earlier };
  for (const [id, setting] of Object.entries(later)) {
    const previous = merged[id];
    merged[id] = isBareLevel(setting) && Array.isArray(previous) && previous.length === 2 ? [typeof setting === "string" ? setting : setting[0], previous[1]] : setting;
  }
  return merged;
}

function mergeConfigs(earlier: ConfigFile, later: ConfigFile): ConfigFile {
  const merged: ConfigFile = { ...earlier, ...later };
  if (earlier.severity || later.severity) merged.severity = { ...earlier.severity, ...later.severity };
  if (earlier.risk || later.risk) merged.risk = mergeRiskConfigs(earlier.risk, later.risk);
  merged.rules = mergeRuleSettings((earlier.rules ?? {}) as Record<string, RuleSetting>, (later.rules ?? {}) as Record<string, RuleSetting>);
  merged.overrides = [...(earlier.overrides ?? []), ...(later.overrides ?? [])];
  delete merged.extends;
  delete merged.customRules;
  delete merged.plugins;
  return merged;
}

/** Later definitions of a rule id replace earlier ones, where they stood. */
function mergeRules(earlier: readonly Rule[], later: readonly Rule[]): Rule[] {
  const merged = [...earlier];
  for (const rule of later) {
    const index = merged.findIndex((candidate) => candidate.id === rule.id);
    if (index === -1) merged.push(rule);
    else merged[index] = rule;
  }
  return merged;
}

function mergeLayers(earlier: ConfigLayers, later: ConfigLayers): ConfigLayers {
  return { config: mergeConfigs(earlier.config, later.config), addedRules: mergeRules(earlier.addedRules, later.addedRules), sources: [...earlier.sources, ...later.sources] };
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/** The file a non-preset `extends` entry names: a YAML config, by path from the config's folder or as a package's main file. */
function resolveSharedConfig(entry: string, doc: YamlDocument & { file: string }, line: number | null): string {
  const fail = (reason: string): never => {
    throw new ConfigError([{ file: doc.file, line, message: `extends "${entry}": ${reason}` }]);
  };
  let target = "";
  try {
    target = resolveSpecifier(entry, doc.file);
  } catch (error) {
    fail(firstLineOf(error));
  }
  if (isPathSpecifier(entry) && !existsSync(target)) fail(`no such file ${target}`);
  if (!SHARED_CONFIG.test(target)) fail(`${target} is not a YAML config (.yaml, .yml or .json)`);
  return target;
}

async function loadLayers(file: string, chain: readonly string[]): Promise<ConfigLayers> {
  const doc = { ...parseYamlDocument(readYamlFile(file), file), file };
  const definitions = validateDocument(doc, (definitionsSchema ??= buildDefinitionsSchema()));
  const entries = definitions.extends === undefined ? [DEFAULT_PRESET] : typeof definitions.extends === "string" ? [definitions.extends] : definitions.extends;
  let inherited: ConfigLayers = { config: {}, addedRules: [], sources: [] };
  for (const [index, entry] of entries.entries()) {
    const line = doc.lineOf(typeof definitions.extends === "string" ? ["extends"] : ["extends", index]);
    if (entry.startsWith("fsar:")) {
      const preset = presets[entry];
      if (!preset) throw new ConfigError([{ file, line, message: `unknown preset "${entry}" in extends (known: ${Object.keys(presets).join(", ")})` }]);
      inherited = mergeLayers(inherited, { config: { rules: preset.rules }, addedRules: [], sources: [] });
      continue;
    }
    const target = resolveSharedConfig(entry, doc, line);
    const cycle = [...chain, realPath(file)];
    if (cycle.includes(realPath(target))) throw new ConfigError([{ file, line, message: `extends "${entry}" makes a cycle: ${[...cycle, realPath(target)].join(" -> ")}` }]);
    inherited = mergeLayers(inherited, await loadLayers(target, cycle));
  }

  const own: Rule[] = [];
  const sources = [file];
  const builtinIds = new Set(builtinRules.map((rule) => rule.id));
  for (const [index, definition] of (definitions.customRules ?? []).entries()) {
    const line = doc.lineOf(["customRules", index, "id"]);
    if (builtinIds.has(definition.id)) throw new ConfigError([{ file, line, message: `custom rule "${definition.id}" has the id of a built-in rule` }]);
    if (own.some((rule) => rule.id === definition.id)) throw new ConfigError([{ file, line, message: `custom rule "${definition.id}" is defined twice` }]);
    own.push(compileCustomRule(definition, file));
  }
  for (const [index, specifier] of (definitions.plugins ?? []).entries()) {
    const plugin = await loadPlugin(specifier, { file, line: doc.lineOf(["plugins", index]) });
    for (const rule of plugin.rules) own.push(rule);
    sources.push(plugin.file);
  }
  const addedRules = mergeRules(inherited.addedRules, own);
  const config = validateDocument(doc, configSchema([...builtinRules, ...addedRules]));
  return mergeLayers(inherited, { config, addedRules: own, sources });
}

/**
 * Reads a config file and everything it extends (presets, files, packages; later entries and the file itself win),
 * and loads the rules they define. Throws ConfigError naming the file and line of any problem.
 */
export function loadConfigLayers(file: string): Promise<ConfigLayers> {
  return loadLayers(file, []);
}
