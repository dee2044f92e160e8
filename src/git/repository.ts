import { relative, resolve, sep } from "node:path";
import type { SimpleGit, SimpleGitOptions } from "simple-git";
import { UsageError } from "../core/usage-error.js";
import { parseRawDiffEntries, RAW_DIFF_FLAGS, type ChangedPath } from "./diff.js";

/**
 * simple-git drops every ambient GIT_* variable from git's environment. These say which repository, index
 * and config git must use, and git sets them for hooks: a pre-commit hook of `git commit -a` must read the
 * index in GIT_INDEX_FILE, a hook in a linked worktree the GIT_DIR git gives it.
 */
const REPOSITORY_ENVIRONMENT = [
  "GIT_DIR",
  "GIT_WORK_TREE",
  "GIT_COMMON_DIR",
  "GIT_INDEX_FILE",
  "GIT_OBJECT_DIRECTORY",
  "GIT_ALTERNATE_OBJECT_DIRECTORIES",
  "GIT_CONFIG_GLOBAL",
  "GIT_CONFIG_SYSTEM",
  "GIT_CONFIG_NOSYSTEM",
];

/** Loaded on first use, so commands that never touch git do not pay for simple-git. */
async function createGit(options: Partial<SimpleGitOptions>): Promise<SimpleGit> {
  const { simpleGit } = await import("simple-git");
  return simpleGit({ trimmed: false, allowEnvironment: REPOSITORY_ENVIRONMENT, ...options });
}

/** git's complaint: the first line of what it wrote to stderr. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n").find((line) => line.trim() !== "")?.trim() ?? "git failed";
}

/** Runs a git call on what the user named (a revision, a path): a failure is a UsageError `<what>: <git's complaint>`. */
async function orUsageError<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new UsageError(`${what}: ${firstLine(error)}`);
  }
}

/** A revision the user names that starts with "-" would be read by git as an option. */
function checkRevision(revision: string): void {
  if (revision === "" || revision.startsWith("-")) throw new UsageError(`not a revision: ${JSON.stringify(revision)}`);
}

/**
 * A git working tree, with the few commands fsar runs in it. Every command runs at the top of the tree, except
 * where a user's pathspecs are read relative to the folder it was opened from.
 */
export class GitRepository {
  private constructor(
    /** The top folder of the working tree (absolute). */
    readonly root: string,
    /** The folder it was opened from: `./` blob paths and pathspecs are relative to it. */
    readonly cwd: string,
    private readonly git: SimpleGit,
  ) {}

  /** Opens the working tree that holds `cwd`; a UsageError when there is none or git is missing. */
  static async open(cwd: string): Promise<GitRepository> {
    const probe = await createGit({ baseDir: cwd });
    let answer: string[];
    try {
      // --show-cdup, not --show-toplevel: git resolves symbolic links in the latter, and results must be
      // named relative to cwd as the user spells it (on macOS the temporary folder is behind a link).
      answer = (await probe.raw(["rev-parse", "--is-inside-work-tree", "--show-cdup"])).split("\n");
    } catch (error) {
      const message = firstLine(error);
      if (/ENOENT/.test(message)) throw new UsageError("git is not installed or not on the PATH");
      throw new UsageError(`${cwd} is not inside a git working tree (${message.replace(/^fatal: /, "")})`);
    }
    if (answer[0] !== "true") throw new UsageError(`${cwd} is not inside a git working tree`);
    const root = resolve(cwd, answer[1] ?? "");
    return new GitRepository(root, resolve(cwd), await createGit({ baseDir: root }));
  }

  /** Runs git and returns its stdout; throws an Error naming the command when git fails. */
  async run(args: readonly string[]): Promise<string> {
    try {
      return await this.git.raw([...args]);
    } catch (error) {
      throw new Error(`git ${args[0]} failed: ${firstLine(error)}`);
    }
  }

  /** Runs git with `input` on its stdin and returns its stdout; throws an Error naming the command when git fails. */
  async runWithInput(args: readonly string[], input: string): Promise<string> {
    const git = await createGit({ baseDir: this.root, input: () => input });
    try {
      return await git.raw([...args]);
    } catch (error) {
      throw new Error(`git ${args[0]} failed: ${firstLine(error)}`);
    }
  }

  /** What each name (an object id, `<id>^{commit}`, a ref) resolves to, with one `git cat-file --batch-check`; names git cannot resolve are absent. */
  async resolveObjects(names: readonly string[]): Promise<Map<string, string>> {
    const unique = [...new Set(names)];
    const resolved = new Map<string, string>();
    if (unique.length === 0) return resolved;
    // %(rest) echoes the name back; names hold no whitespace (ids and refs), so it is the whole name.
    const output = await this.runWithInput(["cat-file", "--batch-check=%(objectname) %(objecttype) %(rest)"], `${unique.map((name) => `${name} ${name}`).join("\n")}\n`);
    for (const line of output.split("\n")) {
      const [id, type, name] = line.split(" ");
      if (name !== undefined && type !== "missing" && type !== "ambiguous" && id !== undefined) resolved.set(name, id);
    }
    return resolved;
  }

  /** Runs git and returns its stdout, or null when git exits with an error (a ref that does not exist). */
  async tryRun(args: readonly string[]): Promise<string | null> {
    try {
      return await this.git.raw([...args]);
    } catch {
      return null;
    }
  }

  /** The commit a revision names, or null when it names none. */
  async resolveCommit(revision: string): Promise<string | null> {
    const output = await this.tryRun(["rev-parse", "--verify", "--quiet", "--end-of-options", `${revision}^{commit}`]);
    return output === null || output.trim() === "" ? null : output.trim();
  }

