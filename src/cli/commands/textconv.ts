import { resolve } from "node:path";
import { describeRefusal, MAX_REPORT_BYTES, readRegularFile } from "../../fs/read-regular-file.js";
import { ExitCode } from "../../core/exit-code.js";
import { UsageError } from "../../core/usage-error.js";

function writeToStdout(bytes: Uint8Array | string): Promise<void> {
  return new Promise((done, fail) => {
    if (bytes.length === 0) done();
    else process.stdout.write(bytes, (error) => (error ? fail(error) : done()));
  });
}

/**
 * `fsar textconv <file>`: git runs it once per file it diffs. A report that parses is printed in
 * canonical form; anything else byte for byte (bytes, not text, so no encoding is lost).
 */
export async function runTextconv(file: string, cwd: string): Promise<ExitCode> {
  const read = readRegularFile(resolve(cwd, file), MAX_REPORT_BYTES);
  if (!read.ok) throw new UsageError(describeRefusal(read, file));
  const { content } = read;
  const { canonicalTextOf } = await import("../../diff/textconv.js");
  await writeToStdout((await canonicalTextOf(file, content)) ?? content);
  return ExitCode.Pass;
}
