// /topics and the topic menu: topics → entries → answer, navigated by editing one message, with Back and Home.
import type { Composer } from "grammy";
import type { Engine } from "../../engine.ts";
import { type Action, decode } from "../callback-data.ts";
import { keepLastAnswer } from "../chat-state.ts";
import { LeanComposer } from "../composer.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { answerReply, homeReply, menuEntryReply, type Reply, topicReply } from "../render.ts";
import { editReply, sendReply } from "../send.ts";

/** What a button leads to, and whether it replaces the menu message or arrives as a new one; undefined if stale. */
function resolve(engine: Engine, action: Action): { reply: Reply; mode: "edit" | "send" } | undefined {
  switch (action.type) {
    case "home":
      return { reply: homeReply(engine), mode: "edit" };
    case "menu":
      return { reply: homeReply(engine), mode: "send" };
    case "topic": {
      const topic = engine.kb.topics.find((t) => t.id === action.id);
      return topic && { reply: topicReply(engine, topic), mode: "edit" };
    }
    case "entry": {
      const entry = engine.index.byId.get(action.id)?.entry;
      return entry && { reply: menuEntryReply(entry), mode: "edit" };
    }
    case "answer": {
      const entry = engine.index.byId.get(action.id)?.entry;
      return entry && { reply: answerReply(engine, entry), mode: "send" };
    }
    default:
      return undefined;
  }
}

export function topicsFeature({ engine, storage, clock, logger }: BotDeps): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();

  composer.command("topics", async (ctx) => {
    ctx.outcome = { kind: "topics" };
    await sendReply(ctx, homeReply(engine.current()));
  });

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decode(ctx.callbackQuery.data);
    const target = action && resolve(engine.current(), action);
    if (!action || !target) return next();
    // Answer first: the spinner stops at once, whatever the edit below takes.
    await ctx.answerCallbackQuery();
    ctx.outcome = { kind: `button:${action.type}`, ...("id" in action ? { entry: action.id } : {}) };
    await (target.mode === "edit" ? editReply(ctx, target.reply) : sendReply(ctx, target.reply));
    // An answer opened by a button is what the chat read last: "and the other one?" next is read against it, not
    // against the "did you mean" or the answer the button was under.
    const chatId = ctx.chat?.id;
    if ((action.type === "answer" || action.type === "entry") && chatId !== undefined)
      await keepLastAnswer(ctx, storage, { chatId, entryId: action.id, at: clock.now() }).catch(
        (error: unknown) => logger.warn({ err: error }, "last answer not kept"),
      );
  });

  return composer;
}
