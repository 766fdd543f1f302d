import { defineConfig } from "vitest/config";
import SummaryReporter from "./tests/summary-reporter.ts";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // One temporary directory for the run, then a PostgreSQL server for the storage suite (TEST_DATABASE_URL, or a
    // throwaway cluster for this run, stopped before the directory is removed: teardowns run in reverse order).
    globalSetup: ["tests/scratch-setup.ts", "tests/postgres/global-setup.ts"],
    // The test files share their workers: the real pack's matcher, built once per worker instead of once per file
    // (tests/helpers/reading.ts, bot-harness.ts), took a third of the suite's time. No test mocks modules or globals.
    isolate: false,
    testTimeout: 20_000,
    hookTimeout: 20_000,
    reporters: ["default", new SummaryReporter()],
  },
});
