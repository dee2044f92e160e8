import { describe, expect, it } from "vitest";
import { auditSources } from "../core/engine.js";
import { defaultConfig } from "../config/resolve.js";
import { NOW } from "../../test/helpers/rule-harness.js";

describe("required-fields", () => {
  it("fails a json report with a missing field and a field of the wrong type, each on its line", () => {
    const content = '{\n  "id": "fsar_x",\n  "severity": "high"\n}';
    const result = auditSources([{ file: "fsar_x.json", content }], defaultConfig("/"), NOW);
    expect(result.results[0]?.findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.message}`)).toEqual([
      '1:1 required-fields missing required field "block_execution"',
      '1:1 required-fields missing required field "mitigations"',
      '1:1 required-fields missing required field "proposal"',
      '1:1 required-fields missing required field "risks"',
      '1:1 required-fields missing required field "timestamp"',
      '3:15 required-fields "severity" must be a number, not string',
    ]);
  });
});
