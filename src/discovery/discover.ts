import { readdirSync, statSync, type Dirent, type Stats } from "node:fs";
import { relative, resolve, sep } from "node:path";
import { globBase, isGlob, matchesAnyGlob } from "../core/glob.js";
import { toSlash, twinKey } from "../core/paths.js";

/** A file that may be a report. */
export interface Candidate {
  /** Absolute path. */
  path: string;
  /**
   * True when the file is audited whatever it holds: named on the command line, or named `fsar*.md|json`.
   * Otherwise its content decides (see `looksLikeReport`).
   */
  certain: boolean;
}

/** A path that could not be walked or read: it becomes a failing result, never a silent skip. */
export interface DiscoveryProblem {
  path: string;
  /** Why the folder could not be read (an error code, or that its name is not UTF-8). */
  reason: string;
}

export interface Discovery {
  candidates: Candidate[];
  /** Files seen in folder walks that are not reports (other extensions, special files). */
  skipped: number;
  problems: DiscoveryProblem[];
  /** Command-line paths and globs that matched nothing: a usage error. */
  unmatched: string[];
}

export interface DiscoverOptions {
  cwd: string;
  /** Globs (relative to excludeBase) of files a walk never yields. */
  exclude?: readonly string[];
  excludeBase?: string;
  /** Only this part of the reports (see `inShard`); paths are hashed relative to excludeBase. */
  shard?: Shard;
  /**
   * Called for each file named in `paths` that `exclude` matches: it is skipped (and counted) as in a walk, so hook
   * runners can pass any staged file. Without it, a named file is always yielded.
   */
  onExcludedNamed?: (path: string) => void;
  /** Absolute paths of files fsar writes itself (the cache): a walk neither yields nor counts them. */
  ownFiles?: readonly string[];
}

/** Part `index` (1-based) of `count` parts of the reports: `--shard <index>/<count>`. */
export interface Shard {
  index: number;
  count: number;
}

/** What a batched discovery found besides candidates; complete once every batch has been taken. */
export type DiscoveryTally = Omit<Discovery, "candidates">;

const REPORT_NAME = /^fsar.*\.(md|json)$/i;
const REPORT_EXTENSION = /\.(md|json)$/i;
/** fsar's own files: named fsar*, but their content decides (so a baseline in a report folder is skipped). */
const OWN_FILES = new Set(["fsar-baseline.json"]);

/**
 * How a file name counts in discovery: `report` (fsar*.md|json, always audited), `maybe` (other .md/.json:
 * their content decides, see looksLikeReport) or `skip`.
 */
export function classifyFileName(name: string): "report" | "maybe" | "skip" {
  const base = name.slice(name.lastIndexOf("/") + 1);
  if (REPORT_NAME.test(base) && !OWN_FILES.has(base.toLowerCase())) return "report";
  return REPORT_EXTENSION.test(base) ? "maybe" : "skip";
}
/** Folders no walk enters, and no git-driven audit or diff reads from: every command skips the same ones. */
export const NEVER_WALKED: ReadonlySet<string> = new Set(["node_modules", ".git"]);

/** Whether a `/`-separated path lies inside a folder no walk enters. */
export function isInNeverWalkedFolder(path: string): boolean {
  return path.split("/").slice(0, -1).some((folder) => NEVER_WALKED.has(folder));
}


function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * Why a listed path could not be read: its error code, or that its name is not UTF-8 (readdir hands such
 * a name back with U+FFFD in place of the bad bytes, and that name then does not exist).
 */
export function describeReadError(path: string, error: unknown): string {
  const code = errorCode(error);
  return code === "ENOENT" && path.includes("\uFFFD") ? "its name is not valid UTF-8" : code;
}

/** FNV-1a over the UTF-16 code units: the same number on every machine and Node version. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * Whether a path (relative to the config's folder, `/` separators) falls in a shard. The hash is of the
 * path without its .md/.json extension, so a report's md and json twins always land in the same shard.
 */
