// Library code writes files too (git hooks): the implementation lives in src/fs.
export { writeFileAtomic } from "../fs/write-file-atomic.js";

/** Color when the stream is a terminal, unless NO_COLOR says otherwise; FORCE_COLOR wins both ways. */
export function shouldColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true && env.TERM !== "dumb";
}

/** Everything a command needs from the process, so commands stay testable and the exit code is decided in one place. */
export interface CommandIo {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (text: string) => Promise<void>;
  stderr: (text: string) => void;
  version: string;
  /** `--debug`: stacks of internal errors, and which config file is in use. */
  debug?: boolean;
}
