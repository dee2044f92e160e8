import { describe, expect, it } from "vitest";
import { testRule } from "../../test/helpers/rule-tester.js";
import { minRisks } from "./min-risks.js";

const tooFew = (count: number, minimum: number) => ({
  messageId: "tooFew",
  data: { count, noun: count === 1 ? "risk" : "risks", minimum },
  message: `${count} ${count === 1 ? "risk" : "risks"} listed, at least ${minimum} required`,
  line: 10,
  column: 1,
});

testRule(minRisks, {
  valid: [{ name: "passes with one risk by default", report: { risks: ["Data loss: one"] } }],
  invalid: [
    { name: "fails with no risks, on the Risks heading", report: { risks: [] }, findings: [tooFew(0, 1)] },
    { name: "takes a minimum option", report: { risks: ["a", "b"] }, options: { minimum: 3 }, documented: true, findings: [tooFew(2, 3)] },
  ],
});

describe("min-risks options", () => {
  it("rejects a negative minimum", () => {
    expect(minRisks.meta.options.safeParse({ minimum: -1 }).success).toBe(false);
  });
});
