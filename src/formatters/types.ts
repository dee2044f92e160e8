import type { AuditResult } from "../core/engine.js";
import type { Rule } from "../core/rule.js";

/** What a formatter may know besides the results. */
export interface FormatterContext {
  /** Whether to color the output (stylish only). */
  color: boolean;
  /** fsar's version, for tool metadata. */
  version: string;
  /** The rules that ran, for rule metadata. */
  rules: readonly Rule[];
  /** The absolute working folder that result paths are relative to; SARIF anchors `%SRCROOT%` there when given. */
  cwd?: string;
}

/** A formatter turns results into text; it never writes. */
export type Formatter = (result: AuditResult, context: FormatterContext) => string;

/** A formatter that hands its text over in pieces (their concatenation is the text), so a big run is never one string. */
export type ChunkedFormatter = (result: AuditResult, context: FormatterContext) => Iterable<string>;
