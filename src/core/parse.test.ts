import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { producerJson, producerMarkdown, SAMPLE } from "../../test/helpers/report-text.js";
import { parseReport } from "./parse.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const seed = readFileSync(new URL("../../fixtures/reports/seed.md", import.meta.url));

function diagnosticsOf(input: Uint8Array | string, file = "r.md") {
  return parseReport(input, { file }).diagnostics.map((d) => `${d.line}:${d.column} ${d.rule} ${d.message}`);
}

describe("markdown form", () => {
  it("reads the seed report into a record with positions", () => {
    const { record, diagnostics } = parseReport(seed, { file: "seed.md" });
    expect(diagnostics).toEqual([]);
    expect(record).toMatchObject({
      id: "fsar_5c37afc9-c5bd-45bb-bdce-9307a7792286",
      timestamp: "2026-01-02T03:20:46.775Z",
      severity: 6,
      block_execution: false,
      format: "markdown",
      positions: {
        id: { line: 2, column: 7 },
        timestamp: { line: 3, column: 14 },
        severity: { line: 4, column: 13 },
        block_execution: { line: 5, column: 20 },
        proposal: { line: 8, column: 1 },
        risks: { line: 29, column: 1 },
        mitigations: { line: 34, column: 1 },
      },
    });
    expect(record!.proposal.startsWith("self_improvement:  To address")).toBe(true);
    expect(record!.proposal.endsWith("operational efficiency.")).toBe(true);
    expect(record!.risks).toEqual([
      { text: "Slow failure: unnoticed degradation accumulating by 2028-01-01", category: "Slow failure", line: 30 },
      { text: "Unintended consequence: incentives shift toward short-term metrics, long-term reliability decays", category: "Unintended consequence", line: 31 },
      { text: "Incentive drift: stakeholders habituate to optimistic outputs, raising risk of silent defects", category: "Incentive drift", line: 32 },
    ]);
    expect(record!.mitigations.map((m) => [m.line, m.category])).toEqual([
      [35, null],
      [36, null],
      [37, null],
    ]);
  });

  it("skips a leading HTML comment and blank lines before the heading", () => {
    const { record } = parseReport(`<!-- SYNOPSIS: FSAR Proposal Report -->\n\n${producerMarkdown(SAMPLE)}`);
    expect(record?.positions.id).toEqual({ line: 4, column: 7 });
    expect(record?.proposal).toBe(SAMPLE.proposal);
  });

  it("skips a multi-line HTML comment", () => {
    const { record } = parseReport(`<!--\n# FSAR Proposal Report\n-->\n${producerMarkdown(SAMPLE)}`);
    expect(record?.positions.id.line).toBe(5);
  });

  it("drops a UTF-8 BOM from bytes and from text", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(producerMarkdown(SAMPLE))]);
    expect(parseReport(withBom).record?.id).toBe(SAMPLE.id);
    expect(parseReport(`\ufeff${producerMarkdown(SAMPLE)}`).record?.id).toBe(SAMPLE.id);
  });

  it("reads CRLF line endings without keeping the CR", () => {
    const { record } = parseReport(producerMarkdown({ ...SAMPLE, proposal: "line one\nline two" }).replace(/\n/g, "\r\n"));
    expect(record?.proposal).toBe("line one\nline two");
    expect(record?.mitigations[0]?.text).toBe(SAMPLE.mitigations[0]);
    expect(record?.severity).toBe(6);
  });

  it("accepts a trailing newline as well as none", () => {
    expect(parseReport(`${producerMarkdown(SAMPLE)}\n`).record?.mitigations).toHaveLength(1);
    expect(parseReport(producerMarkdown(SAMPLE)).record?.mitigations).toHaveLength(1);
  });

  it("keeps the proposal's own ## headings, Risks and Mitigations lists and unclosed fences in the proposal", () => {
    const proposal = [
      "idea_implementation: migrate the billing tables",
      "",
      "## Phase 5: cut-over",
      "",
      "## Risks",
      "- Proposal-internal risk",
      "",
      "## Mitigations",
      "- Proposal-internal mitigation",
      "",
      "```sql",
      "DROP TABLE old_orders;",
    ].join("\n");
    const { record, diagnostics } = parseReport(producerMarkdown({ ...SAMPLE, proposal }));
    expect(diagnostics).toEqual([]);
    expect(record?.proposal).toBe(proposal);
    expect(record?.risks.map((r) => r.text)).toEqual(SAMPLE.risks);
    expect(record?.mitigations.map((m) => m.text)).toEqual(SAMPLE.mitigations);
    expect(record?.positions.risks.line).toBe(21);
  });

  it("reads empty Risks and Mitigations sections as empty lists", () => {
    const { record } = parseReport(producerMarkdown({ ...SAMPLE, risks: [], mitigations: [] }));
    expect(record?.risks).toEqual([]);
    expect(record?.mitigations).toEqual([]);
  });

  it("reads a multi-line item as one item", () => {
    const { record } = parseReport(producerMarkdown({ ...SAMPLE, risks: ["Data loss: first line\ncontinued here"] }));
    expect(record?.risks).toEqual([{ text: "Data loss: first line\ncontinued here", category: "Data loss", line: 11 }]);
  });

  it("reports an empty file", () => {
    expect(diagnosticsOf(new Uint8Array())).toEqual(["1:null parse-error the file is empty"]);
    expect(diagnosticsOf(bytes("\n  \n"))).toEqual(["1:null parse-error the file is empty"]);
  });

  it("reports a binary file at its first NUL byte", () => {
    expect(diagnosticsOf(bytes("# FSAR Proposal Report\n- id: a\u0000b"))).toEqual(["2:8 parse-error the file is binary (NUL byte), not a report"]);
  });

  it("reports invalid UTF-8 with its line and column", () => {
    const input = new Uint8Array([...bytes("# FSAR Proposal Report\n- id: "), 0xff, 0x41]);
    expect(diagnosticsOf(input)).toEqual(["2:7 parse-error the file is not valid UTF-8"]);
  });

  it("reports a missing heading on the first line of content", () => {
    expect(diagnosticsOf("\n\n# Quality Regression Report\n- id: x")).toEqual(['3:1 parse-error expected the heading "# FSAR Proposal Report"']);
  });

  it("reports a truncated report", () => {
    const text = producerMarkdown(SAMPLE);
    expect(diagnosticsOf(text.slice(0, text.indexOf("## Mitigations")))).toEqual(['12:null parse-error the report is truncated: no "## Mitigations" section']);
    expect(diagnosticsOf(text.slice(0, text.indexOf("- proposal:")))).toEqual(['6:1 parse-error expected "- proposal:" after the header fields']);
  });

  it("reports a duplicated header field on its second occurrence", () => {
    const text = producerMarkdown(SAMPLE).replace("- severity: 6\n", "- severity: 6\n- severity: 48\n");
    expect(diagnosticsOf(text)).toEqual(['5:3 parse-error duplicate header field "severity" (first on line 4)']);
  });

  it.each([
    ["NaN", '"NaN"'],
    ["Infinity", '"Infinity"'],
    ["1e999", '"1e999"'],
    ["six", '"six"'],
    ["", '""'],
  ])("reports a severity that is not a finite number (%s)", (value, quoted) => {
    const text = producerMarkdown(SAMPLE).replace("- severity: 6", `- severity: ${value}`);
    expect(diagnosticsOf(text)).toEqual([`4:13 parse-error severity is not a finite number: ${quoted}`]);
  });

  it("reports block_execution that is not true or false", () => {
    const text = producerMarkdown(SAMPLE).replace("- block_execution: false", "- block_execution: yes");
    expect(diagnosticsOf(text)).toEqual(['5:20 parse-error block_execution must be true or false, not "yes"']);
  });

  it("reports a missing header field at the heading", () => {
    const text = producerMarkdown(SAMPLE).replace(/- timestamp: .*\n/, "");
    expect(diagnosticsOf(text)).toEqual(['1:1 required-fields missing required field "timestamp"']);
  });

  it("reports a stray line inside the Risks section", () => {
    const text = producerMarkdown(SAMPLE).replace("## Risks\n", "## Risks\n\nnot an item\n");
    expect(diagnosticsOf(text)).toEqual(['12:1 parse-error unexpected line in the Risks section: expected "- <item>"']);
  });
});

