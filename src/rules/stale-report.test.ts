import { describe, expect, it } from "vitest";
import { testRule } from "../../test/helpers/rule-tester.js";
import { jsonOf, parseRecord, SEED } from "../../test/helpers/seed-report.js";
import { staleReport } from "./stale-report.js";

// The seed's timestamp is 2026-01-02T03:20:46.775Z, on line 3 (line 3 of its json form too).
const NOW = new Date("2026-11-26T00:00:00Z");
const seedJson = jsonOf(parseRecord(SEED));
const stale = (line: number, column: number) => ({ messageId: "stale", data: { days: 327, maxAgeDays: 90 }, message: "the report is 327 days old, older than 90 days", line, column });

testRule(staleReport, {
  valid: [
    { name: "passes a report younger than maxAgeDays", report: SEED, now: new Date("2026-03-01T00:00:00Z") },
    { name: "honours a configured maxAgeDays", report: SEED, now: NOW, options: { maxAgeDays: 400 } },
    { name: "leaves the json form of a twin pair to its md file", report: seedJson, format: "json", twin: SEED, now: NOW },
    { name: "leaves an unreadable timestamp to the timestamp rule", report: SEED.replace("2026-01-02T03:20:46.775Z", "yesterday") },
  ],
  invalid: [
    { name: "flags a report older than maxAgeDays on its timestamp", report: SEED, now: NOW, documented: true, findings: [stale(3, 14)] },
    { name: "reports a twin pair on its md file", report: SEED, twin: seedJson, now: NOW, findings: [stale(3, 14)] },
    { name: "reports a json report that stands alone", report: seedJson, format: "json", now: NOW, findings: [stale(3, 16)] },
  ],
});

describe("stale-report's level", () => {
  it("is off by default (fsar:recommended)", () => {
    expect(staleReport.meta.defaultLevel).toBe("off");
  });
});
