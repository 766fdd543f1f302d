// The bot process (started by src/main.ts): reads config, loads the knowledge, starts the bot (long polling or
// webhook), and stops it cleanly.

import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { dirname } from "node:path";
import type { RunnerHandle } from "@grammyjs/runner";
import { GrammyError } from "grammy";
import { ConnectError, connect } from "./bot/connect.ts";
import { createBot, createBroadcastApi, POLLING_RETRY, WEBHOOK_RETRY } from "./bot/create-bot.ts";
import { tipSender } from "./bot/features/tips.ts";
import { countTipSends, metricsWhenServed } from "./bot/metrics.ts";
import { startPolling } from "./bot/polling.ts";
import { registerProfile } from "./bot/profile.ts";
import { DEFAULT_BACKOFF, WEBHOOK_BACKOFF } from "./bot/retry.ts";
import { ConfigError, httpPort, readConfig } from "./config.ts";
import { keyedHasher } from "./curation/hash.ts";
import { createRecorder } from "./curation/recorder.ts";
import { keyFileFor, loadRecordsKey, type RecordsKey } from "./curation/records-key.ts";
import { startRetention } from "./curation/retention.ts";
import { dataDirProblem } from "./data-dir.ts";
import { holdEngine, loadEngine, warmUp } from "./engine.ts";
import { KnowledgeError, KnowledgeNotFoundError } from "./knowledge/load.ts";
import { createLogger } from "./logger.ts";
import { type HttpServer, startHttpServer } from "./server/http.ts";
import { webhookHandler } from "./server/webhook.ts";
import { openStorage } from "./storage/open.ts";
import type { Storage } from "./storage/storage.ts";
import { describeTarget, storageTarget } from "./storage/url.ts";
import { systemClock } from "./tips/clock.ts";
import { DEFAULT_DAILY_OPTIONS, startDailyTips } from "./tips/daily.ts";

const HELP = `Usage: npm start   (or: node src/main.ts)

Runs the career FAQ bot on Telegram: long polling, or a webhook when WEBHOOK_URL is set.

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
  UPDATE_LEASE_SECONDS  webhook: how soon an update whose instance died mid-way is handled
                     again on Telegram's retry (default 30)
  LOG_LEVEL          fatal|error|warn|info|debug|trace|silent (default info)
  NODE_ENV           production for JSON logs; anything else logs human-readable lines
  KNOWLEDGE_DIR      knowledge pack directory (default knowledge)
  ADMIN_IDS          Telegram user ids (comma-separated) allowed /stats and /reload
  RETENTION_DAYS     days to keep question and feedback records (default 90)
  RECORD_QUESTIONS   false to keep no question records nor text (default true)
  WEBHOOK_URL        set: serve Telegram's webhook at this URL's path instead of polling
                     (register it once with npm run webhook:set)
  WEBHOOK_SECRET     required with WEBHOOK_URL: 1-256 characters of A-Z a-z 0-9 _ -
  WEBHOOK_MAX_CONNECTIONS  for webhook:set: concurrent requests Telegram may open (1-100, default 40)
  PORT               HTTP port for the webhook, /livez, /readyz and /metrics
                     (webhook: default 8080; polling: only served when set)
  RECORDS_KEY        key for hashing chat and user ids (at least 32 characters); required with
                     PostgreSQL; with SQLite, generated once into records.key beside the database
                     (readable by its owner only) when unset

No token? Try the same answers in the terminal: npm run chat`;

const NO_TOKEN =
  "BOT_TOKEN is not set. Create a bot with @BotFather in Telegram (send /newbot), put BOT_TOKEN=<token> in .env, " +
  "and run npm start again. To try the answers without Telegram, run: npm run chat";

const SHUTDOWN_GRACE_MS = 4_500;
/** How long start-up waits for the Bot API to say who the bot is before giving up with a clear line. */
const START_DEADLINE_MS = 30_000;

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
if (!engine.kb.learned && engine.kb.examples.length > 0)
  logger.warn(
    "the pack's compiled form holds no model learned from its files as they are (npm run kb:compile writes one): it is learned from examples.yaml at the first message that needs it (none for a pack too large to learn one)",
  );

