import { matchesAnyGlob } from "../config/glob.js";
import type { ResolvedConfig } from "../config/resolve.js";
import type { Waiver } from "../config/waivers.js";
import type { Finding } from "./finding.js";

/** What waivers need of a result: its file, its id and its findings (marked in place). */
interface WaivableResult {
  file: string;
  id: string | null;
  findings: Finding[];
}

function describeWaiver(waiver: Waiver): string {
  return `waiver for ${JSON.stringify(waiver.report)} (${waiver.rules.join(", ")})`;
}

/**
 * Marks findings that active waivers cover as suppressed (kept, with the reason) and returns the findings about
 * the waivers themselves: `waiver-expired` from the expiry day on, `unused-waiver` when one suppressed nothing.
 * `pathFromConfig` maps a result's file to the path its globs are matched against.
 */
export function applyWaivers(results: readonly WaivableResult[], config: ResolvedConfig, now: Date, pathFromConfig: (file: string) => string): Finding[] {
  const findings: Finding[] = [];
  for (const waiver of config.waivers) {
    if (now.getTime() >= waiver.expiresAt.getTime()) {
      const level = config.rules.get("waiver-expired")?.level ?? "error";
      if (level !== "off") {
        findings.push({ rule: "waiver-expired", level, message: `${describeWaiver(waiver)} expired on ${waiver.expires}: its findings count again (${waiver.reason})`, line: waiver.at?.line ?? null, column: waiver.at?.column ?? null });
      }
      continue;
    }
    let used = 0;
    for (const result of results) {
      if (result.id !== waiver.report && !matchesAnyGlob(pathFromConfig(result.file), [waiver.report])) continue;
      for (const finding of result.findings) {
        if (finding.suppressed || !waiver.rules.includes(finding.rule)) continue;
        finding.suppressed = { reason: waiver.reason };
        used++;
      }
    }
    const level = config.rules.get("unused-waiver")?.level ?? "warn";
    if (used === 0 && level !== "off") {
      findings.push({ rule: "unused-waiver", level, message: `${describeWaiver(waiver)} suppressed no finding in this run: remove it once the findings are fixed`, line: waiver.at?.line ?? null, column: waiver.at?.column ?? null });
    }
  }
  return findings;
}
