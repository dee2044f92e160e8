/** A run shorter than this shows no progress at all. */
const PROGRESS_DELAY_MS = 1000;
const PROGRESS_INTERVAL_MS = 100;

/** Where progress is shown: only for a person at a terminal, never in CI, in a pipe or beside machine output. */
export function showsProgress(streams: { stdout: { isTTY?: boolean }; stderr: { isTTY?: boolean } }, env: NodeJS.ProcessEnv, options: { quiet?: boolean; machineOutputOnStdout: boolean }): boolean {
  return streams.stderr.isTTY === true && streams.stdout.isTTY === true && !env.CI && env.TERM !== "dumb" && !options.quiet && !options.machineOutputOnStdout;
}

/**
 * One line on stderr, rewritten in place as files are audited (files done, reports per second), from a second into
 * the run; `finish` erases it (before the results, or a warning) until the next update.
 */
export function createProgress(write: (text: string) => void, clock: () => number = () => performance.now()): { update(files: number, reports: number): void; finish(): void } {
  const started = clock();
  let shownAt = -Infinity;
  let shown = false;
  return {
    update(files, reports) {
      const at = clock();
      if (at - started < PROGRESS_DELAY_MS || at - shownAt < PROGRESS_INTERVAL_MS) return;
      shownAt = at;
      shown = true;
      const rate = Math.round(reports / ((at - started) / 1000));
      write(`\r\x1b[Kfsar: ${files.toLocaleString("en-US")} files audited, ${rate.toLocaleString("en-US")} reports/s`);
    },
    finish() {
      if (shown) write("\r\x1b[K");
      shown = false;
    },
  };
}
