import { createHash } from "node:crypto";
import { readFileSync, statSync, type Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ResolvedConfig } from "../config/resolve.js";
import type { FileRead } from "./audit-files.js";
import type { AuditedFile } from "../core/engine.js";
import { UsageError } from "../core/usage-error.js";
import { describeRefusal, readRegularFile } from "../fs/read-regular-file.js";
import { writeFileAtomic } from "../fs/write-file-atomic.js";
import { builtinRules } from "../rules/index.js";

/** The name of the cache file, beside the config (or in the working folder) unless `--cache-location` says otherwise. */
export const CACHE_FILE_NAME = ".fsarcache";

const CACHE_FORMAT = "fsar-audit-cache";
const CACHE_VERSION = 1;
/** A file changed this close to the run could change again within its mtime's resolution: its content decides next time. */
const RACY_MS = 2000;
/** A few hundred bytes per report: room for far more reports than a repository holds. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/** One file of a twin group as it was audited: name, size, mtime (-1: check the content), content hash. */
type FileStamp = [name: string, certain: boolean, size: number, mtimeMs: number, hash: string];

/** A twin group as audited: its files, and what each was found to hold (null: not a report, skipped). */
interface CacheEntry {
  files: FileStamp[];
  audited: Array<AuditedFile | null>;
}

interface CacheFile {
  format: typeof CACHE_FORMAT;
  version: typeof CACHE_VERSION;
  identity: string;
  entries: Record<string, CacheEntry>;
}


/** What this build is: the version is not enough while fsar is being worked on, so the code's own file counts too. */
function buildIdentity(version: string): string {
  const file = fileURLToPath(import.meta.url);
  try {
    const stats = statSync(file);
    return `${version}:${stats.size}:${stats.mtimeMs}`;
  } catch {
    return version;
  }
}

function readSource(file: string): string {
  try {
    return createHash("sha1").update(readFileSync(file)).digest("base64");
  } catch {
    return "unreadable";
  }
}

/**
 * What a cached result depends on besides the report's content: fsar's build, the working folder (results name
 * files from it), the resolved settings and every rule's definition (custom and plugin rules through the files
 * they come from).
 */
export function cacheIdentity(config: ResolvedConfig, options: { version: string; cwd: string }): string {
  const builtin = new Set<unknown>(builtinRules);
  const identity = JSON.stringify([
    buildIdentity(options.version),
    options.cwd,
    config.file,
    config.baseDir,
    config.severity,
    config.risk.settings,
    [...config.rules],
    config.overrides,
    config.ruleSet.map((rule) => [rule.id, builtin.has(rule) ? "builtin" : "added"]),
    (config.sources ?? []).map((file) => [file, readSource(file)]),
  ]);
  return createHash("sha1").update(identity).digest("base64");
}

function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== "object" || value === null) return false;
  const file = value as Partial<CacheFile>;
  return file.format === CACHE_FORMAT && file.version === CACHE_VERSION && typeof file.identity === "string" && typeof file.entries === "object" && file.entries !== null;
}

function isEntry(value: unknown, names: readonly string[]): value is CacheEntry {
  const entry = value as Partial<CacheEntry> | undefined;
  return (
    Array.isArray(entry?.files) &&
    Array.isArray(entry.audited) &&
    entry.files.length === names.length &&
    entry.audited.length === names.length &&
    entry.files.every((stamp, index) => Array.isArray(stamp) && stamp[0] === names[index])
  );
}

/** A file of a twin group as listed for this run. */
export interface CachedCandidate {
  path: string;
  certain: boolean;
}

/**
 * The audit cache (`--cache`): per twin group, what auditing its files found apart from the clock, keyed by
 * their content. A file whose size and mtime are unchanged is not read again. A cache that cannot be read, or was
 * written by another build or for another config, is ignored (with a warning) and rebuilt; it is never trusted.
 */
export class AuditCache {
  /** Entries read from the file, and those written in this run, already as JSON (nothing reads them again in this run). */
  private readonly entries: Map<string, CacheEntry | string>;
  private changed = false;
  private readonly startedAt = Date.now();

  private constructor(
    /** Where it is kept. */
    readonly file: string,
    private readonly identity: string,
    entries: Record<string, CacheEntry>,
  ) {
    this.entries = new Map(Object.entries(entries));
  }

