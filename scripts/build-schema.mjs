// Writes the config's JSON Schema, generated from its zod schema (never written by hand).
import { mkdirSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { configSchema } from "../dist/config/schema.js";
import { builtinRules } from "../dist/rules/index.js";

const schema = z.toJSONSchema(configSchema(builtinRules), { io: "input", unrepresentable: "any" });
schema.title = "fsar config";
mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
writeFileSync(new URL("../schema/fsar.config.schema.json", import.meta.url), JSON.stringify(schema, null, 2) + "\n");
