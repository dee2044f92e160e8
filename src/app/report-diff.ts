import { statSync } from "node:fs";
import { describeRefusal, MAX_REPORT_BYTES, readRegularFile } from "../fs/read-regular-file.js";
import { relative, resolve } from "node:path";
import { matchesAnyGlob } from "../core/glob.js";
import { loadConfig } from "../config/load.js";
import type { ResolvedConfig } from "../config/resolve.js";
import type { ReportSource } from "../core/engine.js";
import { UsageError } from "../core/usage-error.js";
import { summarizeDiff, type DiffResult } from "../diff/change.js";
import { diffReportSources, type SourceDiffOptions } from "../diff/diff-sources.js";
import { pairMovedReports, type ChangedReport } from "../diff/pair-moved-reports.js";
import { classifyFileName, isInNeverWalkedFolder, looksLikeReport } from "../discovery/discover.js";
import { GitRepository } from "../git/repository.js";
import { toSlash } from "../core/paths.js";

export interface ReportDiffOptions {
  /** The working folder: files, `./` blob paths and pathspecs are relative to it. */
  cwd: string;
  /** The config verdicts are judged under; by default found from cwd (or `configFile`). */
  config?: ResolvedConfig;
  configFile?: string;
  /** The time the rules see. */
  now?: Date;
  /** With two revisions: limit the diff to these pathspecs (what follows `--`). */
  paths?: readonly string[];
}

/** A revision range as `git diff` reads it: `A..B` (or two revisions) compares A with B, `A...B` the merge base of A and B with B. */
export interface RevisionRange {
  from: string;
  to: string;
  mergeBase: boolean;
}


/** `A...B`, `A..B`, with an empty side meaning HEAD; null when the text is not a range. */
export function parseRevisionRange(text: string): RevisionRange | null {
  const match = /^(.*?)(\.\.\.?)(.*)$/.exec(text);
  if (!match || text.includes(":")) return null;
  return { from: match[1] || "HEAD", to: match[3] || "HEAD", mergeBase: match[2] === "..." };
}

/** A `<revision>:<path>` blob spec; null for anything else. */
function parseBlobSpec(text: string): { revision: string; path: string } | null {
  const colon = text.indexOf(":");
  if (colon <= 0 || colon === text.length - 1) return null;
  return { revision: text.slice(0, colon), path: text.slice(colon + 1) };
}

function isFile(cwd: string, path: string): boolean {
  try {
    return statSync(resolve(cwd, path)).isFile();
  } catch {
    return false;
  }
}

async function readSide(spec: string, config: ResolvedConfig, cwd: string): Promise<ReportSource> {
  const absolute = resolve(cwd, spec);
  if (isFile(cwd, spec)) {
    const read = readRegularFile(absolute, MAX_REPORT_BYTES);
    if (!read.ok) throw new UsageError(describeRefusal(read, spec));
    return { file: toSlash(spec), pathFromConfig: toSlash(relative(config.baseDir, absolute)), content: read.content };
  }
  const blob = parseBlobSpec(spec);
  if (!blob) throw new UsageError(`no such file: ${spec}`);
  const repo = await GitRepository.open(cwd);
  const content = await repo.readBlob(blob.revision, blob.path);
  return { file: spec, pathFromConfig: toSlash(relative(config.baseDir, repo.resolveBlobPath(blob.path))), content };
}

async function sourceOptions(options: ReportDiffOptions): Promise<{ config: ResolvedConfig } & SourceDiffOptions> {
  const config = options.config ?? (await loadConfig({ cwd: options.cwd, configFile: options.configFile }));
  return { config, now: options.now ?? new Date() };
}

/** Compares two versions of one report: each a file or a `<revision>:<path>` blob. A named file is always read as a report. */
export async function diffReportFiles(oldSpec: string, newSpec: string, options: ReportDiffOptions): Promise<DiffResult> {
  const judged = await sourceOptions(options);
  const [oldSource, newSource] = await Promise.all([readSide(oldSpec, judged.config, options.cwd), readSide(newSpec, judged.config, options.cwd)]);
  return summarizeDiff([diffReportSources(oldSource, newSource, judged)]);
}

/** One side of a change between revisions whose name a folder walk would read: a report, or maybe one (by content). */
interface ReportCandidate {
  commit: string;
  path: string;
  blob: string;
  kind: "report" | "maybe";
  pathFromConfig: string;
}

/** Walks never enter these folders, so a diff ignores reports in them too. */

