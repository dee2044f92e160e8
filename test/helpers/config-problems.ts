import { ConfigError } from "../../src/config/config-error.js";
import { parseConfigText } from "../../src/config/load-file.js";

/** The problems a config text has, each as `line: message` (none when it loads). */
export function problemsOf(text: string): string[] {
  try {
    parseConfigText(text, "c.yaml");
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((problem) => `${problem.line}: ${problem.message}`);
    throw error;
  }
  return [];
}
