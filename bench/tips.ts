// Daily-tips benchmark: a 10,000-subscriber broadcast through the fake Bot API — one process on SQLite, then three
// instances on one PostgreSQL database (and the same with the sending instance killed mid-way) — and the cost of
// planning one tick.
import { autoRetry } from "@grammyjs/auto-retry";
import { Bot } from "grammy";
import { tipSender } from "../src/bot/features/tips.ts";
import type { Engine } from "../src/engine.ts";
import { holdEngine } from "../src/engine.ts";
import { openPostgres } from "../src/storage/postgres.ts";
import { openSqlite } from "../src/storage/sqlite.ts";
import type { Storage } from "../src/storage/storage.ts";
import { systemClock } from "../src/tips/clock.ts";
import {
  createSender,
  type DailyTipsDeps,
  DEFAULT_DAILY_OPTIONS,
  planDue,
  startDailyTips,
} from "../src/tips/daily.ts";
import { COMMON_ZONES } from "../src/tips/time-zones.ts";
import { BOT_USER, FakeTelegram, TOKEN } from "../tests/fake-telegram/server.ts";
import { temporaryDatabase } from "../tests/helpers/bot-harness.ts";
import { type Cluster, startCluster } from "../tests/postgres/cluster.ts";
import { percentile, type Report } from "./stats.ts";

/**
 * Telegram allows about 30 messages a second; 10,000 at that rate take 333 s. The bench raises the limit
 * proportionally instead (fake API and broadcaster both at 30 × SCALE), so the floor is 333 s / SCALE.
 */
const SCALE = 10;
const SUBSCRIBERS = 10_000;
const FIRST_CHAT = 1_000_000;
/** The fleet shares one key for hashing chat ids, as RECORDS_KEY gives every instance of a real fleet. */
const BENCH_RECORDS_KEY = "bench-records-key-0123456789abcdef0123456789abcdef";

interface Outcome {
  seconds: number;
  sent: number;
  lost: number;
  duplicated: number;
  throttled: number;
}

function tally(fake: FakeTelegram, seconds: number): Outcome {
  let lost = 0;
  let duplicated = 0;
  let sent = 0;
  for (let i = 1; i <= SUBSCRIBERS; i++) {
    const n = fake.botMessages(FIRST_CHAT + i).length;
    sent += n;
    if (n === 0) lost++;
    if (n > 1) duplicated += n - 1;
  }
  const throttled = fake.calls.filter((c) => c.error?.startsWith("Too Many Requests")).length;
  return { seconds, sent, lost, duplicated, throttled };
}

function row(name: string, o: Outcome, floor: number, extra: Record<string, string | number> = {}) {
  return {
    name,
    values: {
      seconds: o.seconds.toFixed(2),
      "over floor": `${(((o.seconds - floor) / floor) * 100).toFixed(1)}%`,
      sent: o.sent,
      lost: o.lost,
      duplicated: o.duplicated,
      "429s": o.throttled,
      ...extra,
    },
  };
}

function botFor(fake: FakeTelegram): Bot {
  const bot = new Bot(TOKEN, { client: { apiRoot: fake.url }, botInfo: BOT_USER });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 }));
  return bot;
}

async function subscribe(storage: Storage & { pool?: unknown }, count: number): Promise<void> {
  for (let i = 1; i <= count; i += 1_000)
    await Promise.all(
      Array.from({ length: Math.min(1_000, count - i + 1) }, (_, k) =>
        storage.upsertSubscriber(FIRST_CHAT + i + k, 0, "UTC", 0),
      ),
    );
}

/** One process on SQLite: plan once, send everything. */
async function sqliteBroadcast(engine: Engine, perSecond: number): Promise<Outcome> {
  const fake = await new FakeTelegram({ sendRatePerSecond: perSecond }).start();
  const storage = openSqlite(temporaryDatabase(), undefined, { recordsKey: BENCH_RECORDS_KEY });
  storage.db.exec("BEGIN");
  for (let i = 1; i <= SUBSCRIBERS; i++) await storage.upsertSubscriber(FIRST_CHAT + i, 0, "UTC", 0);
  storage.db.exec("COMMIT");
  const bot = botFor(fake);
  const holder = holdEngine(engine);
  const started = performance.now();
  await planDue(storage, Date.now());
  await createSender({
    ...DEFAULT_DAILY_OPTIONS,
    owner: "bench",
    perSecond,
    storage,
    clock: systemClock,
    tips: () => engine.kb.tips,
    send: tipSender(bot.api, holder),
  }).run();
  const outcome = tally(fake, (performance.now() - started) / 1000);
  await fake.close();
  await storage.close();
  return outcome;
}

