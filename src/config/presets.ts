import type { RuleSetting } from "./schema.js";

/** A preset is a config layer: rule settings on top of each rule's default level. */
export interface Preset {
  rules: Record<string, RuleSetting>;
}

export const presets: Record<string, Preset> = {
  /** Each rule at its default level. */
  "fsar:recommended": { rules: {} },
  /**
   * Every inconsistency is an error, and every declared block fails, as the producer's own gate has it; reports older
   * than 90 days warn. Severity is judged by the risk model, as in recommended.
   */
  "fsar:strict": {
    rules: {
      "block-consistency": "error",
      "block-execution": ["error", { trustKeywords: true }],
      "max-severity": ["error", { trustKeywords: true }],
      "id-format": "error",
      "severity-underreported": "error",
      "stale-report": ["warn", { maxAgeDays: 90 }],
    },
  },
};

export const DEFAULT_PRESET = "fsar:recommended";
