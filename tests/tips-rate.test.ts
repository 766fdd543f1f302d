// The daily broadcast at Telegram's own rate, through the real sender and Bot API client, against the fake Bot API
// over HTTP, on virtual time whose timers fire late as on a loaded machine: Telegram must never refuse a tip (429).
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createBroadcastApi } from "../src/bot/create-bot.ts";
import { tipSender } from "../src/bot/features/tips.ts";
import { holdEngine } from "../src/engine.ts";
import { openSqlite } from "../src/storage/sqlite.ts";
import { createSender, DEFAULT_DAILY_OPTIONS, planDue, type TickReport } from "../src/tips/daily.ts";
import { FakeTelegram, TOKEN } from "./fake-telegram/server.ts";
import { RECORDS_KEY, realEngine, temporaryDatabase } from "./helpers/bot-harness.ts";
import { busiestSecond } from "./helpers/rate.ts";
import { LOADED_MACHINE, virtualClock } from "./helpers/virtual-clock.ts";

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0)) await close();
});

/** A broadcast to `subscribers` at `perSecond`, the fake Bot API allowing the same rate. */
async function broadcast(
  subscribers: number,
  perSecond: number,
  seed: number,
  prepare?: (fake: FakeTelegram) => void,
  /** How long each recording of a sent tip takes the database (a busy server), in virtual ms. */
  slowRecordMs = 0,
) {
  const clock = virtualClock(Date.UTC(2026, 0, 15, 12), LOADED_MACHINE, seed);
  const fake = await new FakeTelegram({ sendRatePerSecond: perSecond, clock: clock.now }).start();
  prepare?.(fake);
  const storage = openSqlite(temporaryDatabase(), undefined, { recordsKey: RECORDS_KEY });
  closing.push(
    () => fake.close(),
    () => storage.close(),
  );
  for (let i = 1; i <= subscribers; i++) await storage.upsertSubscriber(1_000 + i, 0, "UTC", 0);
  await planDue(storage, clock.now());
  const engine = holdEngine(await realEngine());
  const api = createBroadcastApi(TOKEN, fake.url, pino({ level: "silent" }));
  // Time stands still while a request is under way (its wait for a retry included).
  let underWay = 0;
  api.config.use(async (prev, method, payload, signal) => {
    underWay++;
    try {
      return await prev(method, payload, signal);
    } finally {
      underWay--;
    }
  });
  const recorded = storage.finishDelivery;
  const sender = createSender({
    ...DEFAULT_DAILY_OPTIONS,
    owner: "rate-test",
    perSecond,
    storage: {
      ...storage,
      finishDelivery: async (...args) => {
        if (slowRecordMs > 0) await clock.sleep(slowRecordMs);
        return recorded(...args);
      },
    },
    clock,
    tips: () => engine.current().kb.tips,
    send: tipSender(api, engine),
  });
  const report: TickReport = await clock.drive(sender.run(), () => underWay > 0);
  const tips = fake.callsOf("sendMessage").filter((c) => c.ok);
  const times = tips.map((c) => c.at);
  const refused = fake.calls.filter((c) => c.error?.startsWith("Too Many Requests"));
  return {
    report,
    tips,
    refusedCalls: refused,
    refused: refused.length,
    delivered: new Set(tips.map((c) => c.params.chat_id)).size,
    seconds: (Math.max(...times) - Math.min(...times)) / 1000,
    busiest: busiestSecond(times),
  };
}

describe("the daily broadcast at Telegram's rate", () => {
  it.each([1, 2, 3])(
    "1,500 tips at 30 a second, timers late as on a loaded machine (seed %i): no 429, near the floor",
    async (seed) => {
      const r = await broadcast(1_500, 30, seed);
      expect(r.report).toMatchObject({ sent: 1_500, failed: 0 });
      expect(r.delivered).toBe(1_500);
      expect(r.refused).toBe(0);
      expect(r.busiest).toBeLessThanOrEqual(30);
      expect(r.seconds / 50).toBeLessThan(1.05);
    },
    60_000,
  );

  it("a database slow to record each sent tip does not slow the broadcast: the next tip does not wait for it", async () => {
    const r = await broadcast(300, 30, 1, undefined, 250);
    expect(r.report).toMatchObject({ sent: 300, failed: 0, unconfirmed: 0 });
    expect(r.delivered).toBe(300);
    // Each worker waiting for its record held three workers to 12 a second (2.5 times the floor).
    expect(r.seconds / 10).toBeLessThan(1.1);
  });

  it("a tip refused with 429 goes again after retry_after in a slot of its own; the others keep the rate", async () => {
    const r = await broadcast(300, 30, 1, (fake) =>
      fake.failNext("sendMessage", {
        status: 429,
        description: "Too Many Requests: retry after 1",
        retry_after: 1,
      }),
    );
    expect(r.report).toMatchObject({ sent: 300, failed: 0 });
    expect(r.delivered).toBe(300);
    expect(r.refused).toBe(1);
    const refused = r.refusedCalls[0]!;
    const resent = r.tips.find((c) => c.params.chat_id === refused.params.chat_id);
    expect(resent!.at - refused.at).toBeGreaterThanOrEqual(1_000);
    // Meanwhile the others are sent at the rate (29 in that second, 30 less the slot the resend takes later).
    expect(
      r.tips.filter((c) => c.at > refused.at && c.at < refused.at + 1_000).length,
    ).toBeGreaterThanOrEqual(25);
    expect(r.busiest).toBeLessThanOrEqual(30);
  });
});
