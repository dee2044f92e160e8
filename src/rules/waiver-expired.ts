import { z } from "zod";
import { WAIVER_EXPIRED } from "../core/diagnostics.js";
import { defineRule } from "../core/rule.js";

/** Findings come from the config's waivers; the rule exists so it can be listed, explained and re-levelled. */
export const waiverExpired = defineRule({
  id: WAIVER_EXPIRED.id,
  reportedBy: "waivers",
  meta: {
    ...WAIVER_EXPIRED.meta,
    description: "A waiver in the config has reached its expiry date",
    defaultLevel: "error",
    docs: `A waiver accepts a report's findings for a while, with a reason and an expiry date (both required):

\`\`\`yaml
waivers:
  - report: fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286   # an id, or a glob of report files
    rules: [severity-underreported]
    reason: "legacy report, superseded by the Q3 review"
    expires: 2027-01-31
\`\`\`

Until that day the findings are kept but suppressed (json and SARIF show them with the reason; they neither
count nor fail). From that day on the waiver suppresses nothing and is itself an error on its line in the
config, so the decision gets made again.

Example:

\`\`\`
fsar.config.yaml
  2:5  error  waiver for "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286" (severity-underreported) expired on 2027-01-31: its findings count again (legacy report, superseded by the Q3 review)  waiver-expired
\`\`\``,
    options: () => z.object({}).strict(),
  },
});
