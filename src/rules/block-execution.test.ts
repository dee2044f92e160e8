import { describe, expect, it } from "vitest";
import { check, recordOf } from "../../test/helpers/rule-harness.js";
import { blockExecution } from "./block-execution.js";

describe("block-execution", () => {
  it("passes when the report does not block", () => {
    expect(check(blockExecution, recordOf({ block_execution: false }))).toEqual([]);
  });

  it("fails when the report blocks, on the flag's value", () => {
    expect(check(blockExecution, recordOf({ block_execution: true, severity: 48 }))).toEqual([{ message: "the report blocks execution (block_execution: true)", line: 5, column: 20 }]);
  });
});
