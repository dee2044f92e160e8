import { describe, expect, it } from "vitest";
import { jsonOf, parseRecord, runRule, SEED } from "../../test/helpers/seed-report.js";
import { riskHorizon } from "./risk-horizon.js";

// The seed's first risk: "- Slow failure: unnoticed degradation accumulating by 2028-01-01" on line 30; "by" at column 52.
describe("risk-horizon", () => {
  it("passes a horizon more than warnDays away", () => {
    expect(runRule(riskHorizon, SEED, { now: new Date("2026-11-26T00:00:00Z") })).toEqual([]);
  });

  it("warns within warnDays before the horizon", () => {
    expect(runRule(riskHorizon, SEED, { now: new Date("2027-11-01T00:00:00Z") })).toEqual([
      { message: "the horizon the report named, 2028-01-01, is 61 days away", line: 30, column: 52, level: "warn" },
    ]);
  });

  it("honours a configured warnDays", () => {
    expect(runRule(riskHorizon, SEED, { now: new Date("2027-11-01T00:00:00Z"), options: { warnDays: 30 } })).toEqual([]);
  });

  it("fails from the horizon day on, claiming only that the date has come", () => {
    expect(runRule(riskHorizon, SEED, { now: new Date("2028-01-01T08:00:00Z") })).toEqual([
      { message: "the horizon the report named, 2028-01-01, is today", line: 30, column: 52, level: "error" },
    ]);
    expect(runRule(riskHorizon, SEED, { now: new Date("2028-01-15T00:00:00Z") })).toEqual([
      { message: "the horizon the report named, 2028-01-01, has passed (14 days ago)", line: 30, column: 52, level: "error" },
    ]);
  });

  it("reports a twin pair on its md file only, and a json report that stands alone", () => {
    const now = new Date("2028-01-15T00:00:00Z");
    const md = parseRecord(SEED);
    const json = jsonOf(md);
    expect(runRule(riskHorizon, json, { now, twin: md, file: "fsar_proposal_x.json" })).toEqual([]);
    expect(runRule(riskHorizon, SEED, { now, twin: parseRecord(json, "fsar_proposal_x.json") })).toHaveLength(1);
    expect(runRule(riskHorizon, json, { now, file: "fsar_proposal_x.json" })).toHaveLength(1);
  });

  it("ignores a date that does not exist", () => {
    expect(runRule(riskHorizon, SEED.replace("by 2028-01-01", "by 2027-02-30"), { now: new Date("2028-01-15T00:00:00Z") })).toEqual([]);
  });
});
