import { appendFileSync, fstatSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { AuditResult } from "../core/engine.js";
import { verdictWithLostOutput, type ExitCode } from "../core/exit-code.js";
import { toSingleLine } from "../core/sanitize.js";
import { UsageError } from "../core/usage-error.js";
import { isFormatName, loadChunkedFormatter } from "../formatters/index.js";
import { resolveFormatter } from "../formatters/resolve.js";
import type { FormatterContext } from "../formatters/types.js";
import { writeFileAtomic, type CommandIo } from "./io.js";

/** One output of a run: a format (a built-in name, or a formatter module's path or package), and the file it goes to (null: stdout). */
export interface OutputTarget {
  format: string;
  file: string | null;
}

/** `--report <format>:<file>`, split at the first colon so file names may hold colons. */
export function parseReportTarget(spec: string): OutputTarget {
  const colon = spec.indexOf(":");
  const format = colon < 0 ? spec : spec.slice(0, colon);
  const file = colon < 0 ? "" : spec.slice(colon + 1);
  if (format === "" || file === "") {
    throw new UsageError(`--report takes <format>:<file>, not ${JSON.stringify(spec)}`);
  }
  return { format, file };
}

/** Output that could not be written (a full disk, a closed pipe, a denied folder): the run ends on its verdict, or 2. */
export class OutputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputError";
  }
}

/**
 * What a path writes to, so that two names of one file (a link, a linked folder, /dev/stdout) compare equal: an
 * existing file by device and inode, a missing one by its folder's real path.
 */
function fileIdentity(path: string): { identity: string; shared: boolean } {
  try {
    const stats = statSync(path);
    // Two writes into one device (/dev/null) harm nothing; into one file, pipe or socket, they mix.
    return { identity: `${stats.dev}:${stats.ino}`, shared: stats.isCharacterDevice() || stats.isBlockDevice() };
  } catch {
    try {
      return { identity: join(realpathSync(dirname(path)), basename(path)), shared: false };
    } catch {
      return { identity: path, shared: false };
    }
  }
}

/**
 * Pieces of text joined into writes of about this size: one write per result would be slow, one string for all too
 * big. Under V8's 128 KiB limit of a regular heap object: a bigger batch was a large object that outlived its write
 * (at 100k reports, -f json left 76 of them, a megabyte each, for the next full collection).
 */
const STDOUT_BATCH = 1 << 16;

/**
 * Formats the result once per target and writes each file atomically, and stdout's text (to `stdout`) as it is made,
 * in batches. A file that is stdout (`-o /dev/stdout`, by `stdoutIdentity`) goes to stdout; two outputs into one
 * file are a UsageError.
 */
export async function writeOutputs(targets: readonly OutputTarget[], result: AuditResult, context: (target: OutputTarget) => FormatterContext, cwd: string, stdout: (text: string) => Promise<void>, stdoutIdentity: string | null = null): Promise<void> {
  const seen = new Map<string, string>();
  const toStdout = new Set<OutputTarget>();
  for (const target of targets) {
    const { identity, shared } = target.file === null ? { identity: stdoutIdentity ?? "stdout", shared: false } : fileIdentity(resolve(cwd, target.file));
    if (shared) continue;
    if (target.file === null || identity === stdoutIdentity) toStdout.add(target);
    const other = seen.get(identity);
    if (other !== undefined) throw new UsageError(`two outputs write to the same file: ${target.file ?? "stdout"} and ${other}`);
    seen.set(identity, target.file ?? "stdout");
  }
  for (const target of targets) {
    // A formatter module gives one piece; some built-in ones give theirs as they make them.
    const pieces = isFormatName(target.format) ? (await loadChunkedFormatter(target.format))(result, context(target)) : [(await resolveFormatter(target.format, cwd))(result, context(target))];
    if (target.file === null || toStdout.has(target)) {
      let batch = "";
      for (const piece of pieces) {
        batch += piece;
        if (batch.length >= STDOUT_BATCH) {
          await stdout(batch);
          batch = "";
        }
      }
      await stdout(batch);
      continue;
    }
    writeOutputFile(cwd, target.file, pieces);
  }
}

/** Writes one output file atomically; a failure is an OutputError naming the file. */
export function writeOutputFile(cwd: string, file: string, content: string | Iterable<string>): void {
  try {
    writeFileAtomic(resolve(cwd, file), content);
  } catch (error) {
    throw new OutputError(error instanceof UsageError ? error.message : `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/** What stdout writes to (as fileIdentity gives it), or null when that cannot be told. */
export function stdoutIdentity(): string | null {
  try {
    const stats = fstatSync(1);
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return null;
  }
}

/** The bytes a step-summary file already holds; a missing file is an empty summary. */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function appendSummary(file: string, markdown: string): void {
  try {
    appendFileSync(file, `${markdown}\n`);
  } catch (error) {
    throw new OutputError(`cannot write the step summary ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

/**
 * Appends the markdown summary to GitHub's step-summary file, within what is left of its 1 MiB limit.
 * Returns a warning to print when there is no room left.
 */
export async function appendStepSummary(file: string, result: AuditResult): Promise<string | null> {
  const { formatMarkdownSummary, STEP_SUMMARY_LIMIT_BYTES } = await import("../formatters/markdown.js");
  const used = sizeOf(file);
  const summary = formatMarkdownSummary(result, STEP_SUMMARY_LIMIT_BYTES - used - 1);
  if (Buffer.byteLength(summary) >= STEP_SUMMARY_LIMIT_BYTES - used) return `fsar: the step summary is full (${used} bytes): summary not written\n`;
  appendSummary(file, summary);
  return null;
}

/** Appends a trend's markdown to GitHub's step-summary file when it fits in what is left of its 1 MiB limit. */
export async function appendTrendStepSummary(file: string, markdown: string): Promise<string | null> {
  const { STEP_SUMMARY_LIMIT_BYTES } = await import("../formatters/markdown.js");
  const used = sizeOf(file);
  if (Buffer.byteLength(markdown) + 1 > STEP_SUMMARY_LIMIT_BYTES - used) return `fsar: the step summary is full (${used} bytes): trend not written\n`;
  appendSummary(file, markdown);
  return null;
}

/**
 * Writes a command's outputs, then, when `stepSummary` is given and GitHub names a step-summary file, appends to it
 * (a full summary is a warning). Output that cannot be written is said on stderr and the run ends on its verdict, or 2.
 */
export async function writeCommandOutputs(
  io: CommandIo,
  verdict: ExitCode,
  write: () => Promise<void>,
  stepSummary: ((file: string) => Promise<string | null>) | null,
): Promise<ExitCode> {
  try {
    await write();
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (summaryFile && stepSummary) {
      const warning = await stepSummary(summaryFile);
      if (warning) io.stderr(warning);
    }
  } catch (error) {
    if (!(error instanceof OutputError)) throw error;
    io.stderr(`fsar: ${toSingleLine(error.message)}\n`);
    return verdictWithLostOutput(verdict);
  }
  return verdict;
}
