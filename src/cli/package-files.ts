import { readFileSync } from "node:fs";

// The package's own files, from one module: two levels below the package root both as compiled
// (dist/cli/) and as bundled (dist/cli-bundle/), so the paths hold for either.
export const PACKAGE_MANIFEST = new URL("../../package.json", import.meta.url);
export const CLI_SCRIPT = new URL("../../bin/fsar.js", import.meta.url);

/** The version in the package manifest. */
export function readVersion(): string {
  const manifest = JSON.parse(readFileSync(PACKAGE_MANIFEST, "utf8")) as { version: string };
  return manifest.version;
}
