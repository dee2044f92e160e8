import { z } from "zod";
import { defineRule } from "../core/rule.js";
import { RISK_CATEGORIES, type RiskCategory } from "../risk/index.js";
import { assessmentOf, operationSignals } from "./assessment.js";
import { hasTerm, termsSchema, withExtraTerms, type TermList } from "./term-list.js";

/** What a risk speaks of when it relates to each category. */
export const RISK_TERMS: Readonly<Record<RiskCategory, TermList>> = {
  "destructive-data": ["data loss", "lose data", "lost data", "delet", "drop", "truncat", "irreversib", "wipe", "destroy", "purge", "cascade", "backup", "restore", "overwrit"],
  "schema-change": ["schema", "migration", "column", "table", "lock", "backward compat", "backwards compat"],
  "money-movement": ["payment", "charge", "refund", "billing", "money", "card", "invoice", "revenue", "fraud", "payout", "price", "pricing", "double-charg", "double charg"],
  "security-weakening": ["security", "auth", "permission", "access", "credential", "secret", "privilege", "vulnerab", "attack", "breach", "expos", "tls", "cors", "csrf"],
  "untrusted-execution": ["exec", "injection", "inject", "untrusted", "input", "remote code", "rce", "arbitrary code", "sandbox", "shell", "eval", "command"],
  "outbound-messages": ["email", "e-mail", "sms", "message", "notification", "spam", "recipient", "unsubscrib", "opt-out", "push"],
  "self-modification": ["self-modif", "its own", "own code", "own gate", "agent", "autonom", "runaway", "oversight", "self-approv"],
  "personal-data": ["personal", "privacy", "pii", "gdpr", "hipaa", "consent", "user data", "customer data", "sensitive", "leak"],
  "production-operations": ["outage", "downtime", "availability", "rollback", "restart", "deploy", "incident", "capacity"],
};

/** Whether any risk speaks of any of the categories; true when no category was triggered. */
export function risksRelate(categories: ReadonlySet<RiskCategory>, risks: readonly string[], terms: Readonly<Record<RiskCategory, TermList>>): boolean {
  if (categories.size === 0) return true;
  for (const category of categories) {
    const categoryTerms = terms[category];
    if (risks.some((text) => hasTerm(categoryTerms, text))) return true;
  }
  return false;
}

export const riskRelevance = defineRule({
  id: "risk-relevance",
  meta: {
    description: "At least one risk relates to a category the proposal triggers",
    defaultLevel: "warn",
    docs: `A proposal that deletes data, charges cards or runs request input, whose risks speak only of "incentive
drift", names risks of some other proposal. When the risk model finds any category in the proposal and no risk
speaks of any of them (data loss, deletes or backups for destructive data; payments, charges or refunds for
money movement; exec, injection or input for untrusted execution; and so on), a warning on the \`## Risks\` line
naming the categories found and the line of the first signal. Terms match case-insensitively at the start of a
word; \`terms\` adds to them per category.

Example:

\`\`\`
## Risks
  10:1  warn  no risk relates to what the proposal does: destructive-data (line 8: "DROP TABLE")  risk-relevance
\`\`\``,
    messages: {
      unrelated: 'no risk relates to what the proposal does: {categories} (line {signalLine}: "{signal}")',
    },
    identity: [],
    options: () => z
      .object({
        terms: termsSchema(RISK_CATEGORIES).describe("More terms per category that make a risk relate to it (added to the built-in ones)"),
      })
      .strict(),
  },
  check(record, { terms }, { severity, risk }) {
    const signals = operationSignals(assessmentOf(record, severity, risk));
    const categories = new Set(signals.map((signal) => signal.category));
    if (risksRelate(categories, record.risks.map((item) => item.text), withExtraTerms(RISK_TERMS, terms))) return [];
    const first = signals[0]!;
    const at = record.positions.risks;
    return [{ messageId: "unrelated", data: { categories: [...categories].join(", "), signalLine: first.line, signal: first.text }, line: at.line, column: at.column }];
  },
});
