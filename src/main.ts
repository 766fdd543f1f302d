// Entry point: reads config, loads the knowledge, starts the bot with long polling, and stops it cleanly.

import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import { run } from "@grammyjs/runner";
import { GrammyError, HttpError } from "grammy";
import { createBot } from "./bot/create-bot.ts";
import { tipSender } from "./bot/features/tips.ts";
import { registerProfile } from "./bot/profile.ts";
import { ConfigError, readConfig } from "./config.ts";
import { hashId } from "./curation/hash.ts";
import { createRecorder } from "./curation/recorder.ts";
import { startRetention } from "./curation/retention.ts";
import { dataDirProblem } from "./data-dir.ts";
import { holdEngine, loadEngine } from "./engine.ts";
import { KnowledgeError, KnowledgeNotFoundError } from "./knowledge/load.ts";
import { createLogger } from "./logger.ts";
import { openStorage } from "./storage/open.ts";
import type { Storage } from "./storage/storage.ts";
import { describeTarget, storageTarget } from "./storage/url.ts";
import { systemClock } from "./tips/clock.ts";
import { DEFAULT_DAILY_OPTIONS, startDailyTips } from "./tips/daily.ts";

const HELP = `Usage: npm start   (or: node src/main.ts)

Runs the career FAQ bot on Telegram with long polling.

Environment (read from .env when present; see .env.example):
  BOT_TOKEN          required: the token @BotFather gives you
  TELEGRAM_API_ROOT  Bot API root (default https://api.telegram.org)
  DATA_DIR           where the bot keeps its files (default data; the Docker image sets /data)
  DATABASE_URL       SQLite file path (default DATA_DIR/bot.sqlite; relative paths are inside DATA_DIR;
                     or sqlite:PATH, file:PATH),
                     or postgres://user:password@host:5432/db (also postgresql://) for PostgreSQL
  DATABASE_POOL_SIZE PostgreSQL connections per process at most (default 10)
  INSTANCE_ID        this instance's name in logs and on its tip claims (default hostname-pid)
  TIPS_TICK_SECONDS  how often due daily tips are planned and sent (default 60)
  TIPS_LEASE_SECONDS how soon another instance takes over a dead sender's tips (default 60)
  TIPS_PER_SECOND    daily tips sent per second, whole fleet (default 30, Telegram's limit)
  LOG_LEVEL          fatal|error|warn|info|debug|trace|silent (default info)
  NODE_ENV           production for JSON logs; anything else logs human-readable lines
  KNOWLEDGE_DIR      knowledge pack directory (default knowledge)
  ADMIN_IDS          Telegram user ids (comma-separated) allowed /stats and /reload
  RETENTION_DAYS     days to keep question and feedback records (default 90)
  RECORD_QUESTIONS   false to keep no question records (default true)

No token? Try the same answers in the terminal: npm run chat`;

const NO_TOKEN =
  "BOT_TOKEN is not set. Create a bot with @BotFather in Telegram (send /newbot), put BOT_TOKEN=<token> in .env, " +
  "and run npm start again. To try the answers without Telegram, run: npm run chat";

const SHUTDOWN_GRACE_MS = 4_500;

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(HELP);
  process.exit(0);
}
if (existsSync(".env")) process.loadEnvFile(".env");

let config: ReturnType<typeof readConfig>;
try {
  config = readConfig(process.env);
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(1);
}
if (!config.BOT_TOKEN) {
  console.error(NO_TOKEN);
  process.exit(1);
}

const logger = await createLogger(config.LOG_LEVEL, config.NODE_ENV === "production");
let engine: Awaited<ReturnType<typeof loadEngine>>;
try {
  engine = await loadEngine(config.KNOWLEDGE_DIR);
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(
    error instanceof KnowledgeNotFoundError
      ? `Cannot start: ${error.message}. Set KNOWLEDGE_DIR to the pack's directory, or start the bot from the project directory.`
      : `The knowledge pack in ${config.KNOWLEDGE_DIR} is invalid, so the bot will not start.\n${error.message}`,
  );
  process.exit(1);
}
logger.info({ version: engine.kb.version, entries: engine.kb.entries.length }, "knowledge loaded");

