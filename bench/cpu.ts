// CPU per update through one webhook instance, the bot next to the bare grammY bot, alternating; resident memory after.
import { loadavg } from "node:os";
import { FakeTelegram } from "../tests/fake-telegram/server.ts";
import { temporaryDatabase } from "../tests/helpers/bot-harness.ts";
import { percentile, type Report } from "./stats.ts";
import { burst, cpuMs, type Kind, rssMb, serving, spawnInstance, stopAll } from "./webhook.ts";

const HOOK = { url: "https://bot.example/hook", secret: "bench_secret", maxConnections: 40 };

interface CpuRun {
  cpuPerUpdateMs: number;
  rssMb: number;
}

/** One instance: three bursts of 200 chats to warm it up, then `bursts` more, measured; its resident set after them. */
async function cpuRun(kind: Kind, bursts: number): Promise<CpuRun> {
  const fake = await new FakeTelegram().start();
  const instance = await spawnInstance(kind, "webhook", fake, temporaryDatabase());
  try {
    await serving(instance, "webhook", fake);
    fake.webhookTargets = [instance.url];
    fake.webhook = HOOK;
    for (let round = 0; round < 3; round++) await burst(fake, 200); // past V8's first compilations
    const before = cpuMs(instance.child.pid!);
    for (let round = 0; round < bursts; round++) await burst(fake, 200);
    const cpu = cpuMs(instance.child.pid!) - before;
    return { cpuPerUpdateMs: cpu / (bursts * 200), rssMb: rssMb(instance.child.pid!) };
  } finally {
    await stopAll([instance]);
    await fake.close();
  }
}

/** Bare and bot instances alternating, `repeats` each (BENCH_REPEATS); medians, and the ratio of each pair. */
export async function benchCpu(
  repeats = Number(process.env.BENCH_REPEATS ?? 5),
  bursts = 5,
): Promise<Report> {
  const load = loadavg()[0]!;
  const bare: CpuRun[] = [];
  const bot: CpuRun[] = [];
  for (let rep = 0; rep < repeats; rep++) {
    bare.push(await cpuRun("bare", bursts));
    bot.push(await cpuRun("bot", bursts));
    console.log(`  … ${JSON.stringify({ bare: bare.at(-1), bot: bot.at(-1) })}`);
  }
  const med = (runs: CpuRun[], key: keyof CpuRun) => percentile(runs.map((r) => r[key]), 0.5);
  // Each instance next to the bare one started just before it: what else the machine did falls on both alike.
  const pairs = (key: keyof CpuRun) => bot.map((r, i) => r[key] / bare[i]![key]);
  const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
  return {
    title: "webhook, CPU per update and memory next to a bare grammY bot (same run)",
    rows: [
      {
        name: "webhook CPU per update",
        values: {
          instances: `${repeats} each`,
          "bot/bare ms": `${med(bot, "cpuPerUpdateMs").toFixed(3)}/${med(bare, "cpuPerUpdateMs").toFixed(3)}`,
          "ratio, median of pairs": percentile(pairs("cpuPerUpdateMs"), 0.5).toFixed(2),
          "ratio per pair": spread(pairs("cpuPerUpdateMs")),
          "RSS bot/bare MB": `${med(bot, "rssMb").toFixed(0)}/${med(bare, "rssMb").toFixed(0)}`,
          "ratio RSS, median of pairs": percentile(pairs("rssMb"), 0.5).toFixed(2),
          "ratio RSS per pair": spread(pairs("rssMb")),
          "load average": `${load.toFixed(1)}→${loadavg()[0]!.toFixed(1)}`,
        },
      },
    ],
  };
}
