import { readdirSync, statSync, type Stats } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { globBase, isGlob, matchesAnyGlob } from "../config/glob.js";

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
  message: string;
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
}

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
const NEVER_WALKED = new Set(["node_modules", ".git"]);

function toSlash(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

/**
 * Expands paths (files, folders, globs) into report candidates. Folders are walked iteratively,
 * following symlinks once per real folder (so loops end), skipping node_modules and .git.
 */
export function discoverFiles(paths: readonly string[], options: DiscoverOptions): Discovery {
  const discovery: Discovery = { candidates: [], skipped: 0, problems: [], unmatched: [] };
  const seen = new Set<string>();
  const visitedFolders = new Set<string>();
  const excludeBase = options.excludeBase ?? options.cwd;
  const exclude = options.exclude ?? [];
  const isExcluded = (path: string): boolean => exclude.length > 0 && matchesAnyGlob(toSlash(relative(excludeBase, path)), exclude);

  const add = (path: string, certain: boolean): void => {
    if (seen.has(path)) return;
    seen.add(path);
    discovery.candidates.push({ path, certain });
  };

  const walk = (root: string, filter: ((path: string) => boolean) | null): number => {
    let found = 0;
    const stack = [root];
    while (stack.length > 0) {
      const folder = stack.pop()!;
      let folderStats: Stats;
      try {
        folderStats = statSync(folder);
      } catch (error) {
        discovery.problems.push({ path: folder, message: `cannot read the folder: ${errorCode(error)}` });
        continue;
      }
      const identity = `${folderStats.dev}:${folderStats.ino}`;
      if (visitedFolders.has(identity)) continue;
      visitedFolders.add(identity);
      let entries;
      try {
        entries = readdirSync(folder, { withFileTypes: true });
      } catch (error) {
        discovery.problems.push({ path: folder, message: `cannot read the folder: ${errorCode(error)}` });
        continue;
      }
      for (const entry of entries) {
        const path = join(folder, entry.name);
        let isFile = entry.isFile();
        let isDirectory = entry.isDirectory();
        if (entry.isSymbolicLink()) {
          try {
            const target = statSync(path);
            isFile = target.isFile();
            isDirectory = target.isDirectory();
          } catch {
            discovery.skipped++; // a dangling link
            continue;
          }
        }
        if (isDirectory) {
          if (!NEVER_WALKED.has(entry.name)) stack.push(path);
          continue;
        }
        const kind = classifyFileName(entry.name);
        if (!isFile || kind === "skip" || isExcluded(path) || (filter && !filter(path))) {
          if (!filter || filter(path)) discovery.skipped++;
          continue;
        }
        found++;
        add(path, kind === "report");
      }
    }
    return found;
  };

  for (const given of paths) {
    const absolute = resolve(options.cwd, given);
    let stats: Stats | null = null;
    try {
      stats = statSync(absolute);
    } catch {
      stats = null;
    }
    if (stats?.isDirectory()) {
      walk(absolute, null);
    } else if (stats) {
      add(absolute, true);
    } else if (isGlob(given)) {
      const base = resolve(options.cwd, globBase(given) || ".");
      const pattern = toSlash(given);
      const matches = (path: string): boolean => matchesAnyGlob(toSlash(relative(options.cwd, path)), [pattern]) || matchesAnyGlob(toSlash(path), [pattern]);
      if (walk(base, matches) === 0) discovery.unmatched.push(given);
    } else {
      discovery.unmatched.push(given);
    }
  }
  discovery.candidates.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return discovery;
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
