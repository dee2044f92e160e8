import { pathToFileURL } from "node:url";
import type { FileResult } from "../core/engine.js";
import type { Finding, LevelSetting } from "../core/finding.js";
import { fingerprintFinding } from "../core/fingerprint.js";
import { builtinRuleDocsUrl, REPOSITORY_URL } from "../core/project-links.js";
import type { Rule } from "../core/rule.js";
import { BUILTIN_RULE_IDS } from "../rules/index.js";
import type { Formatter } from "./types.js";

const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
const SOURCE_ROOT = "%SRCROOT%";

type SarifLevel = "error" | "warning" | "none";

const SARIF_LEVEL: Record<LevelSetting, SarifLevel> = { error: "error", warn: "warning", off: "none" };

/** SARIF viewers show messages as sentences (and the Multitool warns otherwise). */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A relative URI reference: each segment percent-encoded, so `:` `,` `|` `%` and spaces in names stay one path. */
function toRelativeUri(file: string): string {
  // A lone surrogate would make encodeURIComponent throw: it becomes U+FFFD, as String#toWellFormed (Node 20, ES2024 lib) does.
  return file
    .replace(LONE_SURROGATE, "\uFFFD")
    .split("/")
    .map(encodeURIComponent)
    .join("/");
}

/**
 * A rule as GitHub code scanning reads it: built-in rules link to their documentation; `tags` and
 * `security-severity` sort security findings from the rest.
 */
function describeRule(rule: Rule) {
  const { securitySeverity } = rule.meta;
  return {
    id: rule.id,
    shortDescription: { text: asSentence(rule.meta.description) },
    fullDescription: { text: asSentence(rule.meta.description) },
    help: { text: rule.meta.docs, markdown: rule.meta.docs },
    // A plugin's or config's rule is documented where it is written, not in fsar's README.
    ...(BUILTIN_RULE_IDS.has(rule.id) ? { helpUri: builtinRuleDocsUrl(rule.id) } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[rule.meta.defaultLevel] },
    properties:
      securitySeverity === undefined ? { tags: ["correctness"] } : { tags: ["security"], "security-severity": securitySeverity.toFixed(1) },
  };
}

function describeFinding(entry: FileResult, finding: Finding, ruleIndex: ReadonlyMap<string, number>) {
  const index = ruleIndex.get(finding.rule);
  const region = finding.column === null ? { startLine: finding.line ?? 1 } : { startLine: finding.line ?? 1, startColumn: finding.column };
  return {
    ruleId: finding.rule,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: SARIF_LEVEL[finding.level],
    message: { text: asSentence(finding.message) },
    locations: [{ physicalLocation: { artifactLocation: { uri: toRelativeUri(entry.file), uriBaseId: SOURCE_ROOT }, region } }],
    // v2: from the rule, the report, the messageId and identity data; v1 hashed the message text, which moved with day counts.
    partialFingerprints: { "fsarFinding/v2": fingerprintFinding(entry, finding) },
    ...(finding.suppressed ? { suppressions: [{ kind: "external", justification: finding.suppressed.reason }] } : {}),
  };
}

/** SARIF 2.1.0, for GitHub code scanning and other SARIF consumers: one result per finding, every rule described. */
export const formatSarif: Formatter = (result, context) => {
  const ruleIndex = new Map(context.rules.map((rule, index) => [rule.id, index]));
  const rootUri = context.cwd === undefined ? undefined : pathToFileURL(context.cwd).href.replace(/\/?$/, "/");
  const sourceRoot = rootUri === undefined ? {} : { originalUriBaseIds: { [SOURCE_ROOT]: { uri: rootUri } } };
  const log = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "fsar",
            version: context.version,
            semanticVersion: context.version,
            informationUri: REPOSITORY_URL,
            rules: context.rules.map(describeRule),
          },
        },
        invocations: [{ executionSuccessful: true }],
        ...sourceRoot,
        results: result.results.flatMap((entry) => entry.findings.map((finding) => describeFinding(entry, finding, ruleIndex))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + "\n";
};
