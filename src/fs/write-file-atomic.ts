import { chmodSync, closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so readers never see half a file.
 * `mode` (such as 0o755 for a git hook) is set before the rename, whatever the umask. The content may come in pieces,
 * written one after the other, so a big output is never one string.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>, options: { mode?: number } = {}): void {
  mkdirSync(dirname(path), { recursive: true });
  // A random part keeps concurrent writers apart; node:crypto would cost every command its load time.
  const temporary = join(dirname(path), `.${basename(path)}.${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}.tmp`);
  try {
    const descriptor = openSync(temporary, "w");
    try {
      for (const piece of typeof content === "string" ? [content] : content) writeSync(descriptor, piece);
    } finally {
      closeSync(descriptor);
    }
    if (options.mode !== undefined) chmodSync(temporary, options.mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
