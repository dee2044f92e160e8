import { describe, expect, it } from "vitest";
import { runRule, SEED } from "../../test/helpers/seed-report.js";
import { riskHorizon } from "./risk-horizon.js";

// The seed's first risk: "- Slow failure: unnoticed degradation accumulating by 2028-01-01" on line 30; "by" at column 52.
describe("risk-horizon", () => {
  it("passes a horizon more than warnDays away", () => {
    expect(runRule(riskHorizon, SEED, { now: new Date("2026-11-26T00:00:00Z") })).toEqual([]);
  });

  it("warns within warnDays before the horizon", () => {
    expect(runRule(riskHorizon, SEED, { now: new Date("2027-11-01T00:00:00Z") })).toEqual([
      { message: "risk horizon 2028-01-01 is 61 days away", line: 30, column: 52, level: "warn" },
    ]);
  });

  it("honours a configured warnDays", () => {
    expect(runRule(riskHorizon, SEED, { now: new Date("2027-11-01T00:00:00Z"), options: { warnDays: 30 } })).toEqual([]);
  });

  it("fails from the horizon day on: the predicted failure is due", () => {
    expect(runRule(riskHorizon, SEED, { now: new Date("2028-01-01T08:00:00Z") })).toEqual([
      { message: "risk horizon 2028-01-01 is today: the failure this risk predicted is now due", line: 30, column: 52, level: "error" },
    ]);
    expect(runRule(riskHorizon, SEED, { now: new Date("2028-01-15T00:00:00Z") })).toEqual([
      { message: "risk horizon 2028-01-01 passed 14 days ago: the failure this risk predicted is now due", line: 30, column: 52, level: "error" },
    ]);
  });

  it("ignores a date that does not exist", () => {
    expect(runRule(riskHorizon, SEED.replace("by 2028-01-01", "by 2027-02-30"), { now: new Date("2028-01-15T00:00:00Z") })).toEqual([]);
  });
});
