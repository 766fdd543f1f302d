// Starts the real bot (createBot + @grammyjs/runner) against the fake Bot API and offers a person's view of a chat.

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import pino, { type Logger } from "pino";
import { afterEach } from "vitest";
import type { BotContext } from "../../src/bot/context.ts";
import { createBot } from "../../src/bot/create-bot.ts";
import { startPolling } from "../../src/bot/polling.ts";
import { hashId } from "../../src/curation/hash.ts";
import { createRecorder } from "../../src/curation/recorder.ts";
import { type Engine, type EngineHolder, holdEngine, loadEngine } from "../../src/engine.ts";
import { openStorage } from "../../src/storage/open.ts";
import type { Storage } from "../../src/storage/storage.ts";
import type { Clock } from "../../src/tips/clock.ts";
import {
  BOT_USER,
  type Chat,
  FakeTelegram,
  type FakeTelegramOptions,
  type ShownMessage,
  TOKEN,
  type User,
} from "../fake-telegram/server.ts";
import { KNOWLEDGE_DIR } from "./knowledge.ts";

/** The key the harness's bot hashes ids with. */
export const RECORDS_KEY = "test-records-key-0123456789abcdef0123456789";

let engine: Promise<Engine> | undefined;
export function realEngine(): Promise<Engine> {
  engine ??= loadEngine(KNOWLEDGE_DIR);
  return engine;
}

export interface Harness {
  fake: FakeTelegram;
  bot: Bot<BotContext>;
  runner: RunnerHandle;
  engine: EngineHolder;
  storage: Storage;
  databasePath: string;
  clock: FakeClock;
  stop(): Promise<void>;
}

/** A clock tests move by hand; sleeping resolves at once (waits are not what these tests measure). */
export interface FakeClock extends Clock {
  set(instant: number): void;
}

export function fakeClock(start = Date.UTC(2026, 0, 15, 12)): FakeClock {
  let now = start;
  return {
    now: () => now,
    set: (instant) => {
      now = instant;
    },
    sleep: async (ms) => {
      now += ms;
    },
  };
}

export function temporaryDatabase(): string {
  return join(mkdtempSync(join(tmpdir(), "bot-db-")), "bot.sqlite");
}

export async function startBot(
  options: {
    fake?: FakeTelegramOptions;
    /** A SQLite file (a temporary one by default) or a postgres:// URL. */
    databasePath?: string;
    adminIds?: number[];
    knowledgeDir?: string;
    recordQuestions?: boolean;
    /** Where the bot logs (silent unless given). */
    logger?: Logger;
  } = {},
): Promise<Harness> {
  const fake = await new FakeTelegram(options.fake).start();
  const holder = holdEngine(await realEngine());
  const databasePath = options.databasePath ?? temporaryDatabase();
  const storage = await openStorage(databasePath, { poolSize: 4, recordsKey: RECORDS_KEY });
  const clock = fakeClock(Date.now());
  const bot = createBot({
    token: TOKEN,
    apiRoot: fake.url,
    engine: holder,
    logger: options.logger ?? pino({ level: "silent" }),
    botInfo: BOT_USER,
    storage,
    clock,
    hash: (id) => hashId(RECORDS_KEY, id),
    recorder: options.recordQuestions === false ? undefined : createRecorder(storage),
    admin: {
      adminIds: new Set(options.adminIds ?? []),
      reload: () => loadEngine(options.knowledgeDir ?? KNOWLEDGE_DIR),
    },
  });
  const runner = startPolling(bot, { timeoutSeconds: 1 });
  let stopped = false;
  return {
    fake,
    bot,
    runner,
    engine: holder,
    storage,
    databasePath,
    clock,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // The runner may wait on a request the fake never answers (a "crash" test): do not wait for it.
      void runner.stop();
      await storage.close();
      await fake.close();
    },
  };
}

/** A `bot()` starter for a test file: every harness it starts is stopped after each test. */
export function botsPerTest(): (options?: Parameters<typeof startBot>[0]) => Promise<Harness> {
  const started: Harness[] = [];
  afterEach(async () => {
    for (const h of started.splice(0)) await h.stop();
  });
  return async (options = {}) => {
    const h = await startBot(options);
    started.push(h);
    return h;
  };
}

let nextId = 1000;
export function person(name = "Ann"): { user: User; chat: Chat } {
  const id = nextId++;
  return { user: { id, is_bot: false, first_name: name }, chat: { id, type: "private", first_name: name } };
}

/**
 * Whether a text holds an id as a number of its own: a process id or a hash that happens to hold its digits
 * ("pid":1000417, "…a1000f…") is not it.
 */
export function holdsId(text: string, id: number): boolean {
  return new RegExp(`(?<![\\w-])${id}(?![\\w])`).test(text);
}

export function group(): Chat {
  return { id: -nextId++, type: "supergroup", title: "Lab techs" };
}

/** Sends text and waits until the bot has sent `count` messages after it; returns them. */
export async function ask(
  fake: FakeTelegram,
  chat: Chat,
  user: User,
  text: string,
  count = 1,
  timeoutMs = 8_000,
): Promise<ShownMessage[]> {
  const { message_id } = fake.sendText(chat, user, text);
  return repliesAfter(fake, chat, message_id, count, timeoutMs);
}

export function repliesAfter(
  fake: FakeTelegram,
  chat: Chat,
  messageId: number,
  count = 1,
  timeoutMs = 8_000,
): Promise<ShownMessage[]> {
  return fake.waitFor(
    () => {
      const replies = fake.botMessages(chat.id).filter((m) => m.message_id > messageId);
      return replies.length >= count ? replies : undefined;
    },
    timeoutMs,
    `${count} bot message(s) after #${messageId} in chat ${chat.id}`,
  );
}

export function buttons(message: ShownMessage): { text: string; data: string }[] {
  return (message.reply_markup?.inline_keyboard ?? [])
    .flat()
    .map((b) => ({ text: b.text, data: b.callback_data ?? "" }));
}

export function button(message: ShownMessage, text: string | RegExp): string {
  const found = buttons(message).find((b) =>
    typeof text === "string" ? b.text === text : text.test(b.text),
  );
  if (!found)
    throw new Error(
      `no button ${String(text)} in: ${buttons(message)
        .map((b) => b.text)
        .join(" | ")}`,
    );
  return found.data;
}
