import type { AuditResult } from "../core/engine.js";
import type { Rule } from "../core/rule.js";
import type { DiffResult } from "../diff/change.js";

/** What a formatter may know besides the results. */
export interface FormatterContext {
  /** Whether to color the output (stylish and the diff's text only). */
  color: boolean;
  /** fsar's version, for tool metadata. */
  version: string;
  /** The rules that ran, for rule metadata. */
  rules: readonly Rule[];
  /** The absolute working folder that result paths are relative to; SARIF anchors `%SRCROOT%` there when given. */
  cwd?: string;
}

/** A formatter turns results into text; it never writes (the CLI decides where the text goes). */
export type Formatter<Result = AuditResult> = (result: Result, context: FormatterContext) => string;

/** The formatters of `fsar diff`: the same contract, over a semantic diff. */
export type DiffFormatter = Formatter<DiffResult>;

/** A formatter that hands its text over in pieces (their concatenation is the text), so a big run is never one string. */
export type ChunkedFormatter = (result: AuditResult, context: FormatterContext) => Iterable<string>;
