import { join, relative } from "node:path";
import { audit, type AuditOptions } from "./audit.js";
import { loadConfig } from "../config/load.js";
import type { ResolvedConfig } from "../config/resolve.js";
import { severityBand } from "../core/band.js";
import type { AuditResult } from "../core/engine.js";
import type { FileResult } from "../core/results.js";
import { twinKey, toSlash } from "../core/paths.js";
import type { ReportRecord } from "../core/record.js";
import { auditGitFiles } from "./audit-git.js";
import { listRangeFiles, parseRevRange } from "../git/range.js";
import { GitRepository } from "../git/repository.js";
import { parseIsoInstant } from "../core/dates.js";
import { buildTrend, type TrendOptions, type TrendReport, type TrendResult } from "../trend/trend.js";

export interface TrendRunOptions extends Omit<AuditOptions, "shard" | "onRecord">, TrendOptions {
  /** `<a>..<b>`: the reports the commits of that range brought in, dated by those commits instead of their timestamps. */
  revRange?: string;
}

/** What a trend keeps of a report's record: a few figures, never its text. */
interface Kept {
  file: string;
  timestamp: string;
  declared: number;
  blocked: boolean;
}

/**
 * Keeps one entry per twin pair as the audit goes: the markdown form's when it parsed (people read it), else the
 * json form's. The assessed risk is the audit's own, taken from its results.
 */
function collector() {
  const kept = new Map<string, Kept>();
  return {
    kept,
    onRecord(file: string, record: ReportRecord): void {
      const key = twinKey(file);
      if (kept.has(key) && record.format === "json") return;
      kept.set(key, { file, timestamp: record.timestamp, declared: record.severity, blocked: record.block_execution });
    },
  };
}

function risksByFile(result: AuditResult): Map<string, FileResult["risk"]> {
  return new Map(result.results.map((entry) => [entry.file, entry.risk]));
}

/** Reports (twin pairs once) that no form of parsed. */
function countUnparsed(result: AuditResult, kept: ReadonlyMap<string, Kept>): number {
  const keys = new Set<string>();
  for (const entry of result.results) if (entry.format !== "config" && !kept.has(twinKey(entry.file))) keys.add(twinKey(entry.file));
  return keys.size;
}

/** The twin keys of the reports that a `boilerplate-risks` group names (risks or mitigations); null when that rule is off. */
function boilerplateKeys(result: AuditResult, config: ResolvedConfig): ReadonlySet<string> | null {
  if ((config.rules.get("boilerplate-risks")?.level ?? "off") === "off") return null;
  const keys = new Set<string>();
  for (const entry of result.results) {
    for (const finding of entry.findings) {
      const members = finding.rule === "boilerplate-risks" ? finding.data.members : undefined;
      if (typeof members === "string") for (const member of members.split("\n")) keys.add(twinKey(member));
    }
  }
  return keys;
}

function toTrendReport(entry: Kept, risk: FileResult["risk"], config: ResolvedConfig, date: Date | null, boilerplate: ReadonlySet<string> | null): TrendReport {
  return {
    date,
    declared: entry.declared,
    declaredBand: severityBand(entry.declared, config.severity),
    assessedBand: risk?.band ?? "low",
    categories: [...new Set((risk?.signals ?? []).map((signal) => signal.category))],
    blocked: entry.blocked,
    boilerplate: boilerplate === null ? null : boilerplate.has(twinKey(entry.file)),
  };
}

/**
 * `fsar trend`: audits the reports as `fsar audit` would (discovery, config, `--now`) and groups them by period:
 * by their own timestamps, or with `revRange` by the date of the commit that brought each in.
 */
export async function trend(paths: readonly string[], options: TrendRunOptions): Promise<TrendResult> {
  const config = options.config ?? (await loadConfig({ cwd: options.cwd, configFile: options.configFile }));
  const { kept, onRecord } = collector();
  const auditOptions: AuditOptions = { cwd: options.cwd, config, now: options.now, onRecord };
  if (options.revRange === undefined) {
    const result = await audit(paths, auditOptions);
    const risks = risksByFile(result);
    const boilerplate = boilerplateKeys(result, config);
    const reports = [...kept.values()].map((entry) => toTrendReport(entry, risks.get(entry.file), config, parseIsoInstant(entry.timestamp), boilerplate));
    return buildTrend(reports, options, countUnparsed(result, kept));
  }
  const range = parseRevRange(options.revRange);
  const repo = await GitRepository.open(options.cwd);
  const files = await listRangeFiles(repo, range);
  const dates = new Map(files.map((file) => [toSlash(relative(options.cwd, join(repo.root, file.path))), file.date]));
  const result = await auditGitFiles(repo, files, paths, config, auditOptions);
  const risks = risksByFile(result);
  const boilerplate = boilerplateKeys(result, config);
  const reports = [...kept.values()].map((entry) => toTrendReport(entry, risks.get(entry.file), config, dates.get(entry.file) ?? null, boilerplate));
  return buildTrend(reports, options, countUnparsed(result, kept));
}
