import { describe, expect, it } from "vitest";
import { jsonOf, parseRecord, runRule, SEED } from "../../test/helpers/seed-report.js";
import { staleReport } from "./stale-report.js";

// The seed's timestamp is 2026-01-02T03:20:46.775Z, on line 3.
describe("stale-report", () => {
  it("is off by default (fsar:recommended)", () => {
    expect(staleReport.meta.defaultLevel).toBe("off");
  });

  it("passes a report younger than maxAgeDays", () => {
    expect(runRule(staleReport, SEED, { now: new Date("2026-03-01T00:00:00Z") })).toEqual([]);
  });

  it("flags a report older than maxAgeDays on its timestamp", () => {
    expect(runRule(staleReport, SEED, { now: new Date("2026-11-26T00:00:00Z") })).toEqual([
      { message: "the report is 327 days old, older than 90 days", line: 3, column: 14 },
    ]);
  });

  it("honours a configured maxAgeDays", () => {
    expect(runRule(staleReport, SEED, { now: new Date("2026-11-26T00:00:00Z"), options: { maxAgeDays: 400 } })).toEqual([]);
  });

  it("reports a twin pair on its md file only, and a json report that stands alone", () => {
    const now = new Date("2026-11-26T00:00:00Z");
    const md = parseRecord(SEED);
    const json = jsonOf(md);
    expect(runRule(staleReport, json, { now, twin: md, file: "fsar_proposal_x.json" })).toEqual([]);
    expect(runRule(staleReport, SEED, { now, twin: parseRecord(json, "fsar_proposal_x.json") })).toHaveLength(1);
    expect(runRule(staleReport, json, { now, file: "fsar_proposal_x.json" })).toHaveLength(1);
  });

  it("leaves an unreadable timestamp to the timestamp rule", () => {
    expect(runRule(staleReport, SEED.replace("2026-01-02T03:20:46.775Z", "yesterday"))).toEqual([]);
  });
});
