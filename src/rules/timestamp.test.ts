import { describe, expect, it } from "vitest";
import { check, contextOf, recordOf } from "../../test/helpers/rule-harness.js";
import { parseIsoInstant } from "../core/dates.js";
import { timestamp } from "./timestamp.js";

describe("timestamp", () => {
  it("passes an ISO instant in the past", () => {
    expect(check(timestamp, recordOf({ timestamp: "2026-01-02T03:20:46.775Z" }))).toEqual([]);
  });

  it("passes an instant with an offset", () => {
    expect(check(timestamp, recordOf({ timestamp: "2026-01-02T05:20:46+02:00" }))).toEqual([]);
  });

  it("fails a timestamp later than now, taken from the context", () => {
    expect(check(timestamp, recordOf({ timestamp: "2026-11-26T00:00:00.001Z" }))).toEqual([
      { message: "timestamp 2026-11-26T00:00:00.001Z is later than now (2026-11-26T00:00:00.000Z)", line: 3, column: 14 },
    ]);
    expect(check(timestamp, recordOf({ timestamp: "2026-11-26T00:00:00.001Z" }), {}, contextOf({ now: new Date("2027-01-01T00:00:00Z") }))).toEqual([]);
  });

  it.each(["2026-01-02", "2026-01-02 03:20:46Z", "2026-01-02T03:20:46", "2026-02-30T00:00:00Z", "2026-01-02T24:00:00Z", "yesterday"])("fails %s, which is not an ISO instant", (value) => {
    expect(check(timestamp, recordOf({ timestamp: value }))).toEqual([
      { message: `timestamp ${JSON.stringify(value)} is not an ISO 8601 instant (e.g. 2026-01-02T03:20:46.775Z)`, line: 3, column: 14 },
    ]);
  });

  it("parses instants exactly", () => {
    expect(parseIsoInstant("2026-01-02T03:20:46.775Z")?.toISOString()).toBe("2026-01-02T03:20:46.775Z");
    expect(parseIsoInstant("2024-02-29T00:00:00Z")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseIsoInstant("2025-02-29T00:00:00Z")).toBeNull();
  });
});
