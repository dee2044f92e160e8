/** One thing wrong with a config: where, and what. */
export interface ConfigProblem {
  file: string | null;
  line: number | null;
  message: string;
}

/** A config that cannot be used: the CLI prints each problem and exits 2. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(problems.map((problem) => problem.message).join("; "));
    this.name = "ConfigError";
  }
}
