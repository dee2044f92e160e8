import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Band } from "../core/band.js";
import { buildTrend, type TrendReport } from "./trend.js";

function report(date: string | null, overrides: Partial<Omit<TrendReport, "date">> = {}): TrendReport {
  return { date: date === null ? null : new Date(date), declared: 6, declaredBand: "low", assessedBand: "low", categories: [], blocked: false, boilerplate: null, ...overrides };
}

/** `count` reports on one day, `above` of them assessed at `band` over a declared low. */
function day(date: string, count: number, above: number, band: Band = "block"): TrendReport[] {
  return Array.from({ length: count }, (_, index) => report(`${date}T12:00:00.000Z`, index < above ? { assessedBand: band } : {}));
}

describe("buildTrend", () => {
  it("gives each period's counts, declared median and shares", () => {
    const trend = buildTrend(
      [
        report("2026-01-05T01:00:00Z", { declared: 6, assessedBand: "block", categories: ["destructive-data", "schema-change"], boilerplate: true }),
        report("2026-01-06T01:00:00Z", { declared: 48, declaredBand: "block", assessedBand: "block", blocked: true, categories: ["destructive-data"], boilerplate: false }),
        report("2026-01-07T01:00:00Z", { declared: 6, assessedBand: "review", categories: ["money-movement"], boilerplate: true }),
        report("2026-01-08T01:00:00Z", { declared: 30, declaredBand: "review", assessedBand: "low", boilerplate: false }),
      ],
      { by: "week" },
    );
    expect(trend.periods).toEqual([
      {
        start: "2026-01-05",
        end: "2026-01-11",
        reports: 4,
        declared: { median: 18, atDefault: 0.5 },
        assessed: { low: 1, review: 1, block: 2 },
        gap: 0.5,
        blocked: 0.25,
        boilerplate: 0.5,
        // By count, then by name.
        categories: { "destructive-data": 2, "money-movement": 1, "schema-change": 1 },
      },
    ]);
  });

  it("orders periods oldest first and gives only periods that hold reports", () => {
    const trend = buildTrend([report("2026-03-02T00:00:00Z"), report("2026-01-01T00:00:00Z"), report("2026-01-31T23:59:59Z")], { by: "month" });
    expect(trend.periods.map(({ start, end, reports }) => [start, end, reports])).toEqual([
      ["2026-01-01", "2026-01-31", 2],
      ["2026-03-01", "2026-03-31", 1],
    ]);
  });

  it("gives boilerplate as null when the rule did not run", () => {
    expect(buildTrend([report("2026-01-01T00:00:00Z")], { by: "day" }).periods[0]!.boilerplate).toBeNull();
  });

  it("leaves out undated reports and those outside --since (inclusive) and --until (exclusive), and counts them", () => {
    const trend = buildTrend(
      [report(null), report("2026-01-01T23:59:59.999Z"), report("2026-01-02T00:00:00.000Z"), report("2026-01-02T23:59:59.999Z"), report("2026-01-03T00:00:00.000Z")],
      { by: "day", since: new Date("2026-01-02T00:00:00Z"), until: new Date("2026-01-03T00:00:00Z") },
      2,
    );
    expect(trend.periods.map((period) => [period.start, period.reports])).toEqual([["2026-01-02", 2]]);
    expect(trend.leftOut).toEqual({ unparsed: 2, undated: 1, outOfRange: 2 });
  });

  it("compares the latest gap with the unweighted mean of the earlier periods", () => {
    // Gaps 10%, 30% (a big period counts as much as a small one), then 45%: 25 points above the mean of 20%.
    const trend = buildTrend([...day("2026-01-01", 10, 1), ...day("2026-01-02", 100, 30), ...day("2026-01-03", 20, 9)], { by: "day" });
    expect(trend.comparison).toEqual({ start: "2026-01-03", end: "2026-01-03", gap: 0.45, earlierMean: 0.2, risePoints: 25 });
    expect(trend.alert).toBeNull();
  });

  it("alerts when the rise is more than the threshold, and not when it is exactly the threshold", () => {
    const reports = [...day("2026-01-01", 10, 1), ...day("2026-01-02", 10, 3)];
    expect(buildTrend(reports, { by: "day", failOnRise: 19.99 }).alert).toEqual({ start: "2026-01-02", end: "2026-01-02", gap: 0.3, earlierMean: 0.1, risePoints: 20, thresholdPoints: 19.99 });
    expect(buildTrend(reports, { by: "day", failOnRise: 20 }).alert).toBeNull();
  });

  it("does not alert on a fall, however steep", () => {
    expect(buildTrend([...day("2026-01-01", 10, 10), ...day("2026-01-02", 10, 0)], { by: "day", failOnRise: 0 }).alert).toBeNull();
  });

  it("has nothing to compare with fewer than two periods: no comparison and no alert", () => {
    expect(buildTrend(day("2026-01-01", 10, 10), { by: "day", failOnRise: 0 })).toMatchObject({ comparison: null, alert: null });
    expect(buildTrend([], { by: "day", failOnRise: 0 })).toMatchObject({ periods: [], comparison: null, alert: null });
  });

  it("counts a report in the gap only when its assessed band is above its declared band", () => {
    const trend = buildTrend(
      [
        report("2026-01-01T00:00:00Z", { declaredBand: "review", assessedBand: "review" }),
        report("2026-01-01T00:00:00Z", { declaredBand: "review", assessedBand: "block" }),
        report("2026-01-01T00:00:00Z", { declaredBand: "block", assessedBand: "low" }),
        report("2026-01-01T00:00:00Z", { declaredBand: "low", assessedBand: "review" }),
      ],
      { by: "day" },
    );
    expect(trend.periods[0]!.gap).toBe(0.5);
  });
});

describe("buildTrend on any reports", () => {
  const bands = fc.constantFrom<Band>("low", "review", "block");
  const reports = fc.array(
    fc.record({
      date: fc.option(fc.date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-01-01T00:00:00Z"), noInvalidDate: true }), { nil: null }),
      declared: fc.integer({ min: 0, max: 75 }),
      declaredBand: bands,
      assessedBand: bands,
      categories: fc.uniqueArray(fc.constantFrom("destructive-data", "money-movement", "personal-data")),
      blocked: fc.boolean(),
      boilerplate: fc.constant(null),
    }),
    { maxLength: 60 },
  );

  it("puts every dated report in range in exactly one period, oldest first, with shares between 0 and 1", () => {
    fc.assert(
      fc.property(reports, fc.constantFrom("day" as const, "week" as const, "month" as const), (input, by) => {
        const trend = buildTrend(input, { by, since: new Date("2021-01-01T00:00:00Z") });
        const counted = trend.periods.reduce((sum, period) => sum + period.reports, 0);
        expect(counted + trend.leftOut.undated + trend.leftOut.outOfRange).toBe(input.length);
        expect(trend.periods.map((period) => period.start)).toEqual(trend.periods.map((period) => period.start).sort());
        for (const period of trend.periods) {
          expect(period.assessed.low + period.assessed.review + period.assessed.block).toBe(period.reports);
          for (const share of [period.gap, period.blocked, period.declared.atDefault]) expect(share >= 0 && share <= 1).toBe(true);
        }
        expect(trend.comparison === null).toBe(trend.periods.length < 2);
      }),
    );
  });
});
