import { describe, expect, it } from "vitest";
import { auditSources } from "../core/engine.js";
import { defaultConfig } from "../config/resolve.js";
import { NOW } from "../../test/helpers/rule-harness.js";

describe("parse-error", () => {
  it("fails a file that cannot be read as a report, with the line where reading stopped", () => {
    const result = auditSources([{ file: "fsar_x.md", content: "# FSAR Proposal Report\n- id: x\n- proposal:\n\nno sections" }], defaultConfig("/"), NOW);
    expect(result.results[0]?.findings).toEqual([
      {
        rule: "parse-error",
        messageId: "truncated",
        data: { missing: '"## Risks" and "## Mitigations" sections' },
        identity: { missing: '"## Risks" and "## Mitigations" sections' },
        level: "error",
        message: 'the report is truncated: no "## Risks" and "## Mitigations" sections',
        line: 5,
        column: null,
      },
    ]);
    expect(result.results[0]?.verdict).toBe("fail");
  });
});
