// CPU per update through one webhook instance, the bot next to the bare grammY bot; resident memory after the load.
// Both run at once and take their bursts in turn, so that what else the machine does falls on both alike.
import { loadavg } from "node:os";
import { FakeTelegram } from "../tests/fake-telegram/server.ts";
import { temporaryDatabase } from "../tests/helpers/bot-harness.ts";
import { percentile, type Report } from "./stats.ts";
import { burst, cpuMs, type Instance, type Kind, rssMb, serving, spawnInstance, stopAll } from "./webhook.ts";

const HOOK = { url: "https://bot.example/hook", secret: "bench_secret", maxConnections: 40 };
const CHATS = 200;

interface Served {
  fake: FakeTelegram;
  instance: Instance;
}

async function serve(kind: Kind): Promise<Served> {
  const fake = await new FakeTelegram().start();
  const instance = await spawnInstance(kind, "webhook", fake, temporaryDatabase());
  await serving(instance, "webhook", fake);
  fake.webhookTargets = [instance.url];
  fake.webhook = HOOK;
  return { fake, instance };
}

/** CPU of the instance's process, all threads, per update of one burst of 200 new chats. */
async function burstCpu({ fake, instance }: Served): Promise<number> {
  const before = cpuMs(instance.child.pid!);
  await burst(fake, CHATS);
  return (cpuMs(instance.child.pid!) - before) / CHATS;
}

/**
 * `starts` times (BENCH_REPEATS): a bare and a bot instance started side by side, three bursts each to warm up, then
 * `bursts` bursts each in turn (bare, bot, bare, bot …). A start's ratio is the bot's CPU over all its measured
 * bursts ÷ the bare bot's: a collection of the old generation lands in one burst, not in each, so burst-by-burst
 * ratios would swing with it. Figures are medians over the starts; resident sets after the load.
 */
export async function benchCpu(starts = Number(process.env.BENCH_REPEATS ?? 3), bursts = 8): Promise<Report> {
  const load = loadavg()[0]!;
  const runs: { bare: number; bot: number; rssBare: number; rssBot: number }[] = [];
  for (let start = 0; start < starts; start++) {
    const pair = { bare: await serve("bare"), bot: await serve("bot") };
    try {
      for (let round = 0; round < 3; round++) {
        await burst(pair.bare.fake, CHATS);
        await burst(pair.bot.fake, CHATS);
      }
      let bare = 0;
      let bot = 0;
      for (let round = 0; round < bursts; round++) {
        bare += await burstCpu(pair.bare);
        bot += await burstCpu(pair.bot);
      }
      runs.push({
        bare: bare / bursts,
        bot: bot / bursts,
        rssBare: rssMb(pair.bare.instance.child.pid!),
        rssBot: rssMb(pair.bot.instance.child.pid!),
      });
    } finally {
      await stopAll([pair.bare.instance, pair.bot.instance]);
      await pair.bare.fake.close();
      await pair.bot.fake.close();
    }
  }
  const med = (xs: number[]) => percentile(xs, 0.5);
  const cpuRatios = runs.map((r) => r.bot / r.bare);
  const rssRatios = runs.map((r) => r.rssBot / r.rssBare);
  const spread = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
  return {
    title: "webhook, CPU per update and memory next to a bare grammY bot (same run, bursts in turn)",
    rows: [
      {
        name: "webhook CPU per update",
        values: {
          "starts × bursts": `${starts} × ${bursts}`,
          "bot/bare ms": `${med(runs.map((r) => r.bot)).toFixed(2)}/${med(runs.map((r) => r.bare)).toFixed(2)}`,
          ratio: med(cpuRatios).toFixed(2),
          "ratio per start": spread(cpuRatios),
          "RSS after load bot/bare MB": `${med(runs.map((r) => r.rssBot)).toFixed(0)}/${med(runs.map((r) => r.rssBare)).toFixed(0)}`,
          "ratio RSS": med(rssRatios).toFixed(2),
          "ratio RSS per start": spread(rssRatios),
          "load average": `${load.toFixed(1)}→${loadavg()[0]!.toFixed(1)}`,
        },
      },
    ],
  };
}
