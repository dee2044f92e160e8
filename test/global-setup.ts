import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");
/** What the build reads: a change to any of these makes dist stale. */
const INPUTS = ["src", "scripts", "package.json", "tsconfig.json", "tsconfig.build.json"];
/** The last file the build writes. */
const OUTPUT = join(ROOT, "dist", "cli-bundle", "main.js");

function newestChange(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

function builtAt(): number {
  try {
    return statSync(OUTPUT).mtimeMs;
  } catch {
    return -1;
  }
}

/** End-to-end tests run the built CLI: build first whenever the sources are newer, so no run tests a stale dist. */
export default function setup(): void {
  if (newestChange(join(ROOT, "src")) <= builtAt() && INPUTS.every((input) => newestChange(join(ROOT, input)) <= builtAt())) return;
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
}
