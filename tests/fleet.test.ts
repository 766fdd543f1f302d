// Several instances on one PostgreSQL database (each its own pool and sender, as separate processes would be):
// every subscriber gets exactly one tip, the fleet stays under the rate limit, a dead sender's work is finished.
import type { Update } from "grammy/types";
import pino from "pino";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createBot } from "../src/bot/create-bot.ts";
import { confirmation } from "../src/bot/features/tips.ts";
import { hashId } from "../src/curation/hash.ts";
import { holdEngine } from "../src/engine.ts";
import type { Tip } from "../src/knowledge/schema.ts";
import { openPostgres } from "../src/storage/postgres.ts";
import type { Storage } from "../src/storage/storage.ts";
import { systemClock } from "../src/tips/clock.ts";
import {
  createSender,
  type DailyTipsDeps,
  type DailyTipsHandle,
  DEFAULT_DAILY_OPTIONS,
  planDue,
  startDailyTips,
} from "../src/tips/daily.ts";
import { BOT_USER, FakeTelegram, TOKEN } from "./fake-telegram/server.ts";
import { button, person, RECORDS_KEY, realEngine, repliesAfter } from "./helpers/bot-harness.ts";
import { realKnowledge } from "./helpers/knowledge.ts";
import { freshPostgresDatabase } from "./helpers/postgres.ts";

let tips: Tip[];
beforeAll(async () => {
  tips = (await realKnowledge()).tips;
});

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c().catch(() => {});
});

const PER_SECOND = 100;

interface Send {
  chatId: number;
  tipId: string;
  at: number;
  by: string;
}

/** An instance: its own storage (pool) and sender; `kill()` stops it dead, as SIGKILL would. */
async function instance(url: string, name: string, sends: Send[], leaseMs = 1_000) {
  const storage = await openPostgres(url, { poolSize: 3, recordsKey: RECORDS_KEY });
  let dead = false;
  // Telegram takes the requests but answers none: the moment a SIGKILL leaves sends cut off mid-way.
  let unanswered = false;
  const deps: DailyTipsDeps = {
    ...DEFAULT_DAILY_OPTIONS,
    owner: name,
    perSecond: PER_SECOND,
    leaseMs,
    storage,
    clock: systemClock,
    tips: () => tips,
    send: async (chatId, tip) => {
      if (dead) return new Promise<void>(() => {});
      // The pacer spaces the starts of sends (Telegram counts requests as they arrive).
      const at = Date.now();
      sends.push({ chatId, tipId: tip.id, at, by: name });
      if (unanswered) return new Promise<void>(() => {});
      await new Promise((resolve) => setTimeout(resolve, 2)); // a round trip to Telegram
    },
  };
  let handle: DailyTipsHandle | undefined;
  const self = {
    storage,
    deps,
    start(tickMs = 100) {
      handle = startDailyTips(deps, tickMs);
    },
    /** Sends from now on reach Telegram but their answers never come back. */
    stopAnswering() {
      unanswered = true;
    },
    async kill() {
      // Its sends never return and its connections (and with them the sender lock) are gone; its claims stay.
      dead = true;
      await storage.close();
    },
    async stop() {
      if (dead) return;
      await handle?.stop();
      await storage.close();
    },
  };
  cleanup.push(() => self.stop());
  return self;
}

async function subscribe(storage: Storage, count: number): Promise<number[]> {
  const chats = Array.from({ length: count }, (_, i) => 5_000_000_000 + i);
  await Promise.all(chats.map((chat) => storage.upsertSubscriber(chat, 0, "UTC", 0)));
  return chats;
}

function perChat(sends: readonly Send[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const s of sends) counts.set(s.chatId, (counts.get(s.chatId) ?? 0) + 1);
  return counts;
}

/** The most sends in any one-second window. */
function peakPerSecond(sends: readonly Send[]): number {
  const at = sends.map((s) => s.at).sort((a, b) => a - b);
  let peak = 0;
  for (let i = 0, j = 0; i < at.length; i++) {
    while (at[i]! - at[j]! >= 1_000) j++;
    peak = Math.max(peak, i - j + 1);
  }
  return peak;
}

