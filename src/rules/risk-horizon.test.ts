import { testRule } from "../../test/helpers/rule-tester.js";
import { SEED } from "../../test/helpers/seed-report.js";
import { riskHorizon } from "./risk-horizon.js";

// The seed's first risk: "- Slow failure: unnoticed degradation accumulating by 2028-01-01" on line 30; "by" at column 52.
const passed = (date: string, when: string, line = 30) => ({
  messageId: "horizonPassed",
  data: { date, when },
  message: `the horizon the report named, ${date}, ${when}`,
  line,
  column: 52,
  level: "error" as const,
});

testRule(riskHorizon, {
  valid: [
    { name: "passes a horizon more than warnDays away", report: SEED, now: new Date("2026-11-26T00:00:00Z") },
    { name: "honours a configured warnDays", report: SEED, now: new Date("2027-11-01T00:00:00Z"), options: { warnDays: 30 } },
    { name: "ignores a date that does not exist", report: SEED.replace("by 2028-01-01", "by 2027-02-30"), now: new Date("2028-01-15T00:00:00Z") },
  ],
  invalid: [
    {
      name: "warns within warnDays before the horizon",
      report: SEED,
      now: new Date("2027-11-01T00:00:00Z"),
      findings: [{ messageId: "horizonNear", data: { date: "2028-01-01", left: "61 days" }, message: "the horizon the report named, 2028-01-01, is 61 days away", line: 30, column: 52, level: "warn" }],
    },
    { name: "fails on the horizon day, claiming only that the date has come", report: SEED, now: new Date("2028-01-01T08:00:00Z"), findings: [passed("2028-01-01", "is today")] },
    { name: "fails after the horizon day", report: SEED, now: new Date("2028-01-15T00:00:00Z"), findings: [passed("2028-01-01", "has passed (14 days ago)")] },
    { name: "is the documented example", now: new Date("2028-01-15T00:00:00Z"), documented: true, findings: [passed("2028-01-01", "has passed (14 days ago)", 11)] },
  ],
});
