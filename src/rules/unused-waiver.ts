import { z } from "zod";
import { UNUSED_WAIVER } from "../core/diagnostics.js";
import { defineRule } from "../core/rule.js";

/** Findings come from the config's waivers; the rule exists so it can be listed, explained and re-levelled. */
export const unusedWaiver = defineRule({
  id: UNUSED_WAIVER.id,
  reportedBy: "waivers",
  meta: {
    ...UNUSED_WAIVER.meta,
    description: "Every active waiver in the config suppresses at least one finding",
    defaultLevel: "warn",
    docs: `A waiver that suppresses nothing has outlived its reason (the findings were fixed, or the report is
gone) and would silently cover the next problem of that kind: remove it. Judged per run, so an audit of only
some reports can warn about waivers for the others.

Example:

\`\`\`
fsar.config.yaml
  7:5  warn  waiver for "legacy/**" (secrets) suppressed no finding in this run: remove it once the findings are fixed  unused-waiver
\`\`\``,
    options: () => z.object({}).strict(),
  },
});
