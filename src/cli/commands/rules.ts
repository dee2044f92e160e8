import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { loadCommandConfig } from "../config.js";
import { describeRefusal, MAX_REPORT_BYTES, readRegularFile } from "../../fs/read-regular-file.js";
import { parseReport } from "../../core/parse.js";
import { ExitCode } from "../../core/exit-code.js";
import { stripControlCharacters, toSingleLine } from "../../core/sanitize.js";
import { UsageError } from "../../core/usage-error.js";
import { describeConfig } from "../../config/describe.js";
import { matchesAnyGlob } from "../../core/glob.js";
import type { ResolvedConfig } from "../../config/resolve.js";
import { toSlash } from "../../core/paths.js";
import { builtinRuleDocsUrl } from "../../core/project-links.js";
import { BUILTIN_RULE_IDS } from "../../rules/index.js";
import type { CommandIo } from "../io.js";

export async function runRules(options: { config?: string; format: "text" | "json" }, io: CommandIo): Promise<ExitCode> {
  const config = await loadCommandConfig(io, options.config);
  if (options.format === "json") {
    await io.stdout(formatRulesJson(config, io.cwd));
    return ExitCode.Pass;
  }
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

/** `fsar rules --format json`, a stable contract: every rule with its level in the config in force. */
function formatRulesJson(config: ResolvedConfig, cwd: string): string {
  const rules = config.ruleSet.map((rule) => ({
    id: rule.id,
    level: config.rules.get(rule.id)?.level ?? "off",
    defaultLevel: rule.meta.defaultLevel,
    description: rule.meta.description,
    docsUrl: BUILTIN_RULE_IDS.has(rule.id) ? builtinRuleDocsUrl(rule.id) : null,
    securitySeverity: rule.meta.securitySeverity ?? null,
  }));
  return JSON.stringify({ version: 1, config: configPath(config, cwd), rules }, null, 2) + "\n";
}

/** The config file in use, relative to the working folder; null for the defaults. */
function configPath(config: ResolvedConfig, cwd: string): string | null {
  return config.file === null ? null : toSlash(relative(cwd, config.file));
}

/** `fsar print-config <file>`: the rules and settings that apply to that file, overrides included, and the config they come from. */
export async function runPrintConfig(file: string, options: { config?: string }, io: CommandIo): Promise<ExitCode> {
  const config = await loadCommandConfig(io, options.config);
  const pathFromConfig = toSlash(relative(config.baseDir, resolve(io.cwd, file)));
  const excluded = config.exclude.length > 0 && matchesAnyGlob(pathFromConfig, config.exclude);
  const described = describeConfig(config, config.rulesFor(pathFromConfig));
  await io.stdout(JSON.stringify({ file: toSlash(relative(io.cwd, resolve(io.cwd, file))), config: configPath(config, io.cwd), excluded, ...described }, null, 2) + "\n");
  return ExitCode.Pass;
}
