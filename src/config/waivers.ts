import { yaml } from "./yaml-module.js";
import { z } from "zod";
import { parseDay } from "../core/dates.js";
import type { Rule } from "../core/rule.js";
import type { Waiver } from "../core/waivers.js";

function required(what: string) {
  return { error: (issue: { input: unknown }) => (issue.input === undefined ? `a waiver needs ${what}` : undefined) };
}

/** `waivers:` in the config: accepted findings, each with why and until when. */
export function waiversSchema(rules: readonly Rule[]) {
  const ids = rules.map((rule) => rule.id) as [string, ...string[]];
  return z
    .array(
      z
        .object({
          report: z.string(required("a report (an id or a file glob)")).min(1).describe("The report waived: its id, or a glob of report files relative to this file"),
          rules: z.array(z.enum(ids, { error: (issue) => `unknown rule ${JSON.stringify(issue.input)}` }), required("the rules it waives")).min(1).describe("The rule ids whose findings on that report are waived"),
          reason: z.string(required("a reason")).trim().min(1, "a waiver's reason cannot be empty").describe("Why the findings are accepted (shown with every suppressed finding)"),
          expires: z
            .string(required("an expiry date (expires: YYYY-MM-DD)"))
            .refine((text) => parseDay(text) !== null, "expires must be a date written YYYY-MM-DD")
            .describe("The day (YYYY-MM-DD, UTC) from which the waiver stops suppressing and fails the run"),
        })
        .strict(),
    )
    .describe("Findings accepted for a while: suppressed (shown, never counted) until the waiver expires");
}

export type WaiverConfig = z.infer<ReturnType<typeof waiversSchema>>[number];

/** Where a waiver stands in the config file, for findings about the waiver itself. */
export interface WaiverPosition {
  line: number;
  column: number;
}


/** Where each entry of `waivers:` stands in config text (a cheap second parse: configs are small). */
export function waiverPositions(text: string): Array<WaiverPosition | null> {
  const { isMap, isSeq, LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const contents = doc.contents;
  const list: unknown = isMap(contents) ? contents.get("waivers", true) : undefined;
  if (!isSeq(list)) return [];
  return list.items.map((item) => {
    const range = (item as { range?: [number, number, number] } | null)?.range;
    if (!range) return null;
    const { line, col } = lines.linePos(range[0]);
    return { line, column: col };
  });
}

export function toWaivers(configs: readonly WaiverConfig[], positions: ReadonlyArray<WaiverPosition | null> = []): Waiver[] {
  return configs.map((config, index) => ({ ...config, at: positions[index] ?? null, expiresAt: parseDay(config.expires)! }));
}
