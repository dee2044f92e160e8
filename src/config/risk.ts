import { z } from "zod";
import { userPatternSchema } from "../core/pattern.js";
import { RISK_CATEGORIES } from "../risk/categories.js";
import { BUILT_IN_SIGNAL_IDS, REFERENCE_SCALE } from "../risk/model.js";

const weightSchema = z.number().min(0).max(REFERENCE_SCALE.max);
const offOrWeight = z.union([z.literal("off"), weightSchema]);

/** The `risk:` section: how the proposal's content is assessed (signals, categories, template lines). */
export const riskConfigSchema = z
  .object({
    signals: z
      .record(z.string(), offOrWeight)
      .superRefine((signals, ctx) => {
        for (const id of Object.keys(signals)) {
          if (!BUILT_IN_SIGNAL_IDS.includes(id)) ctx.addIssue({ code: "custom", path: [id], message: `unknown signal "${id}" (see \`fsar explain risk\` for the built-in ones)` });
        }
      })
      .optional()
      .describe("Built-in signals by id: off, or a weight on the 0-75 scale (review from 25, block from 45)"),
    categories: z
      .partialRecord(z.enum(RISK_CATEGORIES), z.union([z.literal("off"), z.number().min(0)]))
      .optional()
      .describe("Categories: off, or a factor every signal of the category is multiplied by (1 keeps the weights)"),
    add: z
      .array(
        z
          .object({
            id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "lowercase letters, digits and dashes"),
            category: z.enum(RISK_CATEGORIES),
            pattern: userPatternSchema().describe("RE2 syntax, case-insensitive; ^ and $ match at line ends"),
            weight: weightSchema.describe("On the 0-75 scale: review from 25, block from 45"),
            description: z.string().min(1).optional().describe("Why a reviewer stops at it, shown by fsar explain"),
          })
          .strict(),
      )
      .optional()
      .describe("More signals"),
    ignore: z.array(userPatternSchema()).optional().describe("RE2 patterns: proposal lines matching one are not evidence (another producer's template lines)"),
    templates: z.enum(["lifeos", "none"]).optional().describe("The known producer's template lines to ignore (lifeos, the default) or none"),
  })
  .strict()
  .superRefine((risk, ctx) => {
    const ids = new Set(BUILT_IN_SIGNAL_IDS);
    (risk.add ?? []).forEach((signal, index) => {
      if (ids.has(signal.id)) ctx.addIssue({ code: "custom", path: ["add", index, "id"], message: `signal "${signal.id}" is already defined` });
      ids.add(signal.id);
    });
  });

export type RiskConfig = z.infer<typeof riskConfigSchema>;

/** Later layers win signal by signal and category by category; added signals and ignore patterns accumulate. */
export function mergeRiskConfigs(earlier: RiskConfig | undefined, later: RiskConfig | undefined): RiskConfig | undefined {
  if (!earlier || !later) return later ?? earlier;
  return {
    signals: { ...earlier.signals, ...later.signals },
    categories: { ...earlier.categories, ...later.categories },
    add: [...(earlier.add ?? []), ...(later.add ?? [])],
    ignore: [...(earlier.ignore ?? []), ...(later.ignore ?? [])],
    ...(later.templates ?? earlier.templates ? { templates: later.templates ?? earlier.templates } : {}),
  };
}
