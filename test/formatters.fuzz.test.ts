import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { marked, type Tokens } from "marked";
import { describe, expect, it } from "vitest";
import { defaultConfig } from "../src/config/resolve.js";
import { auditSources, type AuditResult, type ReportSource } from "../src/core/engine.js";
import { formatGithub } from "../src/formatters/github.js";
import { formatGitlab } from "../src/formatters/gitlab.js";
import { formatJson } from "../src/formatters/json.js";
import { formatJunit } from "../src/formatters/junit.js";
import { formatMarkdown } from "../src/formatters/markdown.js";
import { formatSarif } from "../src/formatters/sarif.js";
import { formatStylish } from "../src/formatters/stylish.js";
import type { FormatterContext } from "../src/formatters/types.js";
import { builtinRules } from "../src/rules/index.js";
import { recordValuesArbitrary, renderJsonReport, renderMarkdownReport } from "./helpers/arbitraries.js";
import { validateSarif } from "./helpers/sarif.js";

const NOW = new Date("2026-11-26T00:00:00Z");
const CONTEXT: FormatterContext = { color: false, version: "0.0.0", rules: builtinRules, cwd: "/repo" };

/** Hostile text: markup, escapes, control and XML-forbidden characters, lone surrogates. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("<b>&amp;]]>", "|`x`|", "%0A::error::", "\u001b[31m\u0007", "\uFFFF\uFFFE\uD800", "a\r\nb\u2028c", "${{ secrets.X }}"),
);

/** A file name of one or two folders, made of anything a file system allows but `/` and NUL. */
const fileName = fc
  .array(
    hostileText.map((part) => part.replace(/[/\u0000]/g, "_") || "_"),
    { minLength: 1, maxLength: 2 },
  )
  .map((parts) => parts.join("/"));

const source: fc.Arbitrary<ReportSource> = fc.oneof(
  fc.tuple(fileName, recordValuesArbitrary, hostileText).map(([name, record, text]) => ({ file: `${name}.md`, content: renderMarkdownReport({ ...record, id: `${record.id}${text.replace(/[\r\n]/g, "")}`.trim() || "x" }) })),
  fc.tuple(fileName, recordValuesArbitrary, hostileText).map(([name, record, text]) => ({ file: `${name}.json`, content: renderJsonReport({ ...record, proposal: `${record.proposal}${text}` }) })),
  fc.tuple(fileName, fc.uint8Array({ maxLength: 200 })).map(([name, bytes]) => ({ file: `${name}.md`, content: bytes })),
);

const auditResult: fc.Arbitrary<AuditResult> = fc
  .uniqueArray(source, { minLength: 1, maxLength: 4, selector: (entry) => entry.file })
  .map((sources) => auditSources(sources, defaultConfig("/repo"), NOW));

function tableRows(markdown: string): Array<{ cells: number; header: number }> {
  const rows: Array<{ cells: number; header: number }> = [];
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type !== "table") return;
    const table = token as Tokens.Table;
    for (const row of table.rows) rows.push({ cells: row.length, header: table.header.length });
  });
  return rows;
}

