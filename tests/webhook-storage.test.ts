// What a webhook update asks of PostgreSQL: each storage call is a round trip to the server, and every message pays
// for them in time and in the server's work, so a message makes two — its claim, which also reads the chat's
// dialogue and last answer, and its finish, which also keeps the answer it gave.
import type { Update } from "grammy/types";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../src/bot/create-bot.ts";
import { hashId } from "../src/curation/hash.ts";
import { holdEngine } from "../src/engine.ts";
import { openPostgres } from "../src/storage/postgres.ts";
import type { Storage } from "../src/storage/storage.ts";
import { systemClock } from "../src/tips/clock.ts";
import { BOT_USER, FakeTelegram, TOKEN } from "./fake-telegram/server.ts";
import { RECORDS_KEY, realEngine } from "./helpers/bot-harness.ts";
import { freshPostgresDatabase } from "./helpers/postgres.ts";
import { textUpdate } from "./helpers/webhook.ts";

const update = (id: number, chatId: number, text: string) => textUpdate(id, chatId, text) as Update;

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c().catch(() => {});
});

/** The storage as it is, with the name of every call made to it written down. */
function counted(storage: Storage, calls: string[]): Storage {
  return new Proxy(storage, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        calls.push(String(name));
        return value.apply(target, args);
      };
    },
  });
}

async function webhookBot() {
  const fake = await new FakeTelegram().start();
  cleanup.push(() => fake.close());
  const storage = await openPostgres(await freshPostgresDatabase(), { poolSize: 4, recordsKey: RECORDS_KEY });
  cleanup.push(() => storage.close());
  const calls: string[] = [];
  const store = counted(storage, calls);
  const bot = createBot({
    token: TOKEN,
    apiRoot: fake.url,
    engine: holdEngine(await realEngine()),
    logger: pino({ level: "silent" }),
    botInfo: BOT_USER,
    storage: store,
    claims: store,
    clock: systemClock,
    hash: (id) => hashId(RECORDS_KEY, id),
    recorder: undefined,
    admin: { adminIds: new Set(), reload: () => realEngine() },
  });
  return { fake, bot, calls };
}

describe("a webhook message on PostgreSQL", () => {
  it("makes two round trips: the claim reads the chat's state, the finish keeps the answer", async () => {
    const { fake, bot, calls } = await webhookBot();
    const chatId = 880_001;
    await bot.handleUpdate(update(1, chatId, "how much do lab techs make"));
    expect(calls.splice(0)).toEqual(["claimUpdate", "finishUpdate"]);
    // A follow-up, read against the answer the first message's finish kept.
    await bot.handleUpdate(update(2, chatId, "does that change depending on where you live?"));
    expect(calls.splice(0)).toEqual(["claimUpdate", "finishUpdate"]);
    const replies = fake.botMessages(chatId);
    expect(replies).toHaveLength(2);
    expect(replies[1]!.text).toContain("$60,290");
    // Small talk keeps no answer and reads nothing more either.
    await bot.handleUpdate(update(3, chatId, "hi"));
    expect(calls.splice(0)).toEqual(["claimUpdate", "finishUpdate"]);
  });

  it("reads a chat's second message, arriving while the first is handled, against the answer the first gave", async () => {
    const { fake, bot } = await webhookBot();
    const chatId = 880_002;
    await Promise.all([
      bot.handleUpdate(update(11, chatId, "how much do lab techs make")),
      bot.handleUpdate(update(12, chatId, "does that change depending on where you live?")),
    ]);
    const replies = fake.botMessages(chatId);
    expect(replies).toHaveLength(2);
    expect(replies.map((r) => r.text.includes("$60,290"))).toEqual([true, true]);
  });
});
