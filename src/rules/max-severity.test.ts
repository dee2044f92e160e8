import { describe, expect, it } from "vitest";
import { check, contextOf, recordOf } from "../../test/helpers/rule-harness.js";
import { maxSeverity } from "./max-severity.js";

describe("max-severity", () => {
  it("passes below the review threshold", () => {
    expect(check(maxSeverity, recordOf({ severity: 24.9 }))).toEqual([]);
  });

  it("warns at the review threshold", () => {
    expect(check(maxSeverity, recordOf({ severity: 25 }))).toEqual([{ message: "severity 25 is at or above the review threshold 25", line: 4, column: 13, level: "warn" }]);
  });

  it("fails at the block threshold, on the severity line", () => {
    expect(check(maxSeverity, recordOf({ severity: 45 }))).toEqual([{ message: "severity 45 is at or above the block threshold 45", line: 4, column: 13, level: "error" }]);
  });

  it("follows the configured scale", () => {
    expect(check(maxSeverity, recordOf({ severity: 6 }), {}, contextOf({ severity: { max: 10, review: 5, block: 8 } }))).toEqual([
      { message: "severity 6 is at or above the review threshold 5", line: 4, column: 13, level: "warn" },
    ]);
  });

  it("points at the severity value in the json form", () => {
    expect(check(maxSeverity, recordOf({ severity: 48 }, "json"))).toEqual([{ message: "severity 48 is at or above the block threshold 45", line: 5, column: 15, level: "error" }]);
  });
});
