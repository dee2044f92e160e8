import { z } from "zod";

/** A 1-based place in a source file. */
export const sourcePositionSchema = z.object({
  line: z.number().int().min(1),
  column: z.number().int().min(1),
});
export type SourcePosition = z.infer<typeof sourcePositionSchema>;

/** One risk or mitigation: its text, its `Category:` prefix where it has one, and its source line. */
export const reportItemSchema = z.object({
  text: z.string(),
  category: z.string().nullable(),
  line: z.number().int().min(1),
});
export type ReportItem = z.infer<typeof reportItemSchema>;

export const reportFormatSchema = z.enum(["markdown", "json"]);
/** Which of the two twins a record was read from. */
export type ReportFormat = z.infer<typeof reportFormatSchema>;

const positionsSchema = z.object({
  id: sourcePositionSchema,
  timestamp: sourcePositionSchema,
  severity: sourcePositionSchema,
  block_execution: sourcePositionSchema,
  proposal: sourcePositionSchema,
  risks: sourcePositionSchema,
  mitigations: sourcePositionSchema,
});

/** The one record type every form of report is parsed into. */
export const reportRecordSchema = z.object({
  id: z.string(),
  /** Kept as written; the `timestamp` rule judges whether it is a valid ISO 8601 instant. */
  timestamp: z.string(),
  severity: z.number(),
  block_execution: z.boolean(),
  proposal: z.string(),
  risks: z.array(reportItemSchema),
  mitigations: z.array(reportItemSchema),
  format: reportFormatSchema,
  /** Where each field's value stands in the source file. */
  positions: positionsSchema,
});
export type ReportRecord = z.infer<typeof reportRecordSchema>;
export type ReportField = keyof ReportRecord["positions"];

export const REPORT_FIELDS: readonly ReportField[] = [
  "id",
  "timestamp",
  "severity",
  "block_execution",
  "proposal",
  "risks",
  "mitigations",
];

const CATEGORY = /^([A-Za-z][A-Za-z0-9 _/&-]{0,59}):\s+\S/;

/** The `Category` of a `Category: description` item, or null when the item has no such prefix. */
export function itemCategory(text: string): string | null {
  const match = CATEGORY.exec(text);
  return match ? match[1]!.trim() : null;
}
