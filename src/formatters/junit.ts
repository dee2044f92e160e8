import type { FileResult } from "../core/engine.js";
import type { Finding } from "../core/finding.js";
import { stripControlCharacters } from "../core/sanitize.js";
import type { Formatter } from "./types.js";

// What XML 1.0 allows (https://www.w3.org/TR/xml/#charsets); everything else, lone surrogates included, is dropped.
const NOT_XML_CHARACTER = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Report text and file names are untrusted: drop what XML cannot hold, then escape markup. */
export function escapeXmlText(text: string): string {
  return stripControlCharacters(text).replace(NOT_XML_CHARACTER, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** As escapeXmlText, and quotes and whitespace too: a parser would fold raw tabs and newlines in an attribute into spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

function describe(finding: Finding): string {
  const place = finding.line === null ? "-" : `${finding.line}:${finding.column ?? 0}`;
  return `${place} ${finding.level} ${finding.message} (${finding.rule})`;
}

function splitPath(file: string): { folder: string; name: string } {
  const slash = file.lastIndexOf("/");
  return slash < 0 ? { folder: ".", name: file } : { folder: file.slice(0, slash), name: file.slice(slash + 1) };
}

function testcase(entry: FileResult): { xml: string; failed: boolean } {
  const counted = entry.findings.filter((finding) => !finding.suppressed);
  const errors = counted.filter((finding) => finding.level === "error");
  const warnings = counted.filter((finding) => finding.level === "warn");
  const { folder, name } = splitPath(entry.file);
  const lines = [`    <testcase classname="${escapeXmlAttribute(folder)}" name="${escapeXmlAttribute(name)}" file="${escapeXmlAttribute(entry.file)}">`];
  if (errors.length > 0) {
    const message = `${errors.length} error${errors.length === 1 ? "" : "s"}`;
    lines.push(`      <failure message="${message}" type="fsar">${escapeXmlText(errors.map(describe).join("\n"))}</failure>`);
  }
  if (warnings.length > 0) lines.push(`      <system-out>${escapeXmlText(warnings.map(describe).join("\n"))}</system-out>`);
  lines.push("    </testcase>");
  return { xml: lines.join("\n"), failed: errors.length > 0 };
}

/** JUnit XML for CI test reports: one testsuite per run, one testcase per audited file, a failure per failing file. */
export const formatJunit: Formatter = (result) => {
  const cases = result.results.map(testcase);
  const failures = cases.filter((entry) => entry.failed).length;
  const counts = `tests="${cases.length}" failures="${failures}" errors="0" skipped="0"`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<testsuites name="fsar" ${counts}>`,
    `  <testsuite name="fsar" ${counts}>`,
    ...cases.map((entry) => entry.xml),
    `  </testsuite>`,
    `</testsuites>`,
    "",
  ].join("\n");
};