/**
 * Compares every report changed between two revisions: paired by path, renames followed, and by
 * report id when a report moved under a new name. Files that are not reports (by the rules `fsar audit`
 * uses in a folder walk) and excluded files are ignored. Paths are relative to the repository root.
 */
export async function diffRevisions(range: RevisionRange, options: ReportDiffOptions): Promise<DiffResult> {
  const judged = await sourceOptions(options);
  const { config } = judged;
  const repo = await GitRepository.open(options.cwd).catch((error: unknown) => {
    // Outside a repository the operands were most likely meant as files: say that first.
    if (!(error instanceof UsageError)) throw error;
    throw new UsageError(`no such file ${JSON.stringify(range.from)} or ${JSON.stringify(range.to)}, and no revisions to read without git: ${error.message}`);
  });
  const commitOf = (revision: string): Promise<string> => repo.requireCommit(revision, `not a file or a revision: ${JSON.stringify(revision)}`);
  const [fromCommit, to] = await Promise.all([commitOf(range.from), commitOf(range.to)]);
  let from = fromCommit;
  if (range.mergeBase) {
    const base = await repo.mergeBase(fromCommit, to);
    if (base === null) throw new UsageError(`no merge base between ${fromCommit} and ${to}`);
    from = base;
  }
  const changed = await repo.listChangedPaths(from, to, options.paths ?? []);

  /** A side of a change that may be a report, by its path; null when audit would not read it. */
  const candidate = (commit: string, path: string | null, blob: string | null): ReportCandidate | null => {
    if (path === null || blob === null || isInNeverWalkedFolder(path)) return null;
    const kind = classifyFileName(path);
    const pathFromConfig = toSlash(relative(config.baseDir, resolve(repo.root, path)));
    if (kind === "skip" || (config.exclude.length > 0 && matchesAnyGlob(pathFromConfig, config.exclude))) return null;
    return { commit, path, blob, kind, pathFromConfig };
  };
  const sides = changed.map((change) => ({ old: candidate(from, change.oldPath, change.oldBlob), new: candidate(to, change.newPath, change.newBlob) }));
  const blobs = await repo.readBlobs(sides.flatMap((side) => [side.old, side.new].flatMap((report) => (report === null ? [] : [report.blob]))));
  const toSource = (report: ReportCandidate | null): ReportSource | null => {
    if (report === null) return null;
    const content = blobs.get(report.blob);
    if (content === undefined) throw new UsageError(`cannot read ${report.commit}:${report.path}: git has no blob ${report.blob}`);
    if (report.kind === "maybe" && !looksLikeReport(report.path, content)) return null;
    return { file: report.path, pathFromConfig: report.pathFromConfig, content };
  };
  const reports: ChangedReport[] = sides.map((side) => ({ old: toSource(side.old), new: toSource(side.new) }));
  return summarizeDiff(pairMovedReports(reports).map((pair) => diffReportSources(pair.old, pair.new, judged)));
}

/**
 * What `fsar diff` does with its arguments: two files or blobs, two revisions, or one range
 * (`A...B`, `A..B`). A usage error for anything else.
 */
export async function diffReports(targets: readonly string[], options: ReportDiffOptions): Promise<DiffResult> {
  const paths = options.paths ?? [];
  if (targets.length === 1) {
    const range = isFile(options.cwd, targets[0]!) ? null : parseRevisionRange(targets[0]!);
    if (!range) throw new UsageError("fsar diff takes two reports (files or <revision>:<path>), two revisions, or a range A...B");
    return diffRevisions(range, options);
  }
  if (targets.length !== 2) throw new UsageError("fsar diff takes two reports (files or <revision>:<path>), two revisions, or a range A...B");
  const [oldTarget, newTarget] = targets as [string, string];
  const isRevision = (target: string): boolean => !isFile(options.cwd, target) && parseBlobSpec(target) === null;
  if (isRevision(oldTarget) && isRevision(newTarget)) return diffRevisions({ from: oldTarget, to: newTarget, mergeBase: false }, options);
  if (isRevision(oldTarget) || isRevision(newTarget)) {
    const missing = isRevision(oldTarget) ? oldTarget : newTarget;
    throw new UsageError(`no such file: ${missing} (compare two reports, or two revisions)`);
  }
  if (paths.length > 0) throw new UsageError("paths after -- limit a diff between revisions, not between two reports");
  return diffReportFiles(oldTarget, newTarget, options);
}
