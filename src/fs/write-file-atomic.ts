import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so readers never see half a file.
 * `mode` (such as 0o755 for a git hook) is set before the rename, whatever the umask.
 */
export function writeFileAtomic(path: string, content: string, options: { mode?: number } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  // A random part keeps concurrent writers apart; node:crypto would cost every command its load time.
  const temporary = join(dirname(path), `.${basename(path)}.${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}.tmp`);
  try {
    writeFileSync(temporary, content);
    if (options.mode !== undefined) chmodSync(temporary, options.mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