/**
 * Three instances (each its own pool and sender) on one PostgreSQL database, ticking every second. With `killAt`,
 * the instance holding the sender lock dies once that many tips went out: its sends stop unanswered, its
 * connections close, its claims stay until their lease runs out.
 */
async function fleetBroadcast(
  engine: Engine,
  url: string,
  perSecond: number,
  killAt?: number,
): Promise<Outcome & { leaseMs: number }> {
  const fake = await new FakeTelegram({ sendRatePerSecond: perSecond }).start();
  const leaseMs = 3_000;
  const setup = await openPostgres(url, { poolSize: 10 });
  await setup.pool.query("TRUNCATE subscribers, deliveries, seen_tips");
  await subscribe(setup, SUBSCRIBERS);
  await setup.close();

  const holder = holdEngine(engine);
  const instances = await Promise.all(
    [1, 2, 3].map(async (n) => {
      const storage = await openPostgres(url, { poolSize: 4, recordsKey: BENCH_RECORDS_KEY });
      const bot = botFor(fake);
      const realSend = tipSender(bot.api, holder);
      const state = { dead: false, sent: 0 };
      const deps: DailyTipsDeps = {
        ...DEFAULT_DAILY_OPTIONS,
        owner: `bench-${n}`,
        perSecond,
        leaseMs,
        storage,
        clock: systemClock,
        tips: () => engine.kb.tips,
        send: async (chatId, tip) => {
          if (state.dead) return new Promise<void>(() => {});
          await realSend(chatId, tip);
          state.sent++;
        },
      };
      return { storage, state, tips: startDailyTips(deps, 1_000) };
    }),
  );
  const started = performance.now();
  let killed = false;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const delivered = fake.calls.filter((c) => c.method === "sendMessage" && !c.error).length;
    if (killAt !== undefined && !killed && delivered >= killAt) {
      const sender = instances.find((i) => i.state.sent > 0)!;
      sender.state.dead = true;
      killed = true;
      await sender.storage.close();
    }
    if (delivered >= SUBSCRIBERS) break;
    if (performance.now() - started > 600_000) break;
  }
  const outcome = tally(fake, (performance.now() - started) / 1000);
  for (const i of instances) if (!i.state.dead) await i.tips.stop();
  for (const i of instances) if (!i.state.dead) await i.storage.close();
  await fake.close();
  return { ...outcome, leaseMs };
}

export async function benchTips(engine: Engine): Promise<Report> {
  const perSecond = 30 * SCALE;
  const floor = SUBSCRIBERS / perSecond;
  const rows: Report["rows"] = [];
  rows.push(row("10,000, SQLite, 1 proc", await sqliteBroadcast(engine, perSecond), floor));

  let cluster: Cluster | undefined;
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  try {
    if (!given) cluster = await startCluster();
    const url = given ?? cluster!.url;
    rows.push(row("10,000, PG, 3 instances", await fleetBroadcast(engine, url, perSecond), floor));
    const killed = await fleetBroadcast(engine, url, perSecond, SUBSCRIBERS / 2);
    rows.push(row("…sender killed at half", killed, floor, { lease: `${killed.leaseMs / 1000} s` }));
  } catch (error) {
    rows.push({ name: "PostgreSQL fleet", values: { skipped: String(error).slice(0, 120) } });
  } finally {
    await cluster?.stop();
  }

  // Planning one tick over 100,000 subscribers in 15 time zones, a third of them already planned today.
  const big = openSqlite(temporaryDatabase());
  big.db.exec("BEGIN");
  const now = Date.now();
  for (let i = 1; i <= 100_000; i++) {
    const zone = COMMON_ZONES[i % COMMON_ZONES.length]!;
    await big.upsertSubscriber(i, i % 24, zone, 0);
  }
  big.db.exec("COMMIT");
  const zones = await big.activeTimeZones();
  await planDue(
    { ...big, activeTimeZones: async () => zones.slice(0, Math.ceil(zones.length / 3)) } as Storage,
    now,
  );
  const ticks: number[] = [];
  let planned = 0;
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    planned += await planDue(big, now);
    ticks.push(performance.now() - t);
  }
  await big.close();
  rows.push({
    name: "plan tick, 100k subs",
    values: { planned, "p50 ms": percentile(ticks, 0.5).toFixed(1), "max ms": Math.max(...ticks).toFixed(1) },
  });

  return {
    title: `daily tips (broadcast limit raised ×${SCALE}: ${perSecond} msg/s, floor ${floor.toFixed(1)} s ≙ 333 s at 30 msg/s)`,
    rows,
  };
}
