import { describe, expect, it } from "vitest";
import { diffAssessments, type AssessedSide } from "./risk-changes.js";

const EXEC = { id: "exec-input", category: "untrusted-execution" as const, line: 9, column: 3, text: "exec(req.body.command", weight: 55 };
const CHARGE = { id: "payment-charge", category: "money-movement" as const, line: 12, column: 1, text: "stripe.charges.create", weight: 35 };
const REFUND = { id: "payment-payout", category: "money-movement" as const, line: 14, column: 1, text: "stripe.refunds.create", weight: 40 };

function side(severity: number, score: number, band: "low" | "review" | "block", signals: AssessedSide["assessment"]["signals"] = []): AssessedSide {
  return { severity, assessment: { score, band, signals } };
}

describe("diffAssessments", () => {
  it("finds no change when the same signals only moved lines", () => {
    expect(diffAssessments(side(6, 35, "review", [CHARGE]), side(6, 35, "review", [{ ...CHARGE, line: 40 }]))).toEqual([]);
  });

  it("a signal of a new category and the band going up are escalations, with the declared severity unchanged", () => {
    expect(diffAssessments(side(6, 0, "low"), side(6, 55, "block", [EXEC]))).toEqual([
      { field: "risk", kind: "escalation", old: null, new: EXEC.text, message: 'risk signal added: exec-input (untrusted-execution, a category new to this report) on line 9: "exec(req.body.command"' },
      { field: "risk", kind: "escalation", old: "low", new: "block", message: "assessed band up: low → block (assessed score 0 → 55)" },
    ]);
  });

  it("a signal of a category already there is an escalation that names the category alone", () => {
    expect(diffAssessments(side(6, 35, "review", [CHARGE]), side(6, 40, "review", [CHARGE, REFUND]))).toEqual([
      { field: "risk", kind: "escalation", old: null, new: REFUND.text, message: 'risk signal added: payment-payout (money-movement) on line 14: "stripe.refunds.create"' },
    ]);
  });

  it("a signal gone is neutral; the band going down is a downgrade", () => {
    expect(diffAssessments(side(6, 55, "block", [EXEC]), side(6, 0, "low"))).toEqual([
      { field: "risk", kind: "neutral", old: EXEC.text, new: null, message: 'risk signal gone: exec-input (untrusted-execution, a category now gone from this report), was on line 9: "exec(req.body.command"' },
      { field: "risk", kind: "downgrade", old: "block", new: "low", message: "assessed band down: block → low (assessed score 55 → 0)" },
    ]);
  });

  it("a declared severity lowered while the assessed risk stayed or rose is a downgrade that says so", () => {
    expect(diffAssessments(side(48, 55, "block", [EXEC]), side(6, 55, "block", [EXEC]))).toEqual([
      { field: "risk", kind: "downgrade", old: 48, new: 6, message: "declared severity lowered 48 → 6 while the assessed risk stayed at 55 (block)" },
    ]);
    expect(diffAssessments(side(48, 35, "review", [CHARGE]), side(30, 55, "block", [CHARGE, EXEC])).at(-1)).toEqual({
      field: "risk",
      kind: "downgrade",
      old: 48,
      new: 30,
      message: "declared severity lowered 48 → 30 while the assessed risk rose 35 → 55 (block)",
    });
  });

  it("a declared severity lowered with the assessed risk falling, or nothing found, is left to the severity change", () => {
    expect(diffAssessments(side(48, 55, "block", [EXEC, CHARGE]), side(30, 35, "block", [CHARGE]))).toEqual([
      { field: "risk", kind: "neutral", old: EXEC.text, new: null, message: 'risk signal gone: exec-input (untrusted-execution, a category now gone from this report), was on line 9: "exec(req.body.command"' },
    ]);
    expect(diffAssessments(side(30, 0, "low"), side(6, 0, "low"))).toEqual([]);
  });
});
