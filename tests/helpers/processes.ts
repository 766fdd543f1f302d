// Bot processes for the tests (see bot-process.ts), killed after each test.
import { afterEach } from "vitest";
import { killStarted } from "./bot-process.ts";

export * from "./bot-process.ts";

/** Kills every process a test left running. Call once at the top of a test file. */
export function killProcessesAfterEach(): void {
  afterEach(killStarted);
}
