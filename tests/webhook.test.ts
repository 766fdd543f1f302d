import { get } from "node:http";
import { describe, expect, it, vi } from "vitest";
import { metricsWhenServed } from "../src/bot/metrics.ts";
import { FakeTelegram, TOKEN } from "./fake-telegram/server.ts";
import { person, RECORDS_KEY, repliesAfter, temporaryDatabase } from "./helpers/bot-harness.ts";
import { freshPostgresDatabase } from "./helpers/postgres.ts";
import { killProcessesAfterEach, startProcess, startServingBot } from "./helpers/processes.ts";
import { HOOK_PATH, postUpdate, textUpdate } from "./helpers/webhook.ts";

killProcessesAfterEach();

const SECRET = "test_secret-0123456789";
const HOOK_URL = `https://bot.example${HOOK_PATH}`;

async function withFake<T>(body: (fake: FakeTelegram) => Promise<T>, options = {}): Promise<T> {
  const fake = await new FakeTelegram({ webhookRetryMs: 100, ...options }).start();
  try {
    return await body(fake);
  } finally {
    await fake.close();
  }
}

async function callApi(
  fake: FakeTelegram,
  method: string,
  params: Record<string, unknown>,
): Promise<unknown> {
  const res = await fetch(`${fake.url}/bot${TOKEN}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  return res.json();
}

const webhookEnv = (fake: FakeTelegram, env: Record<string, string> = {}) => ({
  BOT_TOKEN: TOKEN,
  TELEGRAM_API_ROOT: fake.url,
  DATABASE_URL: temporaryDatabase(),
  WEBHOOK_URL: HOOK_URL,
  WEBHOOK_SECRET: SECRET,
  ...env,
});

/** The bot in webhook mode, and the fake Bot API delivering to it (as Telegram would through a load balancer). */
async function webhookBot(fake: FakeTelegram, env: Record<string, string> = {}) {
  const bot = await startServingBot(webhookEnv(fake, env));
  fake.webhookTargets = [`${bot.base}${HOOK_PATH}`];
  await callApi(fake, "setWebhook", { url: HOOK_URL, secret_token: SECRET });
  return bot;
}

describe("webhook mode", () => {
  it("answers updates Telegram posts with the right secret, and never polls", () =>
    withFake(async (fake) => {
      await webhookBot(fake);
      const { chat, user } = person();
      const { message_id } = fake.sendText(chat, user, "how much do lab techs make");
      const [reply] = await repliesAfter(fake, chat, message_id);
      expect(reply!.text).toContain("$60,290");
      await fake.waitFor(() => fake.webhookPosts.length > 0 || undefined, 5_000, "the webhook's answer");
      expect(fake.webhookPosts.map((p) => p.status)).toEqual([200]);
      expect(fake.pollCount).toBe(0);
    }));

  it("refuses a wrong or missing secret with 401 and logs the refusal without the body", () =>
    withFake(async (fake) => {
      const bot = await webhookBot(fake);
      const chatId = 777_001;
      const wrong = await postUpdate(bot.base, textUpdate(9_001, chatId, "secret salary question"), "nope");
      const missing = await postUpdate(bot.base, textUpdate(9_002, chatId, "secret salary question"));
      expect([wrong.status, missing.status]).toEqual([401, 401]);
      await bot.waitForLog((l) => l.secret === "missing");
      const refusals = bot.logs().filter((l) => String(l.msg).includes("wrong or missing secret"));
      expect(refusals.map((l) => l.secret)).toEqual(["wrong", "missing"]);
      expect(bot.output()).not.toContain("secret salary question");
      // Nothing was handled: a right secret afterwards is answered normally.
      const ok = await postUpdate(bot.base, textUpdate(9_003, chatId, "how much do lab techs make"), SECRET);
      expect(ok.status).toBe(200);
      expect(fake.botMessages(chatId)).toHaveLength(1);
    }));

  it("answers an update delivered twice only once, one after the other or while it is being handled", () =>
    withFake(async (fake) => {
      const bot = await webhookBot(fake);
      const chatId = 777_003;
      const update = textUpdate(9_201, chatId, "how much do lab techs make");
      expect((await postUpdate(bot.base, update, SECRET)).status).toBe(200);
      expect((await postUpdate(bot.base, update, SECRET)).status).toBe(200);
      // A live duplicate: refused for now (Telegram brings it again), and acknowledged once the first is done.
      fake.delayNext("sendMessage", 1_000);
      const twin = textUpdate(9_202, chatId, "do I need a degree");
      const first = postUpdate(bot.base, twin, SECRET);
      await fake.waitFor(
        () => fake.heldCalls.length > 0 || undefined,
        5_000,
        "the first one's reply under way",
      );
      expect((await postUpdate(bot.base, twin, SECRET)).status).toBe(409);
      expect((await first).status).toBe(200);
      expect((await postUpdate(bot.base, twin, SECRET)).status).toBe(200);
      expect(fake.botMessages(chatId)).toHaveLength(2);
      // The log lines come from the child's stdout, which may trail the HTTP answers.
      await vi.waitFor(
        () => expect(bot.logs().filter((l) => l.msg === "duplicate update ignored")).toHaveLength(2),
        { timeout: 5_000 },
      );
      const metrics = await (await fetch(`${bot.base}/metrics`)).text();
      expect(metrics).toMatch(/bot_updates_total\{kind="message",outcome="duplicate"\} 2/);
      expect(metrics).toMatch(/bot_updates_total\{kind="message",outcome="busy"\} 1/);
    }));

  it(
    "answers an update whose instance died mid-way on Telegram's retry after the lease, not before",
    () =>
      withFake(
        async (fake) => {
          const env = { DATABASE_URL: await freshPostgresDatabase(), RECORDS_KEY, UPDATE_LEASE_SECONDS: "3" };
          const doomed = await webhookBot(fake, env);
          const survivor = await startServingBot(webhookEnv(fake, env));
          const { chat, user } = person();
          // The reply never reaches Telegram: the instance is killed while it waits for the Bot API.
          fake.hangNext("sendMessage");
          const posted = Date.now();
          const { update_id } = fake.sendText(chat, user, "how much do lab techs make");
          await fake.waitFor(() => fake.heldCalls.length > 0 || undefined, 10_000, "the reply under way");
          doomed.child.kill("SIGKILL");
          await doomed.exited();
          // Telegram's retries now reach the other instance.
          fake.webhookTargets = [`${survivor.base}${HOOK_PATH}`];
          await fake.waitFor(
            () => fake.webhookPosts.some((p) => p.update_id === update_id && p.status === 200) || undefined,
            15_000,
            "the retry answered",
          );
          const [reply] = fake.botMessages(chat.id);
          expect(reply!.text).toContain("$60,290");
          const answered = fake.callsOf("sendMessage").find((c) => c.params.chat_id === chat.id)!;
          expect(answered.at - posted).toBeGreaterThanOrEqual(3_000);
          const statuses = fake.webhookPosts
            .filter((p) => p.update_id === update_id && p.target.startsWith(survivor.base))
            .map((p) => p.status);
          expect(statuses.at(-1)).toBe(200);
          expect(statuses.slice(0, -1).length).toBeGreaterThan(0);
          expect(new Set(statuses.slice(0, -1))).toEqual(new Set([409]));
          await survivor.waitForLog((l) => String(l.msg).startsWith("update taken over"));
          expect(fake.botMessages(chat.id)).toHaveLength(1);
        },
        { webhookRetryMs: 300 },
      ),
    60_000,
  );

  it("answers an update whose handling failed when Telegram delivers it again", () =>
    withFake(async (fake) => {
      await webhookBot(fake);
      const { chat, user } = person();
      fake.failNext("sendMessage", { status: 400, description: "Bad Request: something broke" });
      const { update_id, message_id } = fake.sendText(chat, user, "how much do lab techs make");
      const [reply] = await repliesAfter(fake, chat, message_id);
      expect(reply!.text).toContain("$60,290");
      await fake.waitFor(
        () => fake.webhookPosts.some((p) => p.status === 200) || undefined,
        5_000,
        "the 200",
      );
      expect(fake.webhookPosts.filter((p) => p.update_id === update_id).map((p) => p.status)).toEqual([
        500, 200,
      ]);
      expect(fake.botMessages(chat.id)).toHaveLength(1);
    }));

  it("serves /livez, /readyz and /metrics next to the webhook", () =>
    withFake(async (fake) => {
      const bot = await webhookBot(fake);
      const { chat, user } = person();
      await repliesAfter(fake, chat, fake.sendText(chat, user, "how much do lab techs make").message_id);
      await repliesAfter(fake, chat, fake.sendText(chat, user, "how do I grow tomatoes").message_id);
      expect((await fetch(`${bot.base}/livez`)).status).toBe(200);
      const ready = await fetch(`${bot.base}/readyz`);
      expect([ready.status, await ready.text()]).toEqual([200, "ready"]);
      const metrics = await (await fetch(`${bot.base}/metrics`)).text();
      expect(metrics).toMatch(/bot_updates_total\{kind="message",outcome="handled"\} 2/);
      expect(metrics).toMatch(/bot_answers_total\{outcome="answer"\} 1/);
      expect(metrics).toMatch(/bot_answers_total\{outcome="none"\} 1/);
      expect(metrics).toMatch(/bot_update_duration_seconds_count\{kind="message"\} 2/);
      expect(metrics).toMatch(/process_resident_memory_bytes/);
      expect((await fetch(`${bot.base}/nothing-here`)).status).toBe(404);
    }));

  it("counts Bot API errors by code", () =>
    withFake(async (fake) => {
      const bot = await webhookBot(fake);
      const { chat, user } = person();
      fake.failNext("sendMessage", {
        status: 429,
        description: "Too Many Requests: retry after 1",
        retry_after: 1,
      });
      await repliesAfter(fake, chat, fake.sendText(chat, user, "hi").message_id);
      const metrics = await (await fetch(`${bot.base}/metrics`)).text();
      expect(metrics).toMatch(/bot_api_errors_total\{method="sendMessage",code="429"\} 1/);
    }));

  it("on SIGTERM stops accepting, finishes the update in flight, and exits 0 within 5 s", () =>
    withFake(async (fake) => {
      const bot = await webhookBot(fake);
      fake.delayNext("sendMessage", 1_000);
      const chatId = 777_002;
      const inFlight = postUpdate(bot.base, textUpdate(9_101, chatId, "how much do lab techs make"), SECRET);
      await fake.waitFor(() => fake.heldCalls.length > 0 || undefined, 5_000, "the reply under way");
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = Date.now();
      bot.child.kill("SIGTERM");
      await bot.waitForLog((l) => String(l.msg).startsWith("stopping"));
      // A new connection (not one of fetch's pooled ones) once the bot stops accepting.
      const refused = await new Promise<string>((resolve) => {
        get(`${bot.base}/livez`, { agent: false }, (res) => {
          res.resume();
          resolve(`accepted ${res.statusCode}`);
        }).on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
      });
      // Refused, or reset when the connection raced the closing listener: either way no request is served.
      expect(["ECONNREFUSED", "ECONNRESET"]).toContain(refused);
      expect((await inFlight).status).toBe(200);
      expect(fake.botMessages(chatId)[0]!.text).toContain("$60,290");
      expect(await bot.exited()).toBe(0);
      expect(Date.now() - started).toBeLessThan(5_000);
    }));

  it("refuses to start without WEBHOOK_SECRET", async () => {
    const bot = startProcess({ BOT_TOKEN: TOKEN, WEBHOOK_URL: HOOK_URL });
    expect(await bot.exited()).toBe(1);
    expect(bot.output()).toMatch(/WEBHOOK_SECRET: required with WEBHOOK_URL/);
  });
});

describe("metrics without a reader", () => {
  it("keeps no registry when nothing serves /metrics (polling without PORT)", async () => {
    expect(metricsWhenServed(undefined)).toBeUndefined();
    const served = metricsWhenServed(8080);
    expect(await served?.registry.metrics()).toMatch(/bot_updates_total/);
  });
});

describe("polling mode with PORT", () => {
  it("polls as before and serves /livez, /readyz and /metrics, but no webhook", () =>
    withFake(async (fake) => {
      const bot = await startServingBot({
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.url,
        DATABASE_URL: temporaryDatabase(),
      });
      const { chat, user } = person();
      await repliesAfter(fake, chat, fake.sendText(chat, user, "hi").message_id);
      expect(fake.pollCount).toBeGreaterThan(0);
      expect((await fetch(`${bot.base}/livez`)).status).toBe(200);
      expect((await fetch(`${bot.base}/readyz`)).status).toBe(200);
      expect(await (await fetch(`${bot.base}/metrics`)).text()).toMatch(
        /bot_answers_total\{outcome="small_talk"\} 1/,
      );
      expect((await postUpdate(bot.base, textUpdate(1, 1, "hi"), SECRET)).status).toBe(405);
    }));
});

describe("npm run webhook:set / webhook:info / webhook:delete", () => {
  it("registers the URL with the secret, the update kinds and max_connections; shows it; deletes it", () =>
    withFake(async (fake) => {
      const env = {
        BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.url,
        WEBHOOK_URL: HOOK_URL,
        WEBHOOK_SECRET: SECRET,
        WEBHOOK_MAX_CONNECTIONS: "25",
      };
      const set = startProcess(env, ["src/webhook-cli.ts", "set"]);
      expect(await set.exited()).toBe(0);
      expect(fake.callsOf("setWebhook")[0]!.params).toEqual({
        url: HOOK_URL,
        secret_token: SECRET,
        allowed_updates: ["message", "edited_message", "callback_query", "inline_query"],
        max_connections: 25,
      });
      const info = startProcess(env, ["src/webhook-cli.ts", "info"]);
      expect(await info.exited()).toBe(0);
      expect(info.output()).toContain(HOOK_URL);
      expect(info.output()).not.toContain(SECRET);
      const del = startProcess(env, ["src/webhook-cli.ts", "delete"]);
      expect(await del.exited()).toBe(0);
      expect(fake.webhook).toBeUndefined();
    }));

  it("says what is missing instead of registering a webhook without a secret", () =>
    withFake(async (fake) => {
      const set = startProcess({ BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url }, [
        "src/webhook-cli.ts",
        "set",
      ]);
      expect(await set.exited()).toBe(1);
      expect(set.output()).toMatch(/needs WEBHOOK_URL and WEBHOOK_SECRET/);
      expect(fake.callsOf("setWebhook")).toHaveLength(0);
    }));
});
