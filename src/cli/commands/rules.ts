import { loadCommandConfig } from "../config.js";
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

export async function runExplain(id: string, io: CommandIo): Promise<ExitCode> {
  const config = await loadCommandConfig(io);
  const rule = config.ruleSet.find((candidate) => candidate.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}"; \`fsar rules\` lists them`);
  const messages = Object.entries(rule.meta.messages).map(([messageId, template]) => `- \`${messageId}\`: ${stripControlCharacters(template)}`);
  await io.stdout(
    `# ${toSingleLine(rule.id)}\n\n${toSingleLine(rule.meta.description)}.\n\nDefault level: ${rule.meta.defaultLevel}\n\n${stripControlCharacters(rule.meta.docs)}\n\nMessages (json \`messageId\`):\n\n${messages.join("\n")}\n`,
  );
  return ExitCode.Pass;
}
