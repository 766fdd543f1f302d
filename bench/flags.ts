// How bench processes start: the V8 flags `npm start` runs the bot with, read from package.json so that every bench process (the bot and the
// bare grammY bot alike) runs with exactly those; BENCH_NODE_FLAGS replaces them for a trial.
import { readFileSync } from "node:fs";
import { TOKEN } from "../tests/fake-telegram/server.ts";

function startScriptFlags(): string[] {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
    scripts: { start: string };
  };
  const words = pkg.scripts.start.split(/\s+/);
  // `--import <file>` is the Node version check, not a V8 setting.
  return words.filter((w, i) => w.startsWith("--") && w !== "--import" && words[i - 1] !== "--import");
}

export const START_FLAGS: string[] =
  process.env.BENCH_NODE_FLAGS === undefined
    ? startScriptFlags()
    : process.env.BENCH_NODE_FLAGS.split(" ").filter(Boolean);

/** The environment every bench process starts with: production settings against the given fake Bot API. */
export function benchEnv(apiRoot: string, env: Record<string, string>): Record<string, string> {
  return {
    PATH: process.env.PATH ?? "",
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: apiRoot,
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    ...env,
  };
}
