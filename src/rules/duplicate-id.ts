import { z } from "zod";
import { defineRule, type ProjectFinding, type ReportIndexEntry } from "../core/rule.js";

export const duplicateId = defineRule({
  id: "duplicate-id",
  meta: {
    description: "No two different reports share an id (an md report and its json twin are one report)",
    defaultLevel: "error",
    docs: `Ids are how reports are referred to, waived and diffed; two reports under one id make all of that
ambiguous. Each report of the pair gets the error. Twins (same folder and basename, \`.md\` and \`.json\`)
are one report and may share their id. With \`--shard\`, only reports in the same shard are compared.

Example:

\`\`\`
reports/a.md
  2:1  error  id fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286 is also used by reports/b.md  duplicate-id
reports/b.md
  2:1  error  id fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286 is also used by reports/a.md  duplicate-id
\`\`\``,
    messages: {
      sharedId: "id {id} is also used by {others}",
    },
    identity: ["id"],
    options: () => z.object({}).strict(),
  },
  checkProject(entries) {
    // First find the ids that two reports share, holding one entry per id: at 100k reports, a list per id
    // (and a set of its twins) was the largest thing an audit built at its end.
    const first = new Map<string, ReportIndexEntry>();
    const shared = new Set<string>();
    for (const entry of entries) {
      const seen = first.get(entry.id);
      if (seen === undefined) first.set(entry.id, entry);
      else if (seen.twinKey !== entry.twinKey) shared.add(entry.id);
    }
    const findings: Array<ProjectFinding<"sharedId">> = [];
    if (shared.size === 0) return findings;
    const byId = new Map<string, ReportIndexEntry[]>();
    for (const entry of entries) {
      if (!shared.has(entry.id)) continue;
      const list = byId.get(entry.id);
      if (list) list.push(entry);
      else byId.set(entry.id, [entry]);
    }
    for (const [id, list] of byId) {
      for (const entry of list) {
        const others = list.filter((other) => other.twinKey !== entry.twinKey).map((other) => other.file);
        findings.push({ file: entry.file, finding: { messageId: "sharedId", data: { id, others: others.join(", ") }, line: entry.idLine, column: entry.idLine === null ? null : 1 } });
      }
    }
    return findings;
  },
});
