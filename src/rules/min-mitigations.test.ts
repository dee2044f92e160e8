import { describe, expect, it } from "vitest";
import { check, recordOf } from "../../test/helpers/rule-harness.js";
import { minMitigations } from "./min-mitigations.js";

describe("min-mitigations", () => {
  it("passes with one mitigation by default", () => {
    expect(check(minMitigations, recordOf())).toEqual([]);
  });

  it("fails with no mitigations, on the Mitigations heading", () => {
    expect(check(minMitigations, recordOf({ mitigations: [] }))).toEqual([{ message: "0 mitigations listed, at least 1 required", line: 14, column: 1 }]);
  });

  it("takes a minimum option", () => {
    expect(check(minMitigations, recordOf(), { minimum: 2 })).toEqual([{ message: "1 mitigation listed, at least 2 required", line: 14, column: 1 }]);
  });
});