const target = storageTarget(config.DATABASE_URL);
const where = describeTarget(target);
const dataDir = target.engine === "sqlite" && target.path !== ":memory:" ? dirname(target.path) : undefined;
const dataDirIssue = dataDir === undefined ? undefined : dataDirProblem(dataDir);
if (dataDirIssue) {
  console.error(dataDirIssue);
  process.exit(1);
}
if (target.engine === "postgres" && !config.RECORDS_KEY) {
  // Every instance on one database must hash alike, and a server has no data directory of ours to keep a key in.
  console.error(
    "RECORDS_KEY is required with PostgreSQL: set the same key for every instance (openssl rand -hex 32).",
  );
  process.exit(1);
}
let recordsKey: RecordsKey;
try {
  recordsKey = loadRecordsKey(
    config.RECORDS_KEY,
    target.engine === "sqlite" ? keyFileFor(target.path) : undefined,
  );
} catch (error) {
  console.error(
    `Could not read or create the records key: ${error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
}
if (recordsKey.source === "generated")
  logger.warn(
    { path: recordsKey.path },
    "RECORDS_KEY is not set: generated a key for hashing chat ids into this file (owner-only). Back it up apart from the database, or set RECORDS_KEY",
  );
else if (recordsKey.source === "file") logger.info({ path: recordsKey.path }, "records key read from file");
const hash = keyedHasher(recordsKey.key);
let storage: Storage;
try {
  storage = await openStorage(config.DATABASE_URL, {
    recordsKey: recordsKey.key,
    hash,
    poolSize: config.DATABASE_POOL_SIZE,
    onPoolError: (err) => logger.warn({ err }, "a database connection failed; the pool replaces it"),
  });
} catch (error) {
  console.error(`Could not open the database (${where}): ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
logger.info({ database: where }, "database ready");
const recorder = config.RECORD_QUESTIONS
  ? createRecorder(storage, { onError: (err) => logger.warn({ err }, "question records not written") })
  : undefined;
const holder = holdEngine(engine);
const webhook =
  config.WEBHOOK_URL && config.WEBHOOK_SECRET
    ? { url: new URL(config.WEBHOOK_URL), secret: config.WEBHOOK_SECRET }
    : undefined;
const port = httpPort(config);
const metrics = metricsWhenServed(port);
const bot = createBot({
  token: config.BOT_TOKEN,
  apiRoot: config.TELEGRAM_API_ROOT,
  engine: holder,
  logger,
  storage,
  clock: systemClock,
  hash,
  recorder,
  admin: { adminIds: config.ADMIN_IDS, reload: () => loadEngine(config.KNOWLEDGE_DIR) },
  metrics,
  retry: webhook ? WEBHOOK_RETRY : POLLING_RETRY,
  backoff: webhook ? WEBHOOK_BACKOFF : DEFAULT_BACKOFF,
  // Telegram may deliver a webhook update twice, to any instance; polling hands each update to this process once.
  ...(webhook ? { claims: storage, updateLeaseMs: config.UPDATE_LEASE_SECONDS * 1000 } : {}),
});
const broadcastApi = createBroadcastApi(config.BOT_TOKEN, config.TELEGRAM_API_ROOT, logger, metrics);
const sendTip = tipSender(broadcastApi, holder);
const tipSends = metrics
  ? countTipSends(metrics, sendTip)
  : { send: sendTip, forgetFailures: () => undefined };
try {
  await connect(bot, config.TELEGRAM_API_ROOT, START_DEADLINE_MS);
} catch (error) {
  if (!(error instanceof ConnectError)) throw error;
  console.error(error.message);
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

let server: HttpServer | undefined;
if (port !== undefined && metrics)
  server = await startHttpServer({
    port,
    logger,
    registry: metrics.registry,
    // The knowledge is loaded before the server starts; a reload keeps the old one on error, so it stays loaded.
    ready: () => storage.ping(),
    ...(webhook
      ? { webhook: { path: webhook.url.pathname, handle: webhookHandler(bot, webhook.secret, logger) } }
      : {}),
  });
let runner: RunnerHandle | undefined;
if (webhook)
  logger.info(
    { username: bot.botInfo.username, port: server?.port, path: webhook.url.pathname },
    "bot started (webhook)",
  );
else {
  runner = startPolling(bot);
  logger.info({ username: bot.botInfo.username, port: server?.port }, "bot started (long polling)");
}
const dailyTips = startDailyTips(
  {
    ...DEFAULT_DAILY_OPTIONS,
    owner: `${config.INSTANCE_ID}/${randomUUID().slice(0, 8)}`,
    perSecond: config.TIPS_PER_SECOND,
    leaseMs: config.TIPS_LEASE_SECONDS * 1000,
    storage,
    tips: () => holder.current().kb.tips,
    clock: systemClock,
    send: tipSends.send,
    onError: (chatId, err) => logger.warn({ err, chat_hash: hash(chatId) }, "daily tip not sent"),
  },
  config.TIPS_TICK_SECONDS * 1000,
  (report) => {
    tipSends.forgetFailures();
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
  await Promise.all([
    runner?.isRunning() ? runner.stop() : undefined,
    server?.close(SHUTDOWN_GRACE_MS - 500),
    dailyTips.stop(),
    retention.stop(),
  ]);
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
// Warms the matcher once updates flow, in small turns that let a message in between: warming before the first poll
// held every start back by its whole cost, while a message in the first second waits only for the turn under way.
// After the signal handlers: a SIGTERM during its first turn then stops the bot in order, not by Node's default.
void warmUp(engine);
