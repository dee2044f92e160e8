import { z } from "zod";
import type { RuleFinding } from "../core/finding.js";
import { DAY_MS, dayStart } from "../core/dates.js";
import { defineTimedRule } from "../core/rule.js";

const HORIZON = /\bby (\d{4})-(\d{2})-(\d{2})\b/gi;
const DATE = /(\d{4})-(\d{2})-(\d{2})/;

export const riskHorizon = defineTimedRule({
  id: "risk-horizon",
  meta: {
    description: "A risk's \"by YYYY-MM-DD\" horizon has not arrived",
    defaultLevel: "error",
    docs: `Risks carry horizons: \`Slow failure: unnoticed degradation accumulating by 2028-01-01\`. From that day on
the report's own horizon has passed, and the proposal it judged deserves a fresh look: an error. Within
\`warnDays\` (default 90) before it, a warning. "Now" is \`--now\` when given. An md report and its json twin
are one report: the finding is on the md file only (on the json file when it stands alone).

Example (with \`--now 2028-01-15\`):

\`\`\`
## Risks
- Slow failure: unnoticed degradation accumulating by 2028-01-01
  11:52  error  the horizon the report named, 2028-01-01, has passed (14 days ago)  risk-horizon
\`\`\``,
    messages: {
      horizonPassed: "the horizon the report named, {date}, {when}",
      horizonNear: "the horizon the report named, {date}, is {left} away",
    },
    identity: ["date"],
    options: () => z
      .object({
        warnDays: z.number().int().min(0).default(90).describe("Warn this many days before a horizon"),
      })
      .strict(),
  },
  // Where the horizons stand is read once per report; how far off they are is judged on every run.
  observe(record, _options, { text, twin }) {
    const horizons: Array<{ date: string; time: number; line: number; column: number | null }> = [];
    // Twins are one report: its md form carries the finding.
    if (record.format === "json" && twin?.format === "markdown") return horizons;
    // HORIZON holds a literal space and digits only, so it cannot reach across a line.
    for (const match of text.findSingleLineMatches(["risks"], HORIZON)) {
      const [, year, month, day] = DATE.exec(match.text)!;
      const horizon = dayStart(Number(year), Number(month), Number(day));
      if (horizon) horizons.push({ date: `${year}-${month}-${day}`, time: horizon.getTime(), line: match.line, column: match.column });
    }
    return horizons;
  },
  judge(horizons, { warnDays }, { now }) {
    const findings: Array<RuleFinding<"horizonPassed" | "horizonNear">> = [];
    for (const { date, time, line, column } of horizons) {
      const days = Math.floor((now.getTime() - time) / DAY_MS);
      if (now.getTime() >= time) {
        const when = days === 0 ? "is today" : `has passed (${days} day${days === 1 ? "" : "s"} ago)`;
        findings.push({ messageId: "horizonPassed", data: { date, when }, line, column, level: "error" });
      } else if (time - now.getTime() <= warnDays * DAY_MS) {
        const left = Math.ceil((time - now.getTime()) / DAY_MS);
        findings.push({ messageId: "horizonNear", data: { date, left: `${left} day${left === 1 ? "" : "s"}` }, line, column, level: "warn" });
      }
    }
    return findings;
  },
});
