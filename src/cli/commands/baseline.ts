import { join, resolve } from "node:path";
import { audit } from "../../app/audit.js";
import { loadCommandConfig } from "../config.js";
import { applyBaseline, BASELINE_FILE_NAME, createBaseline, parseBaseline, serializeBaseline } from "../../core/baseline.js";
import type { AuditResult } from "../../core/engine.js";
import { describeRefusal, MAX_BASELINE_BYTES, readRegularFile } from "../../fs/read-regular-file.js";
import { ExitCode } from "../../core/exit-code.js";
import { UsageError } from "../../core/usage-error.js";
import { writeFileAtomic } from "../io.js";
import { parseNow } from "../options.js";
import type { CommandIo } from "../io.js";

export interface BaselineCliOptions {
  config?: string;
  now?: string;
}

/** `fsar baseline [paths]`: writes the current findings to fsar-baseline.json in the working folder. */
export async function runBaseline(paths: string[], options: BaselineCliOptions, io: CommandIo): Promise<ExitCode> {
  const now = parseNow(options.now);
  const config = await loadCommandConfig(io, options.config);
  const result = await audit(paths, { cwd: io.cwd, config, now });
  const baseline = createBaseline(result);
  writeFileAtomic(join(io.cwd, BASELINE_FILE_NAME), serializeBaseline(baseline));
  const findings = baseline.findings.reduce((total, entry) => total + entry.count, 0);
  const reports = new Set(baseline.findings.map((entry) => entry.file)).size;
  await io.stdout(`wrote ${BASELINE_FILE_NAME}: ${findings} finding${findings === 1 ? "" : "s"} in ${reports} file${reports === 1 ? "" : "s"}\n`);
  return ExitCode.Pass;
}

/** `fsar audit --baseline <file>`: leaves out the findings the baseline knows. */
export function applyBaselineFile(result: AuditResult, file: string, cwd: string): AuditResult {
  const read = readRegularFile(resolve(cwd, file), MAX_BASELINE_BYTES);
  if (!read.ok) throw new UsageError(describeRefusal(read, `the baseline ${file}`));
  return applyBaseline(result, parseBaseline(read.content.toString("utf8"), file), file);
}
