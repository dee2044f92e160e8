import { loadCommandConfig } from "../config.js";
import { ExitCode } from "../../core/exit-code.js";
import { UsageError } from "../../core/usage-error.js";
import type { CommandIo } from "../program.js";

export async function runRules(options: { config?: string }, io: CommandIo): Promise<ExitCode> {
  const config = await loadCommandConfig(io, options.config);
  const width = Math.max(...config.ruleSet.map((rule) => rule.id.length));
  const lines = config.ruleSet.map((rule) => `${rule.id.padEnd(width)}  ${(config.rules.get(rule.id)?.level ?? "off").padEnd(5)}  ${rule.meta.description}`);
  await io.stdout(lines.join("\n") + "\n");
  return ExitCode.Pass;
}

export async function runExplain(id: string, io: CommandIo): Promise<ExitCode> {
  const config = await loadCommandConfig(io);
  const rule = config.ruleSet.find((candidate) => candidate.id === id);
  if (!rule) throw new UsageError(`unknown rule "${id}"; \`fsar rules\` lists them`);
  await io.stdout(`# ${rule.id}\n\n${rule.meta.description}.\n\nDefault level: ${rule.meta.defaultLevel}\n\n${rule.meta.docs}\n`);
  return ExitCode.Pass;
}
