import type { ResolvedConfig } from "../../config/resolve.js";
import type { AuditResult } from "../../core/engine.js";
import { UsageError } from "../../core/usage-error.js";

export interface GitSelection {
  changed?: boolean;
  base?: string;
  staged?: boolean;
}

/** Whether `fsar audit` was asked to pick its reports from git. */
export function selectsFromGit(options: GitSelection): boolean {
  return options.changed === true || options.staged === true || options.base !== undefined;
}

/** `fsar audit --changed [--base <ref>]` and `fsar audit --staged`. */
export async function auditFromGit(paths: string[], options: GitSelection, context: { cwd: string; config: ResolvedConfig; now: Date }): Promise<AuditResult> {
  if (options.changed && options.staged) throw new UsageError("--changed and --staged cannot be used together");
  if (options.base !== undefined && !options.changed) throw new UsageError("--base only makes sense with --changed");
  const git = await import("../../app/audit-git.js");
  return options.staged ? git.auditStaged(paths, context) : git.auditChanged(paths, { ...context, base: options.base });
}
