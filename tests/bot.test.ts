import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APOLOGY } from "../src/bot/create-bot.ts";
import { STALE_BUTTON_NOTICE, TYPE_A_QUESTION, UNKNOWN_COMMAND } from "../src/bot/features/fallback.ts";
import { label } from "../src/bot/render.ts";
import { PART_UNCOVERED } from "../src/replies.ts";
import { loadCases } from "./eval/evaluate.ts";
import { BOT_USER } from "./fake-telegram/server.ts";
import {
  ask,
  button,
  buttons,
  group,
  type Harness,
  person,
  repliesAfter,
  startBot,
} from "./helpers/bot-harness.ts";

const CERTIFICATION = "Do I need a certification to work as a medical lab technician?";
const SALARY = "How much does a medical laboratory technician earn?";

let h: Harness;
beforeAll(async () => {
  h = await startBot();
});
afterAll(async () => {
  await h.stop();
});

describe("/start and /help", () => {
  it("welcomes with what the bot knows and the topic buttons", async () => {
    const { chat, user } = person();
    const [welcome] = await ask(h.fake, chat, user, "/start");
    expect(welcome!.text).toMatch(/medical laboratory technicians/);
    expect(welcome!.text).toMatch(/how much do lab techs make/);
    expect(buttons(welcome!).map((b) => b.text)).toContain("Jobs and pay");
    expect(buttons(welcome!)).toHaveLength(8);
  });

  it("opens an answer or a topic from a deep link", async () => {
    const { chat, user } = person();
    const [answer] = await ask(h.fake, chat, user, "/start salary");
    expect(answer!.text).toContain("$60,290");
    const [topic] = await ask(h.fake, chat, user, "/start certification");
    expect(topic!.text).toMatch(/^Certification/);
    expect(buttons(topic!).map((b) => b.text)).toContain("What is the ASCP certification?");
  });

  it("falls back to the welcome for an unknown deep link, and ignores case", async () => {
    const { chat, user } = person();
    const [welcome] = await ask(h.fake, chat, user, "/start no-such-thing");
    expect(welcome!.text).toMatch(/^Hi! I answer questions/);
    const [answer] = await ask(h.fake, chat, user, "/start SALARY");
    expect(answer!.text).toContain("$60,290");
  });

  it("explains how to ask, with the commands and an example", async () => {
    const { chat, user } = person();
    const [help] = await ask(h.fake, chat, user, "/help");
    expect(help!.text).toMatch(/Example:/);
    expect(help!.text).toMatch(/\/topics/);
  });
});

describe("commands typed as words", () => {
  it("runs 'topics' and 'hi, help please' as /topics and /help", async () => {
    const { chat, user } = person();
    const [typed] = await ask(h.fake, chat, user, "topics");
    const [slash] = await ask(h.fake, chat, user, "/topics");
    expect(typed!.text).toBe(slash!.text);
    expect(buttons(typed!).map((b) => b.text)).toEqual(buttons(slash!).map((b) => b.text));
    const [help] = await ask(h.fake, chat, user, "hi, help please");
    expect(help!.text).toMatch(/Example:/);
  });

  it("runs a command's name typed with a slip as the matcher reads it, not as a note to send the command", async () => {
    const { chat, user } = person();
    const [typed] = await ask(h.fake, chat, user, "topcs");
    const [slash] = await ask(h.fake, chat, user, "/topics");
    expect(typed!.text).toBe(slash!.text);
    expect(buttons(typed!).map((b) => b.text)).toEqual(buttons(slash!).map((b) => b.text));
  });
});

