import { z } from "zod";
import { defineRule, type ProjectFinding, type ReportIndexEntry } from "../core/rule.js";

/** What the grouping reads of one form of a report. */
interface ReportForm {
  file: string;
  /** md and json twins share it: they are one report, counted once. */
  twinKey: string;
}

export interface BoilerplateThresholds {
  /** At least this many reports share the list. */
  minReports: number;
  /** And they are at least this share of the reports audited together (0 to 1). */
  minShare: number;
}

/** Reports that carry the same list: reported once, on the first of them. */
export interface BoilerplateGroup<Entry extends ReportForm> {
  /** Where the one finding goes: the first report of the group by path (the md form of a twin pair). */
  first: Entry;
  /** The reports of the group by path, one per report (the md form of a twin pair). */
  members: string[];
  /** The number of reports audited together, each twin pair once. */
  total: number;
}

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** One entry per report: of a twin pair, the markdown form, which is what a reader opens. */
function oneFormPerReport<Entry extends ReportForm>(entries: readonly Entry[]): Entry[] {
  const reports = new Map<string, Entry>();
  for (const entry of entries) {
    const seen = reports.get(entry.twinKey);
    if (!seen || (/\.json$/i.test(seen.file) && !/\.json$/i.test(entry.file))) reports.set(entry.twinKey, entry);
  }
  return [...reports.values()];
}

/**
 * Groups the reports whose lists have the same key (`itemListKey`; null for an empty list, never boilerplate),
 * keeping the groups at or above both thresholds, first report first.
 */
export function findBoilerplateGroups<Entry extends ReportForm>(entries: readonly Entry[], keyOf: (entry: Entry) => string | null, thresholds: BoilerplateThresholds): Array<BoilerplateGroup<Entry>> {
  return groupsOf(oneFormPerReport(entries), keyOf, thresholds);
}

/** findBoilerplateGroups of reports already one form each. */
function groupsOf<Entry extends ReportForm>(reports: readonly Entry[], keyOf: (entry: Entry) => string | null, thresholds: BoilerplateThresholds): Array<BoilerplateGroup<Entry>> {
  // Counted first, listed only where a group is big enough: at 100k reports of distinct lists, a list per key was
  // the most an audit built at its end.
  const counts = new Map<string, number>();
  for (const report of reports) {
    const key = keyOf(report);
    if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const byKey = new Map<string, Entry[]>();
  for (const report of reports) {
    const key = keyOf(report);
    if (key === null) continue;
    const count = counts.get(key)!;
    if (count < thresholds.minReports || count < thresholds.minShare * reports.length) continue;
    const list = byKey.get(key);
    if (list) list.push(report);
    else byKey.set(key, [report]);
  }
  const groups: Array<BoilerplateGroup<Entry>> = [];
  for (const list of byKey.values()) {
    list.sort(byFile);
    groups.push({ first: list[0]!, members: list.map((entry) => entry.file), total: reports.length });
  }
  return groups.sort((a, b) => byFile(a.first, b.first));
}

/** How many members a message names before "and N more". */
const SHOWN = 3;

export const boilerplateRisks = defineRule({
  id: "boilerplate-risks",
  meta: {
    description: "The risk list, and the mitigation list, are not the same (dates and numbers aside) across many reports of a run",
    defaultLevel: "warn",
    docs: `A list of risks or mitigations that many reports of a run carry word for word, but for a date or a
number, was written by a template, not by anyone who read the proposal: it says nothing about any of them.
One finding per group of such reports, on the first report of the group by path (the markdown form of a
twin pair), at its \`## Risks\` (or \`## Mitigations\`) line, naming the group's size and its first few
members. Risk lists and mitigation lists are grouped apart. Items are compared as a set, case and spacing aside, with dates and numbers
masked. Twins count once. Options: \`minReports\` (default 5) and \`minShare\` (default 0.2): a group is
reported when at least that many reports, and at least that share of the reports audited together,
carry the list.

It is a cross-report rule: it sees the reports of one run, so under \`--shard\` each shard is judged on its
own, and \`--changed\` and the pre-push hook judge only the reports the change touched.

Example:

\`\`\`
reports/fsar_a.md
  10:1  warn  the same risks (dates and numbers aside) stand in 6 of 6 reports: reports/fsar_a.md, reports/fsar_b.md, reports/fsar_c.md and 3 more  boilerplate-risks
\`\`\``,
    messages: {
      sameRisks: "the same risks (dates and numbers aside) stand in {reports} of {total} reports: {shown}",
      sameMitigations: "the same mitigations (dates and numbers aside) stand in {reports} of {total} reports: {shown}",
    },
    // One group per list and first report: its size and members move as reports come and go.
    identity: [],
    options: () =>
      z
        .object({
          /** A list shared by fewer reports than this is not reported. */
          minReports: z.number().int().min(2).default(5),
          /** Nor one shared by less than this share of the reports audited together (0 to 1). */
          minShare: z.number().min(0).max(1).default(0.2),
        })
        .strict(),
  },
  checkProject(entries, options) {
    const findings: Array<ProjectFinding<"sameRisks" | "sameMitigations">> = [];
    const lists = [
      { messageId: "sameRisks" as const, keyOf: (entry: ReportIndexEntry) => entry.risksKey, lineOf: (entry: ReportIndexEntry) => entry.risksLine },
      { messageId: "sameMitigations" as const, keyOf: (entry: ReportIndexEntry) => entry.mitigationsKey, lineOf: (entry: ReportIndexEntry) => entry.mitigationsLine },
    ];
    const reports = oneFormPerReport(entries);
    for (const { messageId, keyOf, lineOf } of lists) {
      for (const group of groupsOf(reports, keyOf, options)) {
        const more = group.members.length - SHOWN;
        const shown = group.members.slice(0, SHOWN).join(", ") + (more > 0 ? ` and ${more} more` : "");
        findings.push({
          file: group.first.file,
          finding: { messageId, data: { reports: group.members.length, total: group.total, shown, members: group.members.join("\n") }, line: lineOf(group.first), column: 1 },
        });
      }
    }
    return findings;
  },
});
