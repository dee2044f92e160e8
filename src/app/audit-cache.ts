import { readFileSync, statSync, type Stats } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { ResolvedConfig } from "../config/resolve.js";
import type { FileRead } from "./audit-files.js";
import type { AuditedFile } from "../core/engine.js";
import { sha1Base64 } from "../core/digest.js";
import { UsageError } from "../core/usage-error.js";
import { describeRefusal, readRegularFile } from "../fs/read-regular-file.js";
import { writeFileAtomic } from "../fs/write-file-atomic.js";
import { builtinRules } from "../rules/index.js";

/** The name of the cache file, beside the config (or in the working folder) unless `--cache-location` says otherwise. */
export const CACHE_FILE_NAME = ".fsarcache";

const CACHE_FORMAT = "fsar-audit-cache";
const CACHE_VERSION = 2;
/** A file changed this close to the run could change again within its mtime's resolution: its content decides next time. */
const RACY_MS = 2000;
/** A few hundred bytes per report: room for far more reports than a repository holds. */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;

/**
 * One file of a twin group as audited: its path after the group's key (`.md`), whether it was audited whatever it
 * held, size, mtime (-1: check the content), content hash.
 */
type FileStamp = [suffix: string, certain: boolean, size: number, mtimeMs: number, hash: string];

/** The first line of a cache file; a line per twin group follows (see AuditCache). */
interface CacheHead {
  format: typeof CACHE_FORMAT;
  version: typeof CACHE_VERSION;
  identity: string;
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
    return sha1Base64(readFileSync(file));
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
  // The settings themselves, not a digest of them: exact, and a run without a config file then digests nothing.
  return JSON.stringify([
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
}

/** What a cache file's first line says: ours, another build's (another format version), or neither. */
function headOf(line: string): CacheHead | "other version" | null {
  let head: unknown;
  try {
    head = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof head !== "object" || head === null) return null;
  const { format, version, identity } = head as Partial<Record<keyof CacheHead, unknown>>;
  if (format !== CACHE_FORMAT || typeof version !== "number" || typeof identity !== "string") return null;
  return version === CACHE_VERSION ? (head as CacheHead) : "other version";
}

/** A group's key as written at the start of its line, a JSON string: most paths need no unescaping. */
function keyOf(quoted: string): string | null {
  if (quoted.length < 2 || quoted[0] !== '"' || quoted[quoted.length - 1] !== '"') return null;
  if (!quoted.includes("\\")) return quoted.slice(1, -1);
  try {
    const key: unknown = JSON.parse(quoted);
    return typeof key === "string" ? key : null;
  } catch {
    return null;
  }
}

/** Each group's line after its key, by key; null when a line is not one (the last, empty, ends the file). */
function entriesOf(lines: readonly string[]): Map<string, string> | null {
  const entries = new Map<string, string>();
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === "" && index === lines.length - 1) break;
    const tab = line.indexOf("\t");
    const key = tab === -1 ? null : keyOf(line.slice(0, tab));
    if (key === null || line.indexOf("\t", tab + 1) === -1) return null;
    entries.set(key, line.slice(tab + 1));
  }
  return entries;
}

/** The stamps of a group's line when they are the shape written for these files, else null (never trusted). */
function stampsOf(line: string, key: string, group: readonly CachedCandidate[]): FileStamp[] | null {
  let stamps: unknown;
  try {
    stamps = JSON.parse(line.slice(0, line.indexOf("\t")));
  } catch {
    return null;
  }
  if (!Array.isArray(stamps) || stamps.length !== group.length) return null;
  const fits = stamps.every((stamp: unknown, index) => {
    if (!Array.isArray(stamp) || stamp.length !== 5) return false;
    const [suffix, certain, size, mtimeMs, hash] = stamp as unknown[];
    const { path } = group[index]!;
    return (
      typeof suffix === "string" &&
      path.length === key.length + suffix.length &&
      path.endsWith(suffix) &&
      certain === group[index]!.certain &&
      typeof size === "number" &&
      typeof mtimeMs === "number" &&
      typeof hash === "string"
    );
  });
  return fits ? (stamps as FileStamp[]) : null;
}

/** What a group's line says its files were found to hold, when it is the shape written for them, else null. */
function auditedOf(line: string, count: number): Array<AuditedFile | null> | null {
  let audited: unknown;
  try {
    audited = JSON.parse(line.slice(line.indexOf("\t") + 1));
  } catch {
    return null;
  }
  if (!Array.isArray(audited) || audited.length !== count) return null;
  return audited.every((file: unknown) => file === null || (typeof file === "object" && Array.isArray((file as AuditedFile).findings) && Array.isArray((file as AuditedFile).timed)))
    ? (audited as Array<AuditedFile | null>)
    : null;
}

/** A file of a twin group as listed for this run. */
export interface CachedCandidate {
  path: string;
  certain: boolean;
}

/**
 * The audit cache (`--cache`): per twin group, what auditing its files found apart from the clock, keyed by
 * their content. A file whose size and mtime are unchanged is not read again. A cache that cannot be read, or was
 * written by another build or for another config, is ignored (with a warning when it is not a cache) and rebuilt;
 * it is never trusted.
 *
 * The file is a head line, then one line per group: its key (a JSON string), a tab, its files' stamps (JSON), a tab,
 * what they were found to hold (JSON). A line is parsed only when its group is looked up, and then into objects
 * that live no longer than the auditor needs them; an unchanged line is written back as it was read.
 */
