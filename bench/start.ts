// Start-up: spawn → first getUpdates of `node src/main.ts` next to the bare grammY bot, alternating, and the
// resident memory at that moment.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FakeTelegram } from "../tests/fake-telegram/server.ts";
import { temporaryDatabase } from "../tests/helpers/bot-harness.ts";
import { benchEnv, START_FLAGS } from "./flags.ts";
import { percentile, type Report } from "./stats.ts";

async function startOnce(script: string, compileCache: string): Promise<{ ms: number; rssMb: number }> {
  const fake = await new FakeTelegram().start();
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, [...START_FLAGS, script], {
    env: benchEnv(fake.url, {
      DATABASE_URL: temporaryDatabase(),
      NODE_COMPILE_CACHE: compileCache,
    }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await fake.waitFor(() => fake.firstGetUpdatesAt, 30_000, "first getUpdates");
    const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
    const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024;
    return { ms: fake.firstGetUpdatesAt! - spawnedAt, rssMb };
  } finally {
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 6_000);
    if (child.exitCode === null) await once(child, "exit");
    clearTimeout(timer);
    await fake.close();
  }
}

/**
 * Five starts each, bare bot and bot alternating so the machine's other work falls on both alike; medians. Both keep
 * Node's compile cache in a directory of this run (the bot turns it on itself, the bare bot through
 * NODE_COMPILE_CACHE): the first start of each fills it and is reported apart, as the first start after an install
 * or an update; the medians are those of the starts after it.
 */
export async function benchStart(starts = 5): Promise<Report> {
  const cache = mkdtempSync(join(tmpdir(), "bench-compile-cache-"));
  const bare: { ms: number; rssMb: number }[] = [];
  const bot: { ms: number; rssMb: number }[] = [];
  try {
    for (let i = 0; i <= starts; i++) {
      bare.push(await startOnce("bench/bare-bot.ts", cache));
      bot.push(await startOnce("src/main.ts", cache));
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  const row = (name: string, [first, ...runs]: typeof bot) => ({
    name,
    values: {
      "spawn → first getUpdates ms, median": percentile(
        runs.map((r) => r.ms),
        0.5,
      ).toFixed(0),
      range: `${Math.min(...runs.map((r) => r.ms))}–${Math.max(...runs.map((r) => r.ms))}`,
      "RSS MB": percentile(
        runs.map((r) => r.rssMb),
        0.5,
      ).toFixed(0),
      "first start (empty compile cache) ms": first!.ms.toFixed(0),
    },
  });
  return {
    title: `start-up next to a bare grammY bot (${starts} starts each after a first one)`,
    rows: [row("bare grammY bot", bare), row("bot", bot)],
  };
}
