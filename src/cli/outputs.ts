import { appendFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import type { AuditResult } from "../core/engine.js";
import { UsageError } from "../core/usage-error.js";
import { FORMAT_NAMES, isFormatName, loadChunkedFormatter, type FormatName } from "../formatters/index.js";
import type { FormatterContext } from "../formatters/types.js";
import { writeFileAtomic } from "./io.js";

/** One output of a run: a format, and the file it goes to (null: stdout). */
export interface OutputTarget {
  format: FormatName;
  file: string | null;
}

/** `--report <format>:<file>`, split at the first colon so file names may hold colons. */
export function parseReportTarget(spec: string): OutputTarget {
  const colon = spec.indexOf(":");
  const format = colon < 0 ? spec : spec.slice(0, colon);
  const file = colon < 0 ? "" : spec.slice(colon + 1);
  if (!isFormatName(format) || file === "") {
    throw new UsageError(`--report takes <format>:<file> with a format among ${FORMAT_NAMES.join(", ")}, not ${JSON.stringify(spec)}`);
  }
  return { format, file };
}

/** Pieces of text joined into writes of about this size: one write per result would be slow, one string for all too big. */
const STDOUT_BATCH = 1 << 20;

/** Formats the result once per target and writes each file atomically and stdout's text as it is made, in batches. */
export async function writeOutputs(targets: readonly OutputTarget[], result: AuditResult, context: (target: OutputTarget) => FormatterContext, cwd: string, stdout: (text: string) => Promise<void>): Promise<void> {
  const seen = new Set<string>();
  for (const target of targets) {
    if (target.file === null) continue;
    const path = resolve(cwd, target.file);
    if (seen.has(path)) throw new UsageError(`two outputs write to the same file: ${target.file}`);
    seen.add(path);
  }
  for (const target of targets) {
    const pieces = (await loadChunkedFormatter(target.format))(result, context(target));
    if (target.file !== null) {
      writeFileAtomic(resolve(cwd, target.file), pieces);
      continue;
    }
    let batch = "";
    for (const piece of pieces) {
      batch += piece;
      if (batch.length >= STDOUT_BATCH) {
        await stdout(batch);
        batch = "";
      }
    }
    await stdout(batch);
  }
}

/**
 * Appends the markdown summary to GitHub's step-summary file, within what is left of its 1 MiB limit.
 * Returns a warning to print when there is no room left.
 */
export async function appendStepSummary(file: string, result: AuditResult): Promise<string | null> {
  const { formatMarkdownSummary, STEP_SUMMARY_LIMIT_BYTES } = await import("../formatters/markdown.js");
  let used = 0;
  try {
    used = statSync(file).size;
  } catch {
    // A missing file is an empty summary.
  }
  const summary = formatMarkdownSummary(result, STEP_SUMMARY_LIMIT_BYTES - used - 1);
  if (Buffer.byteLength(summary) >= STEP_SUMMARY_LIMIT_BYTES - used) return `fsar: the step summary is full (${used} bytes): summary not written\n`;
  appendFileSync(file, `${summary}\n`);
  return null;
}
