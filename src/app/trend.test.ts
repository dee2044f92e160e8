import { describe, expect, it } from "vitest";
import { producerJson, producerMarkdown } from "../../test/helpers/report-text.js";
import { tempDir } from "../../test/helpers/temp-dir.js";
import { CALM, DESTRUCTIVE, week } from "../../test/helpers/trend-reports.js";
import { trend } from "./trend.js";

const NOW = new Date("2026-11-26T00:00:00Z");

function twins(name: string, md: Parameters<typeof producerMarkdown>[0] | null, json: Parameters<typeof producerJson>[0] | string | null): Record<string, string> {
  const files: Record<string, string> = {};
  if (md) files[`${name}.md`] = producerMarkdown(md);
  if (json) files[`${name}.json`] = typeof json === "string" ? json : producerJson(json);
  return files;
}

const base = { id: "fsar_0b7f3c2e-6a1d-4e8b-9c55-000000000001", timestamp: "2026-01-05T10:00:00.000Z", severity: 6, block_execution: false, proposal: CALM, risks: ["Slow failure: x"], mitigations: ["Prefer reversible rollouts"] };

describe("trend", () => {
  it("counts a twin pair once, by its markdown form, whichever form the audit reads first", async () => {
    const cwd = tempDir(twins("fsar_a", { ...base, severity: 30, proposal: DESTRUCTIVE }, base));
    const result = await trend([], { cwd, now: NOW, by: "day" });
    expect(result.periods.map(({ reports, declared, assessed }) => ({ reports, declared, assessed }))).toEqual([{ reports: 1, declared: { median: 30, atDefault: 0 }, assessed: { low: 0, review: 0, block: 1 } }]);
  });

  it("falls back to the json form when the markdown does not parse, and counts a pair that neither parses as unparsed", async () => {
    const cwd = tempDir({
      ...twins("fsar_a", null, { ...base, severity: 30 }),
      "fsar_a.md": "# FSAR Proposal Report\n- id: broken\n",
      ...twins("fsar_b", null, "{ not json"),
      ...twins("fsar_c", base, null),
    });
    const result = await trend([], { cwd, now: NOW, by: "day" });
    expect(result.periods.map(({ reports, declared }) => ({ reports, declared }))).toEqual([{ reports: 2, declared: { median: 18, atDefault: 0.5 } }]);
    expect(result.leftOut).toEqual({ unparsed: 1, undated: 0, outOfRange: 0 });
  });

  it("leaves out a report whose timestamp is not an instant, and says how many", async () => {
    const cwd = tempDir({ ...twins("fsar_a", { ...base, timestamp: "yesterday" }, null), ...week("2026-01-05T00:00:00.000Z", CALM, 10) });
    const result = await trend([], { cwd, now: NOW, by: "week" });
    expect(result.periods.map((period) => period.reports)).toEqual([20]);
    expect(result.leftOut).toEqual({ unparsed: 0, undated: 1, outOfRange: 0 });
  });
});
