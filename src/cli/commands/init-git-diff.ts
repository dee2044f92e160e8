import { lstatSync, realpathSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { ExitCode } from "../../core/exit-code.js";
import { UsageError } from "../../core/usage-error.js";
import { describeRefusal, readRegularFile } from "../../fs/read-regular-file.js";
import { configureTextconvDriver, withDiffDriverAttributes } from "../../git/diff-driver.js";
import { writeFileAtomic } from "../io.js";
import type { CommandIo } from "../io.js";

/** .gitattributes is a few lines; more is not one to add lines to. */
const MAX_ATTRIBUTES_BYTES = 1024 * 1024;

/** The current .gitattributes, or null. A link is followed only within the repository: its content would be committed. */
function readAttributes(file: string, root: string): string | null {
  try {
    if (lstatSync(file).isSymbolicLink()) {
      const target = realpathSync(file);
      const below = relative(realpathSync(root), target);
      if (below === "" || below === ".." || below.startsWith(`..${sep}`) || below.startsWith(sep)) throw new UsageError(`${file} is a link to ${target}, outside the repository: not read or written`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    throw new UsageError(`cannot read ${file}: ${code ?? String(error)}`);
  }
  const read = readRegularFile(file, MAX_ATTRIBUTES_BYTES);
  if (!read.ok) throw new UsageError(describeRefusal(read, file));
  return read.content.toString("utf8");
}

/** `fsar init --git-diff`: points git's diff of reports at `fsar textconv`, in this repository only. */
export async function runInitGitDiff(io: CommandIo): Promise<ExitCode> {
  const root = await configureTextconvDriver(io.cwd);
  const attributesFile = join(root, ".gitattributes");
  const updated = withDiffDriverAttributes(readAttributes(attributesFile, root));
  if (updated !== null) writeFileAtomic(attributesFile, updated);
  await io.stdout(
    `set diff.fsar.textconv to "fsar textconv" in the repository config\n` +
      `${updated === null ? "kept" : "updated"} .gitattributes (*.md and fsar*.json use the fsar diff driver)\n` +
      "git diff now shows reports in canonical form; fsar must be on PATH (npm install -g fsar, or npm link)\n",
  );
  return ExitCode.Pass;
}
