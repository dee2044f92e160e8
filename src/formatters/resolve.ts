import { createRequire } from "node:module";
import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { UsageError } from "../core/usage-error.js";
import { FORMAT_NAMES, isFormatName, loadFormatter, type Formatter } from "./index.js";

/** An error's first line: Node's module errors go on with a require stack. */
function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

/**
 * A formatter by name: a built-in one, else a module, by path (starting with `.` or absolute, from `cwd`) or by
 * package name (resolved from `cwd`), whose default export has the built-in formatters' contract
 * `(result, context) => string`. A module that cannot load, or a formatter that breaks the contract, is a usage error.
 */
export async function resolveFormatter(spec: string, cwd: string): Promise<Formatter> {
  if (isFormatName(spec)) return loadFormatter(spec);
  let exported: unknown;
  try {
    const file = spec.startsWith(".") || isAbsolute(spec) ? resolve(cwd, spec) : createRequire(resolve(cwd, "noop.js")).resolve(spec);
    exported = ((await import(pathToFileURL(file).href)) as { default?: unknown }).default;
  } catch (error) {
    throw new UsageError(`format "${spec}" is neither a built-in one (${FORMAT_NAMES.join(", ")}) nor a formatter module that loads: ${firstLine(error)}`);
  }
  if (typeof exported !== "function") throw new UsageError(`formatter module "${spec}" must export a function (result, context) => string as its default export`);
  const format = exported as (...args: Parameters<Formatter>) => unknown;
  return (result, context) => {
    let text: unknown;
    try {
      text = format(result, context);
    } catch (error) {
      throw new UsageError(`formatter "${spec}" failed: ${firstLine(error)}`);
    }
    if (typeof text !== "string") throw new UsageError(`formatter "${spec}" returned ${text === null ? "null" : typeof text}, not a string`);
    return text;
  };
}
