import { join, relative } from "node:path";
import { audit, type AuditOptions } from "./audit.js";
import { loadConfig } from "../config/load.js";
import type { ResolvedConfig } from "../config/resolve.js";
import { severityBand, type Band } from "../core/band.js";
import type { AuditResult } from "../core/engine.js";
import { twinKey, toSlash } from "../core/paths.js";
import type { ReportRecord } from "../core/record.js";
import { auditGitFiles } from "./audit-git.js";
import { listRangeFiles, parseRevRange } from "../git/range.js";
import { GitRepository } from "../git/repository.js";
import { assessRisk, createRiskModel, type RiskModel } from "../risk/index.js";
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
  assessedBand: Band;
  categories: readonly string[];
}

/**
 * Keeps one entry per twin pair as the audit goes: the markdown form's when it parsed (the producer writes it
 * first and people read it), else the json form's.
 */
function collector(model: RiskModel) {
  const kept = new Map<string, Kept>();
  return {
    kept,
    onRecord(file: string, record: ReportRecord): void {
      const key = twinKey(file);
      const held = kept.get(key);
      if (held && record.format === "json") return;
      const { band, signals } = assessRisk(record, model);
      const categories = [...new Set(signals.map((signal) => signal.category))];
      kept.set(key, { file, timestamp: record.timestamp, declared: record.severity, blocked: record.block_execution, assessedBand: band, categories });
    },
  };
}

/** Reports (twin pairs once) that no form of parsed. */
function countUnparsed(result: AuditResult, kept: ReadonlyMap<string, Kept>): number {
  const keys = new Set<string>();
  for (const entry of result.results) if (entry.format !== "config" && !kept.has(twinKey(entry.file))) keys.add(twinKey(entry.file));
  return keys.size;
}

function toTrendReport(entry: Kept, config: ResolvedConfig, date: Date | null): TrendReport {
  return {
    date,
    declared: entry.declared,
    declaredBand: severityBand(entry.declared, config.severity),
    assessedBand: entry.assessedBand,
    categories: entry.categories,
    blocked: entry.blocked,
    boilerplate: null,
  };
}

/**
 * `fsar trend`: audits the reports as `fsar audit` would (discovery, config, `--now`) and groups them by period:
 * by their own timestamps, or with `revRange` by the date of the commit that brought each in.
 */
export async function trend(paths: readonly string[], options: TrendRunOptions): Promise<TrendResult> {
  const config = options.config ?? (await loadConfig({ cwd: options.cwd, configFile: options.configFile }));
  const { kept, onRecord } = collector(createRiskModel({ scale: config.severity }));
  const auditOptions: AuditOptions = { cwd: options.cwd, config, now: options.now, onRecord };
  if (options.revRange === undefined) {
    const result = await audit(paths, auditOptions);
    const reports = [...kept.values()].map((entry) => toTrendReport(entry, config, parseIsoInstant(entry.timestamp)));
    return buildTrend(reports, options, countUnparsed(result, kept));
  }
  const range = parseRevRange(options.revRange);
  const repo = await GitRepository.open(options.cwd);
  const files = await listRangeFiles(repo, range);
  const dates = new Map(files.map((file) => [toSlash(relative(options.cwd, join(repo.root, file.path))), file.date]));
  const result = await auditGitFiles(repo, files, paths, config, auditOptions);
  const reports = [...kept.values()].map((entry) => toTrendReport(entry, config, dates.get(entry.file) ?? null));
  return buildTrend(reports, options, countUnparsed(result, kept));
}
