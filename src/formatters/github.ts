import { stripControlCharacters } from "../core/sanitize.js";
import { workflowCommand } from "./github-commands.js";
import { summaryLine } from "./stylish.js";
import type { Formatter } from "./types.js";

/** GitHub Actions annotations: one `::error` or `::warning` workflow command per finding, then the summary line. */
export const formatGithub: Formatter = (result) => {
  const out: string[] = [];
  for (const entry of result.results) {
    for (const finding of entry.findings) {
      if (finding.suppressed) continue;
      const properties = {
        file: stripControlCharacters(entry.file),
        line: finding.line ?? 1,
        col: finding.column ?? undefined,
        title: `fsar ${finding.rule}`,
      };
      out.push(workflowCommand(finding.level === "error" ? "error" : "warning", properties, stripControlCharacters(finding.message)));
    }
  }
  out.push(summaryLine(result.summary));
  return out.join("\n") + "\n";
};
