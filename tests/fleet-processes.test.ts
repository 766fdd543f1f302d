// Several real bot processes (node src/main.ts) in webhook mode on one PostgreSQL database, against the fake Bot API.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { PG_MIGRATIONS } from "../src/storage/postgres.ts";
import { FakeTelegram, TOKEN } from "./fake-telegram/server.ts";
import { freshPostgresDatabase } from "./helpers/postgres.ts";
import { killProcessesAfterEach, startServingBot } from "./helpers/processes.ts";

killProcessesAfterEach();

const SECRET = "fleet_secret";
const HOOK_PATH = "/telegram/hook";

function instanceEnv(fake: FakeTelegram, databaseUrl: string, name: string): Record<string, string> {
  return {
    BOT_TOKEN: TOKEN,
    // The label in the path tells the fake which instance made a call.
    TELEGRAM_API_ROOT: `${fake.url}/${name}`,
    DATABASE_URL: databaseUrl,
    WEBHOOK_URL: `https://bot.example${HOOK_PATH}`,
    WEBHOOK_SECRET: SECRET,
    INSTANCE_ID: name,
  };
}

function textUpdate(update_id: number, chatId: number, text: string) {
  return {
    update_id,
    message: {
      message_id: update_id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "Ann" },
      from: { id: chatId, is_bot: false, first_name: "Ann" },
      text,
    },
  };
}

function post(base: string, update: unknown): Promise<Response> {
  return fetch(`${base}${HOOK_PATH}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
    body: JSON.stringify(update),
  });
}

describe("instances sharing one PostgreSQL database", () => {
  it("start together against an empty database: one migration, no error", async () => {
    const fake = await new FakeTelegram().start();
    const url = await freshPostgresDatabase();
    try {
      const [a, b] = await Promise.all([
        startServingBot(instanceEnv(fake, url, "a")),
        startServingBot(instanceEnv(fake, url, "b")),
      ]);
      for (const bot of [a, b]) expect(bot.logs().filter((l) => (l.level as number) >= 50)).toEqual([]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ version: number }>(
        "SELECT version FROM schema_migrations ORDER BY version",
      );
      await client.end();
      expect(rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((_, i) => i + 1));
    } finally {
      await fake.close();
    }
  });

  it("answer an update delivered to two of them at once only once", async () => {
    const fake = await new FakeTelegram().start();
    const url = await freshPostgresDatabase();
    try {
      const [a, b] = await Promise.all([
        startServingBot(instanceEnv(fake, url, "a")),
        startServingBot(instanceEnv(fake, url, "b")),
      ]);
      const chatId = 555_001;
      for (let k = 0; k < 5; k++) {
        const update = textUpdate(70_000 + k, chatId, "how much do lab techs make");
        const answers = await Promise.all([post(a.base, update), post(b.base, update)]);
        expect(answers.map((r) => r.status)).toEqual([200, 200]);
      }
      expect(fake.botMessages(chatId)).toHaveLength(5);
    } finally {
      await fake.close();
    }
  });
});
