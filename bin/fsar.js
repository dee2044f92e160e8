#!/usr/bin/env node
import { readFileSync } from "node:fs";
import * as nodeModule from "node:module";

// `fsar --version` alone (installers and editor extensions ask it) is answered here, before any of the CLI's
// modules is read: each module is a read on Node's thread pool, which a busy machine makes slow. A write that
// fails falls back to the full CLI, which reports it.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.on("error", () => {});
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${version}\n`, (error) => void (error && import("../dist/cli-bundle/main.js")));
} else {
  // Node 22.1+ keeps the compiled bundle on disk (its own cache, in the temporary folder) and a run after the first
  // skips most of the compiling; Node 20 has no such cache. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
  nodeModule.enableCompileCache?.();
  await import("../dist/cli-bundle/main.js");
}
