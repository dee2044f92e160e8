import type { ChunkedFormatter, DiffFormatter, Formatter } from "./types.js";

export type { ChunkedFormatter, DiffFormatter, Formatter, FormatterContext } from "./types.js";

/** Formatter names and their modules, loaded only when asked for so a run pays for the one it uses. */
const loaders = {
  stylish: async () => (await import("./stylish.js")).formatStylish,
  json: async () => (await import("./json.js")).formatJson,
  sarif: async () => (await import("./sarif.js")).formatSarif,
  junit: async () => (await import("./junit.js")).formatJunit,
  github: async () => (await import("./github.js")).formatGithub,
  markdown: async () => (await import("./markdown.js")).formatMarkdown,
  gitlab: async () => (await import("./gitlab.js")).formatGitlab,
} satisfies Record<string, () => Promise<Formatter>>;

export type FormatName = keyof typeof loaders;
export const FORMAT_NAMES = Object.keys(loaders) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(loaders, name);
}

export function loadFormatter(name: FormatName): Promise<Formatter> {
  return loaders[name]();
}

/** Formats whose text can be written as it is made; the others come as one piece. */
const chunkedLoaders: Partial<Record<FormatName, () => Promise<ChunkedFormatter>>> = {
  json: async () => (await import("./json.js")).formatJsonChunks,
};

/** The formatter of a format, as pieces of text to write one after the other. */
export async function loadChunkedFormatter(name: FormatName): Promise<ChunkedFormatter> {
  const chunked = chunkedLoaders[name];
  if (chunked) return chunked();
  const formatter = await loadFormatter(name);
  return (result, context) => [formatter(result, context)];
}

/** `fsar diff --format` names and their modules, loaded the same way. */
const diffLoaders = {
  text: async () => (await import("./diff-text.js")).formatDiffText,
  markdown: async () => (await import("./diff-markdown.js")).formatDiffMarkdown,
  json: async () => (await import("./diff-json.js")).formatDiffJson,
} satisfies Record<string, () => Promise<DiffFormatter>>;

export type DiffFormatName = keyof typeof diffLoaders;
export const DIFF_FORMAT_NAMES = Object.keys(diffLoaders) as DiffFormatName[];

export function loadDiffFormatter(name: DiffFormatName): Promise<DiffFormatter> {
  return diffLoaders[name]();
}
