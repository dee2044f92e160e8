import { testRule } from "../../test/helpers/rule-tester.js";
import { idFormat } from "./id-format.js";

const notFsarId = (id: string) => ({ messageId: "notFsarId", data: { id: JSON.stringify(id) }, message: `id ${JSON.stringify(id)} is not of the form fsar_<uuid>`, line: 2, column: 7 });

testRule(idFormat, {
  valid: [{ name: "passes fsar_<uuid>", report: { id: "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286" } }],
  invalid: [
    ...["fsar_5c37afc9", "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286x"].map((id) => ({ name: `warns on ${id}, on the id value`, report: { id }, findings: [notFsarId(id)] })),
    { name: "warns on report-7", report: { id: "report-7" }, documented: true as const, findings: [notFsarId("report-7")] },
  ],
});
