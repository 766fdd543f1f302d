// Daily-tips benchmark: a 10,000-subscriber broadcast through the fake Bot API — one process on SQLite, then three
// webhook instances (real `node src/main.ts` processes) on one PostgreSQL database, and the same with the sending
// instance SIGKILLed mid-way — and the cost of planning one tick. Every wait has a deadline and says what it saw.
import { writeFileSync } from "node:fs";
import pg from "pg";
import pino from "pino";
import { createBroadcastApi } from "../src/bot/create-bot.ts";
import { tipSender } from "../src/bot/features/tips.ts";
import type { Engine } from "../src/engine.ts";
import { holdEngine } from "../src/engine.ts";
import { openPostgres } from "../src/storage/postgres.ts";
import { openSqlite } from "../src/storage/sqlite.ts";
import type { Storage } from "../src/storage/storage.ts";
import { systemClock } from "../src/tips/clock.ts";
import { createSender, DEFAULT_DAILY_OPTIONS, planDue } from "../src/tips/daily.ts";
import { COMMON_ZONES } from "../src/tips/time-zones.ts";
import { FakeTelegram, TOKEN } from "../tests/fake-telegram/server.ts";
import { temporaryDatabase } from "../tests/helpers/bot-harness.ts";
import { type BotProcess, killStarted, startServingBot } from "../tests/helpers/bot-process.ts";
import { busiestSecond } from "../tests/helpers/rate.ts";
import { type Cluster, startCluster } from "../tests/postgres/cluster.ts";
import { START_FLAGS } from "./flags.ts";
import { percentile, type Report } from "./stats.ts";

/**
 * Telegram allows about 30 messages a second; 10,000 at that rate take 333 s. By default the bench raises the limit
 * tenfold (fake API and bot both at 300/s, floor 33.3 s); BENCH_TIPS_PER_SECOND=30 runs at Telegram's own rate.
 */
const PER_SECOND = Number(process.env.BENCH_TIPS_PER_SECOND ?? 300);
const SUBSCRIBERS = 10_000;
const FIRST_CHAT = 1_000_000;
/**
 * The fleet's tip lease (TIPS_LEASE_SECONDS): how soon a killed sender's claims are taken over. The default, 60 s,
 * scaled with the rate like everything else, so that it ends as far before the broadcast does as it would at 30/s.
 */
const LEASE_SECONDS = Math.max(1, Math.round((60 * 30) / PER_SECOND));
/**
 * Which broadcasts to run (BENCH_TIPS_RUNS, comma-separated: sqlite, pg, kill, plan; all by default): at 30/s each
 * broadcast takes about six minutes, so the killed run can be repeated alone.
 */
const RUNS = new Set((process.env.BENCH_TIPS_RUNS ?? "sqlite,pg,kill,plan").split(",").map((r) => r.trim()));
/** The fleet shares one key for hashing chat ids, as RECORDS_KEY gives every instance of a real fleet. */
const RECORDS_KEY = "bench-records-key-0123456789abcdef0123456789abcdef";

const log = (line: string) => console.log(`  … ${line}`);

interface Outcome {
  /** First tip sent → last tip sent. */
  seconds: number;
  sent: number;
  lost: number;
  duplicated: number;
  throttled: number;
  /** Most tips that started in any one second. */
  busiestSecond: number;
  /** Time in pauses between tips longer than three slots of the rate. */
  stalledSeconds: number;
  longestPauseSeconds: number;
}

const sends = (fake: FakeTelegram) => fake.callsOf("sendMessage").filter((c) => c.ok);

function tally(fake: FakeTelegram): Outcome {
  const perChat = new Map<number, number>();
  const times: number[] = [];
  for (const c of sends(fake)) {
    const chat = Number(c.params.chat_id);
    perChat.set(chat, (perChat.get(chat) ?? 0) + 1);
    times.push(c.at);
  }
  let lost = 0;
  let duplicated = 0;
  for (let i = 1; i <= SUBSCRIBERS; i++) {
    const n = perChat.get(FIRST_CHAT + i) ?? 0;
    if (n === 0) lost++;
    if (n > 1) duplicated += n - 1;
  }
  const throttled = fake.calls.filter((c) => c.error?.startsWith("Too Many Requests")).length;
  const seconds = times.length > 1 ? (Math.max(...times) - Math.min(...times)) / 1000 : 0;
  // Where the time over the floor went: pauses between consecutive tips longer than three slots.
  const slot = 1000 / PER_SECOND;
  const sorted = [...times].sort((a, b) => a - b);
  let stalled = 0;
  let longest = 0;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]! - sorted[i - 1]!;
    if (gap > 3 * slot) stalled += gap - slot;
    longest = Math.max(longest, gap);
  }
  return {
    seconds,
    sent: times.length,
    lost,
    duplicated,
    throttled,
    busiestSecond: busiestSecond(times),
    stalledSeconds: stalled / 1000,
    longestPauseSeconds: longest / 1000,
  };
}

