import { renderFinding, type Finding, type FindingData, type RuleMessages } from "./finding.js";

/**
 * The findings fsar makes outside any rule's check: the parser's (a report that cannot be read) and the
 * config's (its waivers). Their ids and messages are defined here once; the rules of the same ids (src/rules)
 * take them from here, so they are listed, explained and re-levelled like any rule, and render the same way.
 */
export const PARSE_ERROR = {
  id: "parse-error",
  meta: {
    messages: {
      empty: "the file is empty",
      binary: "the file is binary (NUL byte), not a report",
      invalidUtf8: "the file is not valid UTF-8",
      invalidJson: "invalid JSON: {detail}",
      notAnObject: "a report must be a JSON object, not {type}",
      severityNotFinite: "severity is not a finite number",
      severityNotANumber: "severity is not a finite number: {value}",
      blockNotBoolean: "block_execution must be true or false, not {value}",
      noContent: 'no content: expected the heading "# FSAR Proposal Report"',
      noHeading: 'expected the heading "{heading}"',
      unexpectedLine: 'unexpected line in the {section} section: expected "- <item>"',
      duplicateField: 'duplicate header field "{field}" (first on line {firstLine})',
      noProposal: 'expected "- proposal:" after the header fields',
      truncated: "the report is truncated: no {missing}",
      unreadable: "cannot read the file: {reason}",
      notRegularFile: "the file is not a regular file",
      tooLarge: "the file is {size} bytes, more than the {limit} allowed",
      tooLargeUnsized: "the file is more than the {limit} allowed",
      unreadableFolder: "cannot read the folder: {reason}",
      noBlob: "git has no blob {blob}",
    },
    // The first line a duplicate stood on moves with edits above it.
    identity: ["detail", "type", "value", "heading", "section", "field", "missing", "reason", "blob", "limit"],
  },
} as const satisfies DiagnosticKind;

export const REQUIRED_FIELDS = {
  id: "required-fields",
  meta: {
    messages: {
      missing: 'missing required field "{field}"',
      empty: 'required field "{field}" is empty',
      wrongType: '"{field}" must be {expected}, not {actual}',
      invalid: "{path}: {problem}",
    },
  },
} as const satisfies DiagnosticKind;

export const WAIVER_EXPIRED = {
  id: "waiver-expired",
  meta: {
    messages: { expired: "waiver for {report} ({rules}) expired on {expires}: its findings count again ({reason})" },
    identity: ["report", "rules", "expires"],
  },
} as const satisfies DiagnosticKind;

export const UNUSED_WAIVER = {
  id: "unused-waiver",
  meta: {
    messages: { unused: "waiver for {report} ({rules}) suppressed no finding in this run: remove it once the findings are fixed" },
    identity: ["report", "rules"],
  },
} as const satisfies DiagnosticKind;

/** A kind of finding made outside a rule's check: its rule id and messages. */
export interface DiagnosticKind {
  id: string;
  meta: { messages: RuleMessages; identity?: readonly string[] };
}

/** A finding of one of the kinds above, at level error until the engine applies the configured level. */
export function diagnostic<Kind extends DiagnosticKind>(
  kind: Kind,
  messageId: keyof Kind["meta"]["messages"] & string,
  data: FindingData,
  line: number | null,
  column: number | null,
): Finding {
  return renderFinding(kind, { messageId, data, line, column }, "error");
}
