import { ENHANCED_GATE_MODEL } from "../rules/severity-underreported.js";
import type { RuleSetting } from "./schema.js";

/** A preset is a config layer: rule settings on top of each rule's default level. */
export interface Preset {
  rules: Record<string, RuleSetting>;
}

export const presets: Record<string, Preset> = {
  /** Each rule at its default level. */
  "fsar:recommended": { rules: {} },
  /** Every inconsistency is an error; severity is also judged by the enhanced gate's L × D × R model; reports older than 90 days warn. */
  "fsar:strict": {
    rules: {
      "block-consistency": "error",
      "id-format": "error",
      "severity-underreported": ["error", { model: ENHANCED_GATE_MODEL }],
      "stale-report": ["warn", { maxAgeDays: 90 }],
    },
  },
};

export const DEFAULT_PRESET = "fsar:recommended";
