import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { periodLastDay, periodStart, utcDate } from "./period.js";

const at = (iso: string) => new Date(iso);

describe("periodStart", () => {
  it.each([
    ["day", "2026-01-01T23:59:59.999Z", "2026-01-01"],
    ["day", "2026-01-02T00:00:00.000Z", "2026-01-02"],
    // 2026-01-05 is a Monday.
    ["week", "2026-01-05T00:00:00.000Z", "2026-01-05"],
    ["week", "2026-01-11T23:59:59.999Z", "2026-01-05"],
    ["week", "2026-01-12T00:00:00.000Z", "2026-01-12"],
    // A week across a year's end starts in the old year.
    ["week", "2026-01-01T12:00:00.000Z", "2025-12-29"],
    ["month", "2026-02-28T23:00:00.000Z", "2026-02-01"],
    ["month", "2026-03-01T00:00:00.000Z", "2026-03-01"],
  ] as const)("by %s puts %s in the period starting %s", (by, instant, start) => {
    expect(utcDate(periodStart(at(instant), by))).toBe(start);
  });

  it("reads the instant in UTC, whatever its offset was", () => {
    // 2026-01-04T23:30-02:00 is Monday 01:30 UTC.
    expect(utcDate(periodStart(at("2026-01-04T23:30:00-02:00"), "week"))).toBe("2026-01-05");
  });

  it("always gives a period that holds the instant and starts on a UTC midnight (a Monday for weeks)", () => {
    fc.assert(
      fc.property(fc.date({ min: at("1990-01-01T00:00:00Z"), max: at("2100-01-01T00:00:00Z"), noInvalidDate: true }), fc.constantFrom("day" as const, "week" as const, "month" as const), (instant, by) => {
        const start = periodStart(instant, by);
        const after = at(`${periodLastDay(start, by)}T00:00:00Z`).getTime() + 86_400_000;
        expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(instant.getTime()).toBeLessThan(after);
        expect(start.getUTCHours() + start.getUTCMinutes() + start.getUTCSeconds() + start.getUTCMilliseconds()).toBe(0);
        if (by === "week") expect(start.getUTCDay()).toBe(1);
        if (by === "month") expect(start.getUTCDate()).toBe(1);
      }),
    );
  });
});

describe("periodLastDay", () => {
  it.each([
    ["day", "2026-01-01", "2026-01-01"],
    ["week", "2025-12-29", "2026-01-04"],
    ["month", "2026-02-01", "2026-02-28"],
    ["month", "2028-02-01", "2028-02-29"],
    ["month", "2026-12-01", "2026-12-31"],
  ] as const)("by %s, the period starting %s ends on %s", (by, start, end) => {
    expect(periodLastDay(at(`${start}T00:00:00Z`), by)).toBe(end);
  });
});
