import { ExitCode } from "../../core/exit-code.js";
import { UsageError } from "../../core/usage-error.js";
import { loadTrendFormatter, type TrendFormatName } from "../../formatters/trend-index.js";
import { trend } from "../../app/trend.js";
import type { TrendGrouping } from "../../trend/period.js";
import { parseIsoInstant } from "../../core/dates.js";
import { loadCommandConfig } from "../config.js";
import { appendTrendStepSummary, writeCommandOutputs, writeOutputFile } from "../outputs.js";
import { parseNow } from "../options.js";
import type { CommandIo } from "../io.js";

export interface TrendCliOptions {
  config?: string;
  format: TrendFormatName;
  output?: string;
  by: TrendGrouping;
  since?: string;
  until?: string;
  failOnRise?: string;
  revRange?: string;
  now?: string;
}

const DAY_MS = 86_400_000;

/**
 * `--since` and `--until`: an ISO instant, or a date alone. `--until` is exclusive for an instant; a date alone
 * means the whole of that day (UTC), so `--since 2026-01-01 --until 2026-01-01` is that one day.
 */
export function parseBound(option: "--since" | "--until", value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseIsoInstant(`${value}T00:00:00Z`) : null;
  const instant = day ?? parseIsoInstant(value);
  if (instant === null) throw new UsageError(`${option} takes a date (2026-01-05) or an ISO 8601 instant, not ${JSON.stringify(value)}`);
  return day !== null && option === "--until" ? new Date(day.getTime() + DAY_MS) : instant;
}

/** `--fail-on-rise <points>`: percentage points, zero or more. */
export function parsePoints(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+(\.\d+)?$/.test(value)) throw new UsageError(`--fail-on-rise takes percentage points (a number such as 20 or 7.5), not ${JSON.stringify(value)}`);
  return Number(value);
}

export async function runTrend(paths: string[], options: TrendCliOptions, io: CommandIo): Promise<ExitCode> {
  const now = parseNow(options.now);
  const since = parseBound("--since", options.since);
  const until = parseBound("--until", options.until);
  if (since && until && since.getTime() >= until.getTime()) throw new UsageError("--since must be before --until");
  const failOnRise = parsePoints(options.failOnRise);
  const config = await loadCommandConfig(io, options.config);
  const result = await trend(paths, { cwd: io.cwd, config, now, by: options.by, since, until, failOnRise, revRange: options.revRange });
  const text = (await loadTrendFormatter(options.format))(result);
  const verdict = result.alert ? ExitCode.GateFailure : ExitCode.Pass;
  return writeCommandOutputs(
    io,
    verdict,
    async () => {
      if (options.output === undefined) await io.stdout(text);
      else writeOutputFile(io.cwd, options.output, text);
    },
    options.format === "github" ? async (file) => appendTrendStepSummary(file, (await loadTrendFormatter("markdown"))(result)) : null,
  );
}
