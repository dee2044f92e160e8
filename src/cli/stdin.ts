import { UsageError } from "../core/usage-error.js";
import { describeBytes, MAX_REPORT_BYTES } from "../fs/read-regular-file.js";

/** A report piped on stdin, within the size a report file may have. A terminal would wait forever: refused. */
export async function readStdinReport(): Promise<Buffer> {
  if (process.stdin.isTTY) throw new UsageError("--stdin reads a report piped to fsar (an editor's buffer); it is not meant to be typed");
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > MAX_REPORT_BYTES) throw new UsageError(`the report on stdin is more than the ${describeBytes(MAX_REPORT_BYTES)} allowed`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
