import { describe, expect, it } from "vitest";
import { parseConfigText } from "../config/load-file.js";
import { resolveConfig } from "../config/resolve.js";
import { producerJson, producerMarkdown, SAMPLE } from "../../test/helpers/report-text.js";
import { NOW } from "../../test/helpers/rule-harness.js";
import { auditSources } from "./engine.js";

const configOf = (text: string) => resolveConfig(parseConfigText(text, null), { file: null, baseDir: "/repo" });

describe("engine", () => {
  it("caps a rule's own level at its configured level", () => {
    const result = auditSources([{ file: "a.md", content: producerMarkdown({ ...SAMPLE, severity: 48, block_execution: true }) }], configOf("rules:\n  max-severity: warn\n  block-execution: off\n"), NOW);
    expect(result.results[0]?.findings).toEqual([
      {
        rule: "max-severity",
        messageId: "atBlock",
        data: { severity: 48, threshold: 45 },
        identity: { severity: 48, threshold: 45 },
        level: "warn",
        message: "severity 48 is at or above the block threshold 45",
        line: 4,
        column: 13,
      },
    ]);
    expect(result.results[0]?.verdict).toBe("warn");
  });

  it("applies overrides by path from the config folder", () => {
    const config = configOf("rules:\n  id-format: off\noverrides:\n  - files: ['legacy/**']\n    rules:\n      max-severity: off\n");
    const content = (id: string) => producerMarkdown({ ...SAMPLE, id, severity: 30 });
    const result = auditSources([{ file: "x/legacy/a.md", pathFromConfig: "legacy/a.md", content: content("fsar_1") }, { file: "x/new/a.md", pathFromConfig: "new/a.md", content: content("fsar_2") }], config, NOW, 0);
    expect(result.results.map((r) => [r.file, r.verdict])).toEqual([["x/legacy/a.md", "pass"], ["x/new/a.md", "warn"]]);
  });

  it("counts verdicts, errors, warnings and bands, sorted by file", () => {
    const result = auditSources(
      [
        { file: "c.json", content: producerJson({ ...SAMPLE, id: "fsar_other", severity: 30 }) },
        { file: "a.md", content: producerMarkdown(SAMPLE) },
        { file: "b.md", content: "garbage" },
      ],
      configOf(""),
      NOW,
      4,
    );
    expect(result.summary).toEqual({ reports: 3, pass: 1, warn: 1, fail: 1, errors: 1, warnings: 2, skipped: 4 });
    expect(result.results.map((r) => [r.file, r.band, r.verdict])).toEqual([["a.md", "low", "pass"], ["b.md", null, "fail"], ["c.json", "review", "warn"]]);
  });

  it("gives the reports without a risk signal one frozen risk, and twins their id", () => {
    const result = auditSources(
      [
        { file: "a.md", content: producerMarkdown(SAMPLE) },
        { file: "a.json", content: producerJson(SAMPLE) },
        { file: "b.md", content: producerMarkdown({ ...SAMPLE, id: "fsar_other" }) },
      ],
      configOf(""),
      NOW,
    );
    const [aJson, aMd, bMd] = result.results;
    expect(aMd?.id).toBe(SAMPLE.id);
    expect(aJson?.id).toBe(aMd?.id);
    expect(aMd?.risk).toEqual({ score: 0, band: "low", signals: [] });
    expect(bMd?.risk).toBe(aMd?.risk);
    expect(Object.isFrozen(aMd?.risk) && Object.isFrozen(aMd?.risk?.signals)).toBe(true);
  });
});
