import { relative, sep } from "node:path";
import { loadConfig } from "../config/load.js";
import type { ResolvedConfig } from "../config/resolve.js";
import { detachString } from "../core/detach.js";
import { Auditor, type AuditedFile, type AuditResult } from "../core/engine.js";
import type { ReportRecord } from "../core/record.js";
import { UsageError } from "../core/usage-error.js";
import { discoverBatches, type Candidate, type DiscoveryTally, type Shard } from "../discovery/discover.js";
import { groupTwins, toSlash, twinKey } from "../core/paths.js";
import type { AuditCache, CacheOptions } from "./audit-cache.js";
import { readAndAuditGroup, type FileRead, type GroupJob, type GroupOutcome } from "./audit-files.js";
import { diagnostic, PARSE_ERROR } from "../core/diagnostics.js";
import { auditTargets } from "./targets.js";

export type { CacheOptions } from "./audit-cache.js";

export interface AuditOptions {
  /** The working folder: paths are resolved from it and results are relative to it. */
  cwd: string;
  /** The config in force; by default found from cwd (or `configFile`). */
  config?: ResolvedConfig;
  configFile?: string;
  /** The current time for every rule that looks at it. */
  now?: Date;
  /** Audit only this part of the reports (`--shard`); cross-report rules then see only this part. */
  shard?: Shard;
  /** Keep what auditing each file found and replay unchanged files from it (`--cache`). */
  cache?: CacheOptions;
  /** Hears how far the audit is, after each report (md and json twins together). */
  onProgress?: (progress: { files: number; reports: number }) => void;
  /** Hears problems that do not stop the audit (an unusable cache), one line each. */
  onWarning?: (message: string) => void;
  /** Called with each record that parsed, as it is audited (see Auditor#onRecord). */
  onRecord?: (file: string, record: ReportRecord) => void;
}

/**
 * relative(from, file) with `/` separators, for the files of one folder after another: relative() runs once per
 * folder, not once per file (its normalising was a tenth of reading a folder of reports).
 */
function relativeByFolder(from: string): (file: string) => string {
  let folder: string | null = null;
  let prefix = "";
  return (file) => {
    const end = file.lastIndexOf(sep);
    // With its separator, so that a root (`/`, `C:\`) stays a root.
    const fileFolder = file.slice(0, end + 1);
    if (fileFolder !== folder) {
      folder = fileFolder;
      const relativeFolder = toSlash(relative(from, fileFolder));
      prefix = relativeFolder === "" ? "" : `${relativeFolder}/`;
    }
    return prefix + file.slice(end + 1);
  };
}

/**
 * Adds what reading and auditing a twin group gave to the auditor (and the cache); returns how many of its files
 * were skipped as not reports. A file that could not be read becomes a failing result.
 */
function applyGroupOutcome(auditor: Auditor, job: GroupJob, outcome: GroupOutcome, cache: AuditCache | undefined, key: string): number {
  let skipped = 0;
  if (outcome.known) {
    const audited = cache!.refresh(key, outcome.files);
    audited.forEach((file, index) => {
      if (file) auditor.addAudited(job.named[index]!, file);
      else skipped++;
    });
    return skipped;
  }
  const read: Array<FileRead & { audited: AuditedFile | null }> = [];
  outcome.files.forEach((file, index) => {
    if ("problem" in file) {
      auditor.addUnreadable(job.named[index]!.file, file.problem);
      return;
    }
    read.push(file);
    if (file.audited) auditor.addAudited(job.named[index]!, file.audited);
    else skipped++;
  });
  if (cache) {
    if (read.length < outcome.files.length) cache.drop(key);
    else cache.store(key, job, read);
  }
  return skipped;
}

/**
 * Reads and audits listed candidates, twins together. A file that vanished or cannot be read since it
 * was listed, or is not a regular file, becomes a failing result. Returns how many were skipped as not reports.
 * With a cache, a group whose files are unchanged is replayed from it without being read.
 */
export function auditCandidates(auditor: Auditor, candidates: readonly Candidate[], paths: { cwd: string; baseDir: string }, { cache, onGroup }: { cache?: AuditCache; onGroup?: (files: number) => void } = {}): number {
  let skipped = 0;
  const fromCwd = relativeByFolder(paths.cwd);
  const fromConfig = paths.baseDir === paths.cwd ? fromCwd : relativeByFolder(paths.baseDir);
  for (const group of groupTwins(candidates, (candidate) => candidate.path)) {
    onGroup?.(group.length);
    const named = group.map((candidate) => {
      const shown = fromCwd(candidate.path);
      // A detached copy keeps only the short name alive in the result, not the path it was cut from.
      // The config usually sits in the working folder: one relative path per file, not two.
      return { file: detachString(shown), pathFromConfig: fromConfig === fromCwd ? shown : fromConfig(candidate.path) };
    });
    const key = cache ? twinKey(group[0]!.path) : "";
    const replayed = cache?.byStats(key, group);
    if (replayed) {
      replayed.forEach((audited, index) => {
        if (audited) auditor.addAudited(named[index]!, audited);
        else skipped++;
      });
      continue;
    }
    const job: GroupJob = {
      paths: group.map((candidate) => candidate.path),
      certain: group.map((candidate) => candidate.certain),
      named,
      known: cache?.knownHashes(key, group) ?? null,
      hash: cache !== undefined,
    };
    skipped += applyGroupOutcome(auditor, job, readAndAuditGroup(auditor, job), cache, key);
  }
  return skipped;
}

/**
 * Audits report files: paths are files, folders (walked) and globs; with none, the config's
 * `include`, else the working folder. Throws UsageError for paths that match nothing.
 */
export async function audit(paths: readonly string[], options: AuditOptions): Promise<AuditResult> {
  const config = options.config ?? (await loadConfig({ cwd: options.cwd, configFile: options.configFile }));
  const targets = auditTargets(paths, config, options.cwd);
  const auditor = new Auditor(config, options.now ?? new Date(), config.file === null ? undefined : toSlash(relative(options.cwd, config.file)));
  auditor.onRecord = options.onRecord ?? null;
  const tally: DiscoveryTally = { skipped: 0, problems: [], unmatched: [] };
  let skipped = 0;
  const warn = options.onWarning ?? (() => {});
  let files = 0;
  const { onProgress } = options;
  const onGroup = onProgress && ((count: number) => onProgress({ files: (files += count), reports: auditor.resultCount }));
  const cache = options.cache && (await import("./audit-cache.js")).openAuditCache(options.cache, config, options.cwd, warn);
  const walk = { cwd: options.cwd, exclude: config.exclude, excludeBase: config.baseDir, shard: options.shard, ownFiles: cache ? [cache.file] : [] };
  // Audit folder by folder as the walk goes: only results and the cross-report index outlive a batch.
  for (const batch of discoverBatches(targets, walk, tally)) {
    skipped += auditCandidates(auditor, batch, { cwd: options.cwd, baseDir: config.baseDir }, { cache, onGroup });
  }
  cache?.save(warn);
  if (tally.unmatched.length > 0) {
    throw new UsageError(`no such file, folder or matching glob: ${tally.unmatched.join(", ")}`);
  }
  skipped += tally.skipped;
  for (const problem of tally.problems) {
    auditor.addUnreadable(toSlash(relative(options.cwd, problem.path)), diagnostic(PARSE_ERROR, "unreadableFolder", { reason: problem.reason }, null, null));
  }
  return auditor.finish(skipped);
}
