import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../src/config/config-error.js";
import { parseConfigText } from "../src/config/load-file.js";
import { parseReport } from "../src/core/parse.js";
import { reportRecordSchema } from "../src/core/record.js";

// Report text is untrusted and configs are hand-written: no input may make the parser throw, and none may
// make the config loader throw anything but a ConfigError (which the CLI prints as a located message).

/** Lines that look like a report's, in any order, so the fuzzer reaches past the heading check. */
const reportLine = fc.oneof(
  fc.constantFrom("# FSAR Proposal Report", "- proposal:", "## Risks", "## Mitigations", "", "```", "<!-- SYNOPSIS -->", "-->", "\r"),
  fc.constantFrom("id", "timestamp", "severity", "block_execution", "proposal", "other").chain((key) => fc.string().map((value) => `- ${key}: ${value}`)),
  fc.string().map((text) => `- ${text}`),
  fc.string(),
);
const reportLike = fc.array(reportLine, { maxLength: 40 }).map((lines) => lines.join("\n"));

function assertParses(input: Uint8Array | string, file: string): void {
  const parsed = parseReport(input, { file });
  // Either a record, or at least one located diagnostic: never neither.
  expect(parsed.record !== null || parsed.diagnostics.length > 0).toBe(true);
  if (parsed.record) {
    // The parser builds records without running the schema: every record it makes must be one the schema
    // accepts unchanged, keys in the same order.
    const checked = reportRecordSchema.safeParse(parsed.record);
    expect(checked.success).toBe(true);
    expect(JSON.stringify(checked.data)).toBe(JSON.stringify(parsed.record));
  }
}

describe("parser fuzzing", () => {
  it("never throws on any bytes, as md or json", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom("fsar_a.md", "fsar_a.json", "report"), (bytes, file) => assertParses(bytes, file)),
      { numRuns: 500 },
    );
  });

  it("never throws on report-like markdown", () => {
    fc.assert(fc.property(reportLike, (text) => assertParses(text, "fsar_a.md")), { numRuns: 500 });
  });

  it("never throws on any JSON value or JSON-like text", () => {
    const jsonLike = fc.oneof(
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.dictionary(fc.constantFrom("id", "timestamp", "severity", "block_execution", "proposal", "risks", "mitigations"), fc.jsonValue()).map((value) => JSON.stringify(value, null, 2)),
      fc.string().map((text) => `{"proposal": "${text}"}`),
    );
    fc.assert(fc.property(jsonLike, (text) => assertParses(text, "fsar_a.json")), { numRuns: 500 });
  });
});

describe("records without a schema run", () => {
  const line = fc.string({ maxLength: 30 }).map((text) => text.replace(/[\r\n]/g, " "));
  const fields = fc.record({
    id: line,
    timestamp: line,
    severity: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer()),
    block: fc.boolean(),
    proposal: fc.string({ maxLength: 200 }),
    risks: fc.array(line, { maxLength: 4 }),
    mitigations: fc.array(line, { maxLength: 4 }),
  });

  it("makes only records the schema accepts unchanged, from md in any header order", () => {
    fc.assert(
      fc.property(fields, fc.boolean(), ({ id, timestamp, severity, block, proposal, risks, mitigations }, severityFirst) => {
        const header = [`- id: ${id}`, `- timestamp: ${timestamp}`];
        const severityLine = `- severity: ${severity}`;
        if (severityFirst) header.unshift(severityLine);
        else header.push(severityLine);
        const text = ["# FSAR Proposal Report", ...header, `- block_execution: ${block}`, "- proposal:", "", proposal, "", "## Risks", ...risks.map((r) => `- ${r}`), "", "## Mitigations", ...mitigations.map((m) => `- ${m}`)].join("\n");
        assertParses(text, "fsar_a.md");
      }),
      { numRuns: 300 },
    );
  });

  it("makes only records the schema accepts unchanged, from json", () => {
    fc.assert(
      fc.property(fields, ({ id, timestamp, severity, block, proposal, risks, mitigations }) => {
        assertParses(JSON.stringify({ mitigations, severity, id, extra: 1, timestamp, proposal, risks, block_execution: block }), "fsar_a.json");
      }),
      { numRuns: 300 },
    );
  });
});

describe("config loader fuzzing", () => {
  function assertOnlyConfigErrors(text: string): void {
    try {
      parseConfigText(text, "fsar.config.yaml");
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      for (const problem of error.problems) expect(problem.message).not.toBe("");
    }
  }

  it("throws nothing but ConfigError on any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), assertOnlyConfigErrors), { numRuns: 200 });
  });

  it("throws nothing but ConfigError on YAML-shaped configs", () => {
    const key = fc.constantFrom("extends", "severity", "rules", "include", "exclude", "overrides", "max", "review", "block", "files", "min-risks", "parse-error", "id-format", "unknown");
    const scalar = fc.oneof(fc.constantFrom("off", "warn", "error", "fsar:strict", "-1", "1e400", "~", "&a x", "*a", "[", "{"), fc.string({ maxLength: 10 }));
    const yamlLine = fc.tuple(fc.nat({ max: 6 }), key, scalar, fc.boolean()).map(([indent, k, v, item]) => `${" ".repeat(indent)}${item ? "- " : ""}${k}: ${v}`);
    fc.assert(fc.property(fc.array(yamlLine, { maxLength: 15 }), (lines) => assertOnlyConfigErrors(lines.join("\n"))), { numRuns: 500 });
  });
});
