import { isAbsolute, join, relative, resolve, sep } from "node:path";
import type { AuditOptions } from "./audit.js";
import { globBase, isGlob, matchesAnyGlob } from "../core/glob.js";
import { loadConfig } from "../config/load.js";
import type { ResolvedConfig } from "../config/resolve.js";
import { MAX_REPORT_BYTES, readRegularFile } from "../fs/read-regular-file.js";
import { Auditor, type AuditResult, type ReportSource } from "../core/engine.js";
import { classifyFileName, isInNeverWalkedFolder, looksLikeReport } from "../discovery/discover.js";
import { listChangedFiles, listPushedFiles, listStagedFiles, type GitFile } from "../git/changes.js";
import { isRegularFileMode } from "../git/diff.js";
import type { PushUpdate } from "../git/push.js";
import { GitRepository } from "../git/repository.js";
import { diagnostic, PARSE_ERROR } from "../core/diagnostics.js";
import { groupTwins, toSlash } from "../core/paths.js";
import { refusalFinding } from "./read-source.js";
import { auditTargets } from "./targets.js";


interface Target {
  /** Whether an absolute path is under this target, and named by it. */
  match(path: string): { inside: boolean; named: boolean };
}

/**
 * What a folder walk of the same paths would cover (the paths given, else the config's include, else the
 * working folder), as a test on a changed file's path: git lists files that may no longer exist on disk.
 */
function walkTargets(paths: readonly string[], config: ResolvedConfig, cwd: string): Target[] {
  return auditTargets(paths, config, cwd).map((target): Target => {
    const glob = isGlob(target);
    const root = resolve(cwd, glob ? globBase(target) || "." : target);
    const pattern = toSlash(target);
    return {
      match(path) {
        if (!glob && path === root) return { inside: true, named: true };
        const below = relative(root, path);
        if (below === "" || below === ".." || below.startsWith(`..${sep}`) || isAbsolute(below)) return { inside: false, named: false };
        if (isInNeverWalkedFolder(toSlash(below))) return { inside: false, named: false };
        const inside = !glob || matchesAnyGlob(toSlash(relative(cwd, path)), [pattern]) || matchesAnyGlob(toSlash(path), [pattern]);
        return { inside, named: false };
      },
    };
  });
}

/**
 * Audits changed files with the discovery rules of a folder walk (fsar*.md|json always; other .md/.json by
 * content; the config's exclude), reading each from its blob or, for working-tree changes, from disk.
 */
export async function auditGitFiles(repo: GitRepository, files: readonly GitFile[], paths: readonly string[], config: ResolvedConfig, options: AuditOptions): Promise<AuditResult> {
  const auditor = new Auditor(config, options.now ?? new Date());
  auditor.onRecord = options.onRecord ?? null;
  const targets = walkTargets(paths, config, options.cwd);
  let skipped = 0;
  const wanted: Array<{ file: GitFile; absolute: string; certain: boolean }> = [];
  for (const file of files) {
    const absolute = join(repo.root, file.path);
    const matches = targets.map((target) => target.match(absolute));
    if (!matches.some((match) => match.inside)) continue;
    const named = matches.some((match) => match.named);
    const kind = classifyFileName(file.path);
    const excluded = config.exclude.length > 0 && matchesAnyGlob(toSlash(relative(config.baseDir, absolute)), config.exclude);
    // A symbolic link's blob is its target's name, not a report; on disk, links are followed as in a folder walk.
    const linkBlob = file.blob !== null && !isRegularFileMode(file.mode);
    if (linkBlob || (!named && (kind === "skip" || excluded))) {
      skipped++;
      continue;
    }
    wanted.push({ file, absolute, certain: named || kind === "report" });
  }

  const blobs = await repo.readBlobs(wanted.flatMap(({ file }) => (file.blob === null ? [] : [file.blob])));
  const sources: ReportSource[] = [];
  for (const { file, absolute, certain } of wanted) {
    const shown = toSlash(relative(options.cwd, absolute));
    const name = file.label === undefined ? shown : `${file.label}:${shown}`;
    let content: Uint8Array;
    if (file.blob !== null) {
      const blob = blobs.get(file.blob);
      if (blob === undefined) {
        auditor.addUnreadable(name, diagnostic(PARSE_ERROR, "noBlob", { blob: file.blob }, null, null));
        continue;
      }
      content = blob;
    } else {
      const read = readRegularFile(absolute, MAX_REPORT_BYTES);
      if (!read.ok) {
        if (read.refusal === "error" && read.error.code === "ENOENT") continue; // deleted since git listed it
        // A FIFO or device is skipped, as in a folder walk.
        if (read.refusal === "not-regular") skipped++;
        else auditor.addUnreadable(name, refusalFinding(read));
        continue;
      }
      content = read.content;
    }
    if (!certain && !looksLikeReport(file.path, content)) {
      skipped++;
      continue;
    }
    sources.push({ file: name, pathFromConfig: toSlash(relative(config.baseDir, absolute)), content });
  }
  for (const group of groupTwins(sources, (source) => source.file)) auditor.addGroup(group);
  return auditor.finish(skipped);
}

async function prepare(options: AuditOptions): Promise<{ repo: GitRepository; config: ResolvedConfig }> {
  const repo = await GitRepository.open(options.cwd);
  const config = options.config ?? (await loadConfig({ cwd: options.cwd, configFile: options.configFile }));
  return { repo, config };
}

export interface ChangedAuditOptions extends AuditOptions {
  /** The ref to compare with; default: the branch's upstream, else origin/HEAD, else main, else master. */
  base?: string;
}

/**
 * `fsar audit --changed`: audits the reports added or modified between the merge-base of the base and HEAD,
 * plus uncommitted and untracked ones, as they are in the working tree. `paths` narrows it as in `audit`.
 * Throws ShallowHistoryError when the clone is too shallow to find the merge-base.
 */
export async function auditChanged(paths: readonly string[], options: ChangedAuditOptions): Promise<AuditResult> {
  const { repo, config } = await prepare(options);
  return auditGitFiles(repo, await listChangedFiles(repo, options.base), paths, config, options);
}

/** `fsar audit --staged`: audits the staged content (the index blob, not the working file) of staged reports. */
export async function auditStaged(paths: readonly string[], options: AuditOptions): Promise<AuditResult> {
  const { repo, config } = await prepare(options);
  return auditGitFiles(repo, await listStagedFiles(repo), paths, config, options);
}

/**
 * The pre-push check: audits the reports a push changes, as they are in the pushed commits.
 * `updates` is git's pre-push input (see parsePushUpdates); `remote` is the hook's first argument.
 */
export async function auditPush(remote: string, updates: readonly PushUpdate[], options: AuditOptions): Promise<AuditResult> {
  const { repo, config } = await prepare(options);
  return auditGitFiles(repo, await listPushedFiles(repo, remote, updates), [], config, options);
}
