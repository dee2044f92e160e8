import { testRule } from "../../test/helpers/rule-tester.js";
import { jsonOf, parseRecord, SEED } from "../../test/helpers/seed-report.js";
import { twinMismatch } from "./twin-mismatch.js";

const seedJson = jsonOf(parseRecord(SEED));
const TWIN = "fsar_proposal_x.json";

/** The seed's json twin, edited. */
function jsonTwin(edit: (report: Record<string, unknown>) => void): string {
  const report = JSON.parse(seedJson) as Record<string, unknown>;
  edit(report);
  return JSON.stringify(report, null, 2);
}

const crlfProposal = (report: Record<string, unknown>) => {
  report.proposal = String(report.proposal).replace("\n\n1. **", "\r\n\r\n1. **");
};

const whitespaceOnly = (field: string, line: number, column: number) => ({
  messageId: "whitespaceOnly",
  data: { field, twin: TWIN },
  message: `${field} differs from ${TWIN} only in line endings or trailing whitespace`,
  line,
  column,
  level: "warn" as const,
});

const valueDiffers = (field: string, ours: string, theirs: string, line: number, column: number) => ({
  messageId: "valueDiffers",
  data: { field, ours, theirs, twin: TWIN },
  message: `${field} is ${ours} here but ${theirs} in ${TWIN}`,
  line,
  column,
  level: "error" as const,
});

testRule(twinMismatch, {
  valid: [
    { name: "passes twins that carry the same record", report: SEED, twin: seedJson },
    { name: "passes a report audited without its twin by default", report: SEED },
  ],
  invalid: [
    { name: "warns, with its own message, when the twins differ only in line endings", report: SEED, twin: jsonTwin(crlfProposal), findings: [whitespaceOnly("proposal", 8, 1)] },
    {
      name: "treats trailing whitespace like a line ending",
      report: SEED,
      twin: jsonTwin((report) => {
        report.mitigations = (report.mitigations as string[]).map((item, index) => (index === 1 ? `${item}  ` : item));
      }),
      findings: [whitespaceOnly("mitigations", 36, 3)],
    },
    {
      name: "fails on every other differing field, naming each on its own line",
      report: SEED,
      twin: jsonTwin((report) => {
        report.severity = 48;
        report.block_execution = true;
        report.risks = (report.risks as string[]).map((item, index) => (index === 1 ? "Unintended consequence: something else" : item));
      }),
      findings: [
        valueDiffers("severity", "6", "48", 4, 13),
        valueDiffers("block_execution", "false", "true", 5, 20),
        { messageId: "itemsDiffer", data: { field: "risks", items: "item", indexes: "2", differ: "differs", twin: TWIN }, message: `risks item 2 differs from ${TWIN}`, line: 31, column: 3, level: "error" },
      ],
    },
    {
      name: "names several differing items at once",
      report: SEED,
      twin: jsonTwin((report) => {
        report.risks = (report.risks as string[]).map((item, index) => (index < 2 ? `${item}, reworded` : item));
      }),
      findings: [{ messageId: "itemsDiffer", data: { field: "risks", items: "items", indexes: "1, 2", differ: "differ", twin: TWIN }, message: `risks items 1, 2 differ from ${TWIN}`, line: 30, column: 3, level: "error" }],
    },
    {
      name: "counts the items when the lists are of different lengths",
      report: SEED,
      twin: jsonTwin((report) => {
        report.mitigations = (report.mitigations as string[]).slice(1);
      }),
      findings: [{ messageId: "itemCountDiffers", data: { field: "mitigations", ours: 3, theirs: 2, twin: TWIN }, message: `mitigations has 3 items here but 2 in ${TWIN}`, line: 35, column: 3, level: "error" }],
    },
    {
      name: "names the field without quoting the text, which may hold secrets",
      report: SEED,
      twin: jsonTwin((report) => {
        report.proposal = `${String(report.proposal)} sk_live_51Habcdefghijklmnopqrstuv`;
      }),
      findings: [{ messageId: "textDiffers", data: { field: "proposal", twin: TWIN }, message: `proposal differs from ${TWIN}`, line: 8, column: 1, level: "error" }],
    },
    {
      name: "fails a report without its twin when requireTwin is set",
      report: seedJson,
      format: "json",
      context: { file: "reports/fsar_proposal_x.json" },
      options: { requireTwin: true },
      findings: [{ messageId: "missingTwin", data: { form: "md", wanted: "fsar_proposal_x.md" }, message: "no readable md twin fsar_proposal_x.md was audited with this report", line: null, column: null }],
    },
    {
      name: "is the documented example",
      report: SEED,
      twin: jsonTwin((report) => {
        report.severity = 48;
        crlfProposal(report);
      }),
      documented: true,
      findings: [valueDiffers("severity", "6", "48", 4, 13), whitespaceOnly("proposal", 8, 1)],
    },
  ],
});
