import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { relative, sep } from "node:path";
import { loadConfig } from "./config/load.js";
import type { ResolvedConfig } from "./config/resolve.js";
import { detachString } from "./core/detach.js";
import { Auditor, type AuditResult, type ReportSource } from "./core/engine.js";
import { UsageError } from "./core/usage-error.js";
import { describeReadError, discoverBatches, looksLikeReport, type Candidate, type DiscoveryTally, type Shard } from "./discovery/discover.js";
import { groupTwins, toSlash, twinKey } from "./core/paths.js";
import type { AuditCache, CacheOptions } from "./audit-cache.js";

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
}

/** The content of an open regular file of `size` bytes, without the second fstat readFileSync would make. */
function readOpenFile(descriptor: number, size: number): Buffer {
  // A size of 0 may be a file whose size the system does not know (procfs): read to the end.
  if (size === 0) return readFileSync(descriptor);
  const content = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(descriptor, content, filled, size - filled, null);
    if (read === 0) return content.subarray(0, filled);
    filled += read;
  }
  return content;
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

/** A file read for an audit: its content and mtime, or why it could not be read. */
type ReadOutcome = { content: Buffer; mtimeMs: number } | { problem: string };

/** Reads a listed file. A FIFO or device would block or never end: only regular files are read. */
function readCandidate(path: string): ReadOutcome {
  let descriptor: number | undefined;
  try {
    // Opening without blocking, then checking what was opened, leaves no gap for the file to change kind in between.
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { problem: "not a regular file" };
    return { content: readOpenFile(descriptor, stats.size), mtimeMs: stats.mtimeMs };
  } catch (error) {
    return { problem: `cannot read the file: ${describeReadError(path, error)}` };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
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
    const named = group.map((candidate) => {
      const shown = fromCwd(candidate.path);
      // A detached copy keeps only the short name alive in the result, not the path it was cut from.
      // The config usually sits in the working folder: one relative path per file, not two.
      return { file: detachString(shown), pathFromConfig: fromConfig === fromCwd ? shown : fromConfig(candidate.path) };
    });
    onGroup?.(group.length);
    const key = cache ? twinKey(group[0]!.path) : "";
    const replayed = cache?.byStats(key, group);
    if (replayed) {
      replayed.forEach((audited, index) => (audited ? auditor.addAudited(named[index]!, audited) : skipped++));
      continue;
    }
    const sources: ReportSource[] = [];
    const contents: Buffer[] = [];
    const mtimes: number[] = [];
    const reports: boolean[] = [];
    let unreadable = false;
    group.forEach((candidate, index) => {
      const read = readCandidate(candidate.path);
      if ("problem" in read) {
        unreadable = true;
        auditor.addUnreadable(named[index]!.file, read.problem);
        return;
      }
      contents.push(read.content);
      mtimes.push(read.mtimeMs);
      const isReport = candidate.certain || looksLikeReport(candidate.path, read.content);
      reports.push(isReport);
      if (isReport) sources.push({ ...named[index]!, content: read.content });
      else skipped++;
    });
    if (cache && unreadable) {
      auditor.addGroup(sources);
      cache.drop(key);
      continue;
    }
    const known = cache?.byContent(key, group, contents, mtimes);
    if (known) {
      known.forEach((audited, index) => audited && auditor.addAudited(named[index]!, audited));
      continue;
    }
    const audited = auditor.addGroup(sources);
    if (cache) {
      let next = 0;
      cache.store(key, group, contents, mtimes, reports.map((isReport) => (isReport ? audited[next++]! : null)));
    }
  }
  return skipped;
}

/**
 * Audits report files: paths are files, folders (walked) and globs; with none, the config's
 * `include`, else the working folder. Throws UsageError for paths that match nothing.
 */
export async function audit(paths: readonly string[], options: AuditOptions): Promise<AuditResult> {
  const config = options.config ?? (await loadConfig({ cwd: options.cwd, configFile: options.configFile }));
  const targets = paths.length > 0 ? paths : config.include.length > 0 ? config.include.map((glob) => toSlash(relative(options.cwd, `${config.baseDir}/${glob}`)) || ".") : ["."];
  const auditor = new Auditor(config, options.now ?? new Date(), config.file === null ? undefined : toSlash(relative(options.cwd, config.file)));
  const tally: DiscoveryTally = { skipped: 0, problems: [], unmatched: [] };
  let skipped = 0;
  const warn = options.onWarning ?? (() => {});
  let files = 0;
  const { onProgress } = options;
  const onGroup = onProgress && ((count: number) => onProgress({ files: (files += count), reports: auditor.resultCount }));
  const cache = options.cache && (await import("./audit-cache.js")).openAuditCache(options.cache, config, options.cwd, warn);
  // Audit folder by folder as the walk goes: only results and the cross-report index outlive a batch.
  const walk = { cwd: options.cwd, exclude: config.exclude, excludeBase: config.baseDir, shard: options.shard, ownFiles: cache ? [cache.file] : [] };
  for (const batch of discoverBatches(targets, walk, tally)) {
    skipped += auditCandidates(auditor, batch, { cwd: options.cwd, baseDir: config.baseDir }, { cache, onGroup });
  }
  cache?.save(warn);
  if (tally.unmatched.length > 0) {
    throw new UsageError(`no such file, folder or matching glob: ${tally.unmatched.join(", ")}`);
  }
  skipped += tally.skipped;
  for (const problem of tally.problems) auditor.addUnreadable(toSlash(relative(options.cwd, problem.path)), problem.message);
  return auditor.finish(skipped);
}
