import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Tip } from "../src/knowledge/schema.ts";
import { MIGRATIONS, openSqlite } from "../src/storage/sqlite.ts";
import type { Storage } from "../src/storage/storage.ts";
import {
  type DailyTipsDeps,
  DEFAULT_DAILY_OPTIONS,
  deliverAll,
  dueJobs,
  RecipientGoneError,
  recoverPending,
} from "../src/tips/daily.ts";
import { localTime } from "../src/tips/local-time.ts";
import { nextTip } from "../src/tips/rotation.ts";
import { type FakeClock, fakeClock, temporaryDatabase } from "./helpers/bot-harness.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

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
  /** One scheduler tick at `instant`. */
  tickAt(instant: number): Promise<void>;
}

function world(path = temporaryDatabase(), send?: DailyTipsDeps["send"]): World {
  const storage = openSqlite(path);
  opened.push(storage);
  const clock = fakeClock();
  const sent: World["sent"] = [];
  const deps: DailyTipsDeps = {
    ...DEFAULT_DAILY_OPTIONS,
    storage,
    clock,
    tips: () => tips,
    send:
      send ??
      (async (chatId, tip) => {
        sent.push({ chatId, tipId: tip.id, at: clock.now() });
      }),
  };
  return {
    storage,
    clock,
    sent,
    deps,
    tickAt: async (instant) => {
      clock.set(instant);
      await deliverAll(deps, await dueJobs(storage, instant));
    },
  };
}

