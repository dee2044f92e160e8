import { z } from "zod";
import type { FindingData, LevelSetting, RuleFinding } from "./finding.js";
import type { ReportRecord } from "./record.js";
import { ReportText } from "./report-text.js";
import type { ReportRule, RuleContext } from "./rule.js";

/** A rule shipped by a plugin: the shape of built-in rules (write it with `defineRule`). */
export type PluginRule = ReportRule<unknown>;

/** What a rule of the first plugin API returned for each problem: still accepted, rendered as its own message. */
export interface PluginFinding {
  message: string;
  /** 1-based line in the report; omitted or null when the finding is about the report as a whole. */
  line?: number | null;
}

/**
 * A plugin rule in the first plugin API: still loaded, with its findings' messages as their identity.
 * @deprecated Write `defineRule({ id, meta: { description, defaultLevel, docs, messages }, check })` instead.
 */
export interface LegacyPluginRule {
  id: string;
  description: string;
  defaultLevel: LevelSetting;
  docs?: string;
  check(report: ReportRecord, context: RuleContext): readonly PluginFinding[];
}

/** What a plugin module exports by default. */
export interface Plugin {
  /** Kebab-case; every rule id starts with `<name>/`. */
  name: string;
  rules: ReadonlyArray<PluginRule | LegacyPluginRule>;
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

const position = z.number().int().min(1).nullable().optional();

const legacyFindingsSchema = z.array(z.object({ message: z.string().min(1), line: position }));

const findingsSchema = z.array(
  z
    .object({
      messageId: z.string().min(1),
      data: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
      line: position,
      column: position,
      level: z.enum(["error", "warn"]).optional(),
    })
    .strict(),
);

function checkResult<T>(schema: z.ZodType<T>, found: unknown, shape: string): T {
  const parsed = schema.safeParse(found);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`check must return an array of ${shape} (${issue.path.join(".") || "result"}: ${issue.message})`);
  }
  return parsed.data;
}

/** A copy of the record and of the context: a plugin that mutates its report must not change what later rules see. */
function isolated(record: ReportRecord, context: RuleContext): [ReportRecord, RuleContext] {
  const copy = structuredClone(record);
  return [copy, { ...context, text: new ReportText(copy) }];
}

function isLegacy(rule: PluginRule | LegacyPluginRule): rule is LegacyPluginRule {
  return !("meta" in rule);
}

/** Adapts a plugin rule to the engine's rule shape; the one place plugin rules and built-in rules meet. */
export function adaptPluginRule(plugin: Plugin, rule: Plugin["rules"][number]): ReportRule<unknown> {
  if (isLegacy(rule)) {
    return {
      id: rule.id,
      meta: {
        description: rule.description,
        defaultLevel: rule.defaultLevel,
        docs: rule.docs ?? `A rule of the plugin "${plugin.name}".`,
        messages: { message: "{message}" },
        options: z.object({}).strict(),
      },
      check(record, _options, context): RuleFinding[] {
        const found = checkResult(legacyFindingsSchema, rule.check(...isolated(record, context)), "{ message, line? }");
        return found.map((finding) => ({ messageId: "message", data: { message: finding.message }, line: finding.line ?? null, column: finding.line ? 1 : null }));
      },
    };
  }
  const { messages } = rule.meta;
  return {
    id: rule.id,
    // A plain-object rule of a JavaScript plugin may leave out options when it takes none.
    meta: { ...rule.meta, options: (rule.meta.options as z.ZodType | undefined) ?? z.object({}).strict() },
    check(record, options, context): RuleFinding[] {
      const [copy, copiedContext] = isolated(record, context);
      const found = checkResult(findingsSchema, rule.check(copy, options, copiedContext), "{ messageId, data?, line?, column?, level? }");
      for (const finding of found) {
        if (!Object.hasOwn(messages, finding.messageId)) throw new Error(`check returned messageId ${JSON.stringify(finding.messageId)}, which meta.messages does not define`);
      }
      return found.map((finding) => ({ ...finding, data: finding.data as FindingData | undefined }));
    },
  };
}
