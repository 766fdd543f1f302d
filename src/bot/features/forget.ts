// /forget: deletes everything the bot keeps about a private chat, after a confirmation button.
import { type Composer, InlineKeyboard } from "grammy";
import { decode, encode } from "../callback-data.ts";
import { LeanComposer } from "../composer.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { plain } from "../render.ts";
import { editReply, sendReply } from "../send.ts";

export const FORGET_COMMANDS = [
  { command: "forget", description: "Delete everything I keep about you" },
] as const;

export const FORGET_ASK =
  "This deletes everything I keep about this chat: your daily tip subscription and tip history, your 👍/👎 votes and comments, and the record of the questions you asked. It cannot be undone. Delete it all?";
export const FORGOTTEN = "Done: I deleted everything I kept about this chat. Send /start whenever you like.";
export const KEPT = "OK, nothing was deleted.";
export const FORGET_EXPIRED = "That confirmation is out of date; nothing was deleted. Send /forget again.";
export const FORGET_IN_PRIVATE =
  "/forget works in a private chat with me: it deletes what I keep about you there.";

/** A confirmation button older than this is refused: the person may no longer mean it. */
export const FORGET_VALID_MS = 10 * 60_000;

export function forgetFeature({ storage, clock, hash }: BotDeps): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();

  composer.chatType(["group", "supergroup"]).command("forget", async (ctx) => {
    ctx.outcome = { kind: "forget:group" };
    await sendReply(ctx, { chunks: plain(FORGET_IN_PRIVATE) }, ctx.msg.message_id);
  });

  const chats = composer.chatType("private");

  chats.command("forget", async (ctx) => {
    const issued = clock.now();
    // The pending dialogue is what makes a confirmation button valid: after "Keep", after the deletion, or
    // once another dialogue has begun, a confirmation (stale or forged) finds none.
    await storage.setDialog({ chatId: ctx.chat.id, step: "forget", editing: false }, clock.now());
    ctx.outcome = { kind: "forget:ask" };
    await sendReply(ctx, {
      chunks: plain(FORGET_ASK),
      keyboard: new InlineKeyboard()
        .text("🗑 Delete everything", encode({ type: "forget", issued }))
        .text("Keep my data", encode({ type: "keep" })),
    });
  });

  chats.on("callback_query:data", async (ctx, next) => {
    const action = decode(ctx.callbackQuery.data);
    if (action?.type !== "forget" && action?.type !== "keep") return next();
    const chatId = ctx.chat.id;
    const dialog = await storage.getDialog(chatId);
    if (action.type === "keep") {
      if (dialog?.step === "forget") await storage.clearDialog(chatId);
      ctx.outcome = { kind: "forget:kept" };
      await ctx.answerCallbackQuery();
      return editReply(ctx, { chunks: plain(KEPT) });
    }
    const now = clock.now();
    const current =
      dialog?.step === "forget" && action.issued <= now && now - action.issued <= FORGET_VALID_MS;
    if (!current) {
      ctx.outcome = { kind: "forget:stale" };
      return ctx.answerCallbackQuery({ text: FORGET_EXPIRED, show_alert: true });
    }
    const deleted = await storage.forget(chatId, hash(chatId));
    ctx.outcome = { kind: "forget:done", reason: String(deleted) };
    await ctx.answerCallbackQuery();
    await editReply(ctx, { chunks: plain(FORGOTTEN) });
  });

  return composer;
}
