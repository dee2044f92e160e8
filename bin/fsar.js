#!/usr/bin/env node
import { readFileSync } from "node:fs";

// `fsar --version` alone (installers and editor extensions ask it) is answered here, before any of the CLI's
// modules is read: each module is a read on Node's thread pool, which a busy machine makes slow. A write that
// fails falls back to the full CLI, which reports it.
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.on("error", () => {});
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
  process.stdout.write(`${version}\n`, (error) => void (error && import("../dist/cli-bundle/main.js")));
} else {
  await import("../dist/cli-bundle/main.js");
}
