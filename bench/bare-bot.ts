// The yardstick: a bare grammY bot that replies with the text it got — runner when polling, node:http when WEBHOOK_URL is set.
import { createServer } from "node:http";
import { run } from "@grammyjs/runner";
import { Bot, webhookCallback } from "grammy";

const env = process.env;
const bot = new Bot(env.BOT_TOKEN ?? "", {
  client: { apiRoot: env.TELEGRAM_API_ROOT ?? "https://api.telegram.org" },
});
bot.on("message:text", (ctx) => ctx.reply(ctx.msg.text));
await bot.init();
if (env.WEBHOOK_URL) {
  const handle = webhookCallback(bot, "http", { secretToken: env.WEBHOOK_SECRET ?? "" });
  const path = new URL(env.WEBHOOK_URL).pathname;
  createServer((req, res) => {
    // A failed update (a reply timed out on a busy machine) answers 500 rather than ending the process.
    if (req.url === path)
      handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500).end();
      });
    else res.writeHead(200).end("ok");
  }).listen(Number(env.PORT ?? 8080));
} else {
  const runner = run(bot);
  process.once("SIGTERM", () => void runner.stop().then(() => process.exit(0)));
}
