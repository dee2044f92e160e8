import { z } from "zod";
import { DEFAULT_SCALE } from "../core/band.js";
import type { Rule } from "../core/rule.js";
import { PARSER_RULES } from "../rules/index.js";
import { waiversSchema } from "./waivers.js";
import { customRulesSchema } from "./custom-rules.js";
import { pluginsSchema } from "./plugins.js";
import { riskConfigSchema } from "./risk.js";

export const levelSettingSchema = z.enum(["off", "warn", "error"]).describe("off switches the rule off; warn and error set the level of its findings");

function ruleSettingSchema(rule: Rule): z.ZodType {
  return z
    .union([levelSettingSchema, z.tuple([levelSettingSchema]), z.tuple([levelSettingSchema, rule.meta.options])])
    .describe(`${rule.meta.description}. A level, or [level, options].`);
}

/** `rules:` maps known rule ids to a level or [level, options]; an unknown id is an error. */
export function rulesSchema(rules: readonly Rule[]) {
  const shape: Record<string, z.ZodType> = {};
  for (const rule of rules) shape[rule.id] = ruleSettingSchema(rule).optional();
  return z.object(shape).strict().describe("Rule levels and options, by rule id");
}

const globsSchema = z.array(z.string().min(1));

/** The parser's rules stay on, so a report that cannot be read never passes; the message names its rule itself. */
function parserRulesStayOn(rules: Readonly<Record<string, unknown>>, ctx: z.RefinementCtx): void {
  for (const id of PARSER_RULES) {
    const setting = rules[id];
    if (setting === "off" || (Array.isArray(setting) && setting[0] === "off")) {
      ctx.addIssue({ code: "custom", path: [id], message: `rule "${id}" cannot be switched off: a report that cannot be read never passes`, params: { namesKey: true } });
    }
  }
}

/** The config file's schema, built from the rules it may name. The JSON Schema is generated from it. */
export function configSchema(rules: readonly Rule[]) {
  const ruleMap = rulesSchema(rules);
  return z
    .object({
      $schema: z.string().optional().describe("The JSON Schema this file follows, for editors"),
      extends: z
        .union([z.string(), z.array(z.string())])
        .optional()
        .describe("Configs to start from: presets (fsar:recommended, the default, or fsar:strict), config files (relative to this file) or packages; later entries and this file win"),
      severity: z
        .object({
          max: z.number().positive().optional().describe("Top of the severity scale (default 75)"),
          review: z.number().min(0).optional().describe("Severity at and above which a report needs human review (default 25)"),
          block: z.number().min(0).optional().describe("Severity at and above which a report blocks (default 45)"),
        })
        .strict()
        .superRefine((scale, ctx) => {
          const { max, review, block } = { ...DEFAULT_SCALE, ...scale };
          if (!(review <= block && block <= max)) {
            ctx.addIssue({ code: "custom", message: `the scale must satisfy review <= block <= max (got review ${review}, block ${block}, max ${max})` });
          }
        })
        .optional()
        .describe("The severity scale: the real gates disagree, so it is configurable"),
      risk: riskConfigSchema.optional().describe("How the proposal's content is assessed: signals, categories and template lines (see fsar explain risk)"),
      // Checked even when other rules' settings are wrong, so that one parse gives every problem.
      rules: ruleMap.superRefine(parserRulesStayOn, { when: (payload) => typeof payload.value === "object" && payload.value !== null }).optional(),
      include: globsSchema.optional().describe("What `fsar audit` audits when given no paths (globs or folders, relative to this file)"),
      exclude: globsSchema.optional().describe("Globs of files never audited in a folder walk (relative to this file)"),
      overrides: z
        .array(
          z
            .object({
              files: globsSchema.min(1).describe("Globs (relative to this file) of the reports this override applies to"),
              rules: ruleMap,
            })
            .strict(),
        )
        .optional()
        .describe("Rule settings for some files only; later overrides win"),
      waivers: waiversSchema(rules).optional(),
      customRules: customRulesSchema.optional(),
      plugins: pluginsSchema.optional(),
    })
    .strict();
}

export type ConfigSchema = ReturnType<typeof configSchema>;
/** A config file as written (before presets are applied). */
export type ConfigFile = z.input<ConfigSchema>;
export type RuleSetting = "off" | "warn" | "error" | ["off" | "warn" | "error"] | ["off" | "warn" | "error", unknown];
