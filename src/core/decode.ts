import { diagnostic, PARSE_ERROR } from "./diagnostics.js";
import type { Finding } from "./finding.js";

export type DecodeResult = { ok: true; text: string } | { ok: false; error: Finding };

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

function positionOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0 || i + size > bytes.length) return i;
    try {
      decoder.decode(bytes.subarray(i, i + size));
    } catch {
      return i;
    }
    i += size;
  }
  return bytes.length;
}

function parseError(messageId: "empty" | "binary" | "invalidUtf8", line: number, column: number | null): DecodeResult {
  return { ok: false, error: diagnostic(PARSE_ERROR, messageId, {}, line, column) };
}

/** Bytes to text: rejects empty, binary and invalid UTF-8 input with a located error; drops a BOM. */
export function decodeReport(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return parseError("empty", 1, null);
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at = positionOf(bytes, nul);
    return parseError("binary", at.line, at.column);
  }
  let text: string;
  try {
    // TextDecoder drops a leading BOM itself (ignoreBOM: false).
    text = decoder.decode(bytes);
  } catch {
    const at = positionOf(bytes, firstInvalidUtf8(bytes));
    return parseError("invalidUtf8", at.line, at.column);
  }
  if (text.trim() === "") return parseError("empty", 1, null);
  return { ok: true, text };
}
