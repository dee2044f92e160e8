import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Files share a worker's module graph instead of loading src afresh each: that loading was about a third of
    // the CPU of the in-process tests. No test mocks a module or changes process-wide state.
    isolate: false,
    // Vitest's default leaves a core to itself (one worker on two cores), but a worker spends most of its time
    // waiting for the processes it spawns, so one worker a core keeps the cores busy.
    maxWorkers: availableParallelism(),
    // Builds dist when the sources are newer: the end-to-end tests run the built CLI.
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
  },
});
