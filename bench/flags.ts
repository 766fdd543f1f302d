// The V8 flags `npm start` runs the bot with, read from package.json so that every bench process (the bot and the
// bare grammY bot alike) runs with exactly those; BENCH_NODE_FLAGS replaces them for a trial.
import { readFileSync } from "node:fs";

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
