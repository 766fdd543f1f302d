// Telegram's webhook through grammY's node:http adapter: a wrong secret gets 401, a failed update gets 500 so Telegram
// retries, and an update another handler is still at work on gets 409 so Telegram retries it later.
import { type Bot, BotError, webhookCallback } from "grammy";
import type { BotContext } from "../bot/context.ts";
import { UpdateBusyError } from "../bot/dedupe.ts";
import type { Logger } from "../logger.ts";
import type { RequestHandler } from "./http.ts";

/** grammY's own limit per update; the replies' auto-retry is kept well inside it (see WEBHOOK_RETRY). */
const UPDATE_TIMEOUT_MS = 10_000;

export function webhookHandler(bot: Bot<BotContext>, secret: string, logger: Logger): RequestHandler {
  const callback = webhookCallback(bot, "http", {
    secretToken: secret,
    timeoutMilliseconds: UPDATE_TIMEOUT_MS,
    onTimeout: "throw",
  });
  return async (req, res) => {
    try {
      await callback(req, res);
    } catch (error) {
      // grammY wraps a handler's error in a BotError; anything else is a body that is not an update, or a timeout.
      const err = error instanceof BotError ? error.error : error;
      const update_id = error instanceof BotError ? error.ctx.update.update_id : undefined;
      if (err instanceof UpdateBusyError) {
        // Telegram delivers it again later: by then handled (200, not answered twice) or its claim taken over.
        logger.info({ update_id }, "update refused for now: another handler is at work on it");
        if (!res.headersSent) res.writeHead(409).end();
        return;
      }
      if (err instanceof SyntaxError) {
        logger.warn("webhook request refused: the body is not JSON");
        if (!res.headersSent) res.writeHead(400).end();
        return;
      }
      logger.error({ err, update_id }, "webhook update failed; Telegram will deliver it again");
      if (!res.headersSent) res.writeHead(500).end();
      return;
    }
    // grammY answered 401 without reading the body: log who knocked, never what they sent.
    if (res.statusCode === 401)
      logger.warn(
        {
          remote: req.socket.remoteAddress,
          secret: req.headers["x-telegram-bot-api-secret-token"] ? "wrong" : "missing",
        },
        "webhook request refused: wrong or missing secret",
      );
  };
}
