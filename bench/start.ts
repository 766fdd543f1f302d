// Start-up: spawn → first getUpdates of `node src/main.ts` next to the bare grammY bot, alternating, and the
// resident memory at that moment.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { FakeTelegram } from "../tests/fake-telegram/server.ts";
import { temporaryDatabase } from "../tests/helpers/bot-harness.ts";
import { benchEnv, START_FLAGS } from "./flags.ts";
import { percentile, type Report } from "./stats.ts";

async function startOnce(script: string): Promise<{ ms: number; rssMb: number }> {
  const fake = await new FakeTelegram().start();
  const spawnedAt = Date.now();
  const child = spawn(process.execPath, [...START_FLAGS, script], {
    env: benchEnv(fake.url, {
      DATABASE_URL: temporaryDatabase(),
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

/** Five starts each, bare bot and bot alternating so the machine's other work falls on both alike; medians. */
export async function benchStart(starts = 5): Promise<Report> {
  const bare: { ms: number; rssMb: number }[] = [];
  const bot: { ms: number; rssMb: number }[] = [];
  for (let i = 0; i < starts; i++) {
    bare.push(await startOnce("bench/bare-bot.ts"));
    bot.push(await startOnce("src/main.ts"));
  }
  const row = (name: string, runs: typeof bot) => ({
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
    },
  });
  return {
    title: `start-up next to a bare grammY bot (${starts} starts each)`,
    rows: [row("bare grammY bot", bare), row("bot", bot)],
  };
}
