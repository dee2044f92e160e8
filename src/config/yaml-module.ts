import { createRequire } from "node:module";

type YamlModule = typeof import("yaml");

const requireModule = createRequire(import.meta.url);
let loaded: YamlModule | undefined;

/** yaml, loaded on first use: a run without a config file (and `fsar --version`) never pays for it. */
export function yaml(): YamlModule {
  return (loaded ??= requireModule("yaml") as YamlModule);
}
