import { createRequire } from "node:module";

type YamlModule = typeof import("yaml");

const requireModule = createRequire(import.meta.url);
let loaded: YamlModule | undefined;

/** yaml, loaded on first use: a run without a config file (and `fsar --version`) never pays for it. */
export function yaml(): YamlModule {
  return (loaded ??= requireModule("yaml") as YamlModule);
}

/**
 * Loads yaml ahead of its first use by import: in the CLI bundle that is one bundled chunk, where a require
 * resolves and compiles the package's 74 files (about 20 ms of every run with a config).
 */
export async function preloadYaml(): Promise<void> {
  loaded ??= await import("yaml");
}
