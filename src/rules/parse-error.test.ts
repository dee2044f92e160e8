import { describe, expect, it } from "vitest";
import { defaultConfig } from "../config/resolve.js";
import { auditSources } from "../core/engine.js";
import { producerMarkdown, SAMPLE } from "../../test/helpers/report-text.js";
import { testRule } from "../../test/helpers/rule-tester.js";
import { NOW } from "../../test/helpers/rule-harness.js";
import { parseError } from "./parse-error.js";

const NO_SECTIONS = "# FSAR Proposal Report\n- id: x\n- proposal:\n\nno sections";
// The sample cut off after its risks (file line 12).
const NO_MITIGATIONS = producerMarkdown(SAMPLE).slice(0, producerMarkdown(SAMPLE).indexOf("\n\n## Mitigations"));
/** What a report without its sections gives, whatever the config says of the rule. */
const NO_SECTIONS_FINDING = {
  file: "fsar_x.md",
  messageId: "truncated",
  data: { missing: '"## Risks" and "## Mitigations" sections' },
  message: 'the report is truncated: no "## Risks" and "## Mitigations" sections',
  line: 5,
  column: null,
  level: "error",
} as const;

testRule(parseError, {
  valid: [{ name: "passes a report that reads", reports: { "fsar_x.md": {} } }],
  invalid: [
    {
      name: "fails a file that cannot be read as a report, with the line where reading stopped",
      reports: { "fsar_x.md": NO_SECTIONS },
      findings: [NO_SECTIONS_FINDING],
    },
    {
      name: "is the documented example",
      reports: { "fsar_proposal_x.md": NO_MITIGATIONS },
      documented: true,
      findings: [
        { file: "fsar_proposal_x.md", messageId: "truncated", data: { missing: '"## Mitigations" section' }, message: 'the report is truncated: no "## Mitigations" section', line: 12, column: null, level: "error" },
      ],
    },
    {
      name: "cannot be switched off",
      reports: { "fsar_x.md": NO_SECTIONS },
      config: "overrides:\n  - files: ['*.md']\n    rules:\n      parse-error: off\n",
      findings: [NO_SECTIONS_FINDING],
    },
  ],
});

describe("parse-error's verdict", () => {
  it("fails the report, with the finding's identity", () => {
    const result = auditSources([{ file: "fsar_x.md", content: NO_SECTIONS }], defaultConfig("/"), NOW);
    expect(result.results[0]?.findings.map((finding) => finding.identity)).toEqual([{ missing: '"## Risks" and "## Mitigations" sections' }]);
    expect(result.results[0]?.verdict).toBe("fail");
  });
});
