import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it, vi } from "vitest";
import { APOLOGY } from "../src/bot/create-bot.ts";
import { STATS_IN_PRIVATE } from "../src/bot/features/admin.ts";
import { createLogger } from "../src/logger.ts";
import { ask, botsPerTest, button, group, person, repliesAfter } from "./helpers/bot-harness.ts";

const bot = botsPerTest();

/** A destination for pino that keeps every line, parsed. */
function logLines(): { stream: Writable; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { stream, lines };
}

describe("error logs", () => {
  it("name the Bot API method, code and description, never the chat id or the reply text", async () => {
    const { stream, lines } = logLines();
    const h = await bot({ logger: pino({ level: "info" }, stream) });
    const { chat, user } = person();
    const [menu] = await ask(h.fake, chat, user, "/topics");
    h.fake.failNext("editMessageText", { status: 400, description: "Bad Request: something unexpected" });
    h.fake.press(chat, user, menu!.message_id, button(menu!, "Skills"));
    expect((await repliesAfter(h.fake, chat, menu!.message_id))[0]!.text).toBe(APOLOGY);

    const failed = lines.find((l) => l.msg === "handler failed");
    expect(failed).toMatchObject({
      level: 50,
      method: "editMessageText",
      error_code: 400,
      description: "Bad Request: something unexpected",
    });
    const text = JSON.stringify(failed);
    expect(text).not.toContain(String(chat.id));
    expect(text).not.toContain("Skills");
    expect(text).not.toContain("payload");
  });

  it("the bot's logger keeps an error's request out of every line, whoever logs it", async () => {
    const { stream, lines } = logLines();
    const logger = await createLogger("info", true, stream);
    const { GrammyError } = await import("grammy");
    const err = new GrammyError(
      "Call to 'sendMessage' failed!",
      { ok: false, error_code: 403, description: "Forbidden: bot was blocked by the user" },
      "sendMessage",
      { chat_id: 987654321, text: "a private answer" },
    );
    logger.warn({ err }, "daily tip not sent");
    expect(lines[0]).toMatchObject({ err: { method: "sendMessage", error_code: 403 } });
    expect(JSON.stringify(lines[0])).not.toMatch(/987654321|a private answer/);
  });
});

describe("admin /stats", () => {
  it("in a group gives counts only and points to the private chat; the questions only in private", async () => {
    const admin = person("Admin");
    const h = await bot({ adminIds: [admin.user.id] });
    const someone = person();
    await ask(h.fake, someone.chat, someone.user, "how much do nurses make");
    await vi.waitFor(async () => expect(await h.storage.questionsSince(0)).toHaveLength(1));

    const chat = group();
    const [inGroup] = await ask(h.fake, chat, admin.user, "/stats");
    expect(inGroup!.text).toMatch(/Last 7 days: 1 questions, 0 answered/);
    expect(inGroup!.text).toContain(STATS_IN_PRIVATE);
    expect(inGroup!.text).not.toMatch(/nurses/);

    const [inPrivate] = await ask(h.fake, admin.chat, admin.user, "/stats");
    expect(inPrivate!.text).toMatch(/1× how much do nurses make/);
  });
});
