// Sending and editing replies: chunks in order, keyboard under the last, HTML parse mode throughout.
import { GrammyError } from "grammy";
import type { BotContext } from "./context.ts";
import type { Reply } from "./render.ts";

export async function sendReply(ctx: BotContext, reply: Reply, replyTo?: number): Promise<void> {
  const last = reply.chunks.length - 1;
  for (const [i, html] of reply.chunks.entries()) {
    await ctx.reply(html, {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(i === last && reply.keyboard ? { reply_markup: reply.keyboard } : {}),
      ...(i === 0 && replyTo
        ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
        : {}),
    });
  }
}

/** Edits the message the pressed button belongs to; "message is not modified" (a double tap) is not an error. */
export async function editReply(ctx: BotContext, reply: Reply): Promise<void> {
  const [first, ...rest] = reply.chunks;
  try {
    await ctx.editMessageText(first ?? "", {
      parse_mode: "HTML",
      link_preview_options: { is_disabled: true },
      ...(rest.length === 0 && reply.keyboard ? { reply_markup: reply.keyboard } : {}),
    });
  } catch (error) {
    if (error instanceof GrammyError && error.description.includes("message is not modified")) return;
    if (
      error instanceof GrammyError &&
      /message (to edit )?(can't be edited|not found)/.test(error.description)
    )
      return sendReply(ctx, reply);
    throw error;
  }
  if (rest.length > 0)
    await sendReply(ctx, { chunks: rest, ...(reply.keyboard ? { keyboard: reply.keyboard } : {}) });
}
