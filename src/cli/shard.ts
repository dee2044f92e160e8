import { UsageError } from "../core/usage-error.js";
import type { Shard } from "../discovery/discover.js";

/** `--shard <i>/<n>`: part i (1-based) of n. */
export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!(index >= 1 && index <= count && count <= 10_000)) {
    throw new UsageError(`--shard takes <i>/<n> with 1 <= i <= n <= 10000, such as 2/4, not ${JSON.stringify(value)}`);
  }
  return { index, count };
}
