import { decodeReport } from "./decode.js";
import { parseJsonReport } from "./parse-json.js";
import { parseMarkdownReport } from "./parse-markdown.js";
import type { ReportFormat } from "./record.js";
import { finishDraft, type ParsedReport } from "./report-draft.js";

export type { ParsedReport } from "./report-draft.js";

export interface ParseOptions {
  /** The form to read; by default taken from the file name (`.json`), else from the first character. */
  format?: ReportFormat;
  /** The file name, used only to choose the form. */
  file?: string;
}

function detectFormat(text: string, file: string | undefined): ReportFormat {
  if (file !== undefined) {
    if (/\.json$/i.test(file)) return "json";
    if (/\.(md|markdown)$/i.test(file)) return "markdown";
  }
  return text.trimStart().startsWith("{") ? "json" : "markdown";
}

/** Parses one report, md or json, from bytes or text. Never throws: malformed input yields diagnostics. */
export function parseReport(input: Uint8Array | string, options: ParseOptions = {}): ParsedReport {
  let text: string;
  if (typeof input === "string") {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    const decoded = decodeReport(input);
    if (!decoded.ok) {
      const format = options.format ?? (options.file && /\.json$/i.test(options.file) ? "json" : "markdown");
      return { format, record: null, diagnostics: [decoded.error], id: null, severity: null };
    }
    text = decoded.text;
  }
  const format = options.format ?? detectFormat(text, options.file);
  const draft = format === "json" ? parseJsonReport(text) : parseMarkdownReport(text);
  return finishDraft(draft, format);
}
