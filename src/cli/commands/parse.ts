import { resolve } from "node:path";
import { describeRefusal, MAX_REPORT_BYTES, readRegularFile } from "../../fs/read-regular-file.js";
import { ExitCode } from "../../core/exit-code.js";
import { parseReport } from "../../core/parse.js";
import { toSingleLine } from "../../core/sanitize.js";
import { UsageError } from "../../core/usage-error.js";
import type { CommandIo } from "../io.js";

export async function runParse(file: string, io: CommandIo): Promise<ExitCode> {
  const read = readRegularFile(resolve(io.cwd, file), MAX_REPORT_BYTES);
  if (!read.ok) throw new UsageError(describeRefusal(read, file));
  const parsed = parseReport(read.content, { file });
  if (parsed.record) {
    await io.stdout(JSON.stringify(parsed.record, null, 2) + "\n");
    return ExitCode.Pass;
  }
  const lines = parsed.diagnostics.map((d) => `${toSingleLine(file)}:${d.line ?? 1}:${d.column ?? 1}  ${d.level}  ${toSingleLine(d.message)}  ${d.rule}`);
  await io.stdout(lines.join("\n") + "\n");
  return ExitCode.GateFailure;
}
