import { DatabaseSync } from "node:sqlite";
import { Writable } from "node:stream";
import pino from "pino";
import { describe, expect, it, vi } from "vitest";
import { APOLOGY } from "../src/bot/create-bot.ts";
import { STATS_IN_PRIVATE } from "../src/bot/features/admin.ts";
import { STALE_BUTTON_NOTICE } from "../src/bot/features/fallback.ts";
import { COMMENT_NOTED } from "../src/bot/features/feedback.ts";
import {
  FORGET_ASK,
  FORGET_EXPIRED,
  FORGET_IN_PRIVATE,
  FORGOTTEN,
  KEPT,
} from "../src/bot/features/forget.ts";
import { STOPPED } from "../src/bot/features/tips.ts";
import { hashId, keyedHasher } from "../src/curation/hash.ts";
import { createLogger } from "../src/logger.ts";
import { openStorage } from "../src/storage/open.ts";
import {
  ask,
  botsPerTest,
  button,
  buttons,
  group,
  type Harness,
  holdsId,
  person,
  RECORDS_KEY,
  repliesAfter,
  temporaryDatabase,
} from "./helpers/bot-harness.ts";

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
    expect(holdsId(text, chat.id)).toBe(false);
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

type Person = ReturnType<typeof person>;

function shown(h: Harness, who: Person, messageId: number) {
  return h.fake.botMessages(who.chat.id).find((m) => m.message_id === messageId)!;
}

/** Presses a button and waits for Telegram's answer to the press. */
async function press(h: Harness, who: Person, messageId: number, data: string) {
  const id = h.fake.press(who.chat, who.user, messageId, data);
  return h.fake.waitFor(() =>
    h.fake.callsOf("answerCallbackQuery").find((c) => c.params.callback_query_id === id),
  );
}

/** Subscribes, takes a /tip, asks a question, votes 👎 with a comment, and gets a daily tip: data in every table. */
async function leaveTraces(h: Harness, who: Person): Promise<void> {
  const [daily] = await ask(h.fake, who.chat, who.user, "/daily");
  await press(h, who, daily!.message_id, button(daily!, "08:00"));
  await h.fake.waitFor(() => shown(h, who, daily!.message_id).edits === 1 || undefined);
  await press(h, who, daily!.message_id, button(shown(h, who, daily!.message_id), "Europe/Berlin"));
  await h.fake.waitFor(() => shown(h, who, daily!.message_id).edits === 2 || undefined);
  await ask(h.fake, who.chat, who.user, "/tip");
  const [answer] = await ask(h.fake, who.chat, who.user, "how much do lab techs make");
  await press(h, who, answer!.message_id, button(answer!, "👎"));
  await repliesAfter(h.fake, who.chat, answer!.message_id);
  const [noted] = await ask(h.fake, who.chat, who.user, "pay in Texas", 2);
  expect(noted!.text).toBe(COMMENT_NOTED);
  // The daily scheduler's work, done here by hand: one tip delivered, one reserved for tomorrow.
  const now = h.clock.now();
  await h.storage.planDeliveries("Europe/Berlin", "2026-01-15", 23, now);
  for (const d of await h.storage.claimDeliveries("test", now, 60_000, 100))
    if (d.chatId === who.chat.id) {
      await h.storage.chooseTips("test", [
        { chatId: d.chatId, localDate: d.localDate, tipId: "tip-a", newCycle: false },
      ]);
      await h.storage.finishDelivery(d.chatId, d.localDate, "test", { status: "sent", attempts: 1 }, now);
    }
  await h.storage.releaseClaims("test");
  await h.storage.planDeliveries("Europe/Berlin", "2026-01-16", 23, now);
  // Question records are written in batches after the reply.
  await vi.waitFor(async () =>
    expect(
      (await h.storage.questionsSince(0)).filter((q) => q.chatHash === hashId(RECORDS_KEY, who.chat.id)),
    ).toHaveLength(2),
  );
}

