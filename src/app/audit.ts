import { basename, relative, resolve, sep } from "node:path";
import { availableParallelism } from "node:os";
import { isLoadedConfig, loadConfig } from "../config/load.js";
import type { ResolvedConfig } from "../config/resolve.js";
import { detachString } from "../core/detach.js";
import { Auditor, type AuditedFile, type AuditResult } from "../core/engine.js";
import type { ReportRecord } from "../core/record.js";
import { UsageError } from "../core/usage-error.js";
import { matchesAnyGlob } from "../core/glob.js";
import { classifyFileName, discoverBatches, looksLikeReport, type Candidate, type DiscoveryTally, type Shard } from "../discovery/discover.js";
import { groupTwins, toSlash, twinKey } from "../core/paths.js";
import type { AuditCache, CacheOptions } from "./audit-cache.js";
import type { AuditPool } from "./audit-pool.js";
import { readAndAuditGroup, type FileRead, type GroupJob, type GroupOutcome, type NamedFile } from "./audit-files.js";
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
  /** false: the config's `exclude` is not applied at all (`--no-ignore`). */
  ignore?: boolean;
  /** Files named in `paths` that `exclude` matches are skipped, as a walk skips them; this hears of each (relative to cwd). */
  onExcluded?: (file: string) => void;
  /** Keep what auditing each file found and replay unchanged files from it (`--cache`). */
  cache?: CacheOptions;
  /**
   * Worker threads for reading and auditing files; the result is the same as on one thread. Workers load the config
   * from its file (or the defaults), so a config built in code without one runs on one thread.
   */
  concurrency?: Concurrency;
  /** Hears how far the audit is, after each report (md and json twins together). */
  onProgress?: (progress: { files: number; reports: number }) => void;
  /** Hears problems that do not stop the audit (an unusable cache), one line each. */
  onWarning?: (message: string) => void;
  /** Called with each record that parsed, as it is audited (see Auditor#onRecord): every file is then read and parsed here, with neither cache nor workers. */
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
      if (file) auditor.addAudited(job.named[index]!, file, { owned: true });
      else skipped++;
    });
    return skipped;
  }
  const read = outcome.files.filter((file): file is FileRead & { audited: AuditedFile | null } => !("problem" in file));
  // Stored first: the cache serialises what the auditor then takes over.
  if (cache) {
    if (read.length < outcome.files.length) cache.drop(key);
    else cache.store(key, job, read);
  }
  outcome.files.forEach((file, index) => {
    if ("problem" in file) auditor.addUnreadable(job.named[index]!.file, file.problem);
    else if (file.audited) auditor.addAudited(job.named[index]!, file.audited, { owned: true });
    else skipped++;
  });
  return skipped;
}

/** The two names of each listed file in results (see NamedFile), made once per folder. */
function namer(paths: { cwd: string; baseDir: string }): (candidate: Candidate) => NamedFile {
  const fromCwd = relativeByFolder(paths.cwd);
  const fromConfig = paths.baseDir === paths.cwd ? fromCwd : relativeByFolder(paths.baseDir);
  return (candidate) => {
    const shown = fromCwd(candidate.path);
    // A detached copy keeps only the short name alive in the result, not the path it was cut from.
    // The config usually sits in the working folder: one relative path per file, not two.
    const file = detachString(shown);
    // The copy twice, not the name it was copied from: the index's twin key is a slice of pathFromConfig.
    return { file, pathFromConfig: fromConfig === fromCwd ? file : fromConfig(candidate.path) };
  };
}

/** A twin group still to read and audit, or how many of its files were skipped once the cache replayed it. */
type PreparedGroup = { job: GroupJob; key: string } | { skipped: number };

/** Replays a twin group from the cache when none of its files changed; otherwise says how to read and audit it. */
function prepareGroup(auditor: Auditor, group: readonly Candidate[], name: (candidate: Candidate) => NamedFile, cache: AuditCache | undefined): PreparedGroup {
  const named = group.map(name);
  const key = cache ? twinKey(group[0]!.path) : "";
  const replayed = cache?.byStats(key, group);
  if (replayed) {
    let skipped = 0;
    // Parsed for this run: the auditor may keep them as they are.
    replayed.forEach((audited, index) => {
      if (audited) auditor.addAudited(named[index]!, audited, { owned: true });
      else skipped++;
    });
    return { skipped };
  }
  const job: GroupJob = {
    paths: group.map((candidate) => candidate.path),
    certain: group.map((candidate) => candidate.certain),
    named,
    known: cache?.knownHashes(key, group) ?? null,
    hash: cache !== undefined,
  };
  return { job, key };
}

