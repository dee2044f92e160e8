import { verifyStatement, readVerdictStatement } from "../../app/attestation.js";
import { ExitCode } from "../../core/exit-code.js";
import { toSingleLine } from "../../core/sanitize.js";
import type { CommandIo } from "../io.js";

/** `fsar verify <statement> [paths...]`: 0 only for a passing verdict whose reports are all as they were attested. */
export async function runVerify(file: string, paths: string[], io: CommandIo): Promise<ExitCode> {
  const { statement, subjects, unattested, verified } = verifyStatement(readVerdictStatement(file, io.cwd), { cwd: io.cwd, paths });
  const lines: string[] = [];
  for (const subject of subjects) if (subject.status !== "unchanged") lines.push(`${subject.status}  ${toSingleLine(subject.name)}`);
  for (const path of unattested) lines.push(`not attested  ${toSingleLine(path)}`);
  const { verdict, fsar, now } = statement.predicate;
  const unchanged = subjects.filter((subject) => subject.status === "unchanged").length;
  const facts = `verdict ${verdict} (fsar ${toSingleLine(fsar.version)}, ${now}); ${unchanged} of ${subjects.length} reports unchanged`;
  lines.push(verified ? `✔ verified: ${facts}` : `✖ not verified: ${facts}${verdict === "fail" ? "; the attested verdict failed" : ""}`);
  await io.stdout(lines.join("\n") + "\n");
  return verified ? ExitCode.Pass : ExitCode.GateFailure;
}
