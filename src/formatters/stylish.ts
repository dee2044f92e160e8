import { Chalk } from "chalk";
import type { BaselineEntry, BaselineOutcome } from "../core/baseline.js";
import type { AuditSummary, FileResult } from "../core/engine.js";
import type { Finding } from "../core/finding.js";
import { toSingleLine } from "../core/sanitize.js";
import type { Formatter } from "./types.js";

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function describeReport(result: FileResult): string {
  const parts: string[] = [result.verdict];
  if (result.severity !== null) parts.push(`severity ${result.severity}${result.band ? `, ${result.band}` : ""}`);
  return parts.join(" · ");
}

export function summaryLine(summary: AuditSummary): string {
  const problems = summary.errors + summary.warnings;
  const counts = `${plural(summary.reports, "report")}: ${summary.pass} pass, ${summary.warn} warn, ${summary.fail} fail; ${summary.skipped} skipped`;
  if (problems === 0) return counts;
  return `${plural(problems, "problem")} (${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}) · ${counts}`;
}

function entryLine(entry: BaselineEntry): string {
  return `  ${toSingleLine(entry.file)}  ${entry.rule}  ${toSingleLine(entry.message)}${entry.count > 1 ? ` (×${entry.count})` : ""}`;
}

function baselineLines(outcome: BaselineOutcome): string[] {
  const lines = [`${toSingleLine(outcome.file)}: ${plural(outcome.matched, "known finding")} left out`];
  const stale = outcome.stale.length;
  if (stale > 0) {
    lines.push(`${stale} baseline ${stale === 1 ? "entry no longer occurs" : "entries no longer occur"} (run \`fsar baseline\` to prune):`);
    for (const entry of outcome.stale) lines.push(entryLine(entry));
  }
  const outdated = outcome.outdated?.length ?? 0;
  if (outdated > 0) {
    lines.push(
      `${outdated} baseline ${outdated === 1 ? "entry was" : "entries were"} written by an older fsar and matched no finding: such entries hold a fingerprint of the message text, which can change with the date. Run \`fsar baseline\` to write them again:`,
    );
    for (const entry of outcome.outdated!) lines.push(entryLine(entry));
  }
  return lines;
}

const DECISIVE_SHOWN = 3;

/** Under a severity-underreported finding, the assessed risk: its band and score, then the signals that decided it. */
function riskLines(entry: FileResult, findings: readonly Finding[], chalk: InstanceType<typeof Chalk>): string[] {
  const risk = entry.risk;
  if (!risk || risk.band === "low" || !findings.some((finding) => finding.rule === "severity-underreported")) return [];
  const decisive = risk.signals.filter((signal, index) => index === 0 || signal.weight >= risk.signals[0]!.weight / 2).slice(0, DECISIVE_SHOWN);
  return [
    chalk.dim(`  risk ${risk.band}, score ${risk.score}:`),
    ...decisive.map((signal) => chalk.dim(`    ${signal.line}:${signal.column}  ${signal.id} (${signal.category})  ${toSingleLine(signal.text)}`)),
  ];
}

/** Human output, grouped by file: `line:col level message rule`, then a summary line. Report text is stripped of control characters. */
export const formatStylish: Formatter = (result, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const out: string[] = [];
  for (const entry of result.results) {
    // Waived findings are for json and SARIF readers; the terminal shows what counts.
    const findings = entry.findings.filter((finding) => !finding.suppressed);
    if (findings.length === 0) continue;
    const verdict = entry.verdict === "fail" ? chalk.red(describeReport(entry)) : chalk.yellow(describeReport(entry));
    out.push(`${chalk.underline(toSingleLine(entry.file))}  ${verdict}`);
    const rows = findings.map((finding) => ({
      place: finding.line === null ? "-" : `${finding.line}:${finding.column ?? 0}`,
      level: finding.level,
      message: toSingleLine(finding.message),
      rule: toSingleLine(finding.rule),
    }));
    // A loop, not Math.max(...rows): a spread of 120k findings overflows the call stack.
    let placeWidth = 0;
    let messageWidth = 0;
    for (const row of rows) {
      placeWidth = Math.max(placeWidth, row.place.length);
      messageWidth = Math.max(messageWidth, row.message.length);
    }
    for (const row of rows) {
      const level = row.level === "error" ? chalk.red("error") : chalk.yellow("warn ");
      out.push(`  ${chalk.dim(row.place.padEnd(placeWidth))}  ${level}  ${row.message.padEnd(messageWidth)}  ${chalk.dim(row.rule)}`);
    }
    out.push(...riskLines(entry, findings, chalk));
    out.push("");
  }
  if (result.baseline) for (const line of [...baselineLines(result.baseline), ""]) out.push(line);
  const { summary } = result;
  const line = summaryLine(summary);
  if (summary.errors > 0) out.push(chalk.red.bold(`✖ ${line}`));
  else if (summary.warnings > 0) out.push(chalk.yellow.bold(`⚠ ${line}`));
  else out.push(chalk.green(`✔ ${line}`));
  return out.join("\n") + "\n";
};
