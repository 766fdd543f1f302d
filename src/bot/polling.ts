// Long polling with @grammyjs/runner: concurrent updates, bounded so that a burst is answered as it is fetched.
import { type RunnerHandle, run } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { BotContext } from "./context.ts";
import { ALLOWED_UPDATES } from "./create-bot.ts";

/**
 * Updates handled at once, at most. The runner's default (500) fetches the next hundred updates of a burst as soon
 * as the first hundred have started, so their matching runs before any of the first replies leaves: right after a
 * start, 200 chats at once waited for all 200. With this bound the next updates are fetched once half of those in
 * hand are answered. 50 replies in flight is still well above what Telegram accepts per second (about 30).
 */
export const POLLING_CONCURRENCY = 50;

export interface PollingOptions {
  /** Long-poll timeout in seconds (default 30, Telegram's usual; tests use 1). */
  timeoutSeconds?: number;
}

export function startPolling(bot: Bot<BotContext>, options: PollingOptions = {}): RunnerHandle {
  return run(bot, {
    runner: {
      fetch: {
        allowed_updates: ALLOWED_UPDATES,
        ...(options.timeoutSeconds === undefined ? {} : { timeout: options.timeoutSeconds }),
      },
    },
    sink: { concurrency: POLLING_CONCURRENCY },
  });
}
