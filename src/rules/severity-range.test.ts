import { describe, expect, it } from "vitest";
import { check, contextOf, recordOf } from "../../test/helpers/rule-harness.js";
import { severityRange } from "./severity-range.js";

describe("severity-range", () => {
  it("passes at both ends of the scale", () => {
    expect(check(severityRange, recordOf({ severity: 0 }))).toEqual([]);
    expect(check(severityRange, recordOf({ severity: 75 }))).toEqual([]);
  });

  it("fails above severity.max, on the severity value", () => {
    expect(check(severityRange, recordOf({ severity: 48 }), {}, contextOf({ severity: { max: 10, review: 5, block: 8 } }))).toEqual([
      { message: "severity 48 is outside the scale [0, 10]", line: 4, column: 13 },
    ]);
  });

  it("fails below zero", () => {
    expect(check(severityRange, recordOf({ severity: -1 }))).toEqual([{ message: "severity -1 is outside the scale [0, 75]", line: 4, column: 13 }]);
  });
});
