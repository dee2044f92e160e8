import type { Rule } from "../core/rule.js";
import { PARSER_RULES } from "../rules/index.js";
import { ConfigError } from "./config-error.js";
import { configSchema, type ConfigFile } from "./schema.js";
import { validateDocument, type YamlDocument } from "./yaml-document.js";

/** Validates a parsed config against the schema built from the rules it may name. */
export function validateConfig(doc: YamlDocument, ruleSet: readonly Rule[]): ConfigFile {
  const config = validateDocument(doc, configSchema(ruleSet));
  const rules = config.rules ?? {};
  for (const id of PARSER_RULES) {
    const setting = rules[id];
    if (setting === "off" || (Array.isArray(setting) && setting[0] === "off")) {
      throw new ConfigError([{ file: doc.file, line: doc.lineOf(["rules", id]), message: `rule "${id}" cannot be switched off: a report that cannot be read never passes` }]);
    }
  }
  return config;
}
