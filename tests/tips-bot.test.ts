import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { confirmation, STOPPED, tipSender } from "../src/bot/features/tips.ts";
import { systemClock } from "../src/tips/clock.ts";
import { createSender, type DailyTipsDeps, DEFAULT_DAILY_OPTIONS, planDue } from "../src/tips/daily.ts";
import { BOT_USER } from "./fake-telegram/server.ts";
import {
  ask,
  botsPerTest,
  button,
  buttons,
  group,
  type Harness,
  person,
  repliesAfter,
  temporaryDatabase,
} from "./helpers/bot-harness.ts";

const bot = botsPerTest();

function shownNow(h: Harness, chatId: number, messageId: number) {
  return h.fake.botMessages(chatId).find((m) => m.message_id === messageId)!;
}

/** Presses a button on a message the bot shows, and waits until the bot has edited that message. */
async function pressAndWait(
  h: Harness,
  who: ReturnType<typeof person>,
  messageId: number,
  label: string | RegExp,
) {
  const before = shownNow(h, who.chat.id, messageId);
  const edits = before.edits;
  h.fake.press(who.chat, who.user, messageId, button(before, label));
  await h.fake.waitFor(() => shownNow(h, who.chat.id, messageId).edits > edits || undefined);
  return shownNow(h, who.chat.id, messageId);
}

/** /daily, an hour, then "type my city": the dialogue now waits for a typed zone. */
async function awaitTypedZone(h: Harness, who: ReturnType<typeof person>, hour: string): Promise<void> {
  const [question] = await ask(h.fake, who.chat, who.user, "/daily");
  await pressAndWait(h, who, question!.message_id, hour);
  await pressAndWait(h, who, question!.message_id, /Type my city/);
}

let owners = 0;
function broadcastDeps(h: Harness): DailyTipsDeps {
  return {
    ...DEFAULT_DAILY_OPTIONS,
    owner: `bot-test-${++owners}`,
    backoffMs: 10,
    leaseMs: 1_000,
    storage: h.storage,
    clock: systemClock,
    tips: () => h.engine.current().kb.tips,
    send: tipSender(h.bot.api, h.engine),
  };
}