describe("every formatter stays well-formed whatever the reports hold", () => {
  it("json parses and keeps every result", () => {
    fc.assert(
      fc.property(auditResult, (result) => {
        expect((JSON.parse(formatJson(result, CONTEXT)) as { results: unknown[] }).results).toHaveLength(result.results.length);
      }),
      { numRuns: 150 },
    );
  });

  it("json, written one result at a time, is the text of one JSON.stringify of the whole contract", () => {
    const whole = (result: AuditResult): string =>
      JSON.stringify(
        {
          version: 1,
          summary: result.summary,
          results: result.results.map(({ file, format, id, severity, band, verdict, findings, risk }) => ({
            file,
            format,
            id,
            severity,
            band,
            verdict,
            findings: findings.map(({ rule, messageId, level, message, line, column, suppressed }) => ({ rule, messageId, level, message, line, column, ...(suppressed ? { suppressed } : {}) })),
            ...(risk ? { risk: { score: risk.score, band: risk.band, signals: risk.signals.map(({ id, category, line, column, text }) => ({ id, category, line, column, text })) } } : {}),
          })),
          ...(result.baseline ? { baseline: result.baseline } : {}),
        },
        null,
        2,
      ) + "\n";
    const withBaseline = fc.tuple(auditResult, fc.boolean(), fc.boolean()).map(([result, empty, baseline]): AuditResult => ({
      ...result,
      results: empty ? [] : result.results,
      ...(baseline ? { baseline: { file: "fsar-baseline.json", matched: 2, stale: [{ file: "a.md", id: null, rule: "secrets", message: "m\nx", fingerprint: "f", count: 1 }] } } : {}),
    }));
    fc.assert(
      fc.property(withBaseline, (result) => {
        expect(formatJson(result, CONTEXT)).toBe(whole(result));
      }),
      { numRuns: 150 },
    );
  });

  it("sarif parses, with one result per counted finding and every start line >= 1", () => {
    fc.assert(
      fc.property(auditResult, (result) => {
        const log = JSON.parse(formatSarif(result, CONTEXT)) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { region?: { startLine: number } } }> }> }> };
        const findings = result.results.reduce((count, entry) => count + entry.findings.length, 0);
        expect(log.runs[0]!.results).toHaveLength(findings);
        for (const entry of log.runs[0]!.results) expect(entry.locations[0]!.physicalLocation.region?.startLine ?? 1).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 150 },
    );
  });

  it("gitlab issues meet GitLab's schema, one per counted finding, each with its own fingerprint", () => {
    const validate = new Ajv().compile(JSON.parse(readFileSync(new URL("./schemas/gitlab-codeclimate.json", import.meta.url), "utf8")));
    fc.assert(
      fc.property(auditResult, (result) => {
        const issues = JSON.parse(formatGitlab(result, CONTEXT)) as Array<{ fingerprint: string }>;
        expect(issues.filter((issue) => !validate(issue))).toEqual([]);
        expect(issues).toHaveLength(result.results.reduce((count, entry) => count + entry.findings.filter((finding) => !finding.suppressed).length, 0));
        expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(issues.length);
      }),
      { numRuns: 150 },
    );
  });

  it("junit is well-formed XML", () => {
    fc.assert(
      fc.property(auditResult, (result) => {
        expect(XMLValidator.validate(formatJunit(result, CONTEXT))).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("github output is one well-formed workflow command per line, then a plain summary", () => {
    fc.assert(
      fc.property(auditResult, (result) => {
        for (const line of formatGithub(result, CONTEXT).split("\n").filter((text) => text.startsWith("::"))) {
          expect(line).toMatch(/^::(error|warning|notice)( [a-z]+=[^,:\r\n]*(,[a-z]+=[^,:\r\n]*)*)?::[^\r\n]*$/);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("markdown tables keep their columns", () => {
    fc.assert(
      fc.property(auditResult, (result) => {
        for (const row of tableRows(formatMarkdown(result, CONTEXT))) expect(row.cells).toBe(row.header);
      }),
      { numRuns: 150 },
    );
  });

  it("stylish carries no control character but newlines", () => {
    fc.assert(
      fc.property(auditResult, (result) => {
        expect(formatStylish(result, CONTEXT)).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
      }),
      { numRuns: 150 },
    );
  });

  it("sarif from a batch of random reports passes the SARIF Multitool with GitHub's rules", () => {
    const samples = fc.sample(auditResult, { numRuns: 25, seed: 7 });
    const merged: AuditResult = {
      summary: samples[0]!.summary,
      // Prefix each sample's files so the merged run keeps them apart.
      results: samples.flatMap((sample, index) => sample.results.map((entry) => ({ ...entry, file: `s${index}/${entry.file}` }))),
    };
    const folder = mkdtempSync(join(tmpdir(), "fsar-sarif-fuzz-"));
    try {
      const file = join(folder, "fuzz.sarif");
      writeFileSync(file, formatSarif(merged, CONTEXT));
      expect(validateSarif(file)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
