import { loadCommandConfig } from "../config.js";
import { diffFailsGate, type FailOn } from "../../diff/change.js";
import { ExitCode } from "../../core/exit-code.js";
import { diffReports } from "../../app/report-diff.js";
import { loadDiffFormatter, type DiffFormatName } from "../../formatters/index.js";
import { shouldColor } from "../io.js";
import { parseNow } from "../options.js";
import type { CommandIo } from "../io.js";


export interface DiffCliOptions {
  config?: string;
  format: DiffFormatName;
  failOn: FailOn;
  now?: string;
}

/** commander hands over operands before and after `--` as one list: the ones after it are pathspecs. */
export function splitPathspecs(operands: readonly string[], rawArgs: readonly string[]): { targets: string[]; paths: string[] } {
  const separator = rawArgs.indexOf("--");
  const count = separator === -1 ? 0 : Math.min(rawArgs.length - separator - 1, operands.length);
  return { targets: operands.slice(0, operands.length - count), paths: operands.slice(operands.length - count) };
}

export async function runDiff(targets: string[], paths: string[], options: DiffCliOptions, io: CommandIo): Promise<ExitCode> {
  const now = parseNow(options.now);
  const config = await loadCommandConfig(io, options.config);
  const result = await diffReports(targets, { cwd: io.cwd, config, now, paths });
  const formatter = await loadDiffFormatter(options.format);
  await io.stdout(formatter(result, { color: shouldColor(process.stdout, io.env), version: io.version, rules: config.ruleSet, cwd: io.cwd }));
  return diffFailsGate(result, options.failOn) ? ExitCode.GateFailure : ExitCode.Pass;
}
