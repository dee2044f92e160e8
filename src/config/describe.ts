import type { RuleConfig, ResolvedConfig } from "./resolve.js";

/** A rule's setting as a config file writes it: a level, or `[level, options]` when it has options. */
export type DescribedRuleSetting = RuleConfig["level"] | [RuleConfig["level"], unknown];

/** The config in force as plain data, in a fixed order: what `fsar print-config` prints and an attestation digests. */
export interface DescribedConfig {
  severity: ResolvedConfig["severity"];
  include: readonly string[];
  exclude: readonly string[];
  rules: Record<string, DescribedRuleSetting>;
  overrides: ResolvedConfig["overrides"];
  waivers: Array<{ report: string; rules: readonly string[]; reason: string; expires: string }>;
}

function describeSetting({ level, options }: RuleConfig): DescribedRuleSetting {
  const hasOptions = options !== undefined && options !== null && (typeof options !== "object" || Object.keys(options).length > 0);
  return hasOptions ? [level, options] : level;
}

/** `rules` defaults to the config's own; pass a file's (overrides applied) to describe what applies to that file. */
export function describeConfig(config: ResolvedConfig, rules: ReadonlyMap<string, RuleConfig> = config.rules): DescribedConfig {
  return {
    severity: config.severity,
    include: config.include,
    exclude: config.exclude,
    rules: Object.fromEntries(config.ruleSet.map((rule) => [rule.id, describeSetting(rules.get(rule.id) ?? { level: "off", options: undefined })])),
    overrides: config.overrides,
    waivers: config.waivers.map((waiver) => ({ report: waiver.report, rules: waiver.rules, reason: waiver.reason, expires: waiver.expires })),
  };
}