describe("json form", () => {
  it("reads the producer's json into the same record as the markdown, with positions", () => {
    const { record, diagnostics } = parseReport(producerJson(SAMPLE), { file: "r.json" });
    expect(diagnostics).toEqual([]);
    const markdown = parseReport(producerMarkdown(SAMPLE), { file: "r.md" }).record!;
    const strip = (r: typeof record) => ({ ...r, format: null, positions: null, risks: r!.risks.map((i) => i.text), mitigations: r!.mitigations.map((i) => i.text) });
    expect(strip(record)).toEqual(strip(markdown));
    expect(record?.format).toBe("json");
    expect(record?.positions).toEqual({
      id: { line: 2, column: 9 },
      timestamp: { line: 3, column: 16 },
      proposal: { line: 4, column: 15 },
      severity: { line: 5, column: 15 },
      risks: { line: 6, column: 12 },
      mitigations: { line: 10, column: 18 },
      block_execution: { line: 13, column: 22 },
    });
    expect(record?.risks[1]).toEqual({ text: SAMPLE.risks[1], category: "Incentive drift", line: 8 });
  });

  it("reports invalid JSON with the line and column of the error", () => {
    expect(diagnosticsOf('{\n  "id": "x",\n  "severity": 6,,\n}', "r.json")).toEqual(['3:17 parse-error invalid JSON: unexpected character ",", expected a property name']);
    expect(diagnosticsOf('{"id": "x"', "r.json")).toEqual(['1:11 parse-error invalid JSON: unexpected end of input, expected "," or "}"']);
  });

  it("reports each field of the wrong type at its value", () => {
    const text = producerJson(SAMPLE).replace('"severity": 6', '"severity": "6"').replace('"block_execution": false', '"block_execution": "false"').replace(`"${SAMPLE.mitigations[0]}"`, "42");
    expect(diagnosticsOf(text, "r.json")).toEqual([
      '5:15 required-fields "severity" must be a number, not string',
      '11:5 required-fields "mitigations[0]" must be a string, not number',
      '13:22 required-fields "block_execution" must be true or false, not string',
    ]);
  });

  it("reports a top level that is not an object", () => {
    expect(diagnosticsOf("[1, 2]", "r.json")).toEqual(["1:1 parse-error a report must be a JSON object, not array"]);
  });

  it("reports duplicate keys instead of silently keeping the last", () => {
    expect(diagnosticsOf('{"severity": 6, "severity": 48}', "r.json")).toEqual(['1:17 parse-error invalid JSON: duplicate key "severity"']);
  });

  it("treats __proto__ and constructor as plain keys, without polluting any prototype", () => {
    const text = producerJson(SAMPLE).replace("{", '{\n  "__proto__": { "polluted": true },\n  "constructor": { "prototype": { "polluted": true } },');
    const { record, diagnostics } = parseReport(text, { file: "r.json" });
    expect(diagnostics).toEqual([]);
    expect(record?.id).toBe(SAMPLE.id);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(record).not.toHaveProperty("polluted");
  });

  it("reports a severity too large to be finite", () => {
    expect(diagnosticsOf(producerJson(SAMPLE).replace('"severity": 6', '"severity": 1e999'), "r.json")).toEqual(["5:15 parse-error severity is not a finite number"]);
  });

  it("bounds nesting depth instead of overflowing the stack", () => {
    const deep = `{"x": ${"[".repeat(100_000)}`;
    expect(diagnosticsOf(deep, "r.json")).toEqual(["1:263 parse-error invalid JSON: JSON nested deeper than 256 levels"]);
  });

  it("bounds nesting depth in the producer's layout too", () => {
    let deep: unknown = [];
    for (let level = 0; level < 300; level++) deep = [deep];
    expect(diagnosticsOf(JSON.stringify({ x: deep }, null, 2), "r.json")).toEqual(["258:515 parse-error invalid JSON: JSON nested deeper than 256 levels"]);
  });

  it("chooses the form from the content when no file name is given", () => {
    expect(parseReport(producerJson(SAMPLE)).format).toBe("json");
    expect(parseReport(producerMarkdown(SAMPLE)).format).toBe("markdown");
  });
});
