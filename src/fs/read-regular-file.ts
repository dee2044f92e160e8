import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** The most a report file may hold: far above any real report, far below what would take minutes to parse. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

/** A baseline lists findings, a few hundred bytes each: room for a few hundred thousand. */
export const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

/** What a guarded read found: the content, or why there is none. */
export type RegularFileRead =
  /** `mtimeMs` as the open file has it, for a cache to know it again. */
  | { ok: true; content: Buffer; mtimeMs: number }
  | { ok: false; refusal: "not-regular" }
  /** `size` is null for a file that claimed less than it held (procfs says 0). */
  | { ok: false; refusal: "too-large"; size: number | null; limit: number }
  | { ok: false; refusal: "error"; error: NodeJS.ErrnoException };

/** A byte count as people read it: `64 MiB`, `1 MiB`, else bytes. */
export function describeBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}

/** Reads into `content` from `filled` on; returns how many bytes the file gave in all. */
function fill(descriptor: number, content: Buffer, filled: number): number {
  while (filled < content.length) {
    const read = readSync(descriptor, content, filled, content.length - filled, null);
    if (read === 0) break;
    filled += read;
  }
  return filled;
}

/**
 * The one read of untrusted files (reports, configs, baselines, sidecars, textconv input): a link is followed,
 * then what was opened must be a regular file, of at most `limit` bytes. FIFOs and devices are refused without
 * blocking (opened non-blocking, checked on the open descriptor, so nothing can swap in between), and a file
 * that claims size 0 (procfs) is read only up to the limit.
 */
export function readRegularFile(path: string, limit: number): RegularFileRead {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { ok: false, refusal: "not-regular" };
    const tooLarge = (): RegularFileRead => ({ ok: false, refusal: "too-large", size: null, limit });
    if (stats.size > limit) return { ok: false, refusal: "too-large", size: stats.size, limit };
    // One byte past what the file claims (or past the limit, for a size the system does not know) tells whether it grew.
    // Sizes are kept multiples of 8 past the limit: some procfs files (pagemap) take only aligned reads.
    const ceiling = Math.ceil((limit + 1) / 8) * 8;
    const content = Buffer.allocUnsafe(stats.size === 0 ? Math.min(ceiling, 64 * 1024) : stats.size + 1);
    let filled = fill(descriptor, content, 0);
    if (filled < content.length) return { ok: true, content: content.subarray(0, filled), mtimeMs: stats.mtimeMs };
    // It gave more than it claimed: read on, in growing steps, up to the limit.
    let grown = content;
    while (filled === grown.length) {
      if (filled > limit) return tooLarge();
      const next = Buffer.allocUnsafe(Math.min(grown.length * 2, ceiling));
      grown.copy(next, 0, 0, filled);
      grown = next;
      filled = fill(descriptor, grown, filled);
    }
    return filled > limit ? tooLarge() : { ok: true, content: grown.subarray(0, filled), mtimeMs: stats.mtimeMs };
  } catch (error) {
    return { ok: false, refusal: "error", error: error as NodeJS.ErrnoException };
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * Why a refused read gave nothing, for a message: `what` names the file (`the report`, `the config`). Errors
 * say their code; `describeError` can say more (a name that is not UTF-8).
 */
export function describeRefusal(read: Exclude<RegularFileRead, { ok: true }>, what: string, describeError: (error: NodeJS.ErrnoException) => string = (error) => error.code ?? error.message): string {
  if (read.refusal === "not-regular") return `${what} is not a regular file`;
  if (read.refusal === "too-large") return `${what} is ${read.size === null ? "" : `${read.size} bytes, `}more than the ${describeBytes(read.limit)} allowed`;
  return `cannot read ${what}: ${describeError(read.error)}`;
}