  /** The commit a revision the user named resolves to; a UsageError `<what>: <git's complaint>` when it names none. */
  async requireCommit(revision: string, what: string): Promise<string> {
    checkRevision(revision);
    const commit = (await orUsageError(what, () => this.git.raw(["rev-parse", "--verify", "--end-of-options", `${revision}^{commit}`]))).trim();
    // simple-git reports a failure only when git writes to stderr: an empty answer is a failure too.
    if (commit === "") throw new UsageError(what);
    return commit;
  }

  /** The best common ancestor of two commits, as `git diff A...B` uses; null when they share no history that this clone has. */
  async mergeBase(a: string, b: string): Promise<string | null> {
    const output = await this.tryRun(["merge-base", a, b]);
    return output === null || output.trim() === "" ? null : output.trim();
  }

  /**
   * The files changed from one commit to another, with renames followed, and their blobs. `pathspecs` limit the
   * listing and are relative to the folder the repository was opened from; the paths listed are relative to the root.
   */
  async listChangedPaths(from: string, to: string, pathspecs: readonly string[]): Promise<ChangedPath[]> {
    // git reads pathspecs relative to the folder it runs in: the user's folder, not the root.
    const git = this.cwd === this.root ? this.git : await createGit({ baseDir: this.cwd });
    const output = await orUsageError("cannot list the changed files", () => git.raw(["diff", ...RAW_DIFF_FLAGS, from, to, "--", ...pathspecs]));
    return parseRawDiffEntries(output).map(({ status, oldPath, newPath, oldBlob, newBlob }) => {
      // A copy leaves its source as it was: only the new file changed.
      const before = status === "A" || status === "C" ? null : oldPath;
      const after = status === "D" ? null : newPath;
      return { status, oldPath: before, newPath: after, oldBlob: before === null ? null : oldBlob, newBlob: after === null ? null : newBlob };
    });
  }

  /** The absolute path a `<revision>:<path>` path names: relative to cwd when it starts with ./ or ../ (as git reads it), else to the root. */
  resolveBlobPath(path: string): string {
    return /^\.\.?\//.test(path) ? resolve(this.cwd, path) : resolve(this.root, path);
  }

  /**
   * The bytes of a file at a revision, as `git cat-file blob <revision>:<path>` gives them (no textconv, no
   * line-ending conversion). A path starting with ./ or ../ is relative to the folder the repository was opened
   * from, otherwise to the root. A UsageError naming `<revision>:<path>` when there is no such file.
   */
  async readBlob(revision: string, path: string): Promise<Uint8Array> {
    checkRevision(revision);
    const fromRoot = relative(this.root, this.resolveBlobPath(path)).split(sep).join("/");
    const content: unknown = await orUsageError(`cannot read ${revision}:${path}`, () => this.git.binaryCatFile(["blob", `${revision}:${fromRoot}`]));
    return Buffer.isBuffer(content) ? content : Buffer.from(String(content));
  }

  /**
   * Sets `diff.<driver>.textconv` in the repository's own config. simple-git refuses to set a textconv command
   * unless told: this is the one call that tells it.
   */
  async setDiffTextconv(driver: string, command: string): Promise<void> {
    const git = await createGit({ baseDir: this.root, unsafe: { allowUnsafeDiffTextConv: true } });
    await orUsageError("cannot set the diff driver", () => git.addConfig(`diff.${driver}.textconv`, command, false, "local"));
  }

  /** Whether this clone has only part of the history (`git clone --depth`, CI's default checkout). */
  async isShallow(): Promise<boolean> {
    return (await this.run(["rev-parse", "--is-shallow-repository"])).trim() === "true";
  }

  /** An absolute path from `git rev-parse --git-path <name>` (honours core.hooksPath and worktrees). */
  async gitPath(name: string): Promise<string> {
    return resolve(this.root, (await this.run(["rev-parse", "--git-path", name])).trim());
  }

  /**
   * Reads blobs by object id with one `git cat-file --batch`, however many there are.
   * Ids git does not have are missing from the result.
   */
  async readBlobs(ids: readonly string[]): Promise<Map<string, Uint8Array>> {
    const blobs = new Map<string, Uint8Array>();
    const unique = [...new Set(ids)];
    if (unique.length === 0) return blobs;
    const request = `${unique.join("\n")}\n`;
    const batch = await createGit({ baseDir: this.root, input: () => request });
    let output: unknown;
    try {
      output = await batch.binaryCatFile(["--batch"]);
    } catch (error) {
      throw new Error(`git cat-file failed: ${firstLine(error)}`);
    }
    if (!Buffer.isBuffer(output)) throw new Error("git cat-file gave no binary output");
    let offset = 0;
    while (offset < output.length) {
      const headerEnd = output.indexOf(0x0a, offset);
      if (headerEnd < 0) break;
      const [id, type, size] = output.toString("utf8", offset, headerEnd).split(" ");
      offset = headerEnd + 1;
      if (type === "missing" || type === "ambiguous" || size === undefined || id === undefined) continue;
      const length = Number(size);
      if (type === "blob") blobs.set(id, output.subarray(offset, offset + length));
      offset += length + 1; // the content, then a newline
    }
    return blobs;
  }
}

/**
 * The bytes of a file at a revision in the repository that holds `cwd` (see GitRepository#readBlob).
 * A path starting with ./ is relative to cwd, otherwise to the repository root.
 */
export async function readBlob(cwd: string, revision: string, path: string): Promise<Uint8Array> {
  return (await GitRepository.open(cwd)).readBlob(revision, path);
}

/** The files changed from one commit to another in the repository that holds `cwd` (see GitRepository#listChangedPaths). */
export async function listChangedPaths(cwd: string, from: string, to: string, paths: readonly string[]): Promise<ChangedPath[]> {
  return (await GitRepository.open(cwd)).listChangedPaths(from, to, paths);
}
