// Several real bot processes (node src/main.ts) in webhook mode on one PostgreSQL database, against the fake Bot API.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openStorage } from "../src/storage/open.ts";
import { PG_MIGRATIONS } from "../src/storage/postgres.ts";
import { FakeTelegram, TOKEN } from "./fake-telegram/server.ts";
import { RECORDS_KEY } from "./helpers/bot-harness.ts";
import { freshPostgresDatabase } from "./helpers/postgres.ts";
import { killProcessesAfterEach, startServingBot } from "./helpers/processes.ts";
import { busiestSecond } from "./helpers/rate.ts";
import { HOOK_PATH, postUpdate, textUpdate } from "./helpers/webhook.ts";

killProcessesAfterEach();

const SECRET = "fleet_secret";

function instanceEnv(fake: FakeTelegram, databaseUrl: string, name: string): Record<string, string> {
  return {
    BOT_TOKEN: TOKEN,
    // The label in the path tells the fake which instance made a call.
    TELEGRAM_API_ROOT: `${fake.url}/${name}`,
    DATABASE_URL: databaseUrl,
    WEBHOOK_URL: `https://bot.example${HOOK_PATH}`,
    WEBHOOK_SECRET: SECRET,
    INSTANCE_ID: name,
    // One key for the fleet, as PostgreSQL requires.
    RECORDS_KEY,
  };
}

/** Two instances, "a" and "b", started at the same moment against one database. */
function startTwoInstances(fake: FakeTelegram, databaseUrl: string) {
  return Promise.all([
    startServingBot(instanceEnv(fake, databaseUrl, "a")),
    startServingBot(instanceEnv(fake, databaseUrl, "b")),
  ]);
}

describe("instances sharing one PostgreSQL database", () => {
  it("start together against an empty database: one migration, no error", async () => {
    const fake = await new FakeTelegram().start();
    const url = await freshPostgresDatabase();
    try {
      const [a, b] = await startTwoInstances(fake, url);
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
      const [a, b] = await startTwoInstances(fake, url);
      const chatId = 555_001;
      for (let k = 0; k < 5; k++) {
        const update = textUpdate(70_000 + k, chatId, "how much do lab techs make");
        const answers = await Promise.all([
          postUpdate(a.base, update, SECRET),
          postUpdate(b.base, update, SECRET),
        ]);
        // The one that comes while the other is being handled is refused for now; Telegram brings it again.
        expect([
          [200, 200],
          [200, 409],
        ]).toContainEqual(answers.map((r) => r.status).sort());
        expect((await postUpdate(b.base, update, SECRET)).status).toBe(200);
      }
      expect(fake.botMessages(chatId)).toHaveLength(5);
    } finally {
      await fake.close();
    }
  });
});

/** A zone where it is about noon now, so the test never straddles a local midnight; hour 0 is due all day. */
function noonZone(): string {
  const offset = 12 - new Date().getUTCHours();
  return offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
}

describe("three instances and one daily broadcast", () => {
  it("send every subscriber exactly one tip under the rate limit, though the sender is killed mid-way", async () => {
    const subscribers = 2_000;
    const perSecond = 200;
    // The fake refuses (429) anything faster than the limit the fleet is given, with a little room for timing.
    const fake = await new FakeTelegram({ sendRatePerSecond: perSecond * 1.1 }).start();
    const url = await freshPostgresDatabase();
    try {
      const storage = await openStorage(url);
      const zone = noonZone();
      const chatIds = Array.from({ length: subscribers }, (_, i) => 8_000_000 + i);
      for (let i = 0; i < chatIds.length; i += 100)
        await Promise.all(
          chatIds.slice(i, i + 100).map((id) => storage.upsertSubscriber(id, 0, zone, Date.now())),
        );
      await storage.close();

      const env = (name: string) => ({
        ...instanceEnv(fake, url, name),
        TIPS_PER_SECOND: String(perSecond),
        TIPS_TICK_SECONDS: "1",
        TIPS_LEASE_SECONDS: "2",
      });
      // Three processes starting at once on a busy machine may take longer than one does.
      const fleet = await Promise.all(
        ["i1", "i2", "i3"].map((name) => startServingBot(env(name), undefined, 60_000)),
      );
      const tipsSent = () => fake.callsOf("sendMessage").filter((c) => c.ok);
      await fake.waitFor(() => tipsSent().length >= 500 || undefined, 30_000, "500 tips sent");
      const sender = tipsSent().at(-1)!.via!;
      const victim = fleet[Number(sender.slice(1)) - 1]!;
      // Killed with sends under way: Telegram has them, the sender never hears back.
      fake.answerNone("sendMessage", true);
      await new Promise((resolve) => setTimeout(resolve, 300));
      victim.child.kill("SIGKILL");
      await victim.exited();
      const sentAtKill = tipsSent().length;
      fake.answerNone("sendMessage", false);
      await startServingBot(env(sender), undefined, 60_000);

      await fake.waitFor(
        () => new Set(tipsSent().map((c) => c.params.chat_id)).size >= subscribers || undefined,
        60_000,
        "every subscriber's tip",
      );
      // Long enough for a lease left by the killed sender to expire and be taken over: a duplicate would show.
      await new Promise((resolve) => setTimeout(resolve, 4_000));

      const perChat = new Map<number, number>();
      for (const c of tipsSent())
        perChat.set(Number(c.params.chat_id), (perChat.get(Number(c.params.chat_id)) ?? 0) + 1);
      const lost = chatIds.filter((id) => !perChat.has(id));
      const duplicated = [...perChat.values()].filter((n) => n > 1).length;
      expect({ lost: lost.length, duplicated }).toEqual({ lost: 0, duplicated: 0 });
      expect(sentAtKill).toBeLessThan(subscribers);
      expect(fake.callsOf("sendMessage").filter((c) => c.error?.startsWith("Too Many Requests"))).toEqual([]);
      expect(busiestSecond(tipsSent().map((c) => c.at))).toBeLessThanOrEqual(perSecond * 1.1);
    } finally {
      await fake.close();
    }
  }, 120_000);
});
