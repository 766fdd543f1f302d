// Start-up: who the bot is (getMe) within a deadline, or one line saying why not — never the token.
import { type Bot, GrammyError } from "grammy";
import type { BotContext } from "./context.ts";
import { failureReason } from "./retry.ts";

export class ConnectError extends Error {
  override name = "ConnectError";
}

/** Calls getMe, retried as every call is, and gives up (after `deadlineMs` at most) with a ConnectError to show as it is. */
export async function connect(bot: Bot<BotContext>, apiRoot: string, deadlineMs: number): Promise<void> {
  const deadline = AbortSignal.timeout(deadlineMs);
  try {
    // getMe itself, not bot.init(): init retries network errors on its own until the deadline, so an unreachable
    // API would always read as "no answer" after the full wait. grammY types the signal with a shim's
    // AbortSignal; Node's own is what it gets at run time.
    bot.botInfo = await bot.api.getMe(deadline as Parameters<typeof bot.init>[0]);
  } catch (error) {
    if (error instanceof GrammyError)
      throw new ConnectError(
        `Telegram refused the bot at start (${error.description}). Check BOT_TOKEN in .env.`,
      );
    const reason = deadline.aborted
      ? `no answer within ${Math.round(deadlineMs / 1000)} s`
      : failureReason(error);
    throw new ConnectError(
      `Could not reach the Bot API at ${apiRoot} (getMe: ${reason}). Check TELEGRAM_API_ROOT and the network.`,
    );
  }
}
