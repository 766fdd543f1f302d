// The fake Bot API must be as strict as Telegram, or the bot tests prove nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegram, TOKEN } from "./fake-telegram/server.ts";

let fake: FakeTelegram;
beforeAll(async () => {
  fake = await new FakeTelegram({ sendRatePerSecond: 10 }).start();
});
afterAll(async () => {
  await fake.close();
});

async function call(
  method: string,
  params: Record<string, unknown>,
): Promise<{ ok: boolean; description?: string; error_code?: number }> {
  const res = await fetch(`${fake.url}/bot${TOKEN}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(params),
  });
  return (await res.json()) as { ok: boolean; description?: string };
}

describe("the fake Bot API enforces Telegram's rules", () => {
  it("rejects broken HTML with 'can't parse entities'", async () => {
    for (const text of ["<b>unclosed", "a < b", "<script>x</script>", "fish & chips"])
      expect((await call("sendMessage", { chat_id: 1, text, parse_mode: "HTML" })).description).toMatch(
        /can't parse entities/,
      );
  });

  it("rejects text over 4,096 characters and empty text", async () => {
    expect((await call("sendMessage", { chat_id: 2, text: "x".repeat(4097) })).description).toMatch(
      /too long/,
    );
    expect((await call("sendMessage", { chat_id: 2, text: " " })).description).toMatch(/empty/);
  });

  it("rejects callback data over 64 bytes and malformed keyboards", async () => {
    const long = { inline_keyboard: [[{ text: "x", callback_data: "é".repeat(33) }]] };
    expect((await call("sendMessage", { chat_id: 3, text: "hi", reply_markup: long })).description).toMatch(
      /BUTTON_DATA_INVALID/,
    );
    const flat = { inline_keyboard: [{ text: "x", callback_data: "a" }] };
    expect((await call("sendMessage", { chat_id: 3, text: "hi", reply_markup: flat })).ok).toBe(false);
  });

  it("rejects unknown callback query ids and edits of unknown messages", async () => {
    expect((await call("answerCallbackQuery", { callback_query_id: "nope" })).description).toMatch(
      /query ID is invalid/,
    );
    expect((await call("editMessageText", { chat_id: 4, message_id: 999, text: "x" })).description).toMatch(
      /not found/,
    );
  });

  it("answers a too-fast sender with 429 and retry_after", async () => {
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => call("sendMessage", { chat_id: 100 + i, text: "hi" })),
    );
    const limited = results.filter((r) => r.error_code === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(results.filter((r) => r.ok).length).toBeLessThanOrEqual(3);
  });

  it("answers a burst to one chat with 429, while other chats are served", async () => {
    // Spaced out for the limit across chats (10 a second here), too close for the one chat's (1 a second).
    const spaced = () => new Promise((resolve) => setTimeout(resolve, 150));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const one = [];
    for (let i = 0; i < 5; i++) {
      one.push(await call("sendMessage", { chat_id: 200, text: `hi ${i}` }));
      await spaced();
    }
    expect(one.map((r) => r.ok)).toEqual([true, true, true, false, false]);
    expect(one.at(-1)!.error_code).toBe(429);
    expect((await call("sendMessage", { chat_id: 201, text: "hi" })).ok).toBe(true);
  });
});
