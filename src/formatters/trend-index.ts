import type { TrendFormatter } from "./trend-types.js";

/** Trend formatter names and their modules, loaded only when asked for. */
const loaders = {
  text: async () => (await import("./trend-text.js")).formatTrendText,
  json: async () => (await import("./trend-json.js")).formatTrendJson,
  markdown: async () => (await import("./trend-markdown.js")).formatTrendMarkdown,
  html: async () => (await import("./trend-html.js")).formatTrendHtml,
  github: async () => (await import("./trend-github.js")).formatTrendGithub,
} satisfies Record<string, () => Promise<TrendFormatter>>;

export type TrendFormatName = keyof typeof loaders;
export const TREND_FORMAT_NAMES = Object.keys(loaders) as TrendFormatName[];

export function loadTrendFormatter(name: TrendFormatName): Promise<TrendFormatter> {
  return loaders[name]();
}
