import { describe, expect, it } from "vitest";
import { testRule } from "../../test/helpers/rule-tester.js";
import { mitigationCoverage } from "./mitigation-coverage.js";

const GENERIC = ["Add scheduled adversarial audits with hard pass/fail gates", "Prefer reversible rollouts; keep rollback artifacts warm and tested"];
// Proposal on file line 8; with two risks and GENERIC, "## Mitigations" is line 14.
const SAVED_CARDS = "idea_implementation: collect overdue invoices with stripe.paymentIntents.create({ customer, off_session: true, confirm: true })";
const QUIET = "idea_implementation: tighten the nightly export.";
const DROP = "idea_implementation: clean up with DROP TABLE legacy_orders CASCADE;";
const EXEC = "idea_implementation: app.post('/run', (req, res) => exec(req.body.command));";

const ADVICE = {
  "money-movement": ["payments", "idempotency, reconciliation, refunds, or a named approver"],
  "destructive-data": ["destructive data", "a backup or snapshot and a tested restore"],
  "untrusted-execution": ["untrusted input", "validation or sandboxing of the input"],
} as const;

const uncovered = (category: keyof typeof ADVICE, signal: string, level: "error" | "warn", signalLine = 8, line = 14) => {
  const [name, advice] = ADVICE[category];
  return {
    messageId: "uncovered",
    data: { name, category, signalLine, signal, advice },
    message: `no mitigation addresses ${name} (${category}), signalled on line ${signalLine} by "${signal}": add one about ${advice}`,
    line,
    column: 1,
    level,
  };
};

testRule(mitigationCoverage, {
  valid: [
    { name: "passes a proposal the risk model finds nothing in", report: { proposal: QUIET, mitigations: GENERIC } },
    { name: "passes a self_improvement proposal that does nothing else: the kind prefix is not an operation", report: { proposal: "self_improvement: tighten the nightly export.", mitigations: GENERIC } },
    {
      name: "is cleared by a mitigation about idempotency, reconciliation and a named approver",
      report: { proposal: SAVED_CARDS, mitigations: [GENERIC[0]!, "Charges carry an idempotency key, are reconciled nightly, and start after approval by a named approver"] },
    },
    { name: "is cleared for a dropped table by a tested restore from a snapshot", report: { proposal: DROP, mitigations: [GENERIC[0]!, "Take a snapshot first and rehearse the restore"] } },
    {
      name: "takes more terms per category from its options",
      report: { proposal: SAVED_CARDS, mitigations: [GENERIC[0]!, "Finance checks the ledger the next morning"] },
      options: { terms: { "money-movement": ["ledger"] } },
    },
    {
      name: "adds the option's terms to the built-in ones",
      report: { proposal: SAVED_CARDS, mitigations: [GENERIC[0]!, "Refund anyone charged twice"] },
      options: { terms: { "money-movement": ["ledger"] } },
    },
    {
      name: "passes a proposal whose one uncovered category is covered",
      report: { proposal: `${EXEC} Then DROP TABLE sessions;`, mitigations: [GENERIC[0]!, "Validate the command against an allowlist", "Take a snapshot first and rehearse the restore"] },
    },
  ],
  invalid: [
    {
      name: "fails a charge of saved cards with only generic mitigations, on the Mitigations line, naming payments and the signal's line",
      report: { proposal: SAVED_CARDS, mitigations: GENERIC },
      findings: [uncovered("money-movement", "stripe.paymentIntents.create", "error")],
    },
    { name: "fails a dropped table without a backup and restore", report: { proposal: DROP, mitigations: GENERIC }, findings: [uncovered("destructive-data", "DROP TABLE", "error")] },
    {
      name: "warns below the block band: a single charge is in the review band",
      report: { proposal: "idea_implementation: take the payment with stripe.charges.create({ amount })", mitigations: GENERIC },
      findings: [uncovered("money-movement", "stripe.charges.create", "warn")],
    },
    {
      name: "gives one finding per uncovered category",
      report: { proposal: `${EXEC} Then DROP TABLE sessions;`, mitigations: GENERIC },
      findings: [uncovered("untrusted-execution", "exec(", "error"), uncovered("destructive-data", "DROP TABLE", "error")],
    },
    {
      name: "gives none for a covered category",
      report: { proposal: `${EXEC} Then DROP TABLE sessions;`, mitigations: [GENERIC[0]!, "Validate the command against an allowlist"] },
      findings: [uncovered("destructive-data", "DROP TABLE", "error")],
    },
    {
      name: "is the documented example",
      report: { proposal: "idea_implementation: start charging each customer's saved card every month.", mitigations: GENERIC },
      options: { terms: { "money-movement": ["ledger check"] } },
      documented: true,
      findings: [uncovered("money-movement", "charging each customer", "error")],
    },
  ],
});

describe("mitigation-coverage options", () => {
  it("refuses an unknown category in its options", () => {
    expect(() => mitigationCoverage.meta.options.parse({ terms: { payments: ["x"] } })).toThrow();
  });
});
