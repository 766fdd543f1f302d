// Assembles the bot: retries for the Bot API, per-chat ordering, one log line per update, the features, the error net.
import { autoRetry } from "@grammyjs/auto-retry";
import { sequentialize } from "@grammyjs/runner";
import { Api, Bot, type FilterQuery, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { describeError, type Logger } from "../logger.ts";
import { LeanComposer } from "./composer.ts";
import type { BotContext, BotDeps } from "./context.ts";
import { dedupeUpdates, type UpdateClaims } from "./dedupe.ts";
import { type AdminOptions, adminFeature } from "./features/admin.ts";
import { askFeature } from "./features/ask.ts";
import { fallbackFeature } from "./features/fallback.ts";
import { feedbackFeature } from "./features/feedback.ts";
import { FORGET_COMMANDS, forgetFeature } from "./features/forget.ts";
import { inlineFeature } from "./features/inline.ts";
import { COMMANDS, startFeature } from "./features/start.ts";
import { TIP_COMMANDS, tipsFeature } from "./features/tips.ts";
import { topicsFeature } from "./features/topics.ts";
import { typedCommandsFeature } from "./features/typed-commands.ts";
import { type BotMetrics, countApiErrors, countUpdates } from "./metrics.ts";
import { plain } from "./render.ts";
import { type BackoffOptions, retryUnreachable } from "./retry.ts";
import { sendReply } from "./send.ts";

/** The command list shown in Telegram's menu (setMyCommands) and in /help. */
export const ALL_COMMANDS = [...COMMANDS, ...TIP_COMMANDS, ...FORGET_COMMANDS];

export type RetryOptions = NonNullable<Parameters<typeof autoRetry>[0]>;

/** The update kinds the bot handles: polling asks for them, webhook:set registers them. */
export const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "inline_query"] as const;

export const APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment.";

export interface CreateBotOptions extends BotDeps {
  token: string;
  apiRoot: string;
  /** Known bot identity, to skip getMe (tests and benchmarks). */
  botInfo?: UserFromGetMe;
  admin: AdminOptions;
  /** Counts updates, answers and Bot API errors; none when undefined. */
  metrics?: BotMetrics;
  /** Handles each update_id once (webhook mode: Telegram may deliver an update twice). */
  claims?: UpdateClaims;
  /** How long an unfinished update's claim stands before a retry may take it over (UPDATE_LEASE_MS by default). */
  updateLeaseMs?: number;
  /** Auto-retry for replies; the default waits out long 429s, which suits polling but not a webhook request. */
  retry?: RetryOptions;
  /** Retries of network errors and 5xx, logged (retryUnreachable); webhook requests take none. */
  backoff?: BackoffOptions;
}

/** Polling: a handler may wait out a 429 of up to two minutes; nothing else is waiting on it. */
export const POLLING_RETRY: RetryOptions = {
  maxRetryAttempts: 5,
  maxDelaySeconds: 120,
  // Network errors and 5xx go to retryUnreachable, which bounds and logs them (auto-retry retries them forever).
  rethrowHttpErrors: true,
  rethrowInternalServerErrors: true,
};

/**
 * Webhook: Telegram and grammY give a request 10 s. One retry after at most 3 s (a longer 429 or a network error
 * fails the request at once), so Telegram's own redelivery takes over instead of a timeout and a duplicate.
 */
export const WEBHOOK_RETRY: RetryOptions = {
  maxRetryAttempts: 1,
  maxDelaySeconds: 3,
  rethrowHttpErrors: true,
};

/**
 * The daily broadcast's own client: it runs outside any request. A 429 is not retried here: the sender waits it out
 * and sends the tip again through its pacer (see tipSender); 5xx and network errors back off as for replies.
 */
export function createBroadcastApi(
  token: string,
  apiRoot: string,
  logger: Logger,
  metrics?: BotMetrics,
): Api {
  const api = new Api(token, { apiRoot });
  api.config.use(...(metrics ? [countApiErrors(metrics)] : []), retryUnreachable(logger, apiRoot));
  return api;
}

