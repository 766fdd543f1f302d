// Installed last: whatever no feature handled gets a short, useful reply instead of silence.
import type { Composer } from "grammy";
import { LeanComposer } from "../composer.ts";
import type { BotContext } from "../context.ts";
import { plain } from "../render.ts";
import { sendReply } from "../send.ts";

export const STALE_BUTTON_NOTICE = "That button is out of date. Send /topics to browse again.";
export const TYPE_A_QUESTION =
  'I can only read text. Please type your question, for example "what does a lab tech earn?"';
export const UNKNOWN_COMMAND =
  "I don't know that command. Send /help to see what I can do, or just type a question.";

export function fallbackFeature(): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();

  // Forged, stale or unknown button data: answer the callback so the spinner stops, and say why nothing happened.
  composer.on("callback_query", async (ctx) => {
    ctx.outcome = { kind: "button:stale" };
    await ctx.answerCallbackQuery({ text: STALE_BUTTON_NOTICE, show_alert: false });
  });

  const privateChats = composer.chatType("private");
  privateChats.on(["message:text", "edited_message:text"], async (ctx) => {
    ctx.outcome = { kind: "unknown-command" };
    await sendReply(ctx, { chunks: plain(UNKNOWN_COMMAND) });
  });
  // Stickers, photos, voice, locations, documents…: only text can be matched.
  privateChats.on(["message", "edited_message"], async (ctx) => {
    ctx.outcome = { kind: "not-text" };
    await sendReply(ctx, { chunks: plain(TYPE_A_QUESTION) });
  });

  return composer;
}
