// npm run webhook:set | webhook:delete | webhook:info — registers the webhook once, apart from the instances serving it.
import { existsSync } from "node:fs";
import { Api, GrammyError, HttpError } from "grammy";
import { ALLOWED_UPDATES } from "./bot/create-bot.ts";
import { ConfigError, readConfig } from "./config.ts";

const HELP = `Usage: npm run webhook:set | webhook:delete | webhook:info

  set     registers WEBHOOK_URL with Telegram, with WEBHOOK_SECRET as secret_token, the update kinds the bot
          handles and WEBHOOK_MAX_CONNECTIONS; updates queued while polling are kept
  delete  removes the webhook (queued updates are kept), so that the bot can poll again
  info    shows what Telegram has registered: URL, queued updates, the last delivery error

Reads BOT_TOKEN, TELEGRAM_API_ROOT, WEBHOOK_URL, WEBHOOK_SECRET, WEBHOOK_MAX_CONNECTIONS (from .env when present).`;

const command = process.argv[2];
if (!command || !["set", "delete", "info"].includes(command)) {
  console.log(HELP);
  process.exit(command === "--help" || command === "-h" ? 0 : 1);
}
if (existsSync(".env")) process.loadEnvFile(".env");

try {
  const config = readConfig(process.env);
  if (!config.BOT_TOKEN) throw new ConfigError("BOT_TOKEN is not set (see .env.example).");
  const api = new Api(config.BOT_TOKEN, { apiRoot: config.TELEGRAM_API_ROOT });
  if (command === "set") {
    if (!config.WEBHOOK_URL || !config.WEBHOOK_SECRET)
      throw new ConfigError("webhook:set needs WEBHOOK_URL and WEBHOOK_SECRET.");
    await api.setWebhook(config.WEBHOOK_URL, {
      secret_token: config.WEBHOOK_SECRET,
      allowed_updates: [...ALLOWED_UPDATES],
      max_connections: config.WEBHOOK_MAX_CONNECTIONS,
    });
    console.log(`Webhook set: ${config.WEBHOOK_URL} (max_connections ${config.WEBHOOK_MAX_CONNECTIONS}).`);
  } else if (command === "delete") {
    await api.deleteWebhook({ drop_pending_updates: false });
    console.log("Webhook deleted; queued updates are kept for polling.");
  } else {
    const info = await api.getWebhookInfo();
    console.log(
      JSON.stringify(
        {
          url: info.url || "(none: the bot polls)",
          pending_update_count: info.pending_update_count,
          max_connections: info.max_connections,
          allowed_updates: info.allowed_updates,
          ...(info.last_error_date
            ? {
                last_error: `${new Date(info.last_error_date * 1000).toISOString()} ${info.last_error_message}`,
              }
            : {}),
        },
        null,
        2,
      ),
    );
  }
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof GrammyError) console.error(`Telegram refused ${command}: ${error.description}`);
  else if (error instanceof HttpError) console.error(`Could not reach the Bot API (${error.message}).`);
  else throw error;
  process.exit(1);
}