describe("the topic menu", () => {
  it("goes topics → entries → answer → Back → Home by editing one message", async () => {
    const { chat, user } = person();
    const [menu] = await ask(h.fake, chat, user, "/topics");
    const id = menu!.message_id;
    const shown = () => h.fake.botMessages(chat.id).find((m) => m.message_id === id)!;

    h.fake.press(chat, user, id, button(menu!, "Jobs and pay"));
    await h.fake.waitFor(() => shown().edits === 1 || undefined);
    expect(shown().text).toMatch(/^Jobs and pay/);

    h.fake.press(chat, user, id, button(shown(), /How much does a medical laboratory technician earn/));
    await h.fake.waitFor(() => shown().edits === 2 || undefined);
    expect(shown().text).toContain("$102,390");
    expect(shown().html).toContain("<b>How much does a medical laboratory technician earn?</b>");

    h.fake.press(chat, user, id, button(shown(), "⬅️ Back"));
    await h.fake.waitFor(() => shown().edits === 3 || undefined);
    expect(shown().text).toMatch(/^Jobs and pay/);

    h.fake.press(chat, user, id, button(shown(), "⬅️ Back"));
    await h.fake.waitFor(() => shown().edits === 4 || undefined);
    expect(buttons(shown())).toHaveLength(8);
    expect(h.fake.botMessages(chat.id)).toHaveLength(1);
    expect(h.fake.callsOf("answerCallbackQuery").every((c) => c.ok)).toBe(true);
  });
});

