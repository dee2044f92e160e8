import { producerJson, producerMarkdown, type ProducerRecord } from "./report-text.js";

/** A proposal a reviewer lets through. */
export const CALM = "idea_implementation: Add a read-only dashboard panel that shows queue latency per worker, so on-call engineers see slow workers sooner.";
/** A proposal that declares the producer's default 6 but drops and empties production tables. */
export const DESTRUCTIVE = "idea_implementation: Reclaim space on the production database: run `DROP TABLE customers CASCADE;` and `TRUNCATE TABLE orders;` against production tonight.";

function record(index: number, timestamp: string, proposal: string): ProducerRecord {
  return {
    id: `fsar_0b7f3c2e-6a1d-4e8b-9c55-${String(index).padStart(12, "0")}`,
    timestamp,
    severity: 6,
    block_execution: false,
    proposal,
    risks: ["Slow failure: unnoticed degradation accumulating by 2028-01-05", "Incentive drift: stakeholders habituate to optimistic outputs", "Unintended consequence: a change moves the problem elsewhere"],
    mitigations: ["Add scheduled adversarial audits with hard pass/fail gates", "Prefer reversible rollouts", "Track leading indicators for drift and trust inflation"],
  };
}

/** 20 reports seven hours apart from `start` (all in one week from a Monday), each an md/json twin pair named as the producer names them. */
export function week(start: string, proposal: string, first: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let index = 0; index < 20; index++) {
    const instant = new Date(Date.parse(start) + index * 25_200_000).toISOString();
    const base = `reports/fsar_proposal_${instant.replace(/[:.]/g, "-")}`;
    const report = record(first + index, instant, proposal);
    files[`${base}.md`] = producerMarkdown(report);
    files[`${base}.json`] = producerJson(report);
  }
  return files;
}

