// Daily-tips benchmark: a 10,000-subscriber broadcast through the fake Bot API, and the cost of one scheduler tick.
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot } from "grammy";
import { tipSender } from "../src/bot/features/tips.ts";
import type { Engine } from "../src/engine.ts";
import { holdEngine } from "../src/engine.ts";
import { openSqlite } from "../src/storage/sqlite.ts";
import { systemClock } from "../src/tips/clock.ts";
import { DEFAULT_DAILY_OPTIONS, deliverAll, dueJobs } from "../src/tips/daily.ts";
import { COMMON_ZONES } from "../src/tips/time-zones.ts";
import { BOT_USER, FakeTelegram, TOKEN } from "../tests/fake-telegram/server.ts";
import { temporaryDatabase } from "../tests/helpers/bot-harness.ts";
import { percentile, type Report } from "./stats.ts";

/**
 * Telegram allows about 30 messages a second; 10,000 at that rate take 333 s. The bench raises the limit
 * proportionally instead (fake API and broadcaster both at 30 × SCALE), so the floor is 333 s / SCALE.
 */
const SCALE = 10;

export async function benchTips(engine: Engine): Promise<Report> {
  const subscribers = 10_000;
  const perSecond = 30 * SCALE;
  const fake = await new FakeTelegram({ sendRatePerSecond: perSecond }).start();
  const storage = openSqlite(temporaryDatabase());
  const bot = new Bot(TOKEN, { client: { apiRoot: fake.url }, botInfo: BOT_USER });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 }));
  storage.db.exec("BEGIN");
  for (let i = 1; i <= subscribers; i++) await storage.upsertSubscriber(1_000_000 + i, 0, "UTC", 0);
  storage.db.exec("COMMIT");

  const holder = holdEngine(engine);
  const started = performance.now();
  const report = await deliverAll(
    {
      ...DEFAULT_DAILY_OPTIONS,
      perSecond,
      storage,
      clock: systemClock,
      tips: () => engine.kb.tips,
      send: tipSender(bot.api, holder, storage),
    },
    await dueJobs(storage, Date.now()),
  );
  const seconds = (performance.now() - started) / 1000;
  const floor = subscribers / perSecond;
  let lost = 0;
  let duplicated = 0;
  for (let i = 1; i <= subscribers; i++) {
    const n = fake.botMessages(1_000_000 + i).length;
    if (n === 0) lost++;
    if (n > 1) duplicated += n - 1;
  }
  const throttled = fake.calls.filter((c) => c.error?.startsWith("Too Many Requests")).length;
  await fake.close();
  await storage.close();

  // One scheduler tick over 100,000 subscribers in 15 time zones, a third of them already served today.
  const big = openSqlite(temporaryDatabase());
  big.db.exec("BEGIN");
  const now = Date.now();
  for (let i = 1; i <= 100_000; i++) {
    const zone = COMMON_ZONES[i % COMMON_ZONES.length]!;
    await big.upsertSubscriber(i, i % 24, zone, 0);
  }
  big.db.exec("COMMIT");
  const first = await dueJobs(big, now);
  for (const job of first.slice(0, Math.floor(first.length / 3)))
    await big.reserveDelivery(job.chatId, job.localDate, "tip-01", false, now);
  const ticks: number[] = [];
  let due = 0;
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    due = (await dueJobs(big, now)).length;
    ticks.push(performance.now() - t);
  }
  await big.close();

  return {
    title: `daily tips (broadcast limit raised ×${SCALE}: ${perSecond} msg/s, floor ${floor.toFixed(1)} s ≙ 333 s at 30 msg/s)`,
    rows: [
      {
        name: "10,000 subscribers",
        values: {
          seconds: seconds.toFixed(2),
          "over floor": `${(((seconds - floor) / floor) * 100).toFixed(1)}%`,
          sent: report.sent,
          lost,
          duplicated,
          "429s": throttled,
        },
      },
      {
        name: "tick, 100k subscribers",
        values: { due, "p50 ms": percentile(ticks, 0.5).toFixed(1), "max ms": Math.max(...ticks).toFixed(1) },
      },
    ],
  };
}
