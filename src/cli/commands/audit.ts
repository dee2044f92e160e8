import { loadCommandConfig } from "../config.js";
import type { AuditResult } from "../../core/engine.js";
import { ExitCode } from "../../core/exit-code.js";
import { toSingleLine } from "../../core/sanitize.js";
import { UsageError } from "../../core/usage-error.js";
import { audit, auditText, type AuditOptions, type Concurrency } from "../../app/audit.js";
import { readStdinReport } from "../stdin.js";
import { resolveFormatter } from "../../formatters/resolve.js";
import { resolve } from "node:path";
import { shouldColor, writeFileAtomic } from "../io.js";
import { appendStepSummary, parseReportTarget, stdoutIdentity, writeCommandOutputs, writeOutputs, type OutputTarget } from "../outputs.js";
import { parseCount, parseNow } from "../options.js";
import { parseShard } from "../shard.js";
import { createProgress, showsProgress } from "../progress.js";
import type { CommandIo } from "../io.js";
import { auditFromGit, selectsFromGit, type GitSelection } from "./audit-git.js";

export interface AuditCliOptions extends GitSelection {
  config?: string;
  format: string;
  quiet?: boolean;
  maxWarnings?: string;
  now?: string;
  output?: string;
  report?: string[];
  failOn?: "error" | "warn";
  baseline?: string;
  shard?: string;
  stdin?: boolean;
  stdinFilename?: string;
  ignore?: boolean;
  attest?: string;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
}

/** `--concurrency <n|auto|off>`. */
function parseConcurrency(value: string | undefined): Concurrency {
  if (value === undefined || value === "off" || value === "auto") return value ?? "off";
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new UsageError(`--concurrency takes a number of threads, auto or off, not ${JSON.stringify(value)}`);
  return Number(value);
}

/** --quiet: warnings leave the output, and the counts that show them. */
function onlyErrors(result: AuditResult): AuditResult {
  return {
    ...result,
    summary: { ...result.summary, warnings: 0 },
    results: result.results.map((entry) => ({ ...entry, findings: entry.findings.filter((finding) => finding.level === "error") })),
  };
}

export function exitCodeFor(result: AuditResult, maxWarnings: number | undefined, failOn: "error" | "warn" = "error"): ExitCode {
  if (result.summary.errors > 0) return ExitCode.GateFailure;
  if (failOn === "warn" && result.summary.warnings > 0) return ExitCode.GateFailure;
  if (maxWarnings !== undefined && result.summary.warnings > maxWarnings) return ExitCode.GateFailure;
  return ExitCode.Pass;
}

/** `--stdin`: one report from stdin, as the file `--stdin-filename` names (an editor always knows the name). */
async function auditStdin(paths: readonly string[], options: AuditCliOptions, selection: Omit<AuditOptions, "shard">): Promise<AuditResult> {
  if (paths.length > 0 || selectsFromGit(options) || options.shard) throw new UsageError("--stdin audits the report on stdin: it takes no paths, --changed, --staged or --shard");
  if (options.stdinFilename === undefined) throw new UsageError("--stdin needs --stdin-filename <path>: the name decides whether the text is a report, which overrides apply and the path shown");
  return auditText(await readStdinReport(), options.stdinFilename, selection);
}

export async function runAudit(paths: string[], options: AuditCliOptions, io: CommandIo): Promise<ExitCode> {
  if (options.stdinFilename !== undefined && !options.stdin) throw new UsageError("--stdin-filename names the report read with --stdin");
  // The statement digests the files as they are on disk: what --staged and --stdin audit is not there.
  if (options.attest !== undefined && (options.staged || options.stdin)) throw new UsageError("--attest digests the audited report files: it does not combine with --staged or --stdin");
  const now = parseNow(options.now);
  const maxWarnings = parseCount("--max-warnings", options.maxWarnings);
  const targets: OutputTarget[] = [{ format: options.format, file: options.output ?? null }, ...(options.report ?? []).map(parseReportTarget)];
  // A format that cannot load stops the run before any report is read.
  for (const target of targets) await resolveFormatter(target.format, io.cwd);
  const config = await loadCommandConfig(io, options.config);
  const shard = parseShard(options.shard);
  if (shard && selectsFromGit(options)) throw new UsageError("--shard splits a folder audit; it does not combine with --changed or --staged");
  if (options.cacheLocation !== undefined && !options.cache) throw new UsageError("--cache-location names where --cache keeps its file: give --cache too");
  const concurrency = parseConcurrency(options.concurrency);
  const cache = options.cache ? { version: io.version, ...(options.cacheLocation === undefined ? {} : { location: options.cacheLocation }) } : undefined;
  const progress = showsProgress(process, io.env, { quiet: options.quiet, machineOutputOnStdout: targets.some((target) => target.file === null && target.format !== "stylish") }) ? createProgress(io.stderr) : null;
  const onWarning = (message: string) => {
    progress?.finish();
    io.stderr(`fsar: ${toSingleLine(message)}\n`);
  };
  const onProgress = progress ? ({ files, reports }: { files: number; reports: number }) => progress.update(files, reports) : undefined;
  const onExcluded = (file: string) => {
    progress?.finish();
    io.stderr(`fsar: ${toSingleLine(file)} is excluded by the config: not audited (--no-ignore audits it)\n`);
  };
  const selection = { cwd: io.cwd, config, now, ignore: options.ignore, onExcluded };
  let audited: AuditResult;
  try {
    audited = options.stdin
      ? await auditStdin(paths, options, selection)
      : selectsFromGit(options)
        ? await auditFromGit(paths, options, { cwd: io.cwd, config, now })
        : await audit(paths, { ...selection, shard, cache, concurrency, onWarning, onProgress });
  } finally {
    progress?.finish();
  }
  const result = options.baseline === undefined ? audited : (await import("./baseline.js")).applyBaselineFile(audited, options.baseline, io.cwd);
  const outdated = result.baseline?.outdated?.length ?? 0;
  // Stylish lists them with the rest of the baseline; any other format would leave them unsaid on a terminal.
  if (outdated > 0 && options.format !== "stylish") {
    const entries = outdated === 1 ? "entry" : "entries";
    io.stderr(`fsar: ${outdated} ${entries} of ${toSingleLine(options.baseline!)} ${outdated === 1 ? "was" : "were"} written by an older fsar and matched no finding; run \`fsar baseline\` to write ${outdated === 1 ? "it" : "them"} again\n`);
  }
  const exitCode = exitCodeFor(result, maxWarnings, options.failOn);
  if (options.attest !== undefined) {
    const { attestAudit } = await import("../../app/attestation.js");
    const statement = attestAudit(result, { cwd: io.cwd, config, now, version: io.version, passed: exitCode === ExitCode.Pass, gate: { failOn: options.failOn ?? "error", maxWarnings: maxWarnings ?? null } });
    writeFileAtomic(resolve(io.cwd, options.attest), JSON.stringify(statement, null, 2) + "\n");
  }
  const shown = options.quiet ? onlyErrors(result) : result;
  const color = shouldColor(process.stdout, io.env);
  const context = (target: OutputTarget) => ({ color: target.file === null && color, version: io.version, rules: config.ruleSet, cwd: io.cwd });
  return writeCommandOutputs(
    io,
    exitCode,
    () => writeOutputs(targets, shown, context, io.cwd, io.stdout, stdoutIdentity()),
    targets.some((target) => target.format === "github") ? (file) => appendStepSummary(file, shown) : null,
  );
}
