import { createHash } from "node:crypto";
import type { Finding } from "./finding.js";
import { twinKey } from "./paths.js";

/** The report a finding is about, as fingerprints name it: its id, else its file. */
export interface FingerprintedReport {
  file: string;
  id: string | null;
}

/**
 * A finding's identity that survives moved lines, the passing of days and reworded messages: the rule, the report
 * (its id, else its twin key, so md and json twins agree), the messageId and the data the rule marks as identity.
 * SARIF partialFingerprints and baselines both use it.
 */
export function fingerprintFinding(report: FingerprintedReport, finding: Pick<Finding, "rule" | "messageId" | "identity">): string {
  const identity = Object.keys(finding.identity)
    .sort()
    .map((key) => [key, finding.identity[key]]);
  return createHash("sha256")
    .update(`${finding.rule}\0${report.id ?? twinKey(report.file)}\0${finding.messageId}\0${JSON.stringify(identity)}`)
    .digest("hex")
    .slice(0, 32);
}

/** The fingerprint fsar 0.1 wrote to baselines, from the rendered message: only to match entries of old baselines. */
export function legacyFingerprint(report: FingerprintedReport, finding: Pick<Finding, "rule" | "message">): string {
  return createHash("sha256")
    .update(`${finding.rule}\0${report.id ?? report.file}\0${finding.message}`)
    .digest("hex")
    .slice(0, 32);
}
