// 👍 / 👎 under answers: one vote per person and answer (a second press changes it); a 👎 asks what was missing.
import { type Composer, GrammyError } from "grammy";
import { decode } from "../callback-data.ts";
import { pendingDialog } from "../chat-state.ts";
import { LeanComposer } from "../composer.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { answerReply, plain, topicsKeyboard } from "../render.ts";
import { sendReply } from "../send.ts";

export const THANKS_UP = "Thanks! Glad it helped.";
export const THANKS_DOWN = "Thanks for telling us.";
export const ASK_WHAT_WAS_MISSING =
  "Sorry that didn't help. What were you looking for? Your next message goes to the people who keep these answers (and I'll try to answer it). Or pick a topic:";
export const COMMENT_NOTED = "Thanks, noted for the people who keep these answers.";

/** The vote buttons, and the comment after a 👎 (a plain text message), which createBot installs apart. */
export function feedbackFeature({ engine, storage, clock, hash }: BotDeps): {
  buttons: Composer<BotContext>;
  comment: Composer<BotContext>;
} {
  const composer = new LeanComposer<BotContext>();
  const comment = new LeanComposer<BotContext>();

  composer.on("callback_query:data", async (ctx, next) => {
    const action = decode(ctx.callbackQuery.data);
    if (action?.type !== "vote") return next();
    const current = engine.current();
    const entry = current.index.byId.get(action.id)?.entry;
    if (!entry) return next();
    await storage.setVote({
      userHash: hash(ctx.from.id),
      entryId: entry.id,
      vote: action.vote,
      at: clock.now(),
    });
    ctx.outcome = { kind: action.vote === 1 ? "vote:up" : "vote:down", entry: entry.id };
    await ctx.answerCallbackQuery({ text: action.vote === 1 ? THANKS_UP : THANKS_DOWN });
    try {
      await ctx.editMessageReplyMarkup({ reply_markup: answerReply(current, entry, action.vote).keyboard });
    } catch (error) {
      // Pressing the same button twice leaves the markup as it is: Telegram calls that "not modified".
      if (!(error instanceof GrammyError && error.description.includes("not modified"))) throw error;
    }
    if (action.vote === -1 && ctx.chat?.type === "private") {
      await storage.setDialog(
        { chatId: ctx.chat.id, step: "comment", editing: false, entryId: entry.id },
        clock.now(),
      );
      await sendReply(ctx, {
        chunks: plain(ASK_WHAT_WAS_MISSING),
        keyboard: topicsKeyboard(current.index.topics),
      });
    }
  });

  // The message after a 👎 is kept as a comment on that answer, then answered like any question.
  comment.chatType("private").on("message:text", async (ctx, next) => {
    const dialog = await pendingDialog(ctx, storage, ctx.chat.id);
    if (dialog?.step !== "comment" || !dialog.entryId || ctx.msg.text.startsWith("/")) return next();
    await storage.addVoteComment(hash(ctx.from.id), dialog.entryId, ctx.msg.text);
    await storage.clearDialog(ctx.chat.id);
    await sendReply(ctx, { chunks: plain(COMMENT_NOTED) });
    await next();
  });

  return { buttons: composer, comment };
}
