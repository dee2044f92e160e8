import { z } from "zod";
import { defineTimedRule } from "../core/rule.js";
import { DAY_MS, instantOf } from "../core/dates.js";

export const staleReport = defineTimedRule({
  id: "stale-report",
  meta: {
    description: "The report is not older than maxAgeDays",
    defaultLevel: "off",
    docs: `A report judges a proposal as the system stood when it was written; an old one may no longer describe what
will run. Fires when the report's timestamp is more than \`maxAgeDays\` (default 90) before now. Off in
\`fsar:recommended\`, a warning in \`fsar:strict\`. An unreadable timestamp is the \`timestamp\` rule's concern. An md report and its json twin are one
report: the finding is on the md file only (on the json file when it stands alone).

Example (with \`--now 2026-11-26T00:00:00Z\`):

\`\`\`
- timestamp: 2026-01-02T03:20:46.775Z
  3:14  warn  the report is 327 days old, older than 90 days  stale-report
\`\`\``,
    messages: { stale: "the report is {days} days old, older than {maxAgeDays} days" },
    identity: ["maxAgeDays"],
    options: () => z
      .object({
        maxAgeDays: z.number().min(0).default(90).describe("The age in days above which a report is stale"),
      })
      .strict(),
  },
  observe(record, _options, { twin }) {
    // Twins are one report: its md form carries the finding.
    const judged = !(record.format === "json" && twin?.format === "markdown");
    return { instant: judged ? instantOf(record.timestamp) : null, at: record.positions.timestamp };
  },
  judge({ instant, at }, { maxAgeDays }, { now }) {
    if (instant === null) return [];
    const age = (now.getTime() - instant) / DAY_MS;
    if (age <= maxAgeDays) return [];
    return [{ messageId: "stale", data: { days: Math.floor(age), maxAgeDays }, line: at.line, column: at.column }];
  },
});
