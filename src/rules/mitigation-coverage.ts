import { z } from "zod";
import { defineRule } from "../core/rule.js";
import { RISK_CATEGORIES, type RiskCategory } from "../risk/index.js";
import { assessmentOf, operationSignals, type OperationSignal } from "./assessment.js";
import { hasTerm, termsSchema, withExtraTerms, type TermList } from "./term-list.js";

/** What a mitigation must speak of to address each category: the measures a reviewer would ask for. */
export const MITIGATION_TERMS: Readonly<Record<RiskCategory, TermList>> = {
  "destructive-data": ["backup", "back up", "snapshot", "restore", "point-in-time", "pitr", "soft delete", "soft-delete", "dry run", "dry-run"],
  "schema-change": ["backward compatible", "backwards compatible", "backward-compatible", "expand and contract", "expand/contract", "down migration", "reversible migration", "rollback migration", "migration tested", "tested migration", "staging", "backup", "snapshot"],
  "money-movement": ["idempoten", "reconcil", "refund", "approver", "approval", "approved by", "spend limit", "spending limit", "charge limit", "test mode"],
  "security-weakening": ["security review", "reviewed by security", "security team", "scope", "scoped", "expir", "time-boxed", "least privilege", "revoke", "revocation"],
  "untrusted-execution": ["validat", "sanitiz", "sanitis", "sandbox", "allowlist", "allow-list", "whitelist", "escape", "escaping", "parameteriz", "parameteris", "prepared statement"],
  "outbound-messages": ["approval", "approved by", "approver", "rate limit", "rate-limit", "throttl", "opt-out", "opt out", "unsubscrib", "consent"],
  "self-modification": ["human approval", "human review", "human sign-off", "approved by a human", "manual approval", "outside the agent", "two-person", "four-eyes", "four eyes"],
  "personal-data": ["consent", "processing agreement", "data processing agreement", "dpa", "encrypt", "anonymi", "pseudonymi", "retention", "minimi"],
  "production-operations": ["rollback", "roll back", "canary", "one at a time", "maintenance window", "staged", "health check", "atomic"],
};

/** How a message names each category to a reader, and what to add. */
export const CATEGORY_ADVICE: Readonly<Record<RiskCategory, { name: string; add: string }>> = {
  "destructive-data": { name: "destructive data", add: "a backup or snapshot and a tested restore" },
  "schema-change": { name: "schema change", add: "a backward-compatible or reversible migration, tested on a copy" },
  "money-movement": { name: "payments", add: "idempotency, reconciliation, refunds, or a named approver" },
  "security-weakening": { name: "security weakening", add: "a security review, its scope and its expiry" },
  "untrusted-execution": { name: "untrusted input", add: "validation or sandboxing of the input" },
  "outbound-messages": { name: "outbound messages", add: "an approval, a rate limit and an opt-out" },
  "self-modification": { name: "self-modification", add: "a human approval outside the agent" },
  "personal-data": { name: "personal data", add: "consent, a processing agreement, or encryption" },
  "production-operations": { name: "production operations", add: "a rollback, a canary or a maintenance window" },
};

/** The first signal of each category that no mitigation addresses, in the order the signals come. */
export function uncoveredSignals(signals: readonly OperationSignal[], mitigations: readonly string[], terms: Readonly<Record<RiskCategory, TermList>>): OperationSignal[] {
  const judged = new Set<RiskCategory>();
  const uncovered: OperationSignal[] = [];
  for (const signal of signals) {
    if (judged.has(signal.category)) continue;
    judged.add(signal.category);
    const categoryTerms = terms[signal.category];
    if (!mitigations.some((text) => hasTerm(categoryTerms, text))) uncovered.push(signal);
  }
  return uncovered;
}

export const mitigationCoverage = defineRule({
  id: "mitigation-coverage",
  meta: {
    description: "Each risk category the proposal triggers has a mitigation that addresses it",
    defaultLevel: "error",
    docs: `The risk model reads what the proposal would do (charge cards, drop tables, run request input); a mitigation
that does not speak of it mitigates something else. For each category the assessment found, at least one
mitigation must name a measure for it: payments (money-movement) idempotency, reconciliation, refunds or a
named approver; destructive data a backup or snapshot and a restore; schema changes a backward-compatible or
reversible migration; security weakening a security review, its scope and expiry; untrusted input (untrusted-execution)
validation or sandboxing; outbound messages an approval, a rate limit, an opt-out; self-modification a human
approval outside the agent; personal data consent, a processing agreement, encryption. (A \`self_improvement:\`
kind prefix alone is what the proposal is about, not an operation: it asks for nothing.) Terms match
case-insensitively at the start of a word ("idempoten" finds "idempotency"); \`terms\` adds to them per
category. One finding per uncovered category, on the \`## Mitigations\` line, naming the category and the line of
its first signal: an error when the assessed band is block, else a warning.

Example:

\`\`\`yaml
rules:
  mitigation-coverage: [error, { terms: { money-movement: ["ledger check"] } }]
\`\`\`

\`\`\`
## Mitigations
  14:1  error  no mitigation addresses payments (money-movement), signalled on line 8 by "charging each customer": add one about idempotency, reconciliation, refunds, or a named approver  mitigation-coverage
\`\`\``,
    messages: {
      uncovered: 'no mitigation addresses {name} ({category}), signalled on line {signalLine} by "{signal}": add one about {advice}',
    },
    identity: ["category"],
    options: () => z
      .object({
        terms: termsSchema(RISK_CATEGORIES).describe("More terms per category that make a mitigation address it (added to the built-in ones)"),
      })
      .strict(),
  },
  check(record, { terms }, { severity, risk }) {
    const assessment = assessmentOf(record, severity, risk);
    const signals = operationSignals(assessment);
    if (signals.length === 0) return [];
    const level = assessment.band === "block" ? "error" : "warn";
    const at = record.positions.mitigations;
    return uncoveredSignals(signals, record.mitigations.map((item) => item.text), withExtraTerms(MITIGATION_TERMS, terms)).map((signal) => {
      const advice = CATEGORY_ADVICE[signal.category];
      return {
        messageId: "uncovered" as const,
        data: { name: advice.name, category: signal.category, signalLine: signal.line, signal: signal.text, advice: advice.add },
        line: at.line,
        column: at.column,
        level,
      };
    });
  },
});