const utc = (y: number, mo: number, d: number, h: number, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe("local time", () => {
  it("knows the local day and hour in zones with DST and half-hour offsets", async () => {
    expect(localTime(utc(2026, 3, 29, 1), "Europe/Berlin")).toEqual({ date: "2026-03-29", hour: 3 });
    expect(localTime(utc(2026, 1, 15, 2, 30), "Asia/Kolkata")).toEqual({ date: "2026-01-15", hour: 8 });
    expect(localTime(utc(2026, 1, 15, 23), "Asia/Tokyo")).toEqual({ date: "2026-01-16", hour: 8 });
  });
});

describe("one tip per subscriber per local day", () => {
  it("DST forward in Berlin: an hour that does not exist is served at the next one", async () => {
    const w = world();
    await w.storage.upsertSubscriber(1, 2, "Europe/Berlin", 0);
    await w.tickAt(utc(2026, 3, 29, 0, 59)); // 01:59 CET
    expect(w.sent).toHaveLength(0);
    await w.tickAt(utc(2026, 3, 29, 1, 0)); // 03:00 CEST: 02:00 was skipped by the clock change
    await w.tickAt(utc(2026, 3, 29, 2, 0));
    expect(w.sent.map((s) => s.chatId)).toEqual([1]);
  });

  it("DST forward in New York, same rule", async () => {
    const w = world();
    await w.storage.upsertSubscriber(1, 2, "America/New_York", 0);
    await w.tickAt(utc(2026, 3, 8, 6, 30)); // 01:30 EST
    expect(w.sent).toHaveLength(0);
    await w.tickAt(utc(2026, 3, 8, 7, 0)); // 03:00 EDT
    expect(w.sent).toHaveLength(1);
  });

  it("DST back in Berlin: the repeated hour does not send twice", async () => {
    const w = world();
    await w.storage.upsertSubscriber(1, 2, "Europe/Berlin", 0);
    await w.tickAt(utc(2026, 10, 25, 0, 0)); // 02:00 CEST
    await w.tickAt(utc(2026, 10, 25, 1, 0)); // 02:00 CET, again
    await w.tickAt(utc(2026, 10, 25, 12, 0));
    expect(w.sent).toHaveLength(1);
  });

  it("DST back in New York: the repeated hour does not send twice", async () => {
    const w = world();
    await w.storage.upsertSubscriber(1, 1, "America/New_York", 0);
    await w.tickAt(utc(2026, 11, 1, 5, 0)); // 01:00 EDT
    await w.tickAt(utc(2026, 11, 1, 6, 0)); // 01:00 EST
    expect(w.sent).toHaveLength(1);
  });

  it("a half-hour zone (Asia/Kolkata) gets its tip at its own 08:00", async () => {
    const w = world();
    await w.storage.upsertSubscriber(1, 8, "Asia/Kolkata", 0);
    await w.tickAt(utc(2026, 1, 15, 2, 29)); // 07:59 IST
    expect(w.sent).toHaveLength(0);
    await w.tickAt(utc(2026, 1, 15, 2, 30)); // 08:00 IST
    expect(w.sent).toHaveLength(1);
  });

  it("catches up late the same day after downtime, and skips a day that has passed", async () => {
    const w = world();
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
    const w = world();
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
    const w = world();
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
    const w = world();
    await w.storage.upsertSubscriber(7, 8, "UTC", 0);
    for (let day = 1; day <= tips.length + 3; day++)
      await w.tickAt(utc(2026, 1, 1, 8) + (day - 1) * 86_400_000);
    const first = w.sent.slice(0, tips.length).map((s) => s.tipId);
    expect(new Set(first).size).toBe(tips.length);
    const next = w.sent.slice(tips.length).map((s) => s.tipId);
    expect(new Set(next).size).toBe(next.length);
    expect(next[0]).not.toBe(first.at(-1));
  });

  it("gives different subscribers different orders", async () => {
    expect(nextTip(tips, new Set(), 1).tip.id).not.toBe(nextTip(tips, new Set(), 2).tip.id);
  });
});

describe("Telegram's limits and failures", () => {
  it("paces sends to at most 30 per second", async () => {
    const w = world();
    for (let chat = 1; chat <= 90; chat++) await w.storage.upsertSubscriber(chat, 8, "UTC", 0);
    await w.tickAt(utc(2026, 1, 1, 8));
    expect(w.sent).toHaveLength(90);
    for (let i = 30; i < w.sent.length; i++)
      expect(w.sent[i]!.at - w.sent[i - 30]!.at).toBeGreaterThanOrEqual(1000);
  });

  it("marks a subscriber who blocked the bot inactive", async () => {
    const w = world(temporaryDatabase(), async () => {
      throw new RecipientGoneError("Forbidden: bot was blocked by the user");
    });
    await w.storage.upsertSubscriber(1, 8, "UTC", 0);
    await w.tickAt(utc(2026, 1, 1, 8));
    expect((await w.storage.getSubscriber(1))?.active).toBe(false);
    expect(await w.storage.getDelivery(1, "2026-01-01")).toMatchObject({ status: "failed", attempts: 1 });
  });

  it("retries other errors with backoff, then records the delivery as failed", async () => {
    let calls = 0;
    const w = world(temporaryDatabase(), async () => {
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

describe("crash safety", () => {
  it("a crash after reserving resends the same tip on restart: nothing lost, nothing twice", async () => {
    const path = temporaryDatabase();
    const delivered: number[] = [];
    // The first process sends five tips; the sixth send never returns, because the process is killed there.
    const first = world(path, async (chatId) => {
      if (delivered.length === 5) return new Promise<void>(() => {});
      delivered.push(chatId);
    });
    first.deps.concurrency = 1;
    for (let chat = 1; chat <= 10; chat++) await first.storage.upsertSubscriber(chat, 8, "UTC", 0);
    deliverAll(first.deps, await dueJobs(first.storage, utc(2026, 1, 1, 8))).catch(() => {});
    await vi.waitFor(async () => {
      expect(delivered).toHaveLength(5);
      expect(await first.storage.pendingDeliveries()).toHaveLength(1);
    });
    const reservedTip = (await first.storage.pendingDeliveries())[0]!;
    await first.storage.close();
    opened.splice(opened.indexOf(first.storage), 1);

    const second = world(path, async (chatId, tip) => {
      delivered.push(chatId);
      if (chatId === reservedTip.chatId) expect(tip.id).toBe(reservedTip.tipId);
    });
    const resumed = await recoverPending(second.storage, utc(2026, 1, 1, 9));
    expect(resumed).toEqual([{ chatId: 6, localDate: "2026-01-01", tipId: reservedTip.tipId }]);
    second.clock.set(utc(2026, 1, 1, 9));
    await deliverAll(second.deps, resumed);
    await second.tickAt(utc(2026, 1, 1, 9));
    await second.tickAt(utc(2026, 1, 1, 10));
    expect(delivered.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("expires a pending delivery whose local day has passed", async () => {
    const w = world();
    await w.storage.upsertSubscriber(1, 8, "UTC", 0);
    await w.storage.reserveDelivery(1, "2026-01-01", tips[0]!.id, false, 0);
    expect(await recoverPending(w.storage, utc(2026, 1, 2, 9))).toEqual([]);
    expect((await w.storage.getDelivery(1, "2026-01-01"))?.status).toBe("expired");
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

  it("allows one delivery per subscriber and local day", async () => {
    const w = world();
    expect(await w.storage.reserveDelivery(1, "2026-01-01", "tip-01", false, 0)).toBe(true);
    expect(await w.storage.reserveDelivery(1, "2026-01-01", "tip-02", false, 0)).toBe(false);
    expect((await w.storage.getDelivery(1, "2026-01-01"))?.tipId).toBe("tip-01");
  });
});