describe("subscribing to daily tips", () => {
  it("with buttons: hour, then zone, then a confirmation", async () => {
    const h = await bot();
    const who = person();
    const { chat, user } = who;
    const [question] = await ask(h.fake, chat, user, "/daily");
    expect(question!.text).toMatch(/When should your daily tip arrive/);
    expect(buttons(question!)).toHaveLength(16);
    const zones = await pressAndWait(h, who, question!.message_id, "08:00");
    expect(zones.text).toMatch(/time zone/);
    const confirmed = await pressAndWait(h, who, question!.message_id, "Europe/Berlin");
    expect(confirmed.text).toBe("✅ Every day at 08:00 (Europe/Berlin). /daily off to stop.");
    expect(await h.storage.getSubscriber(chat.id)).toEqual({
      chatId: chat.id,
      hour: 8,
      timeZone: "Europe/Berlin",
      active: true,
    });
  });

  it("with a typed city, a hint for a typo, and /settings to change the hour", async () => {
    const h = await bot();
    const who = person();
    const { chat, user } = who;
    await awaitTypedZone(h, who, "09:00");

    const [hint] = await ask(h.fake, chat, user, "Berln");
    expect(hint!.text).toMatch(/don't know the time zone "Berln".*Did you mean Europe\/Berlin/);
    expect(buttons(hint!).map((b) => b.text)).toContain("Europe/Berlin");

    const [confirmed] = await ask(h.fake, chat, user, "new york");
    expect(confirmed!.text).toBe(confirmation(9, "America/New_York"));

    const [settings] = await ask(h.fake, chat, user, "/settings");
    expect(settings!.text).toMatch(/09:00 \(America\/New_York\)/);
    await pressAndWait(h, who, settings!.message_id, /Change hour/);
    const changed = await pressAndWait(h, who, settings!.message_id, "21:00");
    expect(changed.text).toBe(confirmation(21, "America/New_York"));
  });

  it("a question typed instead of a zone gets its answer, and the zone is still awaited", async () => {
    const h = await bot();
    const who = person();
    const { chat, user } = who;
    await awaitTypedZone(h, who, "09:00");
    const [answer] = await ask(h.fake, chat, user, "how much do lab techs make?");
    expect(answer!.text).toContain("$60,290");
    expect((await h.storage.getDialog(chat.id))?.step).toBe("typed-zone");
    const [confirmed] = await ask(h.fake, chat, user, "Berlin");
    expect(confirmed!.text).toBe(confirmation(9, "Europe/Berlin"));
  });

  it("takes a typed zone at the zone step without 'Type my city', and shows offsets as UTC±h", async () => {
    const h = await bot();
    const who = person();
    const { chat, user } = who;
    const [question] = await ask(h.fake, chat, user, "/daily");
    await pressAndWait(h, who, question!.message_id, "08:00");
    const [confirmed] = await ask(h.fake, chat, user, "UTC+2");
    expect(confirmed!.text).toBe("✅ Every day at 08:00 (UTC+2). /daily off to stop.");
    expect((await h.storage.getSubscriber(chat.id))?.timeZone).toBe("Etc/GMT-2");
    const [settings] = await ask(h.fake, chat, user, "/settings");
    expect(settings!.text).toBe("Your daily tip: every day at 08:00 (UTC+2).");
  });

  it("understands a half-hour offset, an abbreviation, and 'City, Country' at the zone step", async () => {
    const h = await bot();
    for (const [typed, stored, shown] of [
      ["UTC+5:30", "+05:30", "UTC+5:30"],
      ["EST", "America/New_York", "America/New_York"],
      ["Lagos, Nigeria", "Africa/Lagos", "Africa/Lagos"],
      ["India", "Asia/Kolkata", "Asia/Kolkata"],
    ] as const) {
      const who = person();
      const [question] = await ask(h.fake, who.chat, who.user, "/daily");
      await pressAndWait(h, who, question!.message_id, "07:00");
      const [confirmed] = await ask(h.fake, who.chat, who.user, typed);
      expect(confirmed!.text).toBe(`✅ Every day at 07:00 (${shown}). /daily off to stop.`);
      expect((await h.storage.getSubscriber(who.chat.id))?.timeZone).toBe(stored);
    }
  });

  it("asks which zone for a country that has several, and a question at the zone step is answered", async () => {
    const h = await bot();
    const who = person();
    const { chat, user } = who;
    const [question] = await ask(h.fake, chat, user, "/daily");
    await pressAndWait(h, who, question!.message_id, "08:00");
    const [answer] = await ask(h.fake, chat, user, "salary");
    expect(answer!.text).toContain("$60,290");
    const [several] = await ask(h.fake, chat, user, "USA");
    expect(several!.text).toMatch(/"USA" has more than one time zone/);
    const edits = several!.edits;
    h.fake.press(chat, user, several!.message_id, button(several!, "America/New York"));
    const confirmed = await h.fake.waitFor(() =>
      h.fake.botMessages(chat.id).find((m) => m.message_id === several!.message_id && m.edits > edits),
    );
    expect(confirmed.text).toBe(confirmation(8, "America/New_York"));
    expect((await h.storage.getSubscriber(chat.id))?.timeZone).toBe("America/New_York");
  });

  it("questions still get answers while no zone is awaited", async () => {
    const h = await bot();
    const { chat, user } = person();
    const [answer] = await ask(h.fake, chat, user, "salary");
    expect(answer!.text).toContain("$60,290");
  });
});

describe("a locked database", () => {
  it("does not hold up other chats while one chat's write waits for the lock", async () => {
    const h = await bot();
    const waiting = person("Bea");
    const asking = person("Ann");
    // Another connection (a backup, a second process) holds SQLite's write lock for a while.
    const other = new DatabaseSync(h.databasePath);
    other.exec("BEGIN IMMEDIATE");
    let locked = true;
    const release = setTimeout(() => {
      other.exec("ROLLBACK");
      other.close();
      locked = false;
    }, 2_000);
    try {
      // /daily writes the dialogue step: that write must wait for the lock…
      const daily = h.fake.sendText(waiting.chat, waiting.user, "/daily");
      // …while a question from another chat is answered at once.
      const [answer] = await ask(h.fake, asking.chat, asking.user, "how much do lab techs make");
      expect(answer!.text).toContain("$60,290");
      expect(locked).toBe(true);
      const [question] = await repliesAfter(h.fake, waiting.chat, daily.message_id);
      expect(question!.text).toMatch(/When should your daily tip arrive/);
      expect(locked).toBe(false);
    } finally {
      clearTimeout(release);
      if (locked) {
        other.exec("ROLLBACK");
        other.close();
      }
    }
  });
});

describe("/tip and stopping", () => {
  it("in a group, points to the private chat", async () => {
    const h = await bot();
    const { user } = person();
    const chat = group();
    const [hint] = await ask(h.fake, chat, user, `/daily@${BOT_USER.username}`);
    expect(hint!.text).toMatch(/private chat with me/);
  });

  it("gives a different tip each time, with a button to the related answer", async () => {
    const h = await bot();
    const { chat, user } = person();
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const [tip] = await ask(h.fake, chat, user, "/tip");
      expect(tip!.text).toMatch(/^💡 Career tip/);
      expect(buttons(tip!)[0]!.text).toMatch(/^📖/);
      seen.add(tip!.text);
    }
    expect(seen.size).toBe(5);
  });

  it("the Stop button under a tip unsubscribes, and /daily off does too", async () => {
    const h = await bot();
    const { chat, user } = person();
    await h.storage.upsertSubscriber(chat.id, 8, "UTC", 0);
    const [tip] = await ask(h.fake, chat, user, "/tip");
    h.fake.press(chat, user, tip!.message_id, button(tip!, /Stop daily tips/));
    const [stopped] = await repliesAfter(h.fake, chat, tip!.message_id);
    expect(stopped!.text).toBe(STOPPED);
    expect((await h.storage.getSubscriber(chat.id))?.active).toBe(false);

    await h.storage.upsertSubscriber(chat.id, 8, "UTC", 0);
    const [off] = await ask(h.fake, chat, user, "/daily off");
    expect(off!.text).toBe(STOPPED);
    expect((await h.storage.getSubscriber(chat.id))?.active).toBe(false);
  });

  it("/settings after /daily off says tips are off, not that they have not started yet", async () => {
    const h = await bot();
    const { chat, user } = person();
    const [never] = await ask(h.fake, chat, user, "/settings");
    expect(never!.text).toMatch(/don't get daily tips yet/);
    await h.storage.upsertSubscriber(chat.id, 8, "UTC", 0);
    await ask(h.fake, chat, user, "/daily off");
    const [settings] = await ask(h.fake, chat, user, "/settings");
    expect(settings!.text).not.toMatch(/yet/);
    expect(settings!.text).toBe(STOPPED);
  });
});

describe("broadcasting through the Bot API", () => {
  it("survives a 429 and a blocked user: everyone else gets exactly one tip", async () => {
    const h = await bot();
    const people = Array.from({ length: 12 }, () => person());
    for (const p of people) await h.storage.upsertSubscriber(p.chat.id, 0, "UTC", 0);
    const blocked = people[3]!;
    h.fake.block(blocked.chat.id);
    h.fake.failNext("sendMessage", {
      status: 429,
      description: "Too Many Requests: retry after 1",
      retry_after: 1,
    });
    await planDue(h.storage, Date.now());
    const report = await createSender(broadcastDeps(h)).run();
    expect(report).toMatchObject({ claimed: 12, sent: 11, gone: 1, failed: 0 });
    for (const p of people)
      expect(h.fake.botMessages(p.chat.id).filter((m) => m.text.startsWith("💡"))).toHaveLength(
        p === blocked ? 0 : 1,
      );
    expect((await h.storage.getSubscriber(blocked.chat.id))?.active).toBe(false);
    expect(h.fake.calls.some((c) => c.error?.startsWith("Too Many Requests"))).toBe(true);
  });

  it("a restart in the middle of a broadcast loses nothing and sends nothing twice", async () => {
    const databasePath = temporaryDatabase();
    const first = await bot({ databasePath });
    const people = Array.from({ length: 10 }, () => person());
    for (const p of people) await first.storage.upsertSubscriber(p.chat.id, 0, "UTC", 0);
    // The 6th send is under way when the process dies: Telegram has it, but its answer never comes back.
    // Each process's sender runs on its harness's clock, so the leases are read against time the test moves,
    // not against how long a busy machine takes to start the second process.
    const deps = { ...broadcastDeps(first), clock: first.clock, concurrency: 1 };
    let count = 0;
    const realSend = deps.send;
    deps.send = async (chatId, tip) => {
      if (++count === 6) first.fake.answerNone("sendMessage", true);
      await realSend(chatId, tip);
    };
    await planDue(first.storage, first.clock.now());
    // This "process" dies below: whatever its broadcast does after that is not ours to see.
    createSender(deps)
      .run()
      .catch(() => {});
    // Five tips sent and confirmed, the sixth in flight: kill the process once Telegram has it (the request takes a
    // while to get there after the send starts; a process killed before that has not sent it at all).
    const cut = people[5]!.chat.id;
    await first.fake.waitFor(() => first.fake.botMessages(cut).length > 0, 8_000, "the 6th tip at Telegram");
    expect(count).toBe(6);
    expect((await first.storage.pendingDeliveries()).map((d) => d.chatId)).toContain(cut);
    const delivered = new Map<number, number>();
    for (const p of people) delivered.set(p.chat.id, first.fake.botMessages(p.chat.id).length);
    await first.stop();
    // The dead sender's clock stops with it: its last lease ran out no later than a lease from now.
    const diedAt = first.clock.now();

    const second = await bot({ databasePath });
    second.clock.set(diedAt);
    const again = createSender({ ...broadcastDeps(second), clock: second.clock });
    // Until the dead sender's lease runs out its deliveries are left alone; then the unsent ones are sent, and the
    // one cut off mid-send (it arrived) is not sent again.
    expect(await again.run()).toMatchObject({ claimed: 0 });
    second.clock.set(diedAt + 1_001);
    expect(await again.run()).toMatchObject({ claimed: 4, sent: 4 });
    for (const p of people)
      delivered.set(p.chat.id, delivered.get(p.chat.id)! + second.fake.botMessages(p.chat.id).length);
    expect([...delivered.values()]).toEqual(people.map(() => 1));
  });
});