export function inShard(pathFromBase: string, shard: Shard): boolean {
  return hashOf(twinKey(pathFromBase)) % shard.count === shard.index - 1;
}

/**
 * Expands paths (files, folders, globs) into report candidates. Folders are walked iteratively,
 * following symlinks once per real folder (so loops end), skipping node_modules and .git.
 */
export function discoverFiles(paths: readonly string[], options: DiscoverOptions): Discovery {
  const tally: DiscoveryTally = { skipped: 0, problems: [], unmatched: [] };
  const candidates: Candidate[] = [];
  for (const batch of discoverBatches(paths, options, tally)) for (const candidate of batch) candidates.push(candidate);
  candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { candidates, ...tally };
}

/**
 * discoverFiles a batch at a time, so a caller can audit while it walks and never holds every path:
 * first the files named on the command line, then a walked folder's files in batches of about BATCH_FILES, one
 * folder after another, each sorted by path. Twins share a folder, and a batch never splits them. `tally` is complete after the last batch.
 */
export function* discoverBatches(paths: readonly string[], options: DiscoverOptions, tally: DiscoveryTally): Generator<Candidate[], void, undefined> {
  const visitedFolders = new Set<string>();
  const excludeBase = options.excludeBase ?? options.cwd;
  const exclude = options.exclude ?? [];
  const { shard } = options;
  const ownFiles = new Set(options.ownFiles);
  const fromBase = (path: string): string => toSlash(relative(excludeBase, path));
  const isExcluded = (path: string): boolean => exclude.length > 0 && matchesAnyGlob(fromBase(path), exclude);
  const isMine = (path: string): boolean => shard === undefined || inShard(fromBase(path), shard);

  // A named file is always audited, even where a walk would skip it, and only once.
  const named = new Set<string>();
  const walks: Array<{ index: number; root: string; filter: ((path: string) => boolean) | null }> = [];
  const unmatched = new Set<number>();
  paths.forEach((given, index) => {
    const absolute = resolve(options.cwd, given);
    let stats: Stats | null = null;
    try {
      stats = statSync(absolute);
    } catch {
      stats = null;
    }
    if (stats?.isDirectory()) {
      walks.push({ index, root: absolute, filter: null });
    } else if (stats) {
      named.add(absolute);
    } else if (isGlob(given)) {
      const pattern = toSlash(given);
      const matches = (path: string): boolean => matchesAnyGlob(toSlash(relative(options.cwd, path)), [pattern]) || matchesAnyGlob(toSlash(path), [pattern]);
      walks.push({ index, root: resolve(options.cwd, globBase(given) || "."), filter: matches });
    } else {
      unmatched.add(index);
    }
  });
  const { onExcludedNamed } = options;
  if (onExcludedNamed) {
    for (const path of named) {
      if (!isExcluded(path)) continue;
      named.delete(path);
      if (isMine(path)) {
        tally.skipped++;
        onExcludedNamed(path);
      }
    }
  }
  const namedBatch = [...named].filter(isMine).map((path) => ({ path, certain: true }));
  if (namedBatch.length > 0) yield namedBatch.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

  /**
   * The names of one folder's candidates, sorted, with whether each is certain, and how many of its files the walk's
   * filter matched; its subfolders are pushed on `stack`; null when it cannot be read. A function of its own, so that
   * the folder's entries are gone before its candidates are audited (kept through them, they outlived young
   * collections); only the names stay, and each slice of them becomes candidates when it is yielded.
   */
  const listFolder = (folder: string, prefix: string, stack: string[], filter: ((path: string) => boolean) | null): { names: string[]; certain: boolean[]; found: number } | null => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      if (isMine(folder)) tally.problems.push({ path: folder, reason: describeReadError(folder, error) });
      return null;
    }
    const names: string[] = [];
    const certain: boolean[] = [];
    let found = 0;
    // Sorted by name, the candidates come sorted by path.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = prefix + entry.name;
      if (ownFiles.size > 0 && ownFiles.has(path)) continue;
      let isFile = entry.isFile();
      let isDirectory = entry.isDirectory();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync(path);
          isFile = target.isFile();
          isDirectory = target.isDirectory();
        } catch {
          if (isMine(path)) tally.skipped++; // a dangling link
          continue;
        }
      }
      if (isDirectory) {
        if (!NEVER_WALKED.has(entry.name)) stack.push(path);
        continue;
      }
      const kind = classifyFileName(entry.name);
      if (!isFile || kind === "skip" || isExcluded(path) || (filter && !filter(path))) {
        if ((!filter || filter(path)) && isMine(path)) tally.skipped++;
        continue;
      }
      found++;
      if (!named.has(path) && isMine(path)) {
        names.push(entry.name);
        certain.push(kind === "report");
      }
    }
    return { names, certain, found };
  };

  for (const { index, root, filter } of walks) {
    let found = 0;
    const stack = [root];
    while (stack.length > 0) {
      const folder = stack.pop()!;
      let folderStats: Stats;
      try {
        folderStats = statSync(folder);
      } catch (error) {
        if (isMine(folder)) tally.problems.push({ path: folder, reason: describeReadError(folder, error) });
        continue;
      }
      const identity = `${folderStats.dev}:${folderStats.ino}`;
      if (visitedFolders.has(identity)) continue;
      visitedFolders.add(identity);
      // folder is absolute and normalised, entry names hold no separator: joining needs no normalising.
      const prefix = folder.endsWith(sep) ? folder : folder + sep;
      const listed = listFolder(folder, prefix, stack, filter);
      if (listed === null) continue;
      found += listed.found;
      const { names, certain } = listed;
      for (const [start, end] of twinSafeSlices(names, BATCH_FILES)) {
        // Paths joined flat: a concatenation, flattened when read, would keep two strings per file alive.
        const batch: Candidate[] = [];
        for (let at = start; at < end; at++) batch.push({ path: [prefix, names[at]!].join(""), certain: certain[at]! });
        yield batch;
      }
    }
    if (filter && found === 0) unmatched.add(index);
  }
  for (const [index, path] of paths.entries()) if (unmatched.has(index)) tally.unmatched.push(path);
}