export class AuditCache {
  /** Each group's line after its key, by key: read from the file, or written in this run. */
  private readonly entries: Map<string, string>;
  private changed = false;
  private readonly startedAt = Date.now();

  private constructor(
    /** Where it is kept. */
    readonly file: string,
    private readonly identity: string,
    entries: Map<string, string> = new Map(),
  ) {
    this.entries = entries;
  }

  /** Opens the cache file; `warn` hears, in one line, why an existing one is not used. */
  static open(file: string, identity: string, warn: (message: string) => void): AuditCache {
    // The guarded read: a cache path linked to a FIFO or a device (/dev/zero) must not block or fill memory.
    const read = readRegularFile(file, MAX_CACHE_BYTES);
    if (!read.ok) {
      // None there yet, or a path where none can be (its writing will say so).
      const code = read.refusal === "error" ? read.error.code : undefined;
      if (code !== "ENOENT" && code !== "ENOTDIR") warn(`${describeRefusal(read, `the cache ${file}`)}: auditing without it`);
      return new AuditCache(file, identity);
    }
    const lines = read.content.toString("utf8").split("\n");
    const head = headOf(lines[0]!);
    if (head === null) {
      warn(`the cache ${file} is not an fsar cache or is damaged: ignored, and rebuilt`);
      return new AuditCache(file, identity);
    }
    // Another build, config or working folder: nothing in it holds. Not worth a warning: it is what a change of config does.
    if (head === "other version" || head.identity !== identity) return new AuditCache(file, identity);
    const entries = entriesOf(lines);
    if (!entries) {
      warn(`the cache ${file} is not an fsar cache or is damaged: ignored, and rebuilt`);
      return new AuditCache(file, identity);
    }
    return new AuditCache(file, identity, entries);
  }

  /** What the group's files were found to hold, when none changed size or mtime since: no need to read them. Fresh objects, the caller's to keep. */
  byStats(key: string, group: readonly CachedCandidate[]): Array<AuditedFile | null> | null {
    const line = this.entries.get(key);
    const stamps = line === undefined ? null : stampsOf(line, key, group);
    if (!stamps) return null;
    for (let index = 0; index < stamps.length; index++) {
      const [, , size, mtimeMs] = stamps[index]!;
      let stats: Stats | undefined;
      try {
        stats = statSync(group[index]!.path, { throwIfNoEntry: false });
      } catch {
        return null;
      }
      if (!stats?.isFile() || stats.size !== size || stats.mtimeMs !== mtimeMs) return null;
    }
    return auditedOf(line!, group.length);
  }

  /** The content hashes the cache holds for a group's files, to tell an unchanged file once it is read. */
  knownHashes(key: string, group: readonly CachedCandidate[]): string[] | null {
    const line = this.entries.get(key);
    if (line === undefined || auditedOf(line, group.length) === null) return null;
    return stampsOf(line, key, group)?.map((stamp) => stamp[4]) ?? null;
  }

  /**
   * What a group's files were found to hold, once reading them showed their known hashes (see knownHashes): their
   * new stamps are kept. Fresh objects, the caller's to keep.
   */
  refresh(key: string, files: readonly FileRead[]): Array<AuditedFile | null> {
    const line = this.entries.get(key)!;
    const known = JSON.parse(line.slice(0, line.indexOf("\t"))) as FileStamp[];
    const stamps = known.map(([suffix, certain], index): FileStamp => [suffix, certain, files[index]!.size, this.stampOf(files[index]!.mtimeMs), files[index]!.hash!]);
    const audited = line.slice(line.indexOf("\t") + 1);
    this.entries.set(key, `${JSON.stringify(stamps)}\t${audited}`);
    this.changed = true;
    return JSON.parse(audited) as Array<AuditedFile | null>;
  }

  /** Records a group's files and what auditing them found. A file whose result depends on the clock is never stored. */
  store(key: string, group: { paths: readonly string[]; certain: readonly boolean[] }, files: ReadonlyArray<FileRead & { audited: AuditedFile | null }>): void {
    if (files.some((file) => file.audited?.clockBound)) {
      if (this.entries.delete(key)) this.changed = true;
      return;
    }
    const stamps = files.map((file, index): FileStamp => [group.paths[index]!.slice(key.length), group.certain[index]!, file.size, this.stampOf(file.mtimeMs), file.hash!]);
    // Serialised now: the engine goes on changing the findings it was given (waivers, cross-report rules).
    this.entries.set(key, `${JSON.stringify(stamps)}\t${JSON.stringify(files.map((file) => file.audited))}`);
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
    const head: CacheHead = { format: CACHE_FORMAT, version: CACHE_VERSION, identity: this.identity };
    const lines = [JSON.stringify(head)];
    for (const [key, line] of this.entries) lines.push(`${JSON.stringify(key)}\t${line}`);
    try {
      writeFileAtomic(this.file, `${lines.join("\n")}\n`);
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
