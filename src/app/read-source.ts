import { diagnostic, PARSE_ERROR } from "../core/diagnostics.js";
import type { Finding } from "../core/finding.js";
import { describeBytes, type RegularFileRead } from "../fs/read-regular-file.js";

/**
 * The parse-error finding of a report file the guarded read (fs/read-regular-file.ts) refused; its text is
 * describeRefusal's for "the file". `describeError` can say more of an error than its code.
 */
export function refusalFinding(read: Exclude<RegularFileRead, { ok: true }>, describeError: (error: NodeJS.ErrnoException) => string = (error) => error.code ?? error.message): Finding {
  switch (read.refusal) {
    case "not-regular":
      return diagnostic(PARSE_ERROR, "notRegularFile", {}, null, null);
    case "too-large":
      return read.size === null
        ? diagnostic(PARSE_ERROR, "tooLargeUnsized", { limit: describeBytes(read.limit) }, null, null)
        : diagnostic(PARSE_ERROR, "tooLarge", { size: read.size, limit: describeBytes(read.limit) }, null, null);
    case "error":
      return diagnostic(PARSE_ERROR, "unreadable", { reason: describeError(read.error) }, null, null);
  }
}
