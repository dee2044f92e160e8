import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";

/** What reading a report file gave: its bytes, or why there are none. */
export type ReadOutcome = { content: Buffer } | { notRegularFile: true } | { error: NodeJS.ErrnoException };

/** The content of an open regular file of `size` bytes, without the second fstat readFileSync would make. */
function readOpenFile(descriptor: number, size: number): Buffer {
  // A size of 0 may be a file whose size the system does not know (procfs): read to the end.
  if (size === 0) return readFileSync(descriptor);
  const content = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const read = readSync(descriptor, content, filled, size - filled, null);
    if (read === 0) return content.subarray(0, filled);
    filled += read;
  }
  return content;
}

/**
 * Reads a report file from disk, the one way every command does. A FIFO or device would block or never end: only
 * regular files are read. Opening without blocking, then checking what was opened, leaves no gap for the file to
 * change kind in between.
 */
export function readReportSource(path: string): ReadOutcome {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { notRegularFile: true };
    return { content: readOpenFile(descriptor, stats.size) };
  } catch (error) {
    return { error: error as NodeJS.ErrnoException };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
