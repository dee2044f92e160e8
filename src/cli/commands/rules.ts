import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { loadCommandConfig } from "../config.js";
import { describeRefusal, MAX_REPORT_BYTES, readRegularFile } from "../../fs/read-regular-file.js";
import { parseReport } from "../../core/parse.js";
import { ExitCode } from "../../core/exit-code.js";
import { stripControlCharacters, toSingleLine } from "../../core/sanitize.js";
import { UsageError } from "../../core/usage-error.js";
import type { CommandIo } from "../io.js";

export async function runRules(options: { config?: string }, io: CommandIo): Promise<ExitCode> {
  const config = await loadCommandConfig(io, options.config);
  const width = config.ruleSet.reduce((widest, rule) => Math.max(widest, rule.id.length), 0);
  // Custom and plugin rules bring their own ids and descriptions: untrusted text, like a report's.
  const lines = config.ruleSet.map((rule) => `${toSingleLine(rule.id).padEnd(width)}  ${(config.rules.get(rule.id)?.level ?? "off").padEnd(5)}  ${toSingleLine(rule.meta.description)}`);
  await io.stdout(lines.join("\n") + "\n");
  return ExitCode.Pass;
}

/** `fsar explain <rule | risk | report>`: a rule's docs, the risk model in force, or one report's assessment. */
export async function runExplain(subject: string, options: { config?: string }, io: CommandIo): Promise<ExitCode> {
  const config = await loadCommandConfig(io, options.config);
  const rule = config.ruleSet.find((candidate) => candidate.id === subject);
  if (rule) {
    const messages = Object.entries(rule.meta.messages).map(([messageId, template]) => `- \`${messageId}\`: ${stripControlCharacters(template)}`);
    await io.stdout(
      `# ${toSingleLine(rule.id)}\n\n${toSingleLine(rule.meta.description)}.\n\nDefault level: ${rule.meta.defaultLevel}\n\n${stripControlCharacters(rule.meta.docs)}\n\nMessages (json \`messageId\`):\n\n${messages.join("\n")}\n`,
    );
    return ExitCode.Pass;
  }
  const { formatRiskExplanation, formatRiskModel } = await import("../../formatters/risk-explanation.js");
  if (subject === "risk") {
    await io.stdout(formatRiskModel(config.risk));
    return ExitCode.Pass;
  }
  const path = resolve(io.cwd, subject);
  if (!existsSync(path)) throw new UsageError(`"${subject}" is neither a rule, \`risk\`, nor a report file; \`fsar rules\` lists the rules`);
  const read = readRegularFile(path, MAX_REPORT_BYTES);
  if (!read.ok) throw new UsageError(describeRefusal(read, subject));
  const parsed = parseReport(read.content, { file: subject });
  if (!parsed.record) {
    const problems = parsed.diagnostics.map((d) => `${toSingleLine(subject)}:${d.line ?? 1}:${d.column ?? 1}  ${toSingleLine(d.message)}`);
    await io.stdout(`${problems.join("\n")}\n`);
    return ExitCode.GateFailure;
  }
  const { assessRisk } = await import("../../risk/assess.js");
  await io.stdout(formatRiskExplanation(subject, parsed.record, assessRisk(parsed.record, config.risk), config.severity));
  return ExitCode.Pass;
}
