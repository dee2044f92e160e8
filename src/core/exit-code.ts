/** The CLI's exit codes, mapped in one place. */
export enum ExitCode {
  Pass = 0,
  GateFailure = 1,
  /** Usage, config and internal errors. */
  Error = 2,
}
