import { describe, expect, it } from "vitest";
import { testRule } from "../../test/helpers/rule-tester.js";
import { parseIsoInstant } from "../core/dates.js";
import { timestamp } from "./timestamp.js";

const NOT_ISO = ["2026-01-02", "2026-01-02 03:20:46Z", "2026-01-02T03:20:46", "2026-02-30T00:00:00Z", "2026-01-02T24:00:00Z", "yesterday"];

testRule(timestamp, {
  valid: [
    { name: "passes an ISO instant in the past", report: { timestamp: "2026-01-02T03:20:46.775Z" } },
    { name: "passes an instant with an offset", report: { timestamp: "2026-01-02T05:20:46+02:00" } },
    { name: "takes now from the context", report: { timestamp: "2026-11-26T00:00:00.001Z" }, now: new Date("2027-01-01T00:00:00Z") },
  ],
  invalid: [
    {
      name: "fails a timestamp later than now, on its value",
      report: { timestamp: "2026-11-26T00:00:00.001Z" },
      findings: [
        { messageId: "future", data: { timestamp: "2026-11-26T00:00:00.001Z", now: "2026-11-26T00:00:00.000Z" }, message: "timestamp 2026-11-26T00:00:00.001Z is later than now (2026-11-26T00:00:00.000Z)", line: 3, column: 14 },
      ],
    },
    {
      name: "is the documented example",
      report: { timestamp: "2031-01-01T00:00:00.000Z" },
      documented: true,
      findings: [
        { messageId: "future", data: { timestamp: "2031-01-01T00:00:00.000Z", now: "2026-11-26T00:00:00.000Z" }, message: "timestamp 2031-01-01T00:00:00.000Z is later than now (2026-11-26T00:00:00.000Z)", line: 3, column: 14 },
      ],
    },
    ...NOT_ISO.map((value) => ({
      name: `fails ${value}, which is not an ISO instant`,
      report: { timestamp: value },
      findings: [
        { messageId: "notIso", data: { timestamp: JSON.stringify(value) }, message: `timestamp ${JSON.stringify(value)} is not an ISO 8601 instant (e.g. 2026-01-02T03:20:46.775Z)`, line: 3, column: 14 },
      ],
    })),
  ],
});

describe("parseIsoInstant", () => {
  it("parses instants exactly", () => {
    expect(parseIsoInstant("2026-01-02T03:20:46.775Z")?.toISOString()).toBe("2026-01-02T03:20:46.775Z");
    expect(parseIsoInstant("2024-02-29T00:00:00Z")?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(parseIsoInstant("2025-02-29T00:00:00Z")).toBeNull();
  });
});
