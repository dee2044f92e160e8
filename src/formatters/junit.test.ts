import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { auditResult, CONTEXT, fileResult, finding } from "../../test/helpers/results.js";
import { escapeXmlAttribute, escapeXmlText, formatJunit } from "./junit.js";

const parser = new XMLParser({ ignoreAttributes: false, htmlEntities: true, attributeNamePrefix: "", isArray: (name) => name === "testcase" || name === "testsuite" });

describe("formatJunit", () => {
  it("writes one testcase per file and a failure per failing file, warnings in system-out", () => {
    const result = auditResult([
      fileResult("reports/fail.md", [finding("max-severity", "error", "severity 48 is at or above the block threshold 45", 6, 13), finding("id-format", "warn", "bad id", 2, 7)]),
      fileResult("reports/warn.json", [finding("max-severity", "warn", "severity 30 is at or above the review threshold 25", 5, 15)]),
      fileResult("pass.md", []),
    ]);
    expect(formatJunit(result, CONTEXT)).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="fsar" tests="3" failures="1" errors="0" skipped="0">
        <testsuite name="fsar" tests="3" failures="1" errors="0" skipped="0">
          <testcase classname="reports" name="fail.md" file="reports/fail.md">
            <failure message="1 error" type="fsar">6:13 error severity 48 is at or above the block threshold 45 (max-severity)</failure>
            <system-out>2:7 warn bad id (id-format)</system-out>
          </testcase>
          <testcase classname="reports" name="warn.json" file="reports/warn.json">
            <system-out>5:15 warn severity 30 is at or above the review threshold 25 (max-severity)</system-out>
          </testcase>
          <testcase classname="." name="pass.md" file="pass.md">
          </testcase>
        </testsuite>
      </testsuites>
      "
    `);
  });

  it("stays well-formed whatever report text and file names hold", () => {
    const hostile = "a<b>&c]]>\"q\" 'x'\u0001\u001b[31m\u0007\uFFFE\uFFFF\uD800 tab\there\r\nnew";
    const result = auditResult([fileResult(`odd/${hostile}.md`, [finding("id-format", "error", hostile, 1, 1), finding("timestamp", "warn", hostile, 2, 1)])]);
    const xml = formatJunit(result, CONTEXT);
    expect(XMLValidator.validate(xml)).toBe(true);
    const suite = parser.parse(xml).testsuites.testsuite[0];
    const testcase = suite.testcase[0];
    const clean = "a<b>&c]]>\"q\" 'x'[31m tab\there\nnew";
    expect(testcase.name).toBe(`${clean}.md`);
    expect(testcase.failure["#text"]).toBe(`1:1 error ${clean} (id-format)`);
    expect(testcase["system-out"]).toBe(`2:1 warn ${clean} (timestamp)`);
  });

  it("does not count suppressed findings", () => {
    const result = auditResult([fileResult("a.md", [finding("min-risks", "error", "0 risks", 3, 1, { suppressed: { reason: "accepted" } })])]);
    const suite = parser.parse(formatJunit(result, CONTEXT)).testsuites.testsuite[0];
    expect({ tests: suite.tests, failures: suite.failures, failure: suite.testcase[0].failure }).toEqual({ tests: "1", failures: "0", failure: undefined });
  });
});

describe("XML escaping", () => {
  it("escapes markup in text and drops characters XML 1.0 forbids", () => {
    expect(escapeXmlText("<&>]]>\u0000\uFFFF😀")).toBe("&lt;&amp;&gt;]]&gt;😀");
  });

  it("keeps tabs and newlines in attributes as character references", () => {
    expect(escapeXmlAttribute("a\tb\nc\"d'")).toBe("a&#9;b&#10;c&quot;d&apos;");
  });
});
