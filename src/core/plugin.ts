import { z } from "zod";
import type { LevelSetting, RuleFinding } from "./finding.js";
import type { ReportRecord } from "./record.js";
import type { ReportRule, RuleContext } from "./rule.js";

/** What a plugin rule's check returns for each problem it finds. */
export interface PluginFinding {
  message: string;
  /** 1-based line in the report; omitted or null when the finding is about the report as a whole. */
  line?: number | null;
}

/** A rule shipped by a plugin. */
export interface PluginRule {
  /** `<plugin name>/<rule>`, the rule part kebab-case. */
  id: string;
  /** One line, shown by `fsar rules`. */
  description: string;
  /** The level it runs at unless the config says otherwise. */
  defaultLevel: LevelSetting;
  /** Markdown documentation, shown by `fsar explain`. */
  docs?: string;
  /** Judges one report; must not mutate it, and must return synchronously. Throwing stops the run (exit 2). */
  check(report: ReportRecord, context: RuleContext): readonly PluginFinding[];
}

/** What a plugin module exports by default. */
export interface Plugin {
  /** Kebab-case; every rule id starts with `<name>/`. */
  name: string;
  rules: readonly PluginRule[];
}

/** Identity helper that types a plugin rule; a plain object works as well. */
export function defineRule(rule: PluginRule): PluginRule {
  return rule;
}

/** Identity helper that types a plugin; a plain object works as well. */
export function definePlugin(plugin: Plugin): Plugin {
  return plugin;
}

/** The plugin a rule id belongs to, or null for built-in and custom rules (their ids have no `/`). */
export function pluginOfRule(ruleId: string): string | null {
  const slash = ruleId.indexOf("/");
  return slash === -1 ? null : ruleId.slice(0, slash);
}

const findingsSchema = z.array(
  z.object({
    message: z.string().min(1),
    line: z.number().int().min(1).nullable().optional(),
  }),
);

/** Adapts a plugin rule to the engine's rule shape; the one place the two shapes meet. */
export function adaptPluginRule(plugin: Plugin, rule: PluginRule): ReportRule<Record<string, never>> {
  return {
    id: rule.id,
    meta: {
      description: rule.description,
      defaultLevel: rule.defaultLevel,
      docs: rule.docs ?? `A rule of the plugin "${plugin.name}".`,
      options: z.object({}).strict(),
    },
    check(record, _options, context): RuleFinding[] {
      // A copy: a plugin that mutates its report must not change what later rules see.
      const found: unknown = rule.check(structuredClone(record), { ...context });
      const parsed = findingsSchema.safeParse(found);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Error(`check must return an array of { message, line? } (${issue.path.join(".") || "result"}: ${issue.message})`);
      }
      return parsed.data.map((finding) => ({ message: finding.message, line: finding.line ?? null, column: finding.line ? 1 : null }));
    },
  };
}
