import { DatabaseSync } from "node:sqlite";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { hashId } from "../src/curation/hash.ts";
import { startRetention } from "../src/curation/retention.ts";
import type { Tip } from "../src/knowledge/schema.ts";
import { openStorage } from "../src/storage/open.ts";
import { MIGRATIONS, openSqlite } from "../src/storage/sqlite.ts";
import type { Storage } from "../src/storage/storage.ts";
import { systemClock } from "../src/tips/clock.ts";
import {
  createPacer,
  createSender,
  type DailyTipsDeps,
  DEFAULT_DAILY_OPTIONS,
  planDue,
  RecipientGoneError,
  type Sender,
  startDailyTips,
  type TickReport,
} from "../src/tips/daily.ts";
import { localTime } from "../src/tips/local-time.ts";
import { nextTip, tipOrder } from "../src/tips/rotation.ts";
import { type FakeClock, fakeClock, RECORDS_KEY, temporaryDatabase } from "./helpers/bot-harness.ts";
import { realKnowledge } from "./helpers/knowledge.ts";
import { freshPostgresDatabase } from "./helpers/postgres.ts";

let tips: Tip[];
beforeAll(async () => {
  tips = (await realKnowledge()).tips;
});

const opened: Storage[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

interface World {
  storage: Storage;
  clock: FakeClock;
  sent: { chatId: number; tipId: string; at: number }[];
  deps: DailyTipsDeps;
  sender: Sender;
  /** One scheduler tick at `instant`: plan, then send what this sender can claim. */
  tickAt(instant: number): Promise<TickReport>;
}

let owners = 0;
function world(storage: Storage, send?: DailyTipsDeps["send"]): World {
  const clock = fakeClock();
  const sent: World["sent"] = [];
  const deps: DailyTipsDeps = {
    ...DEFAULT_DAILY_OPTIONS,
    owner: `test-${++owners}`,
    storage,
    clock,
    tips: () => tips,
    send:
      send ??
      (async (chatId, tip) => {
        sent.push({ chatId, tipId: tip.id, at: clock.now() });
      }),
  };
  const sender = createSender(deps);
  return {
    storage,
    clock,
    sent,
    deps,
    sender,
    tickAt: async (instant) => {
      clock.set(instant);
      const planned = await planDue(storage, instant);
      return { ...(await sender.run()), planned };
    },
  };
}

const engines = [
  { name: "SQLite", create: async () => temporaryDatabase() },
  { name: "PostgreSQL", create: freshPostgresDatabase },
];

async function openAt(at: string): Promise<Storage> {
  const s = await openStorage(at, { poolSize: 4, recordsKey: RECORDS_KEY });
  opened.push(s);
  return s;
}

const utc = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

/** A clock whose timers fire only when the test moves time on: all at once, as after a stall of the process. */
function steppedClock(start = 0) {
  let now = start;
  const timers: { at: number; fire: () => void }[] = [];
  return {
    now: () => now,
    sleep: (ms: number) => new Promise<void>((fire) => timers.push({ at: now + ms, fire })),
    async advance(ms: number) {
      now += ms;
      for (const t of timers.splice(0)) {
        if (t.at <= now) t.fire();
        else timers.push(t);
      }
      for (let i = 0; i < 20; i++) await Promise.resolve();
    },
  };
}

describe("pacing", () => {
  it("does not start a bunch of sends at once when timers fire late together", async () => {
    const clock = steppedClock();
    const pacer = createPacer(30, clock);
    const starts: number[] = [];
    const send = async () => {
      await pacer.next();
      starts.push(clock.now());
    };
    // Three senders wait for their turns; the process is stalled for 200 ms, then a fourth comes.
    const waiting = [send(), send(), send()];
    await clock.advance(0);
    await clock.advance(200);
    waiting.push(send());
    for (let i = 0; i < 100; i++) await clock.advance(1);
    await Promise.all(waiting);
    expect(starts).toHaveLength(4);
    // At least half a slot apart, and one slot apart on average: the stall is not made up in a burst.
    for (let i = 1; i < starts.length; i++)
      expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(1000 / 60);
    expect(starts.at(-1)! - starts[1]!).toBeGreaterThanOrEqual((2 * 1000) / 30 - 1000 / 60);
  });
});

describe("local time", () => {
  it("knows the local day and hour in zones with DST and half-hour offsets", async () => {
    expect(localTime(utc(2026, 3, 29, 1), "Europe/Berlin")).toEqual({ date: "2026-03-29", hour: 3 });
    expect(localTime(utc(2026, 1, 15, 2, 30), "Asia/Kolkata")).toEqual({ date: "2026-01-15", hour: 8 });
    expect(localTime(utc(2026, 1, 15, 23), "Asia/Tokyo")).toEqual({ date: "2026-01-16", hour: 8 });
  });
});

describe.each(engines)("daily tips on $name", ({ create }) => {
  const fresh = async (send?: DailyTipsDeps["send"]) => world(await openAt(await create()), send);

  describe("one tip per subscriber per local day", () => {
    it("DST forward in Berlin: an hour that does not exist is served at the next one", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(1, 2, "Europe/Berlin", 0);
      await w.tickAt(utc(2026, 3, 29, 0, 59)); // 01:59 CET
      expect(w.sent).toHaveLength(0);
      await w.tickAt(utc(2026, 3, 29, 1, 0)); // 03:00 CEST: 02:00 was skipped by the clock change
      await w.tickAt(utc(2026, 3, 29, 2, 0));
      expect(w.sent.map((s) => s.chatId)).toEqual([1]);
    });

    it("DST forward in New York, same rule", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(1, 2, "America/New_York", 0);
      await w.tickAt(utc(2026, 3, 8, 6, 30)); // 01:30 EST
      expect(w.sent).toHaveLength(0);
      await w.tickAt(utc(2026, 3, 8, 7, 0)); // 03:00 EDT
      expect(w.sent).toHaveLength(1);
    });

    it("DST back in Berlin: the repeated hour does not send twice", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(1, 2, "Europe/Berlin", 0);
      await w.tickAt(utc(2026, 10, 25, 0, 0)); // 02:00 CEST
      await w.tickAt(utc(2026, 10, 25, 1, 0)); // 02:00 CET, again
      await w.tickAt(utc(2026, 10, 25, 12, 0));
      expect(w.sent).toHaveLength(1);
    });

    it("DST back in New York: the repeated hour does not send twice", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(1, 1, "America/New_York", 0);
      await w.tickAt(utc(2026, 11, 1, 5, 0)); // 01:00 EDT
      await w.tickAt(utc(2026, 11, 1, 6, 0)); // 01:00 EST
      expect(w.sent).toHaveLength(1);
    });

    it("a half-hour zone (Asia/Kolkata) gets its tip at its own 08:00", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(1, 8, "Asia/Kolkata", 0);
      await w.tickAt(utc(2026, 1, 15, 2, 29)); // 07:59 IST
      expect(w.sent).toHaveLength(0);
      await w.tickAt(utc(2026, 1, 15, 2, 30)); // 08:00 IST
      expect(w.sent).toHaveLength(1);
    });

    it("catches up late the same day after downtime, and skips a day that has passed", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(1, 8, "Europe/Berlin", 0);
      await w.tickAt(utc(2026, 1, 15, 5)); // 06:00, then the bot is down until 14:00
      await w.tickAt(utc(2026, 1, 15, 13)); // 14:00: sent late
      expect(w.sent).toHaveLength(1);
      // Down from 16 Jan 06:00 until 17 Jan 07:00: the 16th is not sent the next morning.
      await w.tickAt(utc(2026, 1, 17, 6)); // 07:00 on the 17th
      expect(w.sent).toHaveLength(1);
      expect(await w.storage.getDelivery(1, "2026-01-16")).toBeUndefined();
      await w.tickAt(utc(2026, 1, 17, 7)); // 08:00 on the 17th
      expect(w.sent).toHaveLength(2);
    });

    it("rolls over at local midnight: the next day waits for the chosen hour", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(1, 8, "Asia/Tokyo", 0);
      await w.tickAt(utc(2026, 1, 14, 23)); // 08:00 on the 15th in Tokyo
      await w.tickAt(utc(2026, 1, 15, 14, 59)); // 23:59
      await w.tickAt(utc(2026, 1, 15, 15, 0)); // 00:00 on the 16th
      expect(w.sent).toHaveLength(1);
      await w.tickAt(utc(2026, 1, 15, 23)); // 08:00 on the 16th
      expect(w.sent).toHaveLength(2);
      expect(w.sent[0]!.tipId).not.toBe(w.sent[1]!.tipId);
    });

    it("stops after unsubscribe and continues the rotation after resubscribe", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(1, 8, "UTC", 0);
      await w.tickAt(utc(2026, 1, 1, 8));
      await w.storage.deactivate(1, "unsubscribed", 0);
      await w.tickAt(utc(2026, 1, 2, 8));
      expect(w.sent).toHaveLength(1);
      await w.storage.upsertSubscriber(1, 9, "UTC", 0);
      await w.tickAt(utc(2026, 1, 3, 8)); // before the new hour
      await w.tickAt(utc(2026, 1, 3, 9));
      expect(w.sent).toHaveLength(2);
      expect(w.sent[1]!.tipId).not.toBe(w.sent[0]!.tipId);
    });
  });

  describe("rotation", () => {
    it("shows every tip once before any repeats, over daily deliveries", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(7, 8, "UTC", 0);
      for (let day = 1; day <= tips.length + 3; day++)
        await w.tickAt(utc(2026, 1, 1, 8) + (day - 1) * 86_400_000);
      const first = w.sent.slice(0, tips.length).map((s) => s.tipId);
      expect(new Set(first).size).toBe(tips.length);
      const next = w.sent.slice(tips.length).map((s) => s.tipId);
      expect(new Set(next).size).toBe(next.length);
      expect(next[0]).not.toBe(first.at(-1));
    });

    it("gives different subscribers different orders, which cannot be worked out from a chat id", async () => {
      const first = (seed: string) => nextTip(tips, new Set(), seed).tip.id;
      expect(first(hashId(RECORDS_KEY, 1))).not.toBe(first(hashId(RECORDS_KEY, 2)));
      // The same chat under another key: the order depends on the key, which the database does not hold.
      const orders = (key: string) => tipOrder(tips, hashId(key, 1)).map((t) => t.id);
      expect(orders("another-key-0123456789abcdef0123456789")).not.toEqual(orders(RECORDS_KEY));
    });
  });

  describe("Telegram's limits and failures", () => {
    it("paces sends to at most 30 in any second, with a burst of at most one", async () => {
      const w = await fresh();
      // One send at a time: the fake clock's sleeps all return at once, so with several in flight the time a
      // send reads is not the time it was let go (tests/fleet.test.ts checks three in flight on a real clock).
      w.deps.concurrency = 1;
      for (let chat = 1; chat <= 90; chat++) await w.storage.upsertSubscriber(chat, 8, "UTC", 0);
      await w.tickAt(utc(2026, 1, 1, 8));
      expect(w.sent).toHaveLength(90);
      expect(w.sent.at(-1)!.at - w.sent[0]!.at).toBeGreaterThanOrEqual((89 * 1000) / 30 - 1000 / 60);
      for (let i = 30; i < w.sent.length; i++)
        expect(w.sent[i]!.at - w.sent[i - 30]!.at).toBeGreaterThanOrEqual(1000);
    });

    it("claims the next batch while the last of this one is being sent: a send never waits for the database", async () => {
      const events: string[] = [];
      const storage = await openAt(await create());
      const watched: Storage = {
        ...storage,
        claimDeliveries: async (...args) => {
          events.push("claiming");
          const claims = await storage.claimDeliveries(...args);
          events.push(`claim ${claims.length}`);
          return claims;
        },
      };
      const w = world(watched, async () => {
        events.push("send");
      });
      w.deps.batchSize = 10;
      w.deps.concurrency = 1;
      for (let chat = 1; chat <= 25; chat++) await w.storage.upsertSubscriber(chat, 8, "UTC", 0);
      await w.tickAt(utc(2026, 1, 1, 8));
      const sendsBefore = (i: number) => events.slice(0, i).filter((x) => x === "send").length;
      const starts = events.flatMap((e, i) => (e === "claiming" ? [sendsBefore(i)] : []));
      const claimed = events.filter((e) => e.startsWith("claim "));
      expect(claimed).toEqual(["claim 10", "claim 10", "claim 5", "claim 0"]);
      // The next batch is asked for once half of the batch before is out, not after its last send. When the
      // database answers depends on the machine's load, so the test checks when it was asked.
      expect(starts[1]).toBeGreaterThanOrEqual(5);
      expect(starts[1]).toBeLessThan(10);
      expect(events.filter((e) => e === "send")).toHaveLength(25);
    });

    it("sends each request right after its sending mark, though the mark's write is slow now and then", async () => {
      // A sender killed between its mark and its request loses that tip: nothing may wait in between.
      const storage = await openAt(await create());
      const marked = new Map<number, number>();
      let writes = 0;
      const w: World = world({
        ...storage,
        markSending: async (chatId, localDate, owner, sending, now) => {
          const held = await storage.markSending(chatId, localDate, owner, sending, now);
          if (sending && ++writes % 7 === 0) await w.clock.sleep(20);
          if (sending) marked.set(chatId, w.clock.now());
          return held;
        },
      });
      w.deps.concurrency = 1;
      for (let chat = 1; chat <= 90; chat++) await w.storage.upsertSubscriber(chat, 8, "UTC", 0);
      await w.tickAt(utc(2026, 1, 1, 8));
      expect(w.sent).toHaveLength(90);
      expect(w.sent.filter((s) => s.at !== marked.get(s.chatId))).toEqual([]);
      // A slow mark delays its own request only: the others keep the rate.
      for (let i = 30; i < w.sent.length; i++)
        expect(w.sent[i]!.at - w.sent[i - 30]!.at).toBeGreaterThanOrEqual(1000 - 20);
    });

    it("stays within a burst of one as Telegram counts, though a request leaves a few ms after its start", async () => {
      const w = await fresh();
      const arrived: number[] = [];
      w.deps.send = async () => {
        // Now and then other work runs between the admission and the request.
        arrived.push(w.clock.now() + (arrived.length % 7 === 0 ? 3 : 0));
      };
      w.deps.concurrency = 1;
      for (let chat = 1; chat <= 120; chat++) await w.storage.upsertSubscriber(chat, 8, "UTC", 0);
      await w.tickAt(utc(2026, 1, 1, 8));
      expect(arrived).toHaveLength(120);
      for (let i = 30; i < arrived.length; i++)
        expect(arrived[i]! - arrived[i - 30]!).toBeGreaterThanOrEqual(1000 - 3);
    });

    it("marks a subscriber who blocked the bot inactive", async () => {
      const w = await fresh(async () => {
        throw new RecipientGoneError("Forbidden: bot was blocked by the user");
      });
      await w.storage.upsertSubscriber(1, 8, "UTC", 0);
      await w.tickAt(utc(2026, 1, 1, 8));
      expect((await w.storage.getSubscriber(1))?.active).toBe(false);
      expect(await w.storage.getDelivery(1, "2026-01-01")).toMatchObject({ status: "failed", attempts: 1 });
    });

    it("retries other errors with backoff, then records the delivery as failed", async () => {
      let calls = 0;
      const w = await fresh(async () => {
        calls++;
        throw new Error("Internal Server Error");
      });
      await w.storage.upsertSubscriber(1, 8, "UTC", 0);
      const started = utc(2026, 1, 1, 8);
      await w.tickAt(started);
      expect(calls).toBe(DEFAULT_DAILY_OPTIONS.maxAttempts);
      expect(w.clock.now() - started).toBeGreaterThanOrEqual(DEFAULT_DAILY_OPTIONS.backoffMs * 3);
      expect((await w.storage.getDelivery(1, "2026-01-01"))?.status).toBe("failed");
      await w.tickAt(started + 3_600_000);
      expect(calls).toBe(DEFAULT_DAILY_OPTIONS.maxAttempts); // never retried forever
    });
  });

  describe("crash safety and several senders", () => {
    it("a sender that dies mid-broadcast: after its lease, another finishes — nothing lost, nothing twice", async () => {
      const at = await create();
      const delivered: number[] = [];
      // The first process sends five tips; the sixth reaches Telegram, but the process dies before the answer.
      const first = world(await openAt(at), async (chatId) => {
        delivered.push(chatId);
        if (delivered.length === 6) return new Promise<void>(() => {});
      });
      first.deps.concurrency = 1;
      for (let chat = 1; chat <= 10; chat++) await first.storage.upsertSubscriber(chat, 8, "UTC", 0);
      const start = utc(2026, 1, 1, 8);
      first.clock.set(start);
      await planDue(first.storage, start);
      first.sender.run().catch(() => {});
      await vi.waitFor(async () => {
        expect(delivered).toHaveLength(6);
        expect(await first.storage.pendingDeliveries()).toHaveLength(5);
      });
      expect((await first.storage.getDelivery(6, "2026-01-01"))!.claimedBy).toBe(first.deps.owner);

      const second = world(await openAt(at), async (chatId) => {
        delivered.push(chatId);
      });
      // While the first sender's lease runs, a second one takes none of its deliveries.
      expect(await second.tickAt(start + DEFAULT_DAILY_OPTIONS.leaseMs / 2)).toMatchObject({ claimed: 0 });
      // Then it sends what was never started; the one cut off while sending may have arrived: not sent again.
      expect(await second.tickAt(start + DEFAULT_DAILY_OPTIONS.leaseMs + 1_000)).toMatchObject({
        claimed: 4,
        sent: 4,
      });
      expect(await second.storage.getDelivery(6, "2026-01-01")).toMatchObject({ status: "failed" });
      await second.tickAt(start + 2 * 3_600_000);
      expect(delivered.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    });

    it("a sender that stops gives its unsent claims back at once", async () => {
      const at = await create();
      const first = world(await openAt(at));
      for (let chat = 1; chat <= 3; chat++) await first.storage.upsertSubscriber(chat, 8, "UTC", 0);
      await planDue(first.storage, utc(2026, 1, 1, 8));
      await first.storage.claimDeliveries(first.deps.owner, utc(2026, 1, 1, 8), 60_000, 10);
      await first.sender.stop();
      const second = world(await openAt(at));
      expect(await second.tickAt(utc(2026, 1, 1, 8, 1))).toMatchObject({ claimed: 3, sent: 3 });
    });

    it("expires a pending delivery whose local day has passed", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(1, 8, "UTC", 0);
      await planDue(w.storage, utc(2026, 1, 1, 9));
      expect(await w.tickAt(utc(2026, 1, 2, 7))).toMatchObject({ expired: 1, sent: 0 });
      expect((await w.storage.getDelivery(1, "2026-01-01"))?.status).toBe("expired");
      expect(w.sent).toEqual([]);
    });

    it("does not send to a subscriber who stopped after the delivery was planned", async () => {
      const w = await fresh();
      await w.storage.upsertSubscriber(1, 8, "UTC", 0);
      await planDue(w.storage, utc(2026, 1, 1, 9));
      await w.storage.deactivate(1, "unsubscribed", 0);
      expect(await w.tickAt(utc(2026, 1, 1, 9))).toMatchObject({ expired: 1, sent: 0 });
    });

    it("several planners at once add each delivery once", async () => {
      const at = await create();
      const instances = await Promise.all([openAt(at), openAt(at), openAt(at)]);
      for (let chat = 1; chat <= 50; chat++) await instances[0]!.upsertSubscriber(chat, 8, "UTC", 0);
      const planned = await Promise.all(instances.map((s) => planDue(s, utc(2026, 1, 1, 8))));
      expect(planned.reduce((a, b) => a + b, 0)).toBe(50);
      expect(await instances[0]!.pendingDeliveries()).toHaveLength(50);
    });
  });
});

