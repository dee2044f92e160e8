import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Builds dist when the sources are newer: the end-to-end tests run the built CLI.
    globalSetup: ["test/global-setup.ts"],
    // Most test time is spent waiting on child processes (the CLI, git, npm, pre-commit), not on this one: more
    // workers than cores overlap those waits. The default is one fewer than the cores, one on a 2-core machine.
    maxWorkers: 4,
  },
});
