// Kept apart from risk.ts: every run resolves a model, only a config file needs risk.ts's zod schema.
import type { SeverityScale } from "../core/band.js";
import { createRiskModel, type RiskModel, type RiskModelOptions } from "../risk/model.js";
import type { RiskConfig } from "./risk.js";

// Configs are resolved more than once a run (the CLI, each worker): the same settings share one compiled model.
const modelsBySettings = new Map<string, RiskModel>();

/** The model a config asks for, on its severity scale. */
export function riskModelOf(risk: RiskConfig | undefined, scale: SeverityScale): RiskModel {
  const options: RiskModelOptions = {
    scale,
    signals: Object.fromEntries(Object.entries(risk?.signals ?? {}).map(([id, setting]) => [id, setting === "off" ? false : setting])),
    categories: Object.fromEntries(Object.entries(risk?.categories ?? {}).map(([id, setting]) => [id, setting === "off" ? false : setting])),
    add: risk?.add ?? [],
    ignore: risk?.ignore ?? [],
    templates: risk?.templates ?? "lifeos",
  };
  const key = JSON.stringify(options);
  let model = modelsBySettings.get(key);
  if (!model) modelsBySettings.set(key, (model = createRiskModel(options)));
  return model;
}