const target = storageTarget(config.DATABASE_URL);
const where = describeTarget(target);
const dataDir = target.engine === "sqlite" && target.path !== ":memory:" ? dirname(target.path) : undefined;
const dataDirIssue = dataDir === undefined ? undefined : dataDirProblem(dataDir);
if (dataDirIssue) {
  console.error(dataDirIssue);
  process.exit(1);
}
let storage: Storage;
try {
  storage = await openStorage(config.DATABASE_URL, {
    poolSize: config.DATABASE_POOL_SIZE,
    onPoolError: (err) => logger.warn({ err }, "a database connection failed; the pool replaces it"),
  });
} catch (error) {
  console.error(`Could not open the database (${where}): ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
logger.info({ database: where }, "database ready");
const salt = await storage.salt();
const recorder = config.RECORD_QUESTIONS
  ? createRecorder(storage, { onError: (err) => logger.warn({ err }, "question records not written") })
  : undefined;
const holder = holdEngine(engine);
const bot = createBot({
  token: config.BOT_TOKEN,
  apiRoot: config.TELEGRAM_API_ROOT,
  engine: holder,
  logger,
  storage,
  clock: systemClock,
  hash: (id) => hashId(salt, id),
  recorder,
  admin: { adminIds: config.ADMIN_IDS, reload: () => loadEngine(config.KNOWLEDGE_DIR) },
});
try {
  await bot.init();
} catch (error) {
  // A token Telegram does not know, or an API root that cannot be reached: say which, not a stack trace.
  if (error instanceof GrammyError)
    console.error(`Telegram refused the bot at start (${error.description}). Check BOT_TOKEN in .env.`);
  else if (error instanceof HttpError)
    console.error(`Could not reach the Bot API at ${config.TELEGRAM_API_ROOT} (${error.message}).`);
  else throw error;
  await storage.close();
  process.exit(1);
}
// Only getMe above may stop the bot: the menu and descriptions are cosmetic, so a refusal is a warning.
await registerProfile(bot.api, engine, (method, error) =>
  logger.warn(
    {
      method,
      error: error instanceof GrammyError ? `${error.error_code} ${error.description}` : String(error),
    },
    `${method} failed; the bot runs without it`,
  ),
);

const runner = run(bot, {
  runner: { fetch: { allowed_updates: ["message", "edited_message", "callback_query", "inline_query"] } },
});
logger.info({ username: bot.botInfo.username }, "bot started (long polling)");

const dailyTips = startDailyTips(
  {
    ...DEFAULT_DAILY_OPTIONS,
    owner: `${config.INSTANCE_ID}/${randomUUID().slice(0, 8)}`,
    perSecond: config.TIPS_PER_SECOND,
    leaseMs: config.TIPS_LEASE_SECONDS * 1000,
    storage,
    tips: () => holder.current().kb.tips,
    clock: systemClock,
    send: tipSender(bot.api, holder),
    onError: (_chatId, err) => logger.warn({ err }, "daily tip not sent"),
  },
  config.TIPS_TICK_SECONDS * 1000,
  (report) => {
    if (report.claimed > 0 || report.unconfirmed > 0) logger.info(report, "daily tips delivered");
  },
);

const retention = startRetention(storage, systemClock, config.RETENTION_DAYS, {
  onPurge: (deleted) =>
    logger.info({ deleted, days: config.RETENTION_DAYS }, "old question and feedback records deleted"),
  onError: (err) => logger.warn({ err }, "old records not deleted; trying again in an hour"),
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "stopping: finishing updates in flight");
  const force = setTimeout(() => {
    logger.warn("updates still running after the grace period; exiting");
    process.exit(0);
  }, SHUTDOWN_GRACE_MS);
  force.unref();
  await Promise.all([runner.isRunning() ? runner.stop() : undefined, dailyTips.stop(), retention.stop()]);
  await recorder?.stop();
  if (recorder && recorder.dropped() > 0)
    logger.warn(
      { dropped: recorder.dropped() },
      "question records dropped: the write queue was full or a write failed",
    );
  await storage.close();
  logger.info("stopped");
  process.exit(0);
}
process.once("SIGINT", () => void shutdown("SIGINT"));
process.once("SIGTERM", () => void shutdown("SIGTERM"));
