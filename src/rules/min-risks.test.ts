import { describe, expect, it } from "vitest";
import { check, recordOf } from "../../test/helpers/rule-harness.js";
import { minRisks } from "./min-risks.js";

describe("min-risks", () => {
  it("passes with one risk by default", () => {
    expect(check(minRisks, recordOf({ risks: ["Data loss: one"] }))).toEqual([]);
  });

  it("fails with no risks, on the Risks heading", () => {
    expect(check(minRisks, recordOf({ risks: [] }))).toEqual([{ message: "0 risks listed, at least 1 required", line: 10, column: 1 }]);
  });

  it("takes a minimum option", () => {
    expect(check(minRisks, recordOf({ risks: ["a", "b"] }), { minimum: 3 })).toEqual([{ message: "2 risks listed, at least 3 required", line: 10, column: 1 }]);
  });

  it("rejects a negative minimum", () => {
    expect(minRisks.meta.options.safeParse({ minimum: -1 }).success).toBe(false);
  });
});
