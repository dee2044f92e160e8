import { UsageError } from "../core/usage-error.js";
import { parseIsoInstant } from "../core/dates.js";

/** `--now <ISO instant>`: pins the time every rule sees. */
export function parseNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const instant = parseIsoInstant(value) ?? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? parseIsoInstant(`${value}T00:00:00Z`) : null);
  if (!instant) throw new UsageError(`--now takes an ISO 8601 instant such as 2026-11-26T00:00:00Z, not ${JSON.stringify(value)}`);
  return instant;
}

export function parseCount(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`${option} takes a whole number, not ${JSON.stringify(value)}`);
  return Number(value);
}