/**
 * Reads and audits listed candidates, twins together, on this thread. A file that vanished or cannot be read since
 * it was listed, or is not a regular file, becomes a failing result. Returns how many were skipped as not reports.
 */
export function auditCandidates(auditor: Auditor, candidates: readonly Candidate[], paths: { cwd: string; baseDir: string }): number {
  let skipped = 0;
  const name = namer(paths);
  for (const group of groupTwins(candidates, (candidate) => candidate.path)) {
    const prepared = prepareGroup(auditor, group, name, undefined);
    skipped += "job" in prepared ? applyGroupOutcome(auditor, prepared.job, readAndAuditGroup(auditor, prepared.job), undefined, prepared.key) : prepared.skipped;
  }
  return skipped;
}

/** `--concurrency`: a number of worker threads, `auto` (workers when the run is big enough to gain), or `off`. */
export type Concurrency = number | "auto" | "off";

/**
 * With `auto`, a run of fewer files stays on one thread. A worker's fixed cost (its start-up, and a JIT warm-up of its
 * own, about a second of CPU) is paid on the same cores the audit runs on: measured on 2 cores, 5,000 generated report
 * pairs (10,000 files) are where two threads stop being slower than one.
 */
export const AUTO_CONCURRENCY_MIN_FILES = 10_000;
/**
 * Groups sent to a worker at a time, and how many such requests each worker may have waiting before this thread
 * audits too. This thread hears a worker's answers only between the groups it audits itself: small requests, four
 * deep, keep a worker fed while it does (two of 32 left a profiled worker idle a third of its time).
 */
const GROUPS_PER_REQUEST = 16;
const REQUESTS_PER_WORKER = 4;

type PendingGroup = { job: GroupJob; key: string };

/**
 * Where twin groups are read and audited: on this thread alone, or also in worker threads. Groups go in requests
 * to a worker while it has room, and are audited here otherwise, so this thread works too and a worker that is
 * slow to start holds nothing up. Results are added as they come: the auditor sorts them, so the order is free.
 * `auto` holds groups back until it knows whether the run is big enough.
 */
class GroupRunner {
  private readonly held: PendingGroup[] = [];
  private heldFiles = 0;
  private pool: AuditPool | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private failure: { error: unknown } | null = null;
  private request: PendingGroup[] = [];
  skipped = 0;

  /** `threads`: how many threads audit, this one included (1: this one only). */
  constructor(
    private readonly auditor: Auditor,
    private readonly cache: AuditCache | undefined,
    private threads: number | "auto",
    private readonly startWorkers: (count: number) => Promise<AuditPool>,
  ) {}

  async add(job: GroupJob, key: string): Promise<void> {
    if (this.threads === 1) {
      this.auditHere([{ job, key }]);
      return;
    }
    if (this.threads === "auto") {
      this.held.push({ job, key });
      this.heldFiles += job.paths.length;
      if (this.heldFiles < AUTO_CONCURRENCY_MIN_FILES) return;
      this.threads = availableParallelism();
      for (const held of this.held.splice(0)) await this.send(held);
      return;
    }
    await this.send({ job, key });
  }

  private auditHere(groups: readonly PendingGroup[]): void {
    for (const { job, key } of groups) this.skipped += applyGroupOutcome(this.auditor, job, readAndAuditGroup(this.auditor, job), this.cache, key);
  }

  private async send(group: PendingGroup): Promise<void> {
    this.request.push(group);
    if (this.request.length >= GROUPS_PER_REQUEST) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure.error;
    if (this.request.length === 0) return;
    const groups = this.request;
    this.request = [];
    const workers = (this.threads as number) - 1;
    this.pool ??= await this.startWorkers(workers);
    if (this.inFlight.size < workers * REQUESTS_PER_WORKER) {
      const done: Promise<void> = this.pool
        .audit(groups.map((group) => group.job))
        .then(
          (outcomes) => {
            outcomes.forEach((outcome, index) => {
              this.skipped += applyGroupOutcome(this.auditor, groups[index]!.job, outcome, this.cache, groups[index]!.key);
            });
          },
          (error: unknown) => void (this.failure ??= { error }),
        )
        .finally(() => this.inFlight.delete(done));
      this.inFlight.add(done);
      return;
    }
    this.auditHere(groups);
    // The workers' answers come in only while this thread waits.
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Audits what is left, waits for the workers' answers, and stops them. */
  async finish(): Promise<void> {
    try {
      if (this.threads === "auto") {
        // Too few files to gain from workers.
        this.auditHere(this.held);
        return;
      }
      await this.flush();
      while (this.inFlight.size > 0) await Promise.all(this.inFlight);
      if (this.failure) throw this.failure.error;
    } finally {
      await this.pool?.close();
    }
  }
}

/** How many threads a `--concurrency` value asks for, this one included. */
function threadsFor(concurrency: Concurrency | undefined): number | "auto" {
  if (concurrency === undefined || concurrency === "off") return 1;
  if (concurrency === "auto") return availableParallelism() > 1 ? "auto" : 1;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`concurrency is a whole number of at least 1, "auto" or "off", not ${String(concurrency)}`);
  return concurrency;
}

