// Reads and validates the environment once at start-up; the rest of the program gets a typed Config.
import { existsSync } from "node:fs";
import { hostname } from "node:os";
import { isAbsolute, join } from "node:path";
import { z } from "zod";
import { StorageUrlError, storageTarget } from "./storage/url.ts";

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

export const configSchema = z
  .object({
    BOT_TOKEN: optional(z.string().regex(/^\d+:[\w-]{20,}$/, "does not look like a token from @BotFather")),
    TELEGRAM_API_ROOT: optional(z.url()).default("https://api.telegram.org"),
    /** Where the bot keeps its files: the SQLite database, unless DATABASE_URL puts it elsewhere. */
    DATA_DIR: optional(z.string()).default("data"),
    /** A SQLite file (a path, sqlite: or file:; relative paths are inside DATA_DIR), or postgres:// for PostgreSQL. */
    DATABASE_URL: optional(z.string()).superRefine((url, ctx) => {
      if (url === undefined) return;
      try {
        storageTarget(url);
      } catch (error) {
        if (!(error instanceof StorageUrlError)) throw error;
        ctx.addIssue({ code: "custom", message: error.message.replace(/^DATABASE_URL: /, "") });
      }
    }),
    /** PostgreSQL connections per process at most. */
    DATABASE_POOL_SIZE: optional(
      z.string().regex(/^[1-9]\d*$/, "expected a whole number of connections, 1 or more"),
    )
      .default("10")
      .transform(Number),
    LOG_LEVEL: optional(z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"])).default(
      "info",
    ),
    NODE_ENV: optional(z.string()).default("development"),
    KNOWLEDGE_DIR: optional(z.string()).default("knowledge"),
    /** This instance's name in logs and on its daily-tip claims (a random suffix keeps each run's claims apart). */
    INSTANCE_ID: optional(
      z.string().regex(/^[\w.:-]{1,64}$/, "letters, digits, . _ : - (at most 64)"),
    ).default(`${hostname()}-${process.pid}`),
    /** How long a daily-tip claim lasts unless renewed: how soon another instance takes over a dead sender's work. */
    TIPS_LEASE_SECONDS: optional(z.string().regex(/^[1-9]\d*$/, "expected a whole number of seconds"))
      .default("60")
      .transform(Number),
    /** How long a webhook update's claim stands while unfinished: how soon Telegram's retry of an update whose
     * instance died mid-way is answered (above grammY's 10 s per update; Telegram retries for much longer). */
    UPDATE_LEASE_SECONDS: optional(z.string().regex(/^[1-9]\d*$/, "expected a whole number of seconds"))
      .default("30")
      .transform(Number),
    /** How often each instance plans due tips (and, holding the sender lock, sends them). */
    TIPS_TICK_SECONDS: optional(z.string().regex(/^[1-9]\d*$/, "expected a whole number of seconds"))
      .default("60")
      .transform(Number),
    /** Daily tips sent per second at most, across all instances (Telegram allows about 30). */
    TIPS_PER_SECOND: optional(z.string().regex(/^[1-9]\d*$/, "expected a whole number"))
      .default("30")
      .transform(Number),
    /** Telegram user ids allowed to use /stats and /reload, comma-separated. */
    ADMIN_IDS: optional(z.string().regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, "expected user ids separated by commas"))
      .default("")
      .transform(
        (v) =>
          new Set(
            v
              .split(",")
              .map((id) => id.trim())
              .filter(Boolean)
              .map(Number),
          ),
      ),
    /** Days to keep question and feedback records. */
    RETENTION_DAYS: optional(z.string().regex(/^\d+$/, "expected a whole number of days"))
      .default("90")
      .transform(Number),
    /** The key chat and user ids are hashed with; generated into the data directory when unset. */
    RECORDS_KEY: optional(z.string().min(32, "at least 32 characters; make one with: openssl rand -hex 32")),
    /** Set to false to keep no record of questions (feedback votes are still counted). */
    RECORD_QUESTIONS: optional(z.enum(["true", "false"]))
      .default("true")
      .transform((v) => v === "true"),
    /** Set: serve Telegram's webhook at this URL's path instead of long polling (TLS ends in front of the bot). */
    WEBHOOK_URL: optional(z.url({ protocol: /^https?$/ })),
    /** Telegram sends it in X-Telegram-Bot-Api-Secret-Token with every update; its rules are Telegram's. */
    WEBHOOK_SECRET: optional(
      z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, "expected 1–256 characters of A-Z, a-z, 0-9, _ and -"),
    ),
    /** Concurrent webhook requests Telegram may open (setWebhook's max_connections). */
    WEBHOOK_MAX_CONNECTIONS: optional(z.string().regex(/^\d+$/, "expected a whole number"))
      .default("40")
      .transform(Number)
      .pipe(z.number().int().min(1).max(100)),
    /** HTTP port for the webhook, /livez, /readyz and /metrics (webhook mode: default 8080; polling: off unless set). */
    PORT: optional(z.string().regex(/^\d+$/, "expected a port number"))
      .transform((v) => (v === undefined ? undefined : Number(v)))
      .pipe(z.number().int().min(0).max(65_535).optional()),
  })
  .superRefine((config, ctx) => {
    if (config.WEBHOOK_URL && !config.WEBHOOK_SECRET)
      ctx.addIssue({
        code: "custom",
        path: ["WEBHOOK_SECRET"],
        message: "required with WEBHOOK_URL, so that only Telegram can post updates",
      });
  })
  .transform((c) => ({ ...c, DATABASE_URL: databaseUrlIn(c.DATA_DIR, c.DATABASE_URL) }));

/**
 * DATABASE_URL as the storage opens it: unset is bot.sqlite in `dataDir`, and a relative SQLite path is inside
 * `dataDir`, so a container keeps its data in its volume (DATA_DIR=/data) whatever an env file says. A relative
 * path that already names a database from the working directory (as before DATA_DIR existed) keeps it.
 */
export function databaseUrlIn(dataDir: string, url: string | undefined): string {
  if (url === undefined) return join(dataDir, "bot.sqlite");
  const target = storageTarget(url);
  if (target.engine !== "sqlite" || target.path === ":memory:" || isAbsolute(target.path)) return url;
  const inside = join(dataDir, target.path);
  return !existsSync(inside) && existsSync(target.path) ? target.path : inside;
}

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses `env`; throws a ConfigError naming every variable that is wrong. */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  throw new ConfigError(
    lines.length === 1
      ? `invalid environment: ${lines[0]}`
      : `invalid environment:\n${lines.map((l) => `  ${l}`).join("\n")}`,
  );
}

export const DEFAULT_PORT = 8080;

/** The HTTP port to listen on, or undefined for none: webhook mode always listens, polling only when PORT is set. */
export function httpPort(config: Config): number | undefined {
  return config.PORT ?? (config.WEBHOOK_URL ? DEFAULT_PORT : undefined);
}
