import { describe, expect, it } from "vitest";
import { check, recordOf } from "../../test/helpers/rule-harness.js";
import { mitigationCoverage } from "./mitigation-coverage.js";

const GENERIC = ["Add scheduled adversarial audits with hard pass/fail gates", "Prefer reversible rollouts; keep rollback artifacts warm and tested"];
// Proposal on file line 8; with two risks and GENERIC, "## Mitigations" is line 14.
const SAVED_CARDS = "idea_implementation: collect overdue invoices with stripe.paymentIntents.create({ customer, off_session: true, confirm: true })";
const QUIET = "idea_implementation: tighten the nightly export.";
const DROP = "idea_implementation: clean up with DROP TABLE legacy_orders CASCADE;";
const EXEC = "idea_implementation: app.post('/run', (req, res) => exec(req.body.command));";

const finding = (message: string, level: "error" | "warn") => ({ message, line: 14, column: 1, level });

describe("mitigation-coverage", () => {
  it("passes a proposal the risk model finds nothing in", () => {
    expect(check(mitigationCoverage, recordOf({ proposal: QUIET, mitigations: GENERIC }))).toEqual([]);
  });

  it("passes a self_improvement proposal that does nothing else: the kind prefix is not an operation", () => {
    expect(check(mitigationCoverage, recordOf({ proposal: "self_improvement: tighten the nightly export.", mitigations: GENERIC }))).toEqual([]);
  });

  it("fails a charge of saved cards with only generic mitigations, on the Mitigations line, naming payments and the signal's line", () => {
    expect(check(mitigationCoverage, recordOf({ proposal: SAVED_CARDS, mitigations: GENERIC }))).toEqual([
      finding('no mitigation addresses payments (money-movement), signalled on line 8 by "stripe.paymentIntents.create": add one about idempotency, reconciliation, refunds, or a named approver', "error"),
    ]);
  });

  it("is cleared by a mitigation about idempotency, reconciliation and a named approver", () => {
    const mitigations = [...GENERIC.slice(0, 1), "Charges carry an idempotency key, are reconciled nightly, and start after approval by a named approver"];
    expect(check(mitigationCoverage, recordOf({ proposal: SAVED_CARDS, mitigations }))).toEqual([]);
  });

  it("fails a dropped table without a backup and restore; a tested restore from a snapshot clears it", () => {
    expect(check(mitigationCoverage, recordOf({ proposal: DROP, mitigations: GENERIC }))).toEqual([
      finding('no mitigation addresses destructive data (destructive-data), signalled on line 8 by "DROP TABLE": add one about a backup or snapshot and a tested restore', "error"),
    ]);
    expect(check(mitigationCoverage, recordOf({ proposal: DROP, mitigations: [GENERIC[0]!, "Take a snapshot first and rehearse the restore"] }))).toEqual([]);
  });

  it("warns below the block band: a single charge is in the review band", () => {
    expect(check(mitigationCoverage, recordOf({ proposal: "idea_implementation: take the payment with stripe.charges.create({ amount })", mitigations: GENERIC }))).toEqual([
      finding('no mitigation addresses payments (money-movement), signalled on line 8 by "stripe.charges.create": add one about idempotency, reconciliation, refunds, or a named approver', "warn"),
    ]);
  });

  it("gives one finding per uncovered category, and none for a covered one", () => {
    const proposal = `${EXEC} Then DROP TABLE sessions;`;
    expect(check(mitigationCoverage, recordOf({ proposal, mitigations: GENERIC })).map((found) => found.message.split(" (")[0])).toEqual([
      "no mitigation addresses untrusted input",
      "no mitigation addresses destructive data",
    ]);
    expect(check(mitigationCoverage, recordOf({ proposal, mitigations: [GENERIC[0]!, "Validate the command against an allowlist"] })).map((found) => found.message.split(" (")[0])).toEqual([
      "no mitigation addresses destructive data",
    ]);
  });

  it("takes more terms per category from its options, added to the built-in ones", () => {
    const mitigations = [GENERIC[0]!, "Finance checks the ledger the next morning"];
    expect(check(mitigationCoverage, recordOf({ proposal: SAVED_CARDS, mitigations }), { terms: { "money-movement": ["ledger"] } })).toEqual([]);
    expect(check(mitigationCoverage, recordOf({ proposal: SAVED_CARDS, mitigations: [GENERIC[0]!, "Refund anyone charged twice"] }), { terms: { "money-movement": ["ledger"] } })).toEqual([]);
  });

  it("refuses an unknown category in its options", () => {
    expect(() => mitigationCoverage.meta.options.parse({ terms: { payments: ["x"] } })).toThrow();
  });
});
