/** What a reviewer stops at, by kind of harm. */
export const RISK_CATEGORIES = [
  "destructive-data",
  "schema-change",
  "money-movement",
  "security-weakening",
  "untrusted-execution",
  "outbound-messages",
  "self-modification",
  "personal-data",
  "production-operations",
] as const;

export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** One line per category, for explanations and the docs. */
export const CATEGORY_DESCRIPTIONS: Record<RiskCategory, string> = {
  "destructive-data": "deletes or overwrites data that may not come back (DROP, TRUNCATE, unbounded DELETE, rm -rf of data, cloud and cluster deletes)",
  "schema-change": "changes the schema of a live database (ALTER TABLE, column renames and type changes, forced syncs)",
  "money-movement": "moves money or changes what customers pay (charges, refunds, payouts, transfers, price changes)",
  "security-weakening": "weakens a protection (TLS verification off, checks removed, wildcard CORS with credentials, secrets logged or committed)",
  "untrusted-execution": "runs input it does not control (commands or eval on request input, curl | sh, unpickling untrusted data)",
  "outbound-messages": "sends messages people receive (email, SMS, push, public posts), especially at scale",
  "self-modification": "the agent changing its own gates, thresholds, permissions or review rules, skipping hooks, merging its own changes",
  "personal-data": "personal, financial or health data leaving its store or stored unprotected",
  "production-operations": "changes a running production system: deploys, restarts, drains, rolling upgrades, live config and certificates",
};
