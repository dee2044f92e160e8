import { createHash } from "node:crypto";
import type { Finding } from "./finding.js";

/**
 * A finding's identity that survives moved lines: the rule, the report (its id, else its file) and the message.
 * SARIF partialFingerprints and baselines both use it.
 */
export function fingerprintFinding(report: { file: string; id: string | null }, finding: Pick<Finding, "rule" | "message">): string {
  return createHash("sha256")
    .update(`${finding.rule}\0${report.id ?? report.file}\0${finding.message}`)
    .digest("hex")
    .slice(0, 32);
}
