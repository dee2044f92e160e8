import { describe, expect, it } from "vitest";
import { itemCategory } from "../core/record.js";
import { parseReport } from "../core/parse.js";
import { renderJsonReport, renderMarkdownReport, type RecordValues } from "../../test/helpers/arbitraries.js";
import { diffRecords } from "./diff-records.js";

const SCALE = { max: 75, review: 25, block: 45 };

function items(...texts: string[]) {
  return texts.map((text, index) => ({ text, category: itemCategory(text), line: index + 1 }));
}

const BASE: RecordValues = {
  id: "fsar_0b7f3c2e-6a1d-4e8b-9c55-1f2a3b4c5d6e",
  timestamp: "2026-03-01T09:00:00.000Z",
  severity: 6,
  block_execution: false,
  proposal: "idea_implementation: compact the metrics tables.\n\nMeasure before and after.",
  risks: items("Slow failure: unnoticed degradation accumulating by 2028-03-01", "Incentive drift: stakeholders habituate to optimistic outputs"),
  mitigations: items("Add scheduled adversarial audits with hard pass/fail gates", "Prefer reversible rollouts"),
};

function diff(change: Partial<RecordValues>, from: Partial<RecordValues> = {}) {
  return diffRecords({ ...BASE, ...from }, { ...BASE, ...change }, { severity: SCALE });
}

