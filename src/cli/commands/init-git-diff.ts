import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ExitCode } from "../../core/exit-code.js";
import { configureTextconvDriver, withDiffDriverAttributes } from "../../git/diff-driver.js";
import { writeFileAtomic } from "../io.js";
import type { CommandIo } from "../io.js";

/** `fsar init --git-diff`: points git's diff of reports at `fsar textconv`, in this repository only. */
export async function runInitGitDiff(io: CommandIo): Promise<ExitCode> {
  const root = await configureTextconvDriver(io.cwd);
  const attributesFile = join(root, ".gitattributes");
  const existing = existsSync(attributesFile) ? readFileSync(attributesFile, "utf8") : null;
  const updated = withDiffDriverAttributes(existing);
  if (updated !== null) writeFileAtomic(attributesFile, updated);
  await io.stdout(
    `set diff.fsar.textconv to "fsar textconv" in the repository config\n` +
      `${updated === null ? "kept" : "updated"} .gitattributes (*.md and fsar*.json use the fsar diff driver)\n` +
      "git diff now shows reports in canonical form; fsar must be on PATH (npm install -g fsar, or npm link)\n",
  );
  return ExitCode.Pass;
}
