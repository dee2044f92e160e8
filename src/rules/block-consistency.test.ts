import { describe, expect, it } from "vitest";
import { check, recordOf } from "../../test/helpers/rule-harness.js";
import { blockConsistency } from "./block-consistency.js";

describe("block-consistency", () => {
  it("passes when flag and severity agree", () => {
    expect(check(blockConsistency, recordOf({ severity: 48, block_execution: true }))).toEqual([]);
    expect(check(blockConsistency, recordOf({ severity: 6, block_execution: false }))).toEqual([]);
    expect(check(blockConsistency, recordOf({ severity: 30, block_execution: true }))).toEqual([]);
  });

  it("warns when the flag is clear at the block threshold", () => {
    expect(check(blockConsistency, recordOf({ severity: 45, block_execution: false }))).toEqual([
      { message: "block_execution is false but severity 45 is at or above the block threshold 45", line: 5, column: 20 },
    ]);
  });

  it("warns when the flag is set below the review threshold", () => {
    expect(check(blockConsistency, recordOf({ severity: 6, block_execution: true }))).toEqual([
      { message: "block_execution is true but severity 6 is below the review threshold 25", line: 5, column: 20 },
    ]);
  });
});
