import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Builds dist when the sources are newer: the end-to-end tests run the built CLI.
    globalSetup: ["test/global-setup.ts"],
  },
});
