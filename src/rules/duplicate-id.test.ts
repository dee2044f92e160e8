import { testRule } from "../../test/helpers/rule-tester.js";
import { duplicateId } from "./duplicate-id.js";

const ID = "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286";
const sharedId = (file: string, others: string, line = 2) => ({
  file,
  messageId: "sharedId",
  data: { id: ID, others },
  message: `id ${ID} is also used by ${others}`,
  line,
  column: 1,
  level: "error" as const,
});

testRule(duplicateId, {
  valid: [
    { name: "passes distinct ids", reports: { "a.md": { id: "fsar_a" }, "b.md": { id: "fsar_b" } } },
    { name: "treats an md report and its json twin as one report", reports: { "a.md": {}, "a.json": {} } },
  ],
  invalid: [
    {
      name: "fails each of two different reports that share an id, twins and all",
      reports: { "a.md": {}, "a.json": {}, "b.md": {} },
      findings: [sharedId("a.json", "b.md"), sharedId("a.md", "b.md"), sharedId("b.md", "a.json, a.md")],
    },
    {
      name: "is the documented example",
      reports: { "reports/a.md": {}, "reports/b.md": {} },
      documented: true,
      findings: [sharedId("reports/a.md", "reports/b.md"), sharedId("reports/b.md", "reports/a.md")],
    },
  ],
});