/**
 * Three instances share 300 due subscribers; the one sending is killed once 100 tips are out, with sends under way:
 * they reached Telegram, and the sender never heard back.
 */
async function killSenderMidBroadcast(tickMs?: number) {
  const url = await freshPostgresDatabase();
  const sends: Send[] = [];
  const fleet = await Promise.all(["a", "b", "c"].map((n) => instance(url, n, sends)));
  const chats = await subscribe(fleet[0]!.storage, 300);
  for (const i of fleet) i.start(tickMs);
  await vi.waitFor(() => expect(sends.length).toBeGreaterThanOrEqual(100), 15_000);
  const sender = fleet.find((i) => i.deps.owner === sends[0]!.by)!;
  sender.stopAnswering();
  await new Promise((resolve) => setTimeout(resolve, 200));
  await sender.kill();
  return { sends, chats, sender };
}

describe("several instances on one PostgreSQL database", () => {
  it("three senders claiming at once get disjoint deliveries: each subscriber exactly one tip", async () => {
    const url = await freshPostgresDatabase();
    const sends: Send[] = [];
    const fleet = await Promise.all(["a", "b", "c"].map((n) => instance(url, n, sends)));
    const chats = await subscribe(fleet[0]!.storage, 150);
    // No sender lock here: only the claims keep them apart.
    await Promise.all(fleet.map((i) => planDue(i.storage, Date.now())));
    const reports = await Promise.all(fleet.map((i) => createSender({ ...i.deps, batchSize: 10 }).run()));
    expect(reports.reduce((n, r) => n + r.sent, 0)).toBe(150);
    expect(new Set(sends.map((s) => s.by)).size).toBeGreaterThan(1);
    const counts = perChat(sends);
    expect(chats.filter((c) => counts.get(c) !== 1)).toEqual([]);
    expect(await fleet[0]!.storage.pendingDeliveries()).toEqual([]);
  });

  it("three running instances: one sends, under the rate limit, each subscriber exactly once", async () => {
    const url = await freshPostgresDatabase();
    const sends: Send[] = [];
    const fleet = await Promise.all(["a", "b", "c"].map((n) => instance(url, n, sends)));
    const chats = await subscribe(fleet[0]!.storage, 250);
    for (const i of fleet) i.start();
    await vi.waitFor(() => expect(sends.length).toBeGreaterThanOrEqual(250), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 300)); // a few more ticks: nothing more goes out
    const counts = perChat(sends);
    expect(chats.filter((c) => counts.get(c) !== 1)).toEqual([]);
    expect(sends).toHaveLength(250);
    expect(new Set(sends.map((s) => s.by)).size).toBe(1);
    expect(peakPerSecond(sends)).toBeLessThanOrEqual(PER_SECOND);
  });

  it("the sender dies mid-broadcast: after its lease another instance finishes — 0 lost, 0 duplicated", async () => {
    const { sends, chats, sender } = await killSenderMidBroadcast();
    const killedAt = Date.now();
    const sentBefore = sends.length;
    await vi.waitFor(() => expect(sends.length).toBeGreaterThanOrEqual(300), 20_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const counts = perChat(sends);
    expect(chats.filter((c) => (counts.get(c) ?? 0) === 0)).toEqual([]); // lost
    expect(chats.filter((c) => (counts.get(c) ?? 0) > 1)).toEqual([]); // duplicated
    const takenOver = sends.slice(sentBefore).filter((s) => s.by !== sender.deps.owner);
    expect(takenOver.length).toBeGreaterThan(0);
    // The dead sender's claims were left alone until its lease ran out.
    expect(Math.min(...takenOver.map((s) => s.at)) - killedAt).toBeGreaterThanOrEqual(0);
    expect(peakPerSecond(sends)).toBeLessThanOrEqual(PER_SECOND);
  });

  it("another instance takes a dead sender's broadcast over within seconds, not at its next tick", async () => {
    // Ticks a minute apart, as by default: only the first one falls inside this test.
    const { sends, chats } = await killSenderMidBroadcast(60_000);
    await vi.waitFor(() => expect(new Set(sends.map((s) => s.chatId)).size).toBe(chats.length), 15_000);
    expect(new Set(sends.map((s) => s.by)).size).toBe(2);
  }, 40_000);

  it("another instance goes on with a dead sender's broadcast within a fraction of a second, under the rate", async () => {
    const { sends, chats, sender } = await killSenderMidBroadcast(60_000);
    const killedAt = Date.now();
    await vi.waitFor(() => expect(sends.some((s) => s.by !== sender.deps.owner)).toBe(true), 15_000);
    // The lock is granted to a waiting instance the moment the dead sender's connection ends (no next try to wait
    // for), and the new sender waits a few slots, not a whole second, before its first send.
    const next = Math.min(...sends.filter((s) => s.by !== sender.deps.owner).map((s) => s.at));
    expect(next - killedAt).toBeLessThan(800);
    await vi.waitFor(() => expect(new Set(sends.map((s) => s.chatId)).size).toBe(chats.length), 15_000);
    expect(peakPerSecond(sends)).toBeLessThanOrEqual(PER_SECOND);
  }, 40_000);

  it("a starting instance never resends what a live sender holds", async () => {
    const url = await freshPostgresDatabase();
    const sends: Send[] = [];
    const live = await instance(url, "live", sends, 60_000);
    const chats = await subscribe(live.storage, 20);
    await planDue(live.storage, Date.now());
    // The live sender holds every delivery and is slow to send them.
    const claimed = await live.storage.claimDeliveries("live", Date.now(), 60_000, 100);
    expect(claimed).toHaveLength(20);
    const starting = await instance(url, "starting", sends);
    starting.start(50);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sends).toEqual([]);
    expect((await starting.storage.pendingDeliveries()).every((d) => d.claimedBy === "live")).toBe(true);
    expect(chats).toHaveLength(20);
  });

  it("the /daily dialogue works when its steps land on different instances", async () => {
    const url = await freshPostgresDatabase();
    const fake = await new FakeTelegram().start();
    cleanup.push(() => fake.close());
    const engine = holdEngine(await realEngine());
    const bots = await Promise.all(
      [1, 2].map(async () => {
        const storage = await openPostgres(url, { poolSize: 2, recordsKey: RECORDS_KEY });
        cleanup.push(() => storage.close());
        return createBot({
          token: TOKEN,
          apiRoot: fake.url,
          engine,
          logger: pino({ level: "silent" }),
          botInfo: BOT_USER,
          storage,
          clock: systemClock,
          hash: (id) => hashId(RECORDS_KEY, id),
          recorder: undefined,
          admin: { adminIds: new Set(), reload: () => realEngine() },
        });
      }),
    );
    // Updates go to the instances in turn, as a load balancer may send them.
    let offset = 0;
    let turn = 0;
    const deliver = async () => {
      const response = await fetch(`${fake.url}/bot${TOKEN}/getUpdates`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ offset, timeout: 0 }),
      });
      const { result } = (await response.json()) as { result: Update[] };
      for (const update of result) {
        offset = update.update_id + 1;
        await bots[turn++ % bots.length]!.handleUpdate(update);
      }
    };
    const who = person();
    const asked = fake.sendText(who.chat, who.user, "/daily");
    await deliver();
    const [question] = await repliesAfter(fake, who.chat, asked.message_id);
    fake.press(who.chat, who.user, question!.message_id, button(question!, "08:00"));
    await deliver();
    const zones = fake.botMessages(who.chat.id).find((m) => m.message_id === question!.message_id)!;
    fake.press(who.chat, who.user, question!.message_id, button(zones, "Europe/Berlin"));
    await deliver();
    const confirmed = fake.botMessages(who.chat.id).find((m) => m.message_id === question!.message_id)!;
    expect(confirmed.text).toBe(confirmation(8, "Europe/Berlin"));
    expect(turn).toBe(3);
  });
});
