import { resolve } from "node:path";
import type { SimpleGit, SimpleGitOptions } from "simple-git";
import { UsageError } from "../core/usage-error.js";

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

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim().split("\n")[0] ?? "";
}

/** A git working tree, with the few commands fsar runs in it. Every command runs at the top of the tree. */
export class GitRepository {
  private constructor(
    /** The top folder of the working tree (absolute). */
    readonly root: string,
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
    return new GitRepository(root, await createGit({ baseDir: root }));
  }

  /** Runs git and returns its stdout; throws an Error naming the command when git fails. */
  async run(args: readonly string[]): Promise<string> {
    try {
      return await this.git.raw([...args]);
    } catch (error) {
      throw new Error(`git ${args[0]} failed: ${firstLine(error)}`);
    }
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
