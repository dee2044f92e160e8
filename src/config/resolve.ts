import type { EngineConfig, RuleConfig } from "../core/engine.js";
import type { LevelSetting } from "../core/finding.js";
import type { Rule } from "../core/rule.js";
import { builtinRules } from "../rules/index.js";
import { matchesAnyGlob } from "../core/glob.js";
import { DEFAULT_PRESET, presets } from "./presets.js";
import { DEFAULT_SCALE } from "../core/band.js";
import type { ConfigFile, RuleSetting } from "./schema.js";
import { ConfigError } from "./config-error.js";
import { riskModelOf } from "./risk-model.js";
import { assessRisk } from "../risk/assess.js";
import type { RiskModel } from "../risk/model.js";
import { toWaivers, type WaiverPosition } from "./waivers.js";
import { builtinRuleDefaults } from "./rule-defaults.js";

export type { RuleConfig } from "../core/engine.js";

/** The config in force: presets applied, defaults filled, ready for the engine. */
export interface ResolvedConfig extends EngineConfig {
  /** The risk model in force, on the severity scale. */
  risk: RiskModel;
  /** The folder that include, exclude and override globs are relative to. */
  baseDir: string;
  include: readonly string[];
  exclude: readonly string[];
  overrides: ReadonlyArray<{ files: readonly string[]; rules: Readonly<Record<string, RuleSetting>> }>;
  /** The files it was built from (the config, the configs it extends, plugin modules): what `--cache` keys on besides the settings. */
  sources?: readonly string[];
}

const BUILT_IN_RULES: ReadonlySet<Rule> = new Set(builtinRules);

/** Each rule at its default level and options: the built-in rules' as the build computed them, others' parsed. */
function defaultSettings(ruleSet: readonly Rule[]): Map<string, RuleConfig> {
  const builtIn = new Map(builtinRuleDefaults());
  const rules = new Map<string, RuleConfig>();
  for (const rule of ruleSet) {
    rules.set(rule.id, (BUILT_IN_RULES.has(rule) ? builtIn.get(rule.id) : undefined) ?? { level: rule.meta.defaultLevel, options: rule.meta.options.parse({}) });
  }
  return rules;
}

function levelOf(setting: RuleSetting): LevelSetting {
  return typeof setting === "string" ? setting : setting[0];
}

function applySettings(target: Map<string, RuleConfig>, settings: Readonly<Record<string, RuleSetting | undefined>>, ruleSet: readonly Rule[]): void {
  for (const [id, setting] of Object.entries(settings)) {
    if (setting === undefined) continue;
    const rule = ruleSet.find((candidate) => candidate.id === id);
    if (!rule) throw new ConfigError([{ file: null, line: null, message: `unknown rule "${id}"` }]);
    const previous = target.get(id);
    // A bare level keeps the options set earlier, as in ESLint.
    const options = Array.isArray(setting) && setting.length === 2 ? rule.meta.options.parse(setting[1]) : previous?.options;
    target.set(id, { level: levelOf(setting), options });
  }
}

function presetNames(extendsValue: ConfigFile["extends"]): string[] {
  if (extendsValue === undefined) return [DEFAULT_PRESET];
  return typeof extendsValue === "string" ? [extendsValue] : extendsValue;
}

/** Applies presets and defaults to a validated config file. */
export function resolveConfig(config: ConfigFile, where: { file: string | null; baseDir: string; waiverPositions?: ReadonlyArray<WaiverPosition | null>; sources?: readonly string[] }, ruleSet: readonly Rule[] = builtinRules): ResolvedConfig {
  const rules = defaultSettings(ruleSet);
  for (const name of presetNames(config.extends)) {
    const preset = presets[name];
    if (!preset) {
      throw new ConfigError([{ file: where.file, line: null, message: `unknown preset "${name}" in extends (known: ${Object.keys(presets).join(", ")})` }]);
    }
    applySettings(rules, preset.rules, ruleSet);
  }
  applySettings(rules, (config.rules ?? {}) as Record<string, RuleSetting>, ruleSet);
  const overrides = (config.overrides ?? []).map((override) => ({ files: override.files, rules: override.rules as Record<string, RuleSetting> }));
  const severity = { ...DEFAULT_SCALE, ...config.severity };
  const risk = riskModelOf(config.risk, severity);
  return {
    file: where.file,
    baseDir: where.baseDir,
    severity,
    risk,
    assessRisk: (record) => assessRisk(record, risk),
    include: config.include ?? [],
    exclude: config.exclude ?? [],
    ruleSet,
    rules,
    overrides,
    rulesFor: createRuleResolver(rules, overrides, ruleSet),
    waivers: toWaivers(config.waivers ?? [], where.waiverPositions),
    ...(where.sources ? { sources: where.sources } : {}),
  };
}

/** The defaults: fsar:recommended and the standard scale. */
export function defaultConfig(baseDir: string): ResolvedConfig {
  return resolveConfig({}, { file: null, baseDir });
}

/**
 * The rule settings for one file, overrides applied. `pathFromBase` is relative to config.baseDir.
 * Results are cached by which overrides match, since most files match the same ones.
 */
function createRuleResolver(base: ReadonlyMap<string, RuleConfig>, overrides: ResolvedConfig["overrides"], ruleSet: readonly Rule[]): (pathFromBase: string) => ReadonlyMap<string, RuleConfig> {
  const cache = new Map<string, ReadonlyMap<string, RuleConfig>>();
  return (pathFromBase) => {
    if (overrides.length === 0) return base;
    const matching = overrides.map((override, index) => (matchesAnyGlob(pathFromBase, override.files) ? index : -1)).filter((index) => index >= 0);
    const key = matching.join(",");
    let rules = cache.get(key);
    if (!rules) {
      const merged = new Map(base);
      for (const index of matching) applySettings(merged, overrides[index]!.rules, ruleSet);
      rules = merged;
      cache.set(key, rules);
    }
    return rules;
  };
}
