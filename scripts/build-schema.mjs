// Writes the config's JSON Schema, generated from its zod schema (never written by hand).
import { mkdirSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { configSchema, levelSettingSchema } from "../dist/config/schema.js";
import { builtinRules } from "../dist/rules/index.js";

const schema = z.toJSONSchema(configSchema(builtinRules), { io: "input", unrepresentable: "any" });
schema.title = "fsar config";
// Custom and plugin rule ids are known only once a config is loaded: editors accept any other id with a
// level, and fsar itself refuses ids that name no rule.
const level = z.toJSONSchema(levelSettingSchema);
delete level.$schema;
const otherRule = { description: "A custom or plugin rule: a level", anyOf: [level, { type: "array", prefixItems: [level], items: false, minItems: 1, maxItems: 1 }] };
schema.properties.rules.additionalProperties = otherRule;
schema.properties.overrides.items.properties.rules.additionalProperties = otherRule;
mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
writeFileSync(new URL("../schema/fsar.config.schema.json", import.meta.url), JSON.stringify(schema, null, 2) + "\n");