/** Updates of one chat run in order; different chats run concurrently (with @grammyjs/runner). */
export function chatKey(ctx: BotContext): string | undefined {
  return ctx.chat?.id.toString() ?? ctx.from?.id.toString();
}

function logUpdates(logger: Logger): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    // Production logs at warn: then there is no line to build, nor a step to time.
    if (!logger.isLevelEnabled("info")) return next();
    const started = performance.now();
    const kind = Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown";
    try {
      await next();
    } finally {
      logger.info(
        {
          update_id: ctx.update.update_id,
          kind,
          chat_type: ctx.chat?.type,
          ms: Number((performance.now() - started).toFixed(1)),
          ...ctx.outcome,
        },
        "update",
      );
      if (ctx.msg?.text && logger.isLevelEnabled("debug"))
        logger.debug({ update_id: ctx.update.update_id, text: ctx.msg.text }, "update text");
    }
  };
}

/** Slash commands (grammY's `command` reads them on new messages only) and button presses. */
const COMMAND_OR_BUTTON: FilterQuery[] = [":entities:bot_command", "callback_query:data"];
const TEXT: FilterQuery[] = ["message:text", "edited_message:text"];

/**
 * The features in the order they see an update, in two branches chosen by one check of the update's kind: a
 * command or button passes the features that take those, a text message the dialogue steps waiting for text and
 * the question. Each layer of grammY's middleware costs a few promises per update, so a plain question passes
 * only the layers that may take it. A command no feature takes goes on to the text branch (whose handlers leave
 * "/…" alone) and the fallback, as before the split.
 */
function features(options: CreateBotOptions): LeanComposer<BotContext> {
  const tips = tipsFeature(options);
  const feedback = feedbackFeature(options);
  const features = new LeanComposer<BotContext>();
  features.use(typedCommandsFeature(options));
  features.on(
    COMMAND_OR_BUTTON,
    startFeature(options, ALL_COMMANDS),
    topicsFeature(options),
    adminFeature(options, options.admin),
    tips.commandsAndButtons,
    forgetFeature(options),
    feedback.buttons,
  );
  features.on(TEXT, tips.typedZone, feedback.comment, askFeature(options));
  features.on("inline_query", inlineFeature(options));
  features.use(fallbackFeature());
  return features;
}

export function createBot(options: CreateBotOptions): Bot<BotContext> {
  const { token, apiRoot, botInfo, logger, metrics, claims, hash } = options;
  // A call that hangs fails after a minute (above the 30-second long poll) and is retried, rather than after 500 s.
  const bot = new Bot<BotContext>(token, {
    client: { apiRoot, timeoutSeconds: 60 },
    ...(botInfo ? { botInfo } : {}),
  });
  if (metrics) bot.api.config.use(countApiErrors(metrics));
  // 429 waits for retry_after (auto-retry); 5xx and network errors back off and are logged (retryUnreachable):
  // polling for as long as it takes, other calls a few times, so a broken API cannot hang a handler forever.
  bot.api.config.use(
    autoRetry(options.retry ?? POLLING_RETRY),
    retryUnreachable(logger, apiRoot, options.backoff),
  );

  if (metrics) bot.use(countUpdates(metrics));
  const dedupe = claims && dedupeUpdates(claims, options.clock, logger, options.updateLeaseMs);
  if (dedupe) bot.use(dedupe.inFlight);
  bot.use(sequentialize(chatKey));
  if (dedupe) bot.use(dedupe.claim);
  bot.use(logUpdates(logger));
  bot.use(features(options));

  bot.catch(async (error) => {
    // The error's own fields only: a Bot API error also carries the request (chat id, reply text).
    const chat = error.ctx.chat ? { chat_hash: hash(error.ctx.chat.id) } : {};
    logger.error(
      { ...describeError(error.error), update_id: error.ctx.update.update_id, ...chat },
      "handler failed",
    );
    // The callback may already be answered (that fails harmlessly); the chat gets the apology either way.
    if (error.ctx.callbackQuery)
      await error.ctx.answerCallbackQuery({ text: APOLOGY }).catch(() => undefined);
    if (error.ctx.chat) await sendReply(error.ctx, { chunks: plain(APOLOGY) }).catch(() => undefined);
  });
  return bot;
}
