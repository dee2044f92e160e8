import { workflowCommand } from "./github-commands.js";
import { comparisonLine } from "./trend-labels.js";
import { formatTrendText } from "./trend-text.js";
import type { TrendFormatter } from "./trend-types.js";

/** The text table for the log, and a warning annotation when the gap rose past --fail-on-rise. */
export const formatTrendGithub: TrendFormatter = (result) => {
  const text = formatTrendText(result);
  return result.alert ? `${text}${workflowCommand("warning", { title: "fsar trend" }, comparisonLine(result))}\n` : text;
};
