import { relative } from "node:path";
import type { ResolvedConfig } from "../config/resolve.js";
import { toSlash } from "../core/paths.js";

/** What an audit covers: the paths given, else the config's include (made relative to cwd), else the working folder. */
export function auditTargets(paths: readonly string[], config: ResolvedConfig, cwd: string): readonly string[] {
  if (paths.length > 0) return paths;
  if (config.include.length > 0) return config.include.map((glob) => toSlash(relative(cwd, `${config.baseDir}/${glob}`)) || ".");
  return ["."];
}