  /** Opens the cache file; `warn` hears, in one line, why an existing one is not used. */
  static open(file: string, identity: string, warn: (message: string) => void): AuditCache {
    // The guarded read: a cache path linked to a FIFO or a device (/dev/zero) must not block or fill memory.
    const read = readRegularFile(file, MAX_CACHE_BYTES);
    if (!read.ok) {
      // None there yet, or a path where none can be (its writing will say so).
      const code = read.refusal === "error" ? read.error.code : undefined;
      if (code !== "ENOENT" && code !== "ENOTDIR") warn(`${describeRefusal(read, `the cache ${file}`)}: auditing without it`);
      return new AuditCache(file, identity, {});
    }
    const text = read.content.toString("utf8");
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = null;
    }
    if (!isCacheFile(parsed)) {
      warn(`the cache ${file} is not an fsar cache or is damaged: ignored, and rebuilt`);
      return new AuditCache(file, identity, {});
    }
    // Another build, config or working folder: nothing in it holds. Not worth a warning: it is what a change of config does.
    if (parsed.identity !== identity) return new AuditCache(file, identity, {});
    return new AuditCache(file, identity, parsed.entries);
  }

  private entryFor(key: string, group: readonly CachedCandidate[]): CacheEntry | null {
    const names = group.map((candidate) => candidate.path);
    const entry = this.entries.get(key);
    if (typeof entry === "string" || !isEntry(entry, names)) return null;
    return entry.files.every((stamp, index) => stamp[1] === group[index]!.certain) ? entry : null;
  }

  /** What the group's files were found to hold, when none changed size or mtime since: no need to read them. */
  byStats(key: string, group: readonly CachedCandidate[]): Array<AuditedFile | null> | null {
    const entry = this.entryFor(key, group);
    if (!entry) return null;
    for (const [path, , size, mtimeMs] of entry.files) {
      let stats: Stats;
      try {
        stats = statSync(path);
      } catch {
        return null;
      }
      if (!stats.isFile() || stats.size !== size || stats.mtimeMs !== mtimeMs) return null;
    }
    return entry.audited;
  }

  /** The content hashes the cache holds for a group's files, to tell an unchanged file once it is read. */
  knownHashes(key: string, group: readonly CachedCandidate[]): string[] | null {
    return this.entryFor(key, group)?.files.map((stamp) => stamp[4]) ?? null;
  }

  /** What a group's files were found to hold, once reading them showed their known hashes: their new stamps are kept. */
  refresh(key: string, files: readonly FileRead[]): Array<AuditedFile | null> {
    const entry = this.entries.get(key) as CacheEntry;
    entry.files = entry.files.map(([path, certain], index) => [path, certain, files[index]!.size, this.stampOf(files[index]!.mtimeMs), files[index]!.hash!]);
    this.changed = true;
    return entry.audited;
  }

  /** Records a group's files and what auditing them found. A file whose result depends on the clock is never stored. */
  store(key: string, group: { paths: readonly string[]; certain: readonly boolean[] }, files: ReadonlyArray<FileRead & { audited: AuditedFile | null }>): void {
    if (files.some((file) => file.audited?.clockBound)) {
      if (this.entries.delete(key)) this.changed = true;
      return;
    }
    const stamps = files.map((file, index): FileStamp => [group.paths[index]!, group.certain[index]!, file.size, this.stampOf(file.mtimeMs), file.hash!]);
    // Serialised now: the engine goes on changing the findings it was given (waivers, cross-report rules).
    this.entries.set(key, JSON.stringify({ files: stamps, audited: files.map((file) => file.audited) } satisfies CacheEntry));
    this.changed = true;
  }

  /** Forgets a group (a file of it could not be read). */
  drop(key: string): void {
    if (this.entries.delete(key)) this.changed = true;
  }

  private stampOf(mtimeMs: number): number {
    return mtimeMs >= this.startedAt - RACY_MS ? -1 : mtimeMs;
  }

  /** Writes the cache atomically when anything changed; `warn` hears, in one line, when it cannot be written. */
  save(warn: (message: string) => void): void {
    if (!this.changed) return;
    const head: Omit<CacheFile, "entries"> = { format: CACHE_FORMAT, version: CACHE_VERSION, identity: this.identity };
    const entries: string[] = [];
    for (const [key, entry] of this.entries) entries.push(`${JSON.stringify(key)}:${typeof entry === "string" ? entry : JSON.stringify(entry)}`);
    try {
      writeFileAtomic(this.file, `${JSON.stringify(head).slice(0, -1)},"entries":{${entries.join(",")}}}`);
    } catch (error) {
      // A refusal (a FIFO nothing reads, a link to nothing) says what it refused; a failed write, its code.
      warn(error instanceof UsageError ? error.message : `cannot write the cache ${this.file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    }
  }
}

export interface CacheOptions {
  /** The cache file, or a folder to keep `.fsarcache` in (relative to cwd); by default `.fsarcache` beside the config, else in cwd. */
  location?: string;
  /** fsar's version, part of what the cache is valid for. */
  version?: string;
}

/** The cache file `--cache-location` names: a folder (existing, or written with a trailing slash) holds `.fsarcache`. */
export function cacheFileOf(options: CacheOptions, config: ResolvedConfig, cwd: string): string {
  if (options.location === undefined) return join(config.file === null ? cwd : dirname(config.file), CACHE_FILE_NAME);
  const location = resolve(cwd, options.location);
  if (/[\\/]$/.test(options.location)) return join(location, CACHE_FILE_NAME);
  try {
    if (statSync(location).isDirectory()) return join(location, CACHE_FILE_NAME);
  } catch {
    // Not there yet: a file to write.
  }
  return location;
}



/** The cache for an audit with this config: its file when that holds for this build, config and folder, else an empty one. */
export function openAuditCache(options: CacheOptions, config: ResolvedConfig, cwd: string, warn: (message: string) => void): AuditCache {
  return AuditCache.open(cacheFileOf(options, config, cwd), cacheIdentity(config, { version: options.version ?? "", cwd }), warn);
}
