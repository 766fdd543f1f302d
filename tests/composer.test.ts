import { type Api, Composer, Context } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { describe, expect, it } from "vitest";
import { LeanComposer } from "../src/bot/composer.ts";

const ME = { id: 1, is_bot: true, first_name: "Bot", username: "bot" } as UserFromGetMe;
const text = (t: string) =>
  new Context(
    {
      update_id: 1,
      message: {
        message_id: 1,
        date: 0,
        chat: { id: 2, type: "private", first_name: "A" },
        from: { id: 2, is_bot: false, first_name: "A" },
        text: t,
      },
    },
    {} as Api,
    ME,
  );

describe("LeanComposer", () => {
  it("runs a filter's handlers in the same tick: no Composer and promises built per update (grammY's lazy)", () => {
    const seen: string[] = [];
    for (const composer of [new LeanComposer(), new Composer()]) {
      composer.on("message:text", (ctx) => {
        seen.push(`${composer.constructor.name} ${ctx.msg.text}`);
      });
      void composer.middleware()(text("hi"), async () => undefined);
    }
    expect(seen).toEqual(["LeanComposer hi"]);
  });

  it("passes what a filter rejects to next, awaits an async predicate, and keeps the order", async () => {
    const seen: string[] = [];
    const composer = new LeanComposer();
    composer.on("callback_query", () => {
      seen.push("button");
    });
    composer.filter(
      async (ctx) => ctx.msg?.text === "yes",
      async (_ctx, next) => {
        seen.push("async yes");
        await next();
      },
    );
    composer.command("start", () => {
      seen.push("start");
    });
    composer.use(() => {
      seen.push("rest");
    });
    await composer.middleware()(text("yes"), async () => undefined);
    await composer.middleware()(text("no"), async () => undefined);
    expect(seen).toEqual(["async yes", "rest", "rest"]);
  });
});
