import { z } from "zod";
import { compilePattern, PATTERN_FLAGS } from "../core/pattern.js";

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const textMatcherShape = {
  matches: z.string().optional().describe("A pattern (RE2 syntax: no backreferences or lookaround) the text must contain"),
  notMatches: z.string().optional().describe("A pattern the text must not contain"),
  flags: z.string().regex(PATTERN_FLAGS, "flags are letters among i (ignore case), m (^ and $ at line ends), s (. matches newlines)").optional().describe("Pattern flags: i, m, s"),
};

function hasPattern(matcher: { matches?: string | undefined; notMatches?: string | undefined }): boolean {
  return matcher.matches !== undefined || matcher.notMatches !== undefined;
}

const textMatcherSchema = z
  .object(textMatcherShape)
  .strict()
  .refine(hasPattern, "give matches, notMatches or both")
  .describe("A condition on text: matches and notMatches are patterns");

const riskMatcherSchema = z
  .object({ ...textMatcherShape, category: textMatcherSchema.optional().describe("A condition on the risk's `Category:` prefix (empty when it has none)") })
  .strict()
  .refine((matcher) => hasPattern(matcher) || matcher.category !== undefined, "give matches, notMatches, category or a mix")
  .describe("A condition on one risk: its text and its category");

function listMatcherSchema<Item extends z.ZodType>(item: Item, noun: string) {
  return z
    .object({
      min: z.number().int().min(0).optional().describe(`At least this many ${noun}`),
      max: z.number().int().min(0).optional().describe(`At most this many ${noun}`),
      some: item.optional().describe(`At least one of the ${noun} meets this condition`),
      every: item.optional().describe(`Every one of the ${noun} meets this condition (true when there are none)`),
      none: item.optional().describe(`None of the ${noun} meets this condition`),
    })
    .strict()
    .refine((list) => Object.keys(list).length > 0, "give min, max, some, every or none");
}

const conditionsSchema = z
  .object({
    id: textMatcherSchema.optional(),
    proposal: textMatcherSchema.optional(),
    severity: z
      .object({ min: z.number().optional().describe("At least this severity"), max: z.number().optional().describe("At most this severity") })
      .strict()
      .refine((range) => range.min !== undefined || range.max !== undefined, "give min, max or both")
      .refine((range) => range.min === undefined || range.max === undefined || range.min <= range.max, "min must not be above max")
      .optional(),
    block_execution: z.object({ equals: z.boolean() }).strict().optional(),
    risks: listMatcherSchema(riskMatcherSchema, "risks").optional(),
    mitigations: listMatcherSchema(textMatcherSchema, "mitigations").optional(),
  })
  .strict();

/** Conditions on a report's fields; every one must hold. */
export type CustomConditions = z.output<typeof conditionsSchema>;
export type TextMatcher = z.output<typeof textMatcherSchema>;
export type RiskMatcher = z.output<typeof riskMatcherSchema>;

/** Every pattern in a rule's conditions, with its path inside the rule, so each is checked and compiled the same way. */
export function patternsOf(rule: { when?: CustomConditions | undefined; require?: CustomConditions | undefined }): Array<{ path: PropertyKey[]; pattern: string; flags: string }> {
  const found: Array<{ path: PropertyKey[]; pattern: string; flags: string }> = [];
  const fromText = (matcher: TextMatcher | RiskMatcher | undefined, path: PropertyKey[]) => {
    if (!matcher) return;
    for (const key of ["matches", "notMatches"] as const) {
      const pattern = matcher[key];
      if (pattern !== undefined) found.push({ path: [...path, key], pattern, flags: matcher.flags ?? "" });
    }
    if ("category" in matcher) fromText(matcher.category, [...path, "category"]);
  };
  for (const part of ["when", "require"] as const) {
    const conditions = rule[part];
    if (!conditions) continue;
    fromText(conditions.id, [part, "id"]);
    fromText(conditions.proposal, [part, "proposal"]);
    for (const list of ["risks", "mitigations"] as const) {
      for (const quantifier of ["some", "every", "none"] as const) fromText(conditions[list]?.[quantifier], [part, list, quantifier]);
    }
  }
  return found;
}

/** One declarative rule in `customRules`. */
export const customRuleSchema = z
  .object({
    id: z.string().regex(KEBAB_CASE, "a custom rule id is kebab-case (e.g. payments-need-sign-off)").describe("The rule id, kebab-case; it must not be a built-in rule's id"),
    description: z.string().min(1).describe("One line, shown by `fsar rules`"),
    level: z.enum(["error", "warn"]).describe("The level of its findings; `rules` and `overrides` can change it or switch it off"),
    when: conditionsSchema.optional().describe("Conditions that must all hold for the rule to apply (omitted: it always applies)"),
    require: conditionsSchema.optional().describe("Requirements that must all hold, or the rule fires"),
    message: z.string().min(1).describe("The finding's message"),
  })
  .strict()
  .superRefine((rule, ctx) => {
    if (rule.when === undefined && rule.require === undefined) ctx.addIssue({ code: "custom", message: `rule "${rule.id}" needs when, require or both` });
    for (const { path, pattern, flags } of patternsOf(rule)) {
      try {
        compilePattern(pattern, flags);
      } catch (error) {
        ctx.addIssue({ code: "custom", path, message: `rule "${rule.id}" has an invalid pattern ${JSON.stringify(pattern)}: ${(error as Error).message}` });
      }
    }
  });

export type CustomRuleDefinition = z.output<typeof customRuleSchema>;

/** `customRules:` rules written in the config itself. */
export const customRulesSchema = z.array(customRuleSchema).describe("Rules written in the config: when these conditions hold, require these");
