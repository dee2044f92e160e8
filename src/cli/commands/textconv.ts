import { readFileSync } from "node:fs";
import { resolve } from "node:path";
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
  let content: Buffer;
  try {
    content = readFileSync(resolve(cwd, file));
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const { canonicalTextOf } = await import("../../diff/textconv.js");
  await writeToStdout((await canonicalTextOf(file, content)) ?? content);
  return ExitCode.Pass;
}
