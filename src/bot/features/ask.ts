// Free-text questions (new or edited): the engine's result rendered as an answer, "did you mean", small talk or the menu.
import type { Composer, Filter } from "grammy";
import { questionRecord } from "../../curation/record.ts";
import { type MatchResult, matchInChat, offeredOf } from "../../matching/engine.ts";
import { PART_UNCOVERED, smalltalkReplies } from "../../replies.ts";
import { keepLastAnswer, recentAnswer } from "../chat-state.ts";
import { LeanComposer } from "../composer.ts";
import type { BotContext, BotDeps, Outcome } from "../context.ts";
import { answerReply, didYouMeanReply, nearestReply, noAnswerReply, plain, type Reply } from "../render.ts";
import { sendReply } from "../send.ts";

type TextContext = Filter<BotContext, "message:text" | "edited_message:text">;

/** In groups the bot only answers when spoken to: a mention of it, or a reply to one of its messages. */
export function isAddressed(ctx: TextContext): boolean {
  const message = ctx.msg;
  if (message.chat.type === "private") return true;
  if (message.reply_to_message?.from?.id === ctx.me.id) return true;
  const mention = `@${ctx.me.username}`.toLowerCase();
  return (message.entities ?? []).some(
    (e) =>
      e.type === "mention" && message.text.slice(e.offset, e.offset + e.length).toLowerCase() === mention,
  );
}

export function withoutMention(text: string, username: string): string {
  // Most messages mention nobody: no pattern to build for them.
  if (!text.includes("@")) return text.trim();
  return text.replace(new RegExp(`@${username}\\b`, "gi"), " ").trim();
}

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(Math.random() * items.length)]!;
}

export function outcomeOf(result: MatchResult): Outcome {
  switch (result.kind) {
    case "answer":
      return {
        kind: "answer",
        entry: result.also ? `${result.entry.id},${result.also.id}` : result.entry.id,
        confidence: Number(result.confidence.toFixed(3)),
      };
    case "ambiguous":
      return {
        kind: "ambiguous",
        entry: result.candidates.map((c) => c.entry.id).join(","),
        confidence: Number((result.candidates[0]?.confidence ?? 0).toFixed(3)),
      };
    case "smalltalk":
      return { kind: "smalltalk", entry: result.intent.id };
    case "command":
      return { kind: "command", entry: result.command };
    case "none":
      return { kind: "none", reason: result.reason };
  }
}

export function askFeature({
  engine,
  clock,
  hash,
  recorder,
  storage,
  logger,
}: BotDeps): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();
  composer.on(["message:text", "edited_message:text"]).filter(isAddressed, async (ctx, next) => {
    if (ctx.msg.text.startsWith("/")) return next(); // a command no feature knows: the fallback answers it
    const current = engine.current();
    const text = withoutMention(ctx.msg.text, ctx.me.username);
    // The chat's last answer, while recent, is what a follow-up ("and the top 10%?") is read against; a message
    // that stands on its own does not wait for it.
    const now = clock.now();
    const result = await matchInChat(current.index, text, now, () =>
      recentAnswer(ctx, storage, ctx.chat.id, now - current.index.options.followUpWindowMs),
    );
    ctx.outcome = outcomeOf(result);
    const reply: Reply = (() => {
      switch (result.kind) {
        case "answer":
          return answerReply(current, result.entry);
        case "ambiguous":
          return didYouMeanReply(result.candidates);
        case "smalltalk":
          return { chunks: plain(pick(smalltalkReplies(result))) };
        case "command":
          // Only an edited message gets here: a new one was already run as the command.
          return { chunks: plain(`Send /${result.command} for that.`) };
        case "none":
          return result.nearest ? nearestReply(result.nearest) : noAnswerReply(result.topics, result.reason);
      }
    })();
    const replyTo = ctx.chat.type === "private" ? undefined : ctx.msg.message_id;
    await sendReply(ctx, reply, replyTo);
    // A message that asks two things gets the second answer right after the first.
    if (result.kind === "answer" && result.also)
      await sendReply(ctx, answerReply(current, result.also), replyTo);
    // A question the guide does not cover, asked beside one it does, is not passed over in silence.
    if (result.kind === "answer" && result.partlyUncovered)
      await sendReply(ctx, { chunks: plain(PART_UNCOVERED) }, replyTo);
    // Kept after replying (a locked database must not delay the answer) but before the update is done, so the
    // chat's next message, handled after this one, finds it. Losing it only costs a follow-up its context.
    // A "did you mean" is kept as the entries it offered: "the second one" next picks among them.
    const offered = offeredOf(result);
    const entryId = result.kind === "answer" ? (result.also ?? result.entry).id : offered[0];
    if (entryId !== undefined)
      await keepLastAnswer(ctx, storage, {
        chatId: ctx.chat.id,
        entryId,
        at: now,
        // The things it named ("histotech or cytotech?") are what "the first one" next may mean; an operator who
        // keeps no question records (RECORD_QUESTIONS=false) keeps no question's text here either.
        asked: recorder === undefined ? undefined : text,
        ...(offered.length > 0 ? { offered } : {}),
      }).catch((error: unknown) => logger.warn({ err: error }, "last answer not kept"));
    // Queued after replying and written in batches: a slow disk never delays an answer.
    recorder?.record(questionRecord(result, text, hash(ctx.chat.id), now, current.kb.version));
  });
  return composer;
}