/** Every value in every table of the database that is the chat's id or its hash, as "table.column". */
function tracesOf(databasePath: string, chatId: number, hash = hashId(RECORDS_KEY, chatId)): string[] {
  const db = new DatabaseSync(databasePath, { readOnly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[];
    const found: string[] = [];
    for (const { name } of tables)
      for (const row of db.prepare(`SELECT * FROM "${name}"`).all())
        for (const [column, value] of Object.entries(row))
          if (value === chatId || value === String(chatId) || value === hash) found.push(`${name}.${column}`);
    return [...new Set(found)].sort();
  } finally {
    db.close();
  }
}

describe("RECORD_QUESTIONS=false", () => {
  it("keeps no question's text, not even the one a follow-up would read against", async () => {
    const h = await bot({ recordQuestions: false });
    const ann = person("Ann");
    await ask(
      h.fake,
      ann.chat,
      ann.user,
      "would a job as a phlebotomist or a cytotechnologist suit someone like me?",
    );
    // Kept just after the reply is sent.
    const kept = await vi.waitFor(async () => {
      const answer = await h.storage.lastAnswer(ann.chat.id, 0);
      expect(answer).toBeDefined();
      return answer!;
    });
    expect(kept.entryId).toBe("career-fit");
    expect(kept.asked).toBeUndefined();
    const recorded = await bot();
    await ask(
      recorded.fake,
      ann.chat,
      ann.user,
      "would a job as a phlebotomist or a cytotechnologist suit someone like me?",
    );
    await vi.waitFor(async () =>
      expect((await recorded.storage.lastAnswer(ann.chat.id, 0))?.asked).toMatch(
        /^would a job as a phlebotomist/,
      ),
    );
  });
});

describe("/forget", () => {
  it("after /daily off, deletes everything about the chat, confirmed with a button; other chats keep theirs", async () => {
    const h = await bot();
    const ann = person("Ann");
    const bob = person("Bob");
    await leaveTraces(h, ann);
    await leaveTraces(h, bob);
    expect(tracesOf(h.databasePath, ann.chat.id)).toEqual(
      expect.arrayContaining([
        "deliveries.chat_id",
        "questions.chat_hash",
        "subscribers.chat_id",
        "votes.user_hash",
      ]),
    );

    expect((await ask(h.fake, ann.chat, ann.user, "/daily off"))[0]!.text).toBe(STOPPED);
    // The chat id itself only where the bot messages the chat; the tips seen, dialogues and last answer are hashed.
    expect(tracesOf(h.databasePath, ann.chat.id, "")).toEqual(["deliveries.chat_id", "subscribers.chat_id"]);
    const [question] = await ask(h.fake, ann.chat, ann.user, "/forget");
    expect(question!.text).toBe(FORGET_ASK);
    await press(h, ann, question!.message_id, button(question!, /Delete everything/));
    await h.fake.waitFor(() => shown(h, ann, question!.message_id).edits === 1 || undefined);
    expect(shown(h, ann, question!.message_id).text).toBe(FORGOTTEN);
    expect(buttons(shown(h, ann, question!.message_id))).toEqual([]);

    expect(tracesOf(h.databasePath, ann.chat.id)).toEqual([]);
    expect(tracesOf(h.databasePath, bob.chat.id).length).toBeGreaterThan(3);
    expect((await h.storage.getSubscriber(bob.chat.id))?.active).toBe(true);
  });

  it("refuses a confirmation that is stale, forged, or follows Keep, and deletes nothing", async () => {
    const h = await bot();
    const ann = person("Ann");
    await leaveTraces(h, ann);
    const before = tracesOf(h.databasePath, ann.chat.id);
    const [first] = await ask(h.fake, ann.chat, ann.user, "/tip");
    const fresh = `X:${h.clock.now().toString(36)}`;

    // Forged: a well-formed confirmation without a /forget asked; malformed data.
    expect((await press(h, ann, first!.message_id, fresh)).params.text).toBe(FORGET_EXPIRED);
    expect((await press(h, ann, first!.message_id, "X:not-a-time")).params.text).toBe(STALE_BUTTON_NOTICE);

    // Stale: pressed eleven minutes after /forget.
    const [asked] = await ask(h.fake, ann.chat, ann.user, "/forget");
    const confirm = button(asked!, /Delete everything/);
    h.clock.set(h.clock.now() + 11 * 60_000);
    expect((await press(h, ann, asked!.message_id, confirm)).params.text).toBe(FORGET_EXPIRED);

    // After Keep, the earlier button no longer deletes.
    const [again] = await ask(h.fake, ann.chat, ann.user, "/forget");
    const oldConfirm = button(again!, /Delete everything/);
    await press(h, ann, again!.message_id, button(again!, "Keep my data"));
    await h.fake.waitFor(() => shown(h, ann, again!.message_id).edits === 1 || undefined);
    expect(shown(h, ann, again!.message_id).text).toBe(KEPT);
    expect((await press(h, ann, again!.message_id, oldConfirm)).params.text).toBe(FORGET_EXPIRED);

    expect(tracesOf(h.databasePath, ann.chat.id)).toEqual(before);
  });

  it("in a group points to the private chat", async () => {
    const h = await bot();
    const ann = person("Ann");
    const [reply] = await ask(h.fake, group(), ann.user, "/forget");
    expect(reply!.text).toBe(FORGET_IN_PRIVATE);
  });
});

describe("keyed hash memo", () => {
  it("gives every id the same hash as hashId and keeps at most its capacity", () => {
    const hash = keyedHasher(RECORDS_KEY, 3);
    for (const id of [1, 2, 1, 3, 4, 5, -100, 2, 1]) expect(hash(id)).toBe(hashId(RECORDS_KEY, id));
    expect(hash.size()).toBe(3);
    expect(keyedHasher(`${RECORDS_KEY}x`, 3)(1)).not.toBe(hash(1));
  });

  it("is the bot's and the storage's both when the storage is given it: one HMAC per new chat, not two", async () => {
    const hash = keyedHasher(RECORDS_KEY);
    const storage = await openStorage(temporaryDatabase(), { recordsKey: RECORDS_KEY, hash });
    try {
      await storage.setLastAnswer(42, "salary", 1);
      expect(hash.size()).toBe(1);
      expect(await storage.lastAnswer(42, 0)).toEqual({ entryId: "salary", at: 1 });
    } finally {
      await storage.close();
    }
  });
});
