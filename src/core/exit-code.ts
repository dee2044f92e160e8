/** The CLI's exit codes, mapped in one place. */
export enum ExitCode {
  Pass = 0,
  GateFailure = 1,
  /** Usage, config and internal errors. */
  Error = 2,
}

/** The exit code of a run whose output was lost (a closed pipe, a full disk): a failing verdict stands, a pass becomes an error. */
export function verdictWithLostOutput(verdict: ExitCode): ExitCode {
  return verdict === ExitCode.Pass ? ExitCode.Error : verdict;
}
