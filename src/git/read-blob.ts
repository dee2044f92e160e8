import { checkRevision, openRepository, runGit } from "./run-git.js";

/**
 * The bytes of a file at a revision, as `git cat-file blob <revision>:<path>` gives them (no textconv,
 * no line-ending conversion). A path starting with ./ is relative to cwd, otherwise to the repository root.
 */
export async function readBlob(cwd: string, revision: string, path: string): Promise<Uint8Array> {
  checkRevision(revision);
  const git = await openRepository(cwd);
  const spec = `${revision}:${path}`;
  const content: unknown = await runGit(`cannot read ${spec}`, () => git.binaryCatFile(["blob", spec]));
  return Buffer.isBuffer(content) ? content : Buffer.from(String(content));
}
