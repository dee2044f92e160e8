import { chmodSync, closeSync, constants, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UsageError } from "../core/usage-error.js";

function statOrNull(path: string, stat: (path: string) => Stats): Stats | null {
  try {
    return stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/** Writes into what is already there (a device, a FIFO, /dev/stdout): opened without blocking, never created or renamed. */
function writeThrough(path: string, stats: Stats, content: Iterable<string>): void {
  if (stats.isSocket()) throw new UsageError(`${path} is a socket: not written`);
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    // A FIFO nobody reads from: opening it to write would block until someone does.
    if ((error as NodeJS.ErrnoException).code === "ENXIO" && stats.isFIFO()) throw new UsageError(`${path} is a FIFO that nothing reads from: not written`);
    throw error;
  }
  try {
    for (const piece of content) {
      const bytes = Buffer.from(piece);
      let written = 0;
      while (written < bytes.length) {
        try {
          written += writeSync(descriptor, bytes, written);
        } catch (error) {
          // A full pipe: wait for its reader a moment, as a blocking write would.
          if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
          Atomics.wait(pause, 0, 0, 5);
        }
      }
    }
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Writes a file so readers never see half of it: a temporary file beside it, then a rename. Only a regular file
 * or a missing path is replaced. A symbolic link is written through (its target is replaced, the link stays); a
 * link to nothing is refused. A device, FIFO or `/dev/stdout` is written into, never replaced. `mode` (such as
 * 0o755 for a git hook) is set before the rename, whatever the umask. The content may come in pieces, written one
 * after the other, so a big output is never one string.
 */
export function writeFileAtomic(path: string, content: string | Iterable<string>, options: { mode?: number } = {}): void {
  const pieces = typeof content === "string" ? [content] : content;
  const target = statOrNull(path, statSync);
  if (target === null) {
    if (statOrNull(path, lstatSync)?.isSymbolicLink()) throw new UsageError(`${path} is a symbolic link to a missing file: not written`);
  } else if (target.isDirectory()) {
    throw new UsageError(`${path} is a folder: not written`);
  } else if (!target.isFile()) {
    writeThrough(path, target, pieces);
    return;
  }
  const file = target !== null && statOrNull(path, lstatSync)?.isSymbolicLink() ? realpathSync(path) : path;
  mkdirSync(dirname(file), { recursive: true });
  // A random part keeps concurrent writers apart; node:crypto would cost every command its load time.
  const temporary = join(dirname(file), `.${basename(file)}.${Math.random().toString(36).slice(2)}${Math.random().toString(36).slice(2)}.tmp`);
  try {
    // Exclusive: a link planted at the temporary name is never followed.
    const descriptor = openSync(temporary, "wx");
    try {
      for (const piece of pieces) {
        const bytes = Buffer.from(piece);
        for (let written = 0; written < bytes.length; ) written += writeSync(descriptor, bytes, written);
      }
    } finally {
      closeSync(descriptor);
    }
    if (options.mode !== undefined) chmodSync(temporary, options.mode);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
