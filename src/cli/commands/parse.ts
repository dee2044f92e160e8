import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { ExitCode } from "../../core/exit-code.js";
import { parseReport } from "../../core/parse.js";
import { toSingleLine } from "../../core/sanitize.js";
import { UsageError } from "../../core/usage-error.js";
import type { CommandIo } from "../io.js";

export async function runParse(file: string, io: CommandIo): Promise<ExitCode> {
  const path = resolve(io.cwd, file);
  let content: Buffer;
  try {
    if (!statSync(path).isFile()) throw new UsageError(`${file} is not a regular file`);
    content = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const parsed = parseReport(content, { file });
  if (parsed.record) {
    await io.stdout(JSON.stringify(parsed.record, null, 2) + "\n");
    return ExitCode.Pass;
  }
  const lines = parsed.diagnostics.map((d) => `${toSingleLine(file)}:${d.line ?? 1}:${d.column ?? 1}  ${d.level}  ${toSingleLine(d.message)}  ${d.rule}`);
  await io.stdout(lines.join("\n") + "\n");
  return ExitCode.GateFailure;
}
