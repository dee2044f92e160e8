import { Chalk } from "chalk";
import type { ChangeKind } from "../diff/change.js";
import { toSingleLine } from "../core/sanitize.js";
import { diffSummaryLine, fileLabel } from "./diff-labels.js";
import type { DiffFormatter } from "./types.js";

const KIND_WIDTH = "escalation".length;
const FIELD_WIDTH = "block_execution".length;

/** Human output of a semantic diff, colored like stylish: one block per report, one line per change. Report text is stripped of control characters. */
export const formatDiffText: DiffFormatter = (result, context) => {
  const chalk = new Chalk({ level: context.color ? 1 : 0 });
  const paint: Record<ChangeKind, (text: string) => string> = { escalation: chalk.red, downgrade: chalk.yellow, neutral: chalk.dim };
  const indent = " ".repeat(2 + KIND_WIDTH + 2 + FIELD_WIDTH + 2);
  const out: string[] = [];
  for (const file of result.files) {
    out.push(`${chalk.underline(toSingleLine(fileLabel(file)))}${file.id === null ? "" : `  ${chalk.dim(toSingleLine(file.id))}`}`);
    if (file.changes.length === 0) out.push(chalk.dim("  no semantic changes"));
    for (const change of file.changes) {
      const [first = "", ...rest] = change.message.split("\n");
      out.push(`  ${paint[change.kind](change.kind.padEnd(KIND_WIDTH))}  ${change.field.padEnd(FIELD_WIDTH)}  ${toSingleLine(first)}`);
      for (const line of rest) {
        const text = toSingleLine(line);
        const colored = text.startsWith("+") ? chalk.green(text) : text.startsWith("-") ? chalk.red(text) : text.startsWith("@@") ? chalk.cyan(text) : chalk.dim(text);
        out.push(`${indent}${colored}`);
      }
    }
    out.push("");
  }
  const { summary } = result;
  const line = diffSummaryLine(summary);
  if (summary.downgrades > 0) out.push(chalk.yellow.bold(`⚠ ${line}`));
  else if (summary.escalations > 0) out.push(chalk.red.bold(`▲ ${line}`));
  else out.push(chalk.green(`✔ ${line}`));
  return out.join("\n") + "\n";
};
