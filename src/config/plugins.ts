import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "zod";
import { adaptPluginRule, type Plugin, type PluginRule } from "../core/plugin.js";
import type { ReportRule } from "../core/rule.js";
import { ConfigError } from "./config-error.js";

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `plugins:` paths (relative to the config) or package names (resolved from the config's folder). */
export const pluginsSchema = z
  .array(z.string().min(1))
  .describe("Plugins: ES modules whose default export is { name, rules }; a path relative to this file, or a package name");

const isFunction = (value: unknown): boolean => typeof value === "function";
const level = z.enum(["off", "warn", "error"]);

/** A rule as built-in rules are written (`defineRule`); `meta.options` may be left out by a rule that takes none. */
const ruleSchema = z
  .object({
    id: z.string(),
    meta: z
      .object({
        description: z.string().min(1),
        defaultLevel: level,
        docs: z.string().min(1),
        messages: z.record(z.string(), z.string().min(1)).refine((messages) => Object.keys(messages).length > 0, "a rule needs at least one message"),
        identity: z.array(z.string()).optional(),
        options: z.custom<z.ZodType>((value) => typeof value === "object" && value !== null && isFunction((value as { safeParse?: unknown }).safeParse), "must be a zod schema").optional(),
      })
      .strict(),
    check: z.custom<PluginRule["check"]>(isFunction, "must be a function"),
  })
  .strict();

/** The first plugin API's rule: still loaded. */
const legacyRuleSchema = z
  .object({
    id: z.string(),
    description: z.string().min(1),
    defaultLevel: level,
    docs: z.string().optional(),
    check: z.custom<PluginRule["check"]>(isFunction, "must be a function"),
  })
  .strict();

const pluginSchema = z.object({
  name: z.string().regex(KEBAB_CASE, "a plugin name is kebab-case"),
  rules: z.array(z.custom<object>((value) => typeof value === "object" && value !== null, "must be an object")),
});

const SHAPE = "its default export must be { name, rules: [defineRule({ id, meta: { description, defaultLevel, docs, messages }, check })] }";
const LEGACY_SHAPE = "its default export must be { name, rules: [{ id, description, defaultLevel, check }] }";

function validateRule(rule: object, index: number): void {
  const modern = "meta" in rule;
  const parsed = (modern ? ruleSchema : legacyRuleSchema).safeParse(rule);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${modern ? SHAPE : LEGACY_SHAPE} (${["rules", index, ...issue.path].join(".")}: ${issue.message})`);
  }
}

/** A path when it starts with `.` or `/` (or is absolute); anything else is a package name. */
export function isPathSpecifier(specifier: string): boolean {
  return specifier.startsWith(".") || isAbsolute(specifier);
}

/** The file a path or package name names, resolved from the config file that names it. */
export function resolveSpecifier(specifier: string, configFile: string): string {
  if (isPathSpecifier(specifier)) return resolve(configFile, "..", specifier);
  return createRequire(configFile).resolve(specifier);
}

function validatePlugin(exported: unknown): Plugin {
  const parsed = pluginSchema.safeParse(exported);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${SHAPE} (${issue.path.join(".") || "default export"}: ${issue.message})`);
  }
  // The module's own objects, not zod's copies: a rule's check may use `this`.
  const plugin = exported as Plugin;
  plugin.rules.forEach((rule, index) => {
    validateRule(rule, index);
  });
  const seen = new Set<string>();
  for (const rule of plugin.rules) {
    const local = rule.id.startsWith(`${plugin.name}/`) ? rule.id.slice(plugin.name.length + 1) : "";
    if (!KEBAB_CASE.test(local)) throw new Error(`rule id "${rule.id}" must be "${plugin.name}/<kebab-case name>"`);
    if (seen.has(rule.id)) throw new Error(`rule id "${rule.id}" is used twice`);
    seen.add(rule.id);
  }
  return plugin;
}

/** An error's first line: Node's module errors go on with a require stack. */
export function firstLineOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

/** A loaded plugin: its name and its rules in the engine's shape. */
export interface LoadedPlugin {
  name: string;
  /** The module file it was loaded from. */
  file: string;
  rules: ReportRule<unknown>[];
}

/**
 * Imports and checks a plugin named in `configFile` (at `line`). Any failure is a ConfigError naming the plugin:
 * a plugin that cannot load must stop the run, never let it pass without its rules.
 */
export async function loadPlugin(specifier: string, where: { file: string; line: number | null }): Promise<LoadedPlugin> {
  const fail = (reason: string): never => {
    throw new ConfigError([{ file: where.file, line: where.line, message: `plugin "${specifier}" failed to load: ${reason}` }]);
  };
  let file: string;
  try {
    file = resolveSpecifier(specifier, where.file);
  } catch (error) {
    return fail(firstLineOf(error));
  }
  if (!existsSync(file)) return fail(`no such file ${file}`);
  let module: { default?: unknown };
  try {
    module = (await import(pathToFileURL(file).href)) as { default?: unknown };
  } catch (error) {
    return fail(firstLineOf(error));
  }
  try {
    const plugin = validatePlugin(module.default);
    return { name: plugin.name, file, rules: plugin.rules.map((rule) => adaptPluginRule(plugin, rule)) };
  } catch (error) {
    return fail(firstLineOf(error));
  }
}