/**
 * Audits report files: paths are files, folders (walked) and globs; with none, the config's
 * `include`, else the working folder. Throws UsageError for paths that match nothing.
 */
export async function audit(paths: readonly string[], options: AuditOptions): Promise<AuditResult> {
  const config = options.config ?? (await loadConfig({ cwd: options.cwd, configFile: options.configFile }));
  const targets = auditTargets(paths, config, options.cwd);
  const now = options.now ?? new Date();
  const auditor = new Auditor(config, now, config.file === null ? undefined : toSlash(relative(options.cwd, config.file)));
  auditor.onRecord = options.onRecord ?? null;
  const tally: DiscoveryTally = { skipped: 0, problems: [], unmatched: [] };
  let skipped = 0;
  const warn = options.onWarning ?? (() => {});
  let files = 0;
  const { onProgress } = options;
  const onGroup = onProgress && ((count: number) => onProgress({ files: (files += count), reports: auditor.resultCount }));
  const cache = options.cache && !options.onRecord ? (await import("./audit-cache.js")).openAuditCache(options.cache, config, options.cwd, warn) : undefined;
  const ignore = options.ignore !== false;
  const walk = {
    cwd: options.cwd,
    exclude: ignore ? config.exclude : [],
    excludeBase: config.baseDir,
    shard: options.shard,
    ownFiles: cache ? [cache.file] : [],
    onExcludedNamed: (path: string) => options.onExcluded?.(toSlash(relative(options.cwd, path))),
  };
  const threads = (options.config === undefined || isLoadedConfig(config)) && !options.onRecord ? threadsFor(options.concurrency) : 1;
  const startPool = async (count: number) => new (await import("./audit-pool.js")).AuditPool(count, { cwd: options.cwd, configFile: config.file, now: now.getTime() });
  const runner = new GroupRunner(auditor, cache, threads, startPool);
  const name = namer({ cwd: options.cwd, baseDir: config.baseDir });
  try {
    // Audit folder by folder as the walk goes: only results and the cross-report index outlive a batch.
    for (const batch of discoverBatches(targets, walk, tally)) {
      for (const group of groupTwins(batch, (candidate) => candidate.path)) {
        onGroup?.(group.length);
        const prepared = prepareGroup(auditor, group, name, cache);
        if ("job" in prepared) await runner.add(prepared.job, prepared.key);
        else skipped += prepared.skipped;
      }
    }
  } finally {
    await runner.finish();
  }
  skipped += runner.skipped;
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

/**
 * Audits one text as the report at `file` (relative to cwd; it need not exist): the name decides, as in a folder
 * walk, whether it is a report (`fsar*.md|json`, else other `.md`/`.json` by their content) and whether `exclude`
 * skips it; override globs match it and results show it. For editors and `fsar audit --stdin`.
 */
export async function auditText(content: Uint8Array | string, file: string, options: Omit<AuditOptions, "shard">): Promise<AuditResult> {
  const config = options.config ?? (await loadConfig({ cwd: options.cwd, configFile: options.configFile }));
  const auditor = new Auditor(config, options.now ?? new Date(), config.file === null ? undefined : toSlash(relative(options.cwd, config.file)));
  const path = resolve(options.cwd, file);
  const shown = toSlash(relative(options.cwd, path));
  const pathFromConfig = toSlash(relative(config.baseDir, path));
  if (options.ignore !== false && config.exclude.length > 0 && matchesAnyGlob(pathFromConfig, config.exclude)) {
    options.onExcluded?.(shown);
    return auditor.finish(1);
  }
  const kind = classifyFileName(basename(path));
  if (kind === "skip" || (kind === "maybe" && !looksLikeReport(path, content))) return auditor.finish(1);
  auditor.addGroup([{ file: shown, pathFromConfig, content }]);
  return auditor.finish(0);
}