describe("SQLite storage", () => {
  it("uses WAL, records its schema version and refuses a newer database", async () => {
    const path = temporaryDatabase();
    const s = openSqlite(path);
    expect((s.db.prepare("PRAGMA journal_mode").get() as { journal_mode: string }).journal_mode).toBe("wal");
    expect((s.db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get() as { v: number }).v).toBe(
      MIGRATIONS.length,
    );
    s.db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 0)").run();
    await s.close();
    expect(() => openSqlite(path)).toThrow(/newer than this program/);
  });
});

describe("storage faults", () => {
  /** Another connection holding SQLite's write lock, as a second process or a backup would. */
  function lockFromOutside(path: string): { release(): void } {
    const other = new DatabaseSync(path);
    other.exec("BEGIN IMMEDIATE");
    return {
      release: () => {
        other.exec("ROLLBACK");
        other.close();
      },
    };
  }

  it("a tip Telegram accepted is not sent again when the confirming write fails; the write is retried", async () => {
    const path = temporaryDatabase();
    const storage = openSqlite(path, MIGRATIONS, { busyTimeoutMs: 20, recordsKey: RECORDS_KEY });
    opened.push(storage);
    let lock: { release(): void } | undefined;
    const w = world(storage, async (chatId, tip) => {
      w.sent.push({ chatId, tipId: tip.id, at: w.clock.now() });
      // Right after Telegram's answer, the database is locked for longer than every confirming try.
      lock = lockFromOutside(path);
    });
    await storage.upsertSubscriber(1, 8, "UTC", 0);
    expect(await w.tickAt(utc(2026, 1, 1, 8))).toMatchObject({ sent: 1, unconfirmed: 1 });
    expect(w.sender.unconfirmed()).toBe(1);
    lock!.release();
    expect(await w.tickAt(utc(2026, 1, 1, 8, 5))).toMatchObject({ claimed: 0, unconfirmed: 0 });
    expect(await storage.getDelivery(1, "2026-01-01")).toMatchObject({ status: "sent", attempts: 1 });
    expect(w.sent).toHaveLength(1);
  });

  it("a failing transaction reports the real error, not a failed rollback", async () => {
    const storage = openSqlite(temporaryDatabase());
    opened.push(storage);
    const record = (at: number) => ({
      at,
      chatHash: "h",
      outcome: "none" as const,
      text: "x".repeat(500),
      normalized: "x",
      candidates: [],
      kbVersion: "1",
    });
    const pages = (storage.db.prepare("PRAGMA page_count").get() as { page_count: number }).page_count;
    storage.db.exec(`PRAGMA max_page_count = ${pages}`);
    await expect(storage.recordQuestions(Array.from({ length: 200 }, (_, i) => record(i)))).rejects.toThrow(
      /database or disk is full/,
    );
  });

  it("daily ticks and the retention purge log a read-only database and carry on", async () => {
    const storage = openSqlite(temporaryDatabase());
    opened.push(storage);
    await storage.upsertSubscriber(1, 0, "UTC", 0);
    await storage.recordQuestion({
      at: 0,
      chatHash: "h",
      outcome: "none",
      text: "old",
      normalized: "old",
      candidates: [],
      kbVersion: "1",
    });
    storage.db.exec("PRAGMA query_only = 1");
    const tipErrors: unknown[] = [];
    const purgeErrors: unknown[] = [];
    const tipsLoop = startDailyTips(
      {
        ...DEFAULT_DAILY_OPTIONS,
        owner: "read-only",
        storage,
        clock: systemClock,
        tips: () => tips,
        send: async () => {},
        onError: (_, error) => tipErrors.push(error),
      },
      10,
    );
    const retention = startRetention(storage, systemClock, 90, {
      intervalMs: 10,
      onError: (error) => purgeErrors.push(error),
    });
    // Ticks every 10 ms, but a loaded machine can starve the timers for longer than waitFor's default second.
    await vi.waitFor(
      () => {
        expect(tipErrors.length).toBeGreaterThanOrEqual(2);
        expect(purgeErrors.length).toBeGreaterThanOrEqual(2);
      },
      { timeout: 10_000 },
    );
    await tipsLoop.stop();
    await retention.stop();
    expect(String(purgeErrors[0])).toMatch(/readonly/);
  });
});

describe("the system clock", () => {
  it("treats a wait already past as no wait, without Node's negative-timeout warning", async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on("warning", onWarning);
    try {
      await systemClock.sleep(-920);
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    expect(warnings).not.toContain("TimeoutNegativeWarning");
  });
});