describe("diffRecords", () => {
  it("finds no change between a record and itself", () => {
    expect(diff({})).toEqual([]);
  });

  it("finds no change between md and json twins of the same record", () => {
    const md = parseReport(renderMarkdownReport(BASE), { file: "fsar_x.md" }).record!;
    const json = parseReport(renderJsonReport(BASE), { file: "fsar_x.json" }).record!;
    expect(md.format).toBe("markdown");
    expect(json.format).toBe("json");
    expect(diffRecords(md, json, { severity: SCALE, verdicts: { old: "pass", new: "pass" } })).toEqual([]);
  });

  it("ignores line endings: a proposal with CRLF on one side only is the same proposal", () => {
    expect(diff({ proposal: BASE.proposal.replace(/\n/g, "\r\n") })).toEqual([]);
  });

  it("ignores the order of risks and mitigations", () => {
    expect(diff({ risks: [...BASE.risks].reverse(), mitigations: [...BASE.mitigations].reverse() })).toEqual([]);
  });

  it("severity up is an escalation, down a downgrade", () => {
    expect(diff({ severity: 10 })).toEqual([{ field: "severity", kind: "escalation", old: 6, new: 10, message: "severity raised: 6 → 10" }]);
    expect(diff({ severity: 6 }, { severity: 10 })).toEqual([{ field: "severity", kind: "downgrade", old: 10, new: 6, message: "severity lowered: 10 → 6" }]);
  });

  it("a band change comes with the severity change: up is an escalation, down a downgrade", () => {
    expect(diff({ severity: 30 }).map(({ field, kind, old, new: now, message }) => ({ field, kind, old, now, message }))).toEqual([
      { field: "severity", kind: "escalation", old: 6, now: 30, message: "severity raised: 6 → 30" },
      { field: "band", kind: "escalation", old: "low", now: "review", message: "band up: low → review" },
    ]);
    expect(diff({ severity: 30 }, { severity: 48 })[1]).toEqual({ field: "band", kind: "downgrade", old: "block", new: "review", message: "band down: block → review" });
  });

  it("uses the configured scale for the band", () => {
    const changes = diffRecords({ ...BASE, severity: 6 }, { ...BASE, severity: 7 }, { severity: { max: 10, review: 5, block: 7 } });
    expect(changes.map((change) => `${change.field} ${change.kind} ${change.old} ${change.new}`)).toEqual(["severity escalation 6 7", "band escalation review block"]);
  });

  it("block_execution set is an escalation, cleared a downgrade", () => {
    expect(diff({ block_execution: true })).toEqual([{ field: "block_execution", kind: "escalation", old: false, new: true, message: "block_execution set: false → true" }]);
    expect(diff({ block_execution: false }, { block_execution: true })).toEqual([
      { field: "block_execution", kind: "downgrade", old: true, new: false, message: "block_execution cleared: true → false" },
    ]);
  });

  it("a worse verdict is an escalation, a better one a downgrade", () => {
    const worse = diffRecords(BASE, BASE, { severity: SCALE, verdicts: { old: "pass", new: "fail" } });
    expect(worse).toEqual([{ field: "verdict", kind: "escalation", old: "pass", new: "fail", message: "verdict under the current config: pass → fail" }]);
    const better = diffRecords(BASE, BASE, { severity: SCALE, verdicts: { old: "fail", new: "warn" } });
    expect(better).toEqual([{ field: "verdict", kind: "downgrade", old: "fail", new: "warn", message: "verdict under the current config: fail → warn" }]);
  });

  it("a risk added is an escalation, a risk removed a downgrade", () => {
    const added = "Data loss: the backup window closes before the migration ends";
    expect(diff({ risks: [...BASE.risks, ...items(added)] })).toEqual([{ field: "risks", kind: "escalation", old: null, new: added, message: `risk added: "${added}"` }]);
    expect(diff({ risks: BASE.risks.slice(1) })).toEqual([
      { field: "risks", kind: "downgrade", old: BASE.risks[0]!.text, new: null, message: `risk removed: "${BASE.risks[0]!.text}"` },
    ]);
  });

  it("a risk reworded under the same category is neutral, and its text stays paired", () => {
    const reworded = "Incentive drift: teams stop reading the reports at all";
    expect(diff({ risks: [BASE.risks[0]!, ...items(reworded)] })).toEqual([
      { field: "risks", kind: "neutral", old: BASE.risks[1]!.text, new: reworded, message: `risk reworded: "${BASE.risks[1]!.text}" → "${reworded}"` },
    ]);
  });

  it("a risk reworded to sound safer is a downgrade that names the words, old and new side by side", () => {
    const softened = "Incentive drift: minor, cosmetic metric drift with no reliability impact";
    expect(diff({ risks: [BASE.risks[0]!, ...items(softened)] })).toEqual([
      {
        field: "risks",
        kind: "downgrade",
        old: BASE.risks[1]!.text,
        new: softened,
        message: `risk reworded to sound safer (adds "minor", "cosmetic", "no reliability impact"): "${BASE.risks[1]!.text}" → "${softened}"`,
      },
    ]);
  });

  it("a risk that loses the words carrying its danger is a downgrade; its horizon date is not a word", () => {
    const softened = "Slow failure: gradual change accumulating by 2028-03-01";
    expect(diff({ risks: [...items(softened), BASE.risks[1]!] })).toEqual([
      { field: "risks", kind: "downgrade", old: BASE.risks[0]!.text, new: softened, message: `risk reworded to sound safer (drops "unnoticed", "degradation"): "${BASE.risks[0]!.text}" → "${softened}"` },
    ]);
  });

  it("a mitigation reworded to say the work is already done is a downgrade", () => {
    const from = items("Prefer reversible rollouts; keep rollback artifacts warm and tested");
    const softened = "Rollouts are reversible; rollback artifacts are already warm and tested";
    expect(diff({ mitigations: items(softened) }, { mitigations: from })).toEqual([
      { field: "mitigations", kind: "downgrade", old: from[0]!.text, new: softened, message: `mitigation reworded to sound safer (adds "already"): "${from[0]!.text}" → "${softened}"` },
    ]);
  });

  it("pairs risks without a category by text similarity", () => {
    const changes = diffRecords({ ...BASE, risks: items("the cache may serve stale prices for a day") }, { ...BASE, risks: items("the cache may serve stale prices for a week") }, { severity: SCALE });
    expect(changes.map((change) => `${change.field} ${change.kind}`)).toEqual(["risks neutral"]);
  });

  it("a horizon pushed later is a downgrade, pulled earlier an escalation, with no rewording when only the date moved", () => {
    const later = "Slow failure: unnoticed degradation accumulating by 2030-03-01";
    expect(diff({ risks: [...items(later), BASE.risks[1]!] })).toEqual([
      { field: "horizon", kind: "downgrade", old: "2028-03-01", new: "2030-03-01", message: `horizon moved later: 2028-03-01 → 2030-03-01 in risk "${later}"` },
    ]);
    const earlier = "Slow failure: unnoticed degradation accumulating by 2027-01-01";
    expect(diff({ risks: [...items(earlier), BASE.risks[1]!] })).toEqual([
      { field: "horizon", kind: "escalation", old: "2028-03-01", new: "2027-01-01", message: `horizon moved earlier: 2028-03-01 → 2027-01-01 in risk "${earlier}"` },
    ]);
  });

  it("a horizon dropped from a risk is a downgrade (pushed out of sight)", () => {
    const undated = "Slow failure: unnoticed degradation accumulating over time";
    expect(diff({ risks: [...items(undated), BASE.risks[1]!] }).map((change) => `${change.field} ${change.kind} ${change.old} ${change.new}`)).toEqual([
      `risks neutral ${BASE.risks[0]!.text} ${undated}`,
      "horizon downgrade 2028-03-01 null",
    ]);
  });

  it("a mitigation removed is a downgrade; added or reworded is neutral", () => {
    expect(diff({ mitigations: BASE.mitigations.slice(1) })).toEqual([
      { field: "mitigations", kind: "downgrade", old: BASE.mitigations[0]!.text, new: null, message: `mitigation removed: "${BASE.mitigations[0]!.text}"` },
    ]);
    expect(diff({ mitigations: [...BASE.mitigations, ...items("Page the on-call owner")] })).toEqual([
      { field: "mitigations", kind: "neutral", old: null, new: "Page the on-call owner", message: 'mitigation added: "Page the on-call owner"' },
    ]);
    expect(diff({ mitigations: [BASE.mitigations[0]!, ...items("Prefer reversible rollouts behind a flag")] })).toEqual([
      { field: "mitigations", kind: "neutral", old: "Prefer reversible rollouts", new: "Prefer reversible rollouts behind a flag", message: 'mitigation reworded: "Prefer reversible rollouts" → "Prefer reversible rollouts behind a flag"' },
    ]);
  });

  it("a proposal change is neutral, with a compact line diff in its message", () => {
    const proposal = "idea_implementation: compact the metrics tables.\n\nMeasure before, during and after.";
    expect(diff({ proposal })).toEqual([
      {
        field: "proposal",
        kind: "neutral",
        old: BASE.proposal,
        new: proposal,
        message: "proposal changed: +1 -1 lines\n@@ -2,2 +2,2 @@\n \n-Measure before and after.\n+Measure before, during and after.",
      },
    ]);
  });

  it("id and timestamp changes are neutral", () => {
    expect(diff({ id: "fsar_other", timestamp: "2026-03-02T09:00:00.000Z" })).toEqual([
      { field: "id", kind: "neutral", old: BASE.id, new: "fsar_other", message: `id ${BASE.id} → fsar_other` },
      { field: "timestamp", kind: "neutral", old: BASE.timestamp, new: "2026-03-02T09:00:00.000Z", message: "timestamp 2026-03-01T09:00:00.000Z → 2026-03-02T09:00:00.000Z" },
    ]);
  });

  it("gives up on a line diff of a proposal rewritten from end to end, but still reports it", () => {
    const before = Array.from({ length: 1500 }, (_, i) => `old line ${i}`).join("\n");
    const after = Array.from({ length: 1500 }, (_, i) => `new line ${i}`).join("\n");
    expect(diff({ proposal: after }, { proposal: before })[0]!.message).toBe("proposal rewritten: 1500 lines → 1500 lines");
  });
});
