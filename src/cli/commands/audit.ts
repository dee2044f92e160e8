import { loadConfig } from "../../config/load.js";
import type { AuditResult } from "../../core/engine.js";
import { ExitCode } from "../../core/exit-code.js";
import { audit } from "../../audit.js";
import { loadFormatter, type FormatName } from "../../formatters/index.js";
import { shouldColor } from "../io.js";
import { parseCount, parseNow } from "../options.js";
import { parseShard } from "../shard.js";
import type { CommandIo } from "../program.js";

export interface AuditCliOptions {
  config?: string;
  format: FormatName;
  quiet?: boolean;
  maxWarnings?: string;
  now?: string;
  shard?: string;
}

/** --quiet: warnings leave the output, and the counts that show them. */
function onlyErrors(result: AuditResult): AuditResult {
  return {
    summary: { ...result.summary, warnings: 0 },
    results: result.results.map((entry) => ({ ...entry, findings: entry.findings.filter((finding) => finding.level === "error") })),
  };
}

export function exitCodeFor(result: AuditResult, maxWarnings: number | undefined): ExitCode {
  if (result.summary.errors > 0) return ExitCode.GateFailure;
  if (maxWarnings !== undefined && result.summary.warnings > maxWarnings) return ExitCode.GateFailure;
  return ExitCode.Pass;
}

export async function runAudit(paths: string[], options: AuditCliOptions, io: CommandIo): Promise<ExitCode> {
  const now = parseNow(options.now);
  const maxWarnings = parseCount("--max-warnings", options.maxWarnings);
  const config = await loadConfig({ cwd: io.cwd, configFile: options.config });
  const shard = parseShard(options.shard);
  const result = await audit(paths, { cwd: io.cwd, config, now, shard });
  const exitCode = exitCodeFor(result, maxWarnings);
  const shown = options.quiet ? onlyErrors(result) : result;
  const formatter = await loadFormatter(options.format);
  await io.stdout(formatter(shown, { color: shouldColor(process.stdout, io.env), version: io.version, rules: config.ruleSet }));
  return exitCode;
}
