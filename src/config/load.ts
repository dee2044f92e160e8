import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import type { Document, LineCounter } from "yaml";
import type { z } from "zod";
import type { Rule } from "../core/rule.js";
import { builtinRules } from "../rules/index.js";
import { PARSER_RULES } from "../rules/index.js";
import { ConfigError, type ConfigProblem } from "./config-error.js";
import { defaultConfig, resolveConfig, type ResolvedConfig } from "./resolve.js";
import { configSchema, type ConfigFile } from "./schema.js";

export const CONFIG_FILE_NAMES = ["fsar.config.yaml", "fsar.config.yml", ".fsarrc.yaml", ".fsarrc.yml"] as const;
/** Larger configs are refused before parsing: a config is a page, not a data set. */
const MAX_CONFIG_BYTES = 1024 * 1024;
const MAX_ALIASES = 100;

// yaml is needed only when there is a config file: required on first use, so runs without one start faster.
const requireModule = createRequire(import.meta.url);
let yamlModule: typeof import("yaml") | undefined;
function yaml(): typeof import("yaml") {
  return (yamlModule ??= requireModule("yaml") as typeof import("yaml"));
}

/** The nearest config file from `startDir` upwards, or null. */
export function findConfigFile(startDir: string): string | null {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not here
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

function lineOfPath(doc: Document, lines: LineCounter, path: ReadonlyArray<PropertyKey>, unknownKey?: string): number | null {
  const { isMap, isPair, isScalar, isSeq } = yaml();
  let node: unknown = doc.contents;
  for (const key of path) {
    if (!isMap(node) && !isSeq(node)) break;
    const next: unknown = node.get(typeof key === "number" ? key : String(key), true);
    if (next === undefined) break;
    node = next;
  }
  if (unknownKey !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === unknownKey);
    if (pair && isScalar(pair.key) && pair.key.range) return lines.linePos(pair.key.range[0]).line;
  }
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? lines.linePos(range[0]).line : null;
}

function describeIssue(issue: z.core.$ZodIssue): { message: string; unknownKeys: string[] } {
  const where = issue.path.length > 0 ? issue.path.join(".") : "config";
  if (issue.code === "unrecognized_keys") {
    const parent = issue.path.length > 0 ? ` in ${where}` : "";
    const isRules = issue.path[issue.path.length - 1] === "rules";
    return { message: `${isRules ? "unknown rule" : "unknown key"} ${issue.keys.map((key) => `"${key}"`).join(", ")}${parent}`, unknownKeys: issue.keys };
  }
  return { message: `${where}: ${issue.message}`, unknownKeys: [] };
}

/** Parses and validates config text; every problem names its key and YAML line. */
export function parseConfigText(text: string, file: string | null, ruleSet: readonly Rule[] = builtinRules): ConfigFile {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((error) => ({ file, line: error.linePos?.[0].line ?? null, message: `invalid YAML: ${error.message.split("\n")[0]}` })));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (error) {
    throw new ConfigError([{ file, line: null, message: `invalid YAML: ${(error as Error).message.split("\n")[0]}` }]);
  }
  const parsed = configSchema(ruleSet).safeParse(data);
  if (!parsed.success) {
    const problems: ConfigProblem[] = [];
    for (const issue of parsed.error.issues) {
      const { message, unknownKeys } = describeIssue(issue);
      problems.push({ file, line: lineOfPath(doc, lines, issue.path, unknownKeys[0]), message });
    }
    throw new ConfigError(problems);
  }
  const rules = parsed.data.rules ?? {};
  for (const id of PARSER_RULES) {
    const setting = rules[id];
    if (setting === "off" || (Array.isArray(setting) && setting[0] === "off")) {
      throw new ConfigError([{ file, line: lineOfPath(doc, lines, ["rules", id]), message: `rule "${id}" cannot be switched off: a report that cannot be read never passes` }]);
    }
  }
  return parsed.data;
}

function readConfigFile(file: string): string {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw new ConfigError([{ file, line: null, message: `cannot read the config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
  if (size > MAX_CONFIG_BYTES) throw new ConfigError([{ file, line: null, message: `the config is ${size} bytes, more than the ${MAX_CONFIG_BYTES} allowed` }]);
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    throw new ConfigError([{ file, line: null, message: `cannot read the config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }]);
  }
}

export interface LoadConfigOptions {
  /** Where the search for a config file starts. */
  cwd: string;
  /** An explicit config file (`--config`): it wins over the search. */
  configFile?: string;
}

/** Finds, reads, validates and resolves the config; throws ConfigError on any problem. Async: configs can load plugins. */
export async function loadConfig({ cwd, configFile }: LoadConfigOptions): Promise<ResolvedConfig> {
  const file = configFile !== undefined ? resolve(cwd, configFile) : findConfigFile(cwd);
  if (file === null) return defaultConfig(cwd);
  const config = parseConfigText(readConfigFile(file), file);
  return resolveConfig(config, { file, baseDir: dirname(file) });
}
