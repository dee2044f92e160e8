import type { Document, LineCounter } from "yaml";
import { yaml } from "./yaml-module.js";
import type { z } from "zod";
import { describeRefusal, readRegularFile } from "../fs/read-regular-file.js";
import { ConfigError, type ConfigProblem } from "./config-error.js";

/** Larger files are refused before parsing: a config is a page, not a data set. */
const MAX_YAML_BYTES = 1024 * 1024;
const MAX_ALIASES = 100;

/** A parsed YAML file (a config, a shared config, a test expectation) that can say where each value stands. */
export interface YamlDocument {
  file: string | null;
  data: unknown;
  /** The 1-based line of the value at `path`, or of the key `unknownKey` inside it. */
  lineOf(path: ReadonlyArray<PropertyKey>, unknownKey?: string): number | null;
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
  // A check that names the key in its own words (see configSchema).
  if (issue.code === "custom" && issue.params?.namesKey === true) return { message: issue.message, unknownKeys: [] };
  if (issue.code === "invalid_union" && (issue.path[0] === "rules" || issue.path[0] === "overrides")) {
    return { message: `${where}: expected a level (off, warn, error) or [level, options]`, unknownKeys: [] };
  }
  return { message: `${where}: ${issue.message}`, unknownKeys: [] };
}

/** Parses YAML text with aliases capped (no alias bombs); a syntax error is a ConfigError with its line. */
export function parseYamlDocument(text: string, file: string | null): YamlDocument {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ConfigError(doc.errors.map((error) => ({ file, line: lines.linePos(error.pos[0]).line, message: `invalid YAML: ${error.message.split("\n")[0]}` })));
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
  } catch (error) {
    throw new ConfigError([{ file, line: null, message: `invalid YAML: ${(error as Error).message.split("\n")[0]}` }]);
  }
  return { file, data, lineOf: (path, unknownKey) => lineOfPath(doc, lines, path, unknownKey) };
}

/** Validates a document with a zod schema; every problem names its key and YAML line. */
export function validateDocument<Schema extends z.ZodType>(doc: YamlDocument, schema: Schema): z.output<Schema> {
  const parsed = schema.safeParse(doc.data);
  if (parsed.success) return parsed.data;
  const problems: ConfigProblem[] = [];
  for (const issue of parsed.error.issues) {
    const { message, unknownKeys } = describeIssue(issue);
    problems.push({ file: doc.file, line: doc.lineOf(issue.path, unknownKeys[0]), message });
  }
  throw new ConfigError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));
}

/** Reads a YAML file (`what` names it in messages) of at most 1 MiB; a missing, special or oversized file is a ConfigError. */
export function readYamlFile(file: string, what = "config"): string {
  const read = readRegularFile(file, MAX_YAML_BYTES);
  if (!read.ok) throw new ConfigError([{ file, line: null, message: describeRefusal(read, `the ${what}`) }]);
  return read.content.toString("utf8");
}
