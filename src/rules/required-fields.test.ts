import { producerJson, SAMPLE } from "../../test/helpers/report-text.js";
import { testRule } from "../../test/helpers/rule-tester.js";
import { requiredFields } from "./required-fields.js";

const missing = (field: string) => ({
  file: "fsar_x.json",
  messageId: "missing",
  data: { field },
  message: `missing required field "${field}"`,
  line: 1,
  column: 1,
  level: "error" as const,
});

const severityString = (file: string, line: number) => ({
  file,
  messageId: "wrongType",
  data: { field: "severity", expected: "a number", actual: "string" },
  message: '"severity" must be a number, not string',
  line,
  column: 15,
  level: "error" as const,
});

testRule(requiredFields, {
  valid: [{ name: "passes a json report with all seven fields", reports: { "fsar_x.json": {} } }],
  invalid: [
    {
      name: "fails a json report with a missing field and a field of the wrong type, each on its line",
      reports: { "fsar_x.json": '{\n  "id": "fsar_x",\n  "severity": "high"\n}' },
      findings: [...["block_execution", "mitigations", "proposal", "risks", "timestamp"].map(missing), severityString("fsar_x.json", 3)],
    },
    {
      name: "is the documented example",
      reports: { "fsar_proposal_x.json": producerJson(SAMPLE).replace('"severity": 6', '"severity": "high"') },
      documented: true,
      findings: [severityString("fsar_proposal_x.json", 5)],
    },
  ],
});
