import { yaml } from "./yaml-module.js";
import { z } from "zod";
import type { CustomConditions, CustomRuleDefinition, RiskMatcher, TextMatcher } from "./custom-rules.js";
import { compilePattern, type Pattern } from "../core/pattern.js";
import type { ReportField, ReportItem, ReportRecord, SourcePosition } from "../core/record.js";
import type { ReportRule } from "../core/rule.js";

/** A condition's outcome, and where its first match stands when it matched text. */
interface Outcome {
  holds: boolean;
  at: SourcePosition | null;
}

type Condition = (record: ReportRecord) => Outcome;

/** Fields in the order they stand in a report: the first located `when` match is the earliest one. */
const FIELD_ORDER = ["id", "severity", "block_execution", "proposal", "risks", "mitigations"] as const satisfies readonly ReportField[];

interface CompiledText {
  matches: Pattern | null;
  notMatches: Pattern | null;
}

function compileText(matcher: TextMatcher): CompiledText {
  const flags = matcher.flags ?? "";
  return {
    matches: matcher.matches === undefined ? null : compilePattern(matcher.matches, flags),
    notMatches: matcher.notMatches === undefined ? null : compilePattern(matcher.notMatches, flags),
  };
}

/** -1 when the matcher fails; otherwise the offset of the `matches` match (0 when it has none). */
function matchText(matcher: CompiledText, text: string): number {
  const offset = matcher.matches ? matcher.matches.firstMatch(text) : 0;
  if (offset === -1) return -1;
  if (matcher.notMatches && matcher.notMatches.firstMatch(text) !== -1) return -1;
  return offset;
}

/** Where an offset inside a field's text stands in the file: markdown keeps the text's lines; JSON holds it in one string. */
function positionInText(record: ReportRecord, field: "id" | "proposal", offset: number): SourcePosition {
  const start = record.positions[field];
  if (record.format === "json" || field === "id") return start;
  const before = record[field].slice(0, offset);
  const newlines = before.split("\n").length - 1;
  return newlines === 0 ? { line: start.line, column: start.column + offset } : { line: start.line + newlines, column: offset - before.lastIndexOf("\n") };
}

function textCondition(field: "id" | "proposal", matcher: TextMatcher): Condition {
  const compiled = compileText(matcher);
  return (record) => {
    const offset = matchText(compiled, record[field]);
    if (offset === -1) return { holds: false, at: null };
    return { holds: true, at: compiled.matches ? positionInText(record, field, offset) : null };
  };
}

function itemMatcher(matcher: TextMatcher | RiskMatcher): (item: ReportItem) => boolean {
  const text = matcher.matches !== undefined || matcher.notMatches !== undefined ? compileText(matcher) : null;
  const category = "category" in matcher && matcher.category ? compileText(matcher.category) : null;
  return (item) => (text === null || matchText(text, item.text) !== -1) && (category === null || matchText(category, item.category ?? "") !== -1);
}

function listCondition(field: "risks" | "mitigations", list: NonNullable<CustomConditions["risks"]>): Condition {
  const some = list.some ? itemMatcher(list.some) : null;
  const every = list.every ? itemMatcher(list.every) : null;
  const none = list.none ? itemMatcher(list.none) : null;
  return (record) => {
    const items = record[field];
    const failed = { holds: false, at: null };
    if (list.min !== undefined && items.length < list.min) return failed;
    if (list.max !== undefined && items.length > list.max) return failed;
    if (every && !items.every(every)) return failed;
    if (none && items.some(none)) return failed;
    if (!some) return { holds: true, at: null };
    const first = items.find(some);
    return first ? { holds: true, at: { line: first.line, column: 1 } } : failed;
  };
}

function compileConditions(conditions: CustomConditions): Array<{ field: ReportField; condition: Condition }> {
  const compiled: Array<{ field: ReportField; condition: Condition }> = [];
  for (const field of FIELD_ORDER) {
    switch (field) {
      case "id":
      case "proposal": {
        const matcher = conditions[field];
        if (matcher) compiled.push({ field, condition: textCondition(field, matcher) });
        break;
      }
      case "severity": {
        const range = conditions.severity;
        if (range) compiled.push({ field, condition: (record) => ({ holds: (range.min === undefined || record.severity >= range.min) && (range.max === undefined || record.severity <= range.max), at: null }) });
        break;
      }
      case "block_execution": {
        const flag = conditions.block_execution;
        if (flag) compiled.push({ field, condition: (record) => ({ holds: record.block_execution === flag.equals, at: null }) });
        break;
      }
      case "risks":
      case "mitigations": {
        const list = conditions[field];
        if (list) compiled.push({ field, condition: listCondition(field, list) });
        break;
      }
    }
  }
  return compiled;
}

/**
 * Turns a `customRules` entry into a rule. The finding stands on the first text match of `when`, else on the
 * section of the first failed requirement, else on the first `when` field.
 */
export function compileCustomRule(definition: CustomRuleDefinition, configFile: string | null): ReportRule<Record<string, never>, "custom"> {
  const when = compileConditions(definition.when ?? {});
  const requirements = compileConditions(definition.require ?? {});
  return {
    id: definition.id,
    meta: {
      description: definition.description,
      defaultLevel: definition.level,
      docs: `A custom rule, defined in \`customRules\` of ${configFile ?? "the config"}:\n\n\`\`\`yaml\n${yaml().stringify(definition).trimEnd()}\n\`\`\``,
      // The config's message is the template: it has no placeholders to fill, and its text is its identity.
      messages: { custom: definition.message },
      options: z.object({}).strict(),
    },
    check(record) {
      let at: SourcePosition | null = null;
      for (const { condition } of when) {
        const outcome = condition(record);
        if (!outcome.holds) return [];
        at ??= outcome.at;
      }
      if (requirements.length > 0) {
        const failed = requirements.find(({ condition }) => !condition(record).holds);
        if (!failed) return [];
        at ??= record.positions[failed.field];
      }
      at ??= when[0] ? record.positions[when[0].field] : null;
      return [{ messageId: "custom", line: at?.line ?? null, column: at?.column ?? null }];
    },
  };
}