function row(name: string, o: Outcome, floor: number, extra: Record<string, string | number> = {}) {
  return {
    name,
    values: {
      seconds: o.seconds.toFixed(2),
      "÷ floor": (o.seconds / floor).toFixed(3),
      sent: o.sent,
      lost: o.lost,
      duplicated: o.duplicated,
      "429s": o.throttled,
      "busiest second": o.busiestSecond,
      "in pauses s": o.stalledSeconds.toFixed(2),
      "longest s": o.longestPauseSeconds.toFixed(2),
      ...extra,
    },
  };
}

/** Waits until `done` says so, logging `progress` every 5 s; past `deadlineMs` it throws with the last progress. */
async function until(
  what: string,
  deadlineMs: number,
  done: () => Promise<boolean>,
  progress: () => string,
): Promise<void> {
  const started = performance.now();
  let said = started;
  for (;;) {
    if (await done()) return;
    const now = performance.now();
    if (now - started > deadlineMs)
      throw new Error(
        `bench tips: ${what} not done after ${(deadlineMs / 1000).toFixed(0)} s: ${progress()}`,
      );
    if (now - said >= 5_000) {
      said = now;
      log(`${what}: ${progress()}, ${((now - started) / 1000).toFixed(0)} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Where a kill's time went, in seconds from the kill. */
interface Handover {
  /** The victim's last tip (negative: before the kill). */
  victimLast: number;
  /** The next instance's first tip. */
  successorFirst: number;
  /** The victim's claims left pending at the kill, and when the first and last of them went out. */
  leftBehind: number;
  leftFirst: number;
  leftLast: number;
  /** Pauses longer than three slots after the kill, beyond the handover: count and sum. */
  laterPauses: number;
  laterPausedSeconds: number;
}

function handover(fake: FakeTelegram, victim: string, killedAt: number, leftBehind: number[]): Handover {
  const all = sends(fake);
  const since = (t: number) => (t - killedAt) / 1000;
  const byVictim = all.filter((c) => c.via === victim);
  const successor = all.filter((c) => c.via !== victim && c.at >= killedAt);
  const left = new Set(leftBehind);
  const leftSends = all.filter((c) => left.has(Number(c.params.chat_id))).map((c) => c.at);
  const after = successor.map((c) => c.at).sort((a, b) => a - b);
  const slot = 1000 / PER_SECOND;
  let pauses = 0;
  let paused = 0;
  for (let i = 1; i < after.length; i++) {
    const gap = after[i]! - after[i - 1]!;
    if (gap > 3 * slot) {
      pauses++;
      paused += gap - slot;
    }
  }
  return {
    victimLast: since(Math.max(...byVictim.map((c) => c.at))),
    successorFirst: after.length > 0 ? since(after[0]!) : Number.NaN,
    leftBehind: left.size,
    leftFirst: leftSends.length > 0 ? since(Math.min(...leftSends)) : Number.NaN,
    leftLast: leftSends.length > 0 ? since(Math.max(...leftSends)) : Number.NaN,
    laterPauses: pauses,
    laterPausedSeconds: paused / 1000,
  };
}

/** How long a broadcast may take before the bench gives up on it: three times the floor, and a minute more. */
const broadcastDeadlineMs = () => (3 * SUBSCRIBERS * 1000) / PER_SECOND + 60_000;

/** One process on SQLite: plan once, send everything. */
async function sqliteBroadcast(engine: Engine): Promise<Outcome> {
  const fake = await new FakeTelegram({ sendRatePerSecond: PER_SECOND }).start();
  const storage = openSqlite(temporaryDatabase(), undefined, { recordsKey: RECORDS_KEY });
  try {
    storage.db.exec("BEGIN");
    for (let i = 1; i <= SUBSCRIBERS; i++) await storage.upsertSubscriber(FIRST_CHAT + i, 0, "UTC", 0);
    storage.db.exec("COMMIT");
    // The broadcast's own client, as `src/main.ts` makes it.
    const api = createBroadcastApi(TOKEN, fake.url, pino({ level: "silent" }));
    await planDue(storage, Date.now());
    const run = createSender({
      ...DEFAULT_DAILY_OPTIONS,
      owner: "bench",
      perSecond: PER_SECOND,
      storage,
      clock: systemClock,
      tips: () => engine.kb.tips,
      send: tipSender(api, holdEngine(engine)),
    }).run();
    let finished = false;
    void run.finally(() => {
      finished = true;
    });
    await until(
      "SQLite, 1 process",
      broadcastDeadlineMs(),
      async () => finished,
      () => `${sends(fake).length.toLocaleString("en")} sent`,
    );
    await run;
    return tally(fake);
  } finally {
    await fake.close();
    await storage.close();
  }
}

/** A zone where it is about noon now, so a run never straddles a local midnight; hour 0 is due all day. */
function noonZone(): string {
  const offset = 12 - new Date().getUTCHours();
  return offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}

/** An empty schema of its own on the server (only CREATE on the database needed), and the URL that uses it. */
async function freshSchema(server: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const schema = `bench_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  const url = new URL(server);
  url.searchParams.set("options", `-c search_path=${schema}`);
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP SCHEMA ${schema} CASCADE`);
      await c.end();
    },
  };
}

/**
 * Three webhook instances (`node src/main.ts` with the default tick) on one PostgreSQL database. With `kill`, the
 * instance sending when half the tips are out is SIGKILLed and not restarted: its lock goes with its connection,
 * another instance takes it within a second or two, and its claims once their lease runs out.
 */
async function fleetBroadcast(
  server: string,
  kill: boolean,
): Promise<Outcome & { startToFirst: number; handover?: Handover }> {
  const name = kill ? "PG, 3 instances, 1 killed" : "PG, 3 instances";
  const fake = await new FakeTelegram({ sendRatePerSecond: PER_SECOND }).start();
  const { url, drop } = await freshSchema(server);
  const fleet: BotProcess[] = [];
  try {
    const setup = await openPostgres(url, { poolSize: 10, recordsKey: RECORDS_KEY });
    const zone = noonZone();
    for (let i = 1; i <= SUBSCRIBERS; i += 500)
      await Promise.all(
        Array.from({ length: Math.min(500, SUBSCRIBERS - i + 1) }, (_, k) =>
          setup.upsertSubscriber(FIRST_CHAT + i + k, 0, zone, Date.now()),
        ),
      );
    await setup.close();

    const startedAt = Date.now();
    const env = (label: string) => ({
      BOT_TOKEN: TOKEN,
      // The label in the path tells the fake which instance sent a tip.
      TELEGRAM_API_ROOT: `${fake.url}/${label}`,
      DATABASE_URL: url,
      RECORDS_KEY,
      WEBHOOK_URL: "https://bot.example/hook",
      WEBHOOK_SECRET: "bench_secret",
      INSTANCE_ID: label,
      TIPS_PER_SECOND: String(PER_SECOND),
      // Ticks (planning) a minute apart, as by default: a dead sender's work is taken over between them.
      TIPS_LEASE_SECONDS: String(LEASE_SECONDS),
    });
    // Started as `npm start` and the Docker image start it.
    const args = [...START_FLAGS, "src/main.ts"];
    // A busy machine may take longer than the tests allow to start three processes at once.
    fleet.push(
      ...(await Promise.all(["i1", "i2", "i3"].map((label) => startServingBot(env(label), args, 90_000)))),
    );
    log(`${name}: 3 instances serving after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);

    const watch = new pg.Client({ connectionString: url });
    await watch.connect();
    let killed: string | undefined;
    let killedAt = 0;
    let leftBehind: number[] = [];
    try {
      await until(
        name,
        broadcastDeadlineMs(),
        async () => {
          const sent = sends(fake);
          if (kill && !killed && sent.length >= SUBSCRIBERS / 2) {
            killed = sent.at(-1)!.via!;
            const victim = fleet[Number(killed.slice(1)) - 1]!;
            killedAt = Date.now();
            victim.child.kill("SIGKILL");
            await victim.exited();
            // The victim's claims still pending: taken over once their lease runs out.
            const held = await watch.query<{ chat_id: string }>(
              "SELECT chat_id FROM deliveries WHERE status = 'pending' AND claimed_by LIKE $1",
              [`${killed}/%`],
            );
            leftBehind = held.rows.map((r) => Number(r.chat_id));
            log(`${name}: ${killed} (the sender) killed at ${sent.length.toLocaleString("en")} sent`);
          }
          // Done when nothing is left pending (a delivery cut off by the kill is recorded failed, not resent).
          const { rows } = await watch.query<{ total: number; pending: number }>(
            "SELECT count(*)::int AS total, count(*) FILTER (WHERE status = 'pending')::int AS pending FROM deliveries",
          );
          return rows[0]!.total >= SUBSCRIBERS && rows[0]!.pending === 0;
        },
        () => {
          const sent = sends(fake);
          const by = new Map<string, number>();
          for (const c of sent) by.set(c.via ?? "?", (by.get(c.via ?? "?") ?? 0) + 1);
          return `${sent.length.toLocaleString("en")} sent (${[...by].map(([k, v]) => `${k} ${v}`).join(", ")})`;
        },
      );
      // Nothing pending means the killed sender's claims were taken over too; a resend would be among the sends.
      if (kill) await new Promise((resolve) => setTimeout(resolve, 1_000));
    } finally {
      await watch.end();
    }
    const outcome = tally(fake);
    // BENCH_TIPS_DUMP=file: every sendMessage call as the fake saw it, to look into what came before a 429.
    if (process.env.BENCH_TIPS_DUMP)
      writeFileSync(
        `${process.env.BENCH_TIPS_DUMP}.${kill ? "kill" : "pg"}.json`,
        JSON.stringify(
          fake
            .callsOf("sendMessage")
            .map((c) => ({ at: c.at, via: c.via, chat: Number(c.params.chat_id), ok: c.ok, error: c.error })),
        ),
      );
    const first = Math.min(...sends(fake).map((c) => c.at));
    return {
      ...outcome,
      startToFirst: (first - startedAt) / 1000,
      ...(killed ? { handover: handover(fake, killed, killedAt, leftBehind) } : {}),
    };
  } finally {
    for (const bot of fleet) if (bot.child.exitCode === null) bot.child.kill("SIGTERM");
    await Promise.all(fleet.map((bot) => bot.exited()));
    await fake.close();
    await drop().catch(() => {});
  }
}

export async function benchTips(engine: Engine): Promise<Report> {
  const floor = SUBSCRIBERS / PER_SECOND;
  const rows: Report["rows"] = [];
  const done = (r: Report["rows"][number]) => {
    rows.push(r);
    log(
      `${r.name}: ${Object.entries(r.values)
        .map(([k, v]) => `${k}=${v}`)
        .join("  ")}`,
    );
  };
  console.log(
    `\ndaily tips at ${PER_SECOND} msg/s (Telegram's is about 30): 10,000 subscribers, floor ${floor.toFixed(1)} s`,
  );
  if (RUNS.has("sqlite")) done(row("10,000, SQLite, 1 proc", await sqliteBroadcast(engine), floor));

  let cluster: Cluster | undefined;
  const given = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  try {
    if (!given && (RUNS.has("pg") || RUNS.has("kill"))) {
      log("starting a throwaway PostgreSQL cluster (set BENCH_DATABASE_URL to use a server of your own)");
      cluster = await startCluster();
      const started = cluster;
      // Killed by the bench's hard timeout (process.exit): the server must not outlive it.
      process.once("exit", () => started.stopNow());
    }
    const server = given ?? cluster?.url ?? "";
    for (const kill of [false, true]) {
      if (!RUNS.has(kill ? "kill" : "pg")) continue;
      const o = await fleetBroadcast(server, kill);
      const h = o.handover;
      done(
        row(kill ? "…sender SIGKILLed at half" : "10,000, PG, 3 instances", o, floor, {
          "start → first tip s": o.startToFirst.toFixed(1),
          ...(kill ? { lease: `${LEASE_SECONDS} s` } : {}),
          ...(h
            ? {
                "kill → victim's last / next first tip s": `${h.victimLast.toFixed(2)} / ${h.successorFirst.toFixed(2)}`,
                "its claims left, sent at s": `${h.leftBehind}, ${h.leftFirst.toFixed(1)}–${h.leftLast.toFixed(1)}`,
                "pauses after, n / s": `${h.laterPauses} / ${h.laterPausedSeconds.toFixed(2)}`,
              }
            : {}),
        }),
      );
    }
  } finally {
    killStarted();
    await cluster?.stop();
  }

  if (!RUNS.has("plan"))
    return {
      title: `daily tips (${PER_SECOND} msg/s, floor ${floor.toFixed(1)} s${PER_SECOND === 30 ? "" : ` ≙ 333 s at 30 msg/s`}; seconds are first tip → last tip)`,
      rows,
    };
  // Planning one tick over 100,000 subscribers in 15 time zones, a third of them already planned today.
  const big = openSqlite(temporaryDatabase(), undefined, { recordsKey: RECORDS_KEY });
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
  done({
    name: "plan tick, 100k subs",
    values: { planned, "p50 ms": percentile(ticks, 0.5).toFixed(1), "max ms": Math.max(...ticks).toFixed(1) },
  });

  return {
    title: `daily tips (${PER_SECOND} msg/s, floor ${floor.toFixed(1)} s${PER_SECOND === 30 ? "" : ` ≙ 333 s at 30 msg/s`}; seconds are first tip → last tip)`,
    rows,
  };
}