describe("free-text questions", () => {
  it("answers a sample of the held-out eval set with the expected entry", async () => {
    const { chat, user } = person();
    const engine = h.engine.current();
    const cases = (await loadCases("tests/eval/holdout.yaml")).filter(
      (c) => c.category === "short" || c.category === "typo",
    );
    for (const c of cases.slice(0, 8)) {
      const [reply] = await ask(h.fake, chat, user, c.text);
      const entry = engine.index.byId.get(String(c.expect))!.entry;
      expect(reply!.text.startsWith(entry.question), c.text).toBe(true);
    }
  });

  it("reads the chat's pending dialogue once per question: the typed-zone and comment steps share the read", async () => {
    const { chat, user } = person();
    const storage = h.storage;
    const getDialog = storage.getDialog;
    let reads = 0;
    storage.getDialog = (chatId) => {
      if (chatId === chat.id) reads++;
      return getDialog.call(storage, chatId);
    };
    try {
      const [reply] = await ask(h.fake, chat, user, "how much do lab techs make");
      expect(reply!.text).toContain("$60,290");
    } finally {
      storage.getDialog = getDialog;
    }
    expect(reads).toBe(1);
  });

  it("answers both questions of a message that asks two things, one message each", async () => {
    const { chat, user } = person();
    await ask(h.fake, chat, user, "how much do lab techs make and do I need a degree?");
    const replies = await h.fake.waitFor(() => {
      const all = h.fake.botMessages(chat.id);
      return all.length >= 2 ? all : undefined;
    });
    expect(replies[0]!.text).toContain("$60,290");
    expect(replies[1]!.text).toMatch(/^Can you become a medical lab technician without a degree/);
  });

  it("answers the question it covers and says plainly that the other one is not covered", async () => {
    const { chat, user } = person();
    await ask(h.fake, chat, user, "what do lab techs earn, and do they get a pension?");
    const replies = await h.fake.waitFor(() => {
      const all = h.fake.botMessages(chat.id);
      return all.length >= 2 ? all : undefined;
    });
    expect(replies[0]!.text).toContain("$60,290");
    expect(replies[1]!.text).toBe(PART_UNCOVERED);
    const [alone] = await ask(h.fake, chat, user, "what do lab techs earn?");
    expect(alone!.text).toContain("$60,290");
    expect(h.fake.botMessages(chat.id).filter((m) => m.text === PART_UNCOVERED)).toHaveLength(1);
  });

  it("reads a follow-up against the chat's last answer, only in that chat and only for a while", async () => {
    const ann = person("Ann");
    const bob = person("Bob");
    const [pay] = await ask(h.fake, ann.chat, ann.user, "how much do lab techs make");
    expect(pay!.text).toContain("$60,290");
    const [why] = await ask(h.fake, ann.chat, ann.user, "does that change depending on where you live?");
    expect(why!.text).toContain("$60,290");
    const [elsewhere] = await ask(
      h.fake,
      bob.chat,
      bob.user,
      "does that change depending on where you live?",
    );
    expect(elsewhere!.text).not.toContain("$60,290");
    h.clock.set(h.clock.now() + 60 * 60_000);
    const [later] = await ask(h.fake, ann.chat, ann.user, "does that change depending on where you live?");
    expect(later!.text).not.toContain("$60,290");
  });

  it("reads 'the latter' as a thing the chat's own message named, never another chat's", async () => {
    const ann = person("Ann");
    const bob = person("Bob");
    const [fit] = await ask(
      h.fake,
      ann.chat,
      ann.user,
      "would a job as a phlebotomist or a cytotechnologist suit someone like me?",
    );
    expect(fit!.text).toMatch(/^Is a medical technician career right for me/);
    await ask(h.fake, bob.chat, bob.user, "is this career right for me?");
    const [latter] = await ask(h.fake, ann.chat, ann.user, "what does the latter do");
    expect(latter!.text).toMatch(/^What does a cytotechnologist do/);
    const [bobs] = await ask(h.fake, bob.chat, bob.user, "what does the latter do");
    expect(bobs!.text).not.toMatch(/cytotechnologist/);
  });

  it("does not send the answer just read again for a follow-up about something beside it", async () => {
    const { chat, user } = person();
    const [where] = await ask(h.fake, chat, user, "where do lab techs work");
    expect(where!.text).toMatch(/^What are the typical work settings/);
    const [inside] = await ask(h.fake, chat, user, "ok but what's the vibe like in there");
    expect(inside!.text).toMatch(/^What is the work environment like/);
    const [again] = await ask(h.fake, chat, user, "what do you mean?");
    expect(again!.text).toMatch(/^What is the work environment like/);
    await ask(h.fake, chat, user, "what is the AMT certification");
    const [other] = await ask(h.fake, chat, user, "ok and the other one?");
    expect(other!.text).toMatch(/^What is the ASCP certification/);
  });

  it("puts related entries under an answer, and opens one as a new message", async () => {
    const { chat, user } = person();
    const [answer] = await ask(h.fake, chat, user, "how much do lab techs make");
    expect(buttons(answer!).length).toBeGreaterThanOrEqual(3);
    h.fake.press(chat, user, answer!.message_id, button(answer!, /job outlook/));
    const [outlook] = await repliesAfter(h.fake, chat, answer!.message_id);
    expect(outlook!.text).toMatch(/6% from 2023 to 2033/);
  });

  it("asks back with 'did you mean' buttons when two entries fit equally", async () => {
    const { chat, user } = person();
    const [reply] = await ask(h.fake, chat, user, "the pay or the certification?");
    expect(reply!.text).toMatch(/Did you mean/);
    expect(buttons(reply!).map((b) => b.text)).toEqual(
      expect.arrayContaining([label(CERTIFICATION), label(SALARY)]),
    );
  });

  it("answers both things a message names, the second after the first", async () => {
    const { chat, user } = person();
    const replies = await ask(h.fake, chat, user, "ascp and phlebotomy", 2);
    const texts = replies.map((r) => r.text).join("\n");
    expect(texts).toMatch(/What is the ASCP certification\?/);
    expect(texts).toMatch(/What does a phlebotomist do\?/);
    expect(texts).not.toMatch(/Did you mean/);
  });

  it("reads 'the second one' after a 'did you mean' as the second entry offered, only in that chat", async () => {
    const ann = person("Ann");
    const bob = person("Bob");
    const [offer] = await ask(h.fake, ann.chat, ann.user, "the pay or the certification?");
    expect(offer!.text).toMatch(/Did you mean/);
    const offered = buttons(offer!).map((b) => b.text);
    expect(offered.slice(0, 2)).toEqual([label(CERTIFICATION), label(SALARY)]);
    const [second] = await ask(h.fake, ann.chat, ann.user, "the second one");
    expect(second!.text.startsWith(SALARY)).toBe(true);
    const [bobs] = await ask(h.fake, bob.chat, bob.user, "the second one");
    expect(bobs!.text.startsWith(SALARY)).toBe(false);
    // Typed as people type it: the number with a word around it, or a word of one button's question only ("work" is
    // in the certification's question; alone it asks something else).
    const eve = person("Eve");
    await ask(h.fake, eve.chat, eve.user, "the pay or the certification?");
    const [numbered] = await ask(h.fake, eve.chat, eve.user, "2 please");
    expect(numbered!.text.startsWith(SALARY)).toBe(true);
    const fay = person("Fay");
    await ask(h.fake, fay.chat, fay.user, "the pay or the certification?");
    const [named] = await ask(h.fake, fay.chat, fay.user, "work");
    expect(named!.text.startsWith(CERTIFICATION)).toBe(true);
    const gus = person("Gus");
    const [alone] = await ask(h.fake, gus.chat, gus.user, "work");
    expect(alone!.text.startsWith(CERTIFICATION)).toBe(false);
    // An answer opened by one of the buttons is what a follow-up is read against next.
    const dee = person("Dee");
    const [choices] = await ask(h.fake, dee.chat, dee.user, "the pay or the certification?");
    h.fake.press(dee.chat, dee.user, choices!.message_id, button(choices!, /certification/));
    const [opened] = await repliesAfter(h.fake, dee.chat, choices!.message_id);
    expect(opened!.text.startsWith(CERTIFICATION)).toBe(true);
    const [who] = await ask(h.fake, dee.chat, dee.user, "who gives it?");
    expect(who!.text.startsWith(CERTIFICATION)).toBe(true);
    // An offer too long ago is not pointed at.
    const cy = person("Cy");
    const [again] = await ask(h.fake, cy.chat, cy.user, "the pay or the certification?");
    expect(again!.text).toMatch(/Did you mean/);
    h.clock.set(h.clock.now() + 60 * 60_000);
    const [later] = await ask(h.fake, cy.chat, cy.user, "the second one");
    expect(later!.text.startsWith(SALARY)).toBe(false);
  });

  it("says honestly when it has no answer and shows the topics", async () => {
    const { chat, user } = person();
    const [reply] = await ask(h.fake, chat, user, "how much do nurses make");
    expect(reply!.text).toMatch(/don't have an answer/);
    expect(buttons(reply!).length).toBeGreaterThan(0);
  });

  it("says what the guide does not cover and offers the nearest entry it does, one tap away", async () => {
    const { chat, user } = person();
    const [reply] = await ask(h.fake, chat, user, "do lab techs work weekends?");
    expect(reply!.text).toMatch(/doesn't say anything about working hours, shifts or weekends/);
    expect(buttons(reply!).map((b) => b.text)).toEqual([
      "What is the work environment like for a lab technician?",
      "📚 Browse topics",
    ]);
    h.fake.press(chat, user, reply!.message_id, button(reply!, /work environment/));
    const [opened] = await repliesAfter(h.fake, chat, reply!.message_id);
    expect(opened!.text).toMatch(/^What is the work environment like/);
    // The exam the question names is the nearest entry to its pass mark.
    const [exam] = await ask(
      h.fake,
      chat,
      user,
      "what score do you need to pass the amt exam, the passing score?",
    );
    expect(buttons(exam!)[0]!.text).toBe("What is the AMT certification?");
  });

  it("shows the topics for a question the guide does not cover with no entry near it", async () => {
    const { chat, user } = person();
    const [reply] = await ask(h.fake, chat, user, "which visa lets a lab tech come over from abroad?");
    expect(reply!.text).toMatch(/doesn't cover that/);
    expect(buttons(reply!).map((b) => b.text)).toContain("Jobs and pay");
  });

  it("replies to small talk", async () => {
    const { chat, user } = person();
    const [reply] = await ask(h.fake, chat, user, "thank you!");
    expect(reply!.text).toMatch(/welcome|helped/i);
  });

  it("sends off someone who thanks and takes leave in one message, rather than inviting another question", async () => {
    const { chat, user } = person();
    const [reply] = await ask(h.fake, chat, user, "thanks a lot, gotta run");
    expect(reply!.text).toMatch(/welcome|helped/i);
    expect(reply!.text).toMatch(/good luck|take care/i);
    expect(reply!.text).not.toMatch(/ask another/i);
  });

  it("escapes what it echoes and sends only valid HTML", async () => {
    const { chat, user } = person();
    await ask(h.fake, chat, user, "<b>salary</b> & <script>");
    expect(h.fake.calls.filter((c) => c.error?.includes("can't parse entities"))).toEqual([]);
  });
});

describe("bad input", () => {
  it.each([
    [
      "sticker",
      {
        sticker: {
          file_id: "s",
          file_unique_id: "s",
          type: "regular",
          width: 1,
          height: 1,
          is_animated: false,
          is_video: false,
        },
      },
    ],
    ["photo", { photo: [{ file_id: "p", file_unique_id: "p", width: 1, height: 1 }] }],
    ["voice", { voice: { file_id: "v", file_unique_id: "v", duration: 1 } }],
    ["location", { location: { latitude: 1, longitude: 2 } }],
    ["document", { document: { file_id: "d", file_unique_id: "d" } }],
  ])("a %s gets a hint to type a question", async (_kind, fields) => {
    const { chat, user } = person();
    h.fake.sendOther(chat, user, fields);
    const [reply] = await h.fake.waitFor(() => {
      const m = h.fake.botMessages(chat.id);
      return m.length > 0 ? m : undefined;
    });
    expect(reply!.text).toBe(TYPE_A_QUESTION);
  });

  it("answers an edited message like a new one", async () => {
    const { chat, user } = person();
    const { message_id } = h.fake.sendText(chat, user, "weather?");
    await repliesAfter(h.fake, chat, message_id, 1);
    h.fake.editText(chat, user, message_id, "salary?");
    const replies = await repliesAfter(h.fake, chat, message_id, 2);
    expect(replies[1]!.text).toContain("$60,290");
  });

  it.each([
    ["a zero-width space inside a word", "sal\u200bary?"],
    ["a soft hyphen inside a word", "sal\u00adary?"],
    ["an encoded zero-width space", "sal&#8203;ary"],
    ["Markdown emphasis", "what is the **sal**ary of an `mlt`"],
  ])("reads through %s", async (_kind, text) => {
    const { chat, user } = person();
    const [reply] = await ask(h.fake, chat, user, text);
    expect(reply!.text).toContain("$60,290");
  });

  it.each([
    ["a 4,500-character message", `what is the salary of a lab tech ${"and so on ".repeat(450)}`],
    ["emoji only", "😀🎉🔥"],
    ["another language", "¿cuánto gana un técnico de laboratorio?"],
    ["only punctuation", "?!..."],
  ])("handles %s with a clear reply", async (_kind, text) => {
    const { chat, user } = person();
    const [reply] = await ask(h.fake, chat, user, text);
    expect(reply!.text.length).toBeGreaterThan(0);
  });

  it("answers forged, stale or unknown button data with a notice and keeps running", async () => {
    const { chat, user } = person();
    const [menu] = await ask(h.fake, chat, user, "/topics");
    for (const data of ["zzz", "e:no-such-entry", "t:", "a:SALARY", "h:extra", `e:${"x".repeat(60)}`]) {
      const id = h.fake.press(chat, user, menu!.message_id, data);
      await h.fake.waitFor(() =>
        h.fake.callsOf("answerCallbackQuery").find((c) => c.params.callback_query_id === id),
      );
      const call = h.fake.callsOf("answerCallbackQuery").find((c) => c.params.callback_query_id === id)!;
      expect(call.params.text).toBe(STALE_BUTTON_NOTICE);
    }
    const [again] = await ask(h.fake, chat, user, "salary");
    expect(again!.text).toContain("$60,290");
  });

  it("tells a person about an unknown command", async () => {
    const { chat, user } = person();
    const [reply] = await ask(h.fake, chat, user, "/frobnicate");
    expect(reply!.text).toBe(UNKNOWN_COMMAND);
  });

  it("keeps every button's data within 64 bytes", () => {
    const all = [...h.fake.messages.values()].flat().flatMap((m) => buttons(m));
    expect(all.length).toBeGreaterThan(20);
    for (const b of all) expect(Buffer.byteLength(b.data)).toBeLessThanOrEqual(64);
  });
});

describe("errors and limits of the Bot API", () => {
  it("retries after a 429 with retry_after and still answers", async () => {
    const { chat, user } = person();
    h.fake.failNext("sendMessage", {
      status: 429,
      description: "Too Many Requests: retry after 1",
      retry_after: 1,
    });
    const [reply] = await ask(h.fake, chat, user, "salary");
    expect(reply!.text).toContain("$60,290");
    expect(
      h.fake.calls.some((c) => c.method === "sendMessage" && c.error?.startsWith("Too Many Requests")),
    ).toBe(true);
  });

  it("apologises when a handler fails instead of going silent", async () => {
    const { chat, user } = person();
    const [menu] = await ask(h.fake, chat, user, "/topics");
    h.fake.failNext("editMessageText", { status: 400, description: "Bad Request: something unexpected" });
    h.fake.press(chat, user, menu!.message_id, button(menu!, "Skills"));
    const [apology] = await repliesAfter(h.fake, chat, menu!.message_id);
    expect(apology!.text).toBe(APOLOGY);
  });
});

describe("groups", () => {
  it("stays quiet unless mentioned or replied to, and answers commands addressed to it", async () => {
    const chat = group();
    const { user } = person();
    const quiet = h.fake.sendText(chat, user, "how much do lab techs make");
    h.fake.sendText(chat, user, "/help@someotherbot");
    const [answer] = await ask(h.fake, chat, user, `@${BOT_USER.username} how much do lab techs make`);
    expect(answer!.text).toContain("$60,290");
    expect(h.fake.botMessages(chat.id)).toHaveLength(1);
    expect(quiet.message_id).toBeLessThan(answer!.message_id);

    const { message_id } = h.fake.sendText(chat, user, "and the job outlook?", {
      reply_to_message: { message_id: answer!.message_id, date: 0, chat, from: BOT_USER, text: answer!.text },
    });
    const [outlook] = await repliesAfter(h.fake, chat, message_id);
    expect(outlook!.text).toMatch(/outlook/i);

    const [help] = await ask(h.fake, chat, user, `/help@${BOT_USER.username}`);
    expect(help!.text).toMatch(/Commands:/);
  });
});

describe("inline mode", () => {
  it("offers entries to browse for an empty query", async () => {
    const { user } = person();
    const id = h.fake.inlineQuery(user, "");
    const call = await h.fake.waitFor(() =>
      h.fake.callsOf("answerInlineQuery").find((c) => c.params.inline_query_id === id),
    );
    expect((call.params.results as unknown[]).length).toBeGreaterThan(0);
  });

  it("offers matching answers to share", async () => {
    const { user } = person();
    const id = h.fake.inlineQuery(user, "salary");
    const call = await h.fake.waitFor(() =>
      h.fake.callsOf("answerInlineQuery").find((c) => c.params.inline_query_id === id),
    );
    expect(call.ok).toBe(true);
    const results = call.params.results as { id: string; title: string }[];
    expect(results[0]?.id).toBe("salary");
  });
});

describe("many chats at once", () => {
  it("answers 40 chats × 5 questions with nothing lost and each chat in order", async () => {
    const questions = ["salary", "phlebotomy", "ascp", "job outlook", "cytotechnologist"];
    const expected = [
      "How much does",
      "What does a phlebotomist",
      "What is the ASCP",
      "What is the job outlook",
      "What does a cytotechnologist",
    ];
    const people = Array.from({ length: 40 }, () => person());
    for (const q of questions) for (const p of people) h.fake.sendText(p.chat, p.user, q);
    for (const p of people) {
      const replies = await h.fake.waitFor(() => {
        const m = h.fake.botMessages(p.chat.id);
        return m.length >= questions.length ? m : undefined;
      }, 15_000);
      expect(replies.map((r, i) => r.text.startsWith(expected[i]!))).toEqual(questions.map(() => true));
    }
  });

  it("answers the first updates of a burst before taking the next hundred", async () => {
    // Taking more before answering makes the first replies wait for the matching of every update taken.
    const people = Array.from({ length: 200 }, () => person());
    const before = h.fake.handedOut;
    for (const p of people) h.fake.sendText(p.chat, p.user, "salary");
    let mostUnanswered = 0;
    await h.fake.waitFor(() => {
      const answered = people.filter((p) => h.fake.botMessages(p.chat.id).length > 0).length;
      mostUnanswered = Math.max(mostUnanswered, h.fake.handedOut - before - answered);
      return answered === people.length || undefined;
    }, 30_000);
    expect(mostUnanswered).toBeLessThanOrEqual(100);
  });
});
