import type { RuleConfig } from "../core/engine.js";
import { builtinRules } from "../rules/index.js";

/**
 * Each built-in rule's default level and options (its options schema's parse of `{}`), fresh objects on every
 * call. The CLI bundle puts the values this computes at build time in this module's place
 * (scripts/rolldown.cli.config.mjs): a run then parses no defaults through zod.
 */
export function builtinRuleDefaults(): Array<[string, RuleConfig]> {
  return builtinRules.map((rule) => [rule.id, { level: rule.meta.defaultLevel, options: rule.meta.options.parse({}) }]);
}
