import { readFileSync } from "node:fs";
import { parseReport } from "../../src/core/parse.js";
import type { ReportRecord } from "../../src/core/record.js";
import type { ReportRule } from "../../src/core/rule.js";
import { FIXTURES } from "./cli.js";
import { producerJson } from "./report-text.js";
import { check, contextOf, type RenderedFinding } from "./rule-harness.js";

/** The seed report (fixtures/reports/seed.md), for tests that edit a copy of it. */
export const SEED = readFileSync(`${FIXTURES}reports/seed.md`, "utf8");

/** The seed opening as an idea_implementation: a routine report (the seed itself is a self-improvement plan, assessed review). */
export const ROUTINE_SEED = SEED.replace("\nself_improvement:", "\nidea_implementation:");

/** The seed with `line` inserted as the first line of its proposal (file line 8). */
export function seedWithProposalLine(line: string): string {
  return SEED.replace("\nself_improvement:", `\n${line}\nself_improvement:`);
}

/** Parses report text; throws when it does not parse, since rule tests need a record. */
export function parseRecord(text: string, file = "fsar_proposal_x.md"): ReportRecord {
  const parsed = parseReport(text, { file });
  if (!parsed.record) throw new Error(`test report does not parse: ${JSON.stringify(parsed.diagnostics)}`);
  return parsed.record;
}

/** A record's json twin, as the producer would write it. */
export function jsonOf(record: ReportRecord): string {
  return producerJson({ ...record, risks: record.risks.map((item) => item.text), mitigations: record.mitigations.map((item) => item.text) });
}

/** Runs one rule on report text, its options parsed as the config would parse them. */
export function runRule<Options, MessageId extends string>(
  rule: ReportRule<Options, MessageId>,
  text: string,
  { options = {}, now, twin = null, file = "fsar_proposal_x.md" }: { options?: unknown; now?: Date; twin?: ReportRecord | null; file?: string } = {},
): RenderedFinding[] {
  return check(rule, parseRecord(text, file), options, contextOf({ file, twin, ...(now ? { now } : {}) }));
}