/** About how many files a folder's batches hold: what a batch holds lives until it is audited, so it stays small. */
const BATCH_FILES = 64;

/**
 * Cuts sorted file names into slices of about `size`, never between twins (`x.md`, `x.json`). Every name of a twin
 * key `k` starts with `k.`, and sorted names that share a start stand together, so the keys whose names may still
 * come form a stack of nested starts; a slice ends only where that stack is empty.
 */
export function* twinSafeSlices(names: readonly string[], size: number): Generator<[start: number, end: number], void, undefined> {
  const open: string[] = [];
  let start = 0;
  for (let index = 0; index < names.length; index++) {
    const name = names[index]!;
    while (open.length > 0 && !name.startsWith(open.at(-1)!)) open.pop();
    if (open.length === 0 && index - start >= size) {
      yield [start, index];
      start = index;
    }
    const key = `${twinKey(name)}.`;
    if (open.at(-1) !== key) open.push(key);
  }
  if (start < names.length) yield [start, names.length];
}

const FIRST_HEADING = /^#[^\S\n]*(.*)$/m;

/** Whether a file not named `fsar*` is a report: by its first heading (md) or its top-level keys (json). */
export function looksLikeReport(path: string, content: Uint8Array | string): boolean {
  const text = typeof content === "string" ? content : new TextDecoder().decode(content);
  if (/\.json$/i.test(path)) {
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === "object" && value !== null && !Array.isArray(value) && Object.hasOwn(value, "proposal") && Object.hasOwn(value, "severity");
    } catch {
      return false;
    }
  }
  const heading = FIRST_HEADING.exec(text);
  return heading !== null && heading[1]!.trim() === "FSAR Proposal Report";
}
