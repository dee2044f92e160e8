import { chmodSync, lstatSync, rmSync, statSync, type Stats } from "node:fs";
import { join } from "node:path";
import { UsageError } from "../core/usage-error.js";
import { describeRefusal, readRegularFile } from "../fs/read-regular-file.js";
import { writeFileAtomic } from "../fs/write-file-atomic.js";
import { GitRepository } from "./repository.js";

/** A hook is a short script: anything larger is not one fsar wrote, and is not read whole. */
const MAX_HOOK_BYTES = 1024 * 1024;

export const HOOK_NAMES = ["pre-push", "pre-commit"] as const;
export type HookName = (typeof HOOK_NAMES)[number];

/** The line that marks a hook file as fsar's: install may update it and uninstall may remove it; any other hook is left alone. */
export const HOOK_MARKER = "# fsar-managed-hook: written by `fsar hook install`; `fsar hook uninstall` removes it";

/** How a hook starts the fsar that installed it: absolute paths to node and to fsar's bin/fsar.js. */
export interface FsarCommand {
  node: string;
  script: string;
}

function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

const BYPASS: Record<HookName, string> = { "pre-push": "git push --no-verify", "pre-commit": "git commit --no-verify" };

/** The hook file: runs the fsar that installed it when it is still there, else the project's own through npx. */
export function hookScript(hook: HookName, fsar: FsarCommand): string {
  return [
    "#!/bin/sh",
    HOOK_MARKER,
    `# Audits the reports this ${hook === "pre-push" ? "push" : "commit"} changes. To skip it once: ${BYPASS[hook]}`,
    `node=${shellQuote(fsar.node)}`,
    `fsar=${shellQuote(fsar.script)}`,
    'if [ -x "$node" ] && [ -f "$fsar" ]; then',
    `  exec "$node" "$fsar" hook run ${hook} "$@"`,
    "fi",
    `exec npx --no -- fsar hook run ${hook} "$@"`,
    "",
  ].join("\n");
}

/** Whether a hook file is one fsar wrote. */
export function isFsarHook(content: string): boolean {
  return content.split(/\r?\n/).some((line) => line.startsWith("# fsar-managed-hook"));
}

function readHook(path: string): string | null {
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return null;
  }
  if (stats.isDirectory()) throw new UsageError(`${path} is a folder, not a hook file`);
  const read = readRegularFile(path, MAX_HOOK_BYTES);
  if (!read.ok) throw new UsageError(describeRefusal(read, path));
  return read.content.toString("utf8");
}

/** Where git runs a hook from in the repository at `cwd` (asks git: honours core.hooksPath and worktrees). */
export async function findHookPath(cwd: string, hook: HookName): Promise<string> {
  const repo = await GitRepository.open(cwd);
  return join(await repo.gitPath("hooks"), hook);
}

export interface InstallHookOptions {
  /** A folder in the repository. */
  cwd: string;
  hook: HookName;
  fsar: FsarCommand;
  /** Replace a hook fsar did not write. */
  force?: boolean;
}

export interface HookInstallation {
  path: string;
  /** `unchanged`: fsar's hook was already there, as it would write it. `replaced`: a foreign hook was overwritten (--force). */
  action: "installed" | "updated" | "unchanged" | "replaced";
}

/**
 * Writes an executable hook that runs `fsar hook run <hook>`. Idempotent. Refuses (UsageError) to overwrite a
 * hook fsar did not write unless `force` is set.
 */
export async function installHook(options: InstallHookOptions): Promise<HookInstallation> {
  const path = await findHookPath(options.cwd, options.hook);
  const existing = readHook(path);
  const foreign = existing !== null && !isFsarHook(existing);
  if (foreign && !options.force) {
    throw new UsageError(
      `${path} already exists and fsar did not write it, so it is left as it is. ` +
        `Call fsar from it (fsar hook run ${options.hook}${options.hook === "pre-push" ? ' "$@"' : ""}), or replace it with fsar hook install --force`,
    );
  }
  const script = hookScript(options.hook, options.fsar);
  if (existing === script) {
    // git skips a hook that is not executable: make sure it still is.
    if ((statSync(path).mode & 0o111) === 0) chmodSync(path, 0o755);
    return { path, action: "unchanged" };
  }
  writeFileAtomic(path, script, { mode: 0o755 });
  return { path, action: existing === null ? "installed" : foreign ? "replaced" : "updated" };
}

export interface HookRemoval {
  /** fsar's hooks, now removed. */
  removed: string[];
  /** Hooks fsar did not write: left alone. */
  kept: string[];
}

/** Removes every hook fsar wrote in the repository at `cwd`, and only those. */
export async function uninstallHooks(cwd: string): Promise<HookRemoval> {
  const repo = await GitRepository.open(cwd);
  const folder = await repo.gitPath("hooks");
  const removal: HookRemoval = { removed: [], kept: [] };
  for (const hook of HOOK_NAMES) {
    const path = join(folder, hook);
    const existing = readHook(path);
    if (existing === null) continue;
    if (isFsarHook(existing)) {
      rmSync(path, { force: true });
      removal.removed.push(path);
    } else {
      removal.kept.push(path);
    }
  }
  return removal;
}
