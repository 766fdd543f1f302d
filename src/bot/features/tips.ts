// Daily career tips: /tip now, /daily to subscribe (hour and zone buttons, or a typed city), /settings, stop.
import { type Api, type Composer, GrammyError } from "grammy";
import type { EngineHolder } from "../../engine.ts";
import type { Tip } from "../../knowledge/schema.ts";
import { match } from "../../matching/engine.ts";
import { RateLimitedError, RecipientGoneError } from "../../tips/daily.ts";
import { formatHour } from "../../tips/local-time.ts";
import { nextTip } from "../../tips/rotation.ts";
import {
  COMMON_ZONES,
  isValidTimeZone,
  resolveTimeZone,
  type ZoneAnswer,
  zoneLabel,
} from "../../tips/time-zones.ts";
import { decode } from "../callback-data.ts";
import { pendingDialog } from "../chat-state.ts";
import { LeanComposer } from "../composer.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { hourKeyboard, plain, type Reply, settingsKeyboard, tipReply, zoneKeyboard } from "../render.ts";
import { editReply, sendReply } from "../send.ts";

export const TIP_COMMANDS = [
  { command: "tip", description: "A career tip right now" },
  { command: "daily", description: "Get a tip every day (/daily off to stop)" },
  { command: "settings", description: "Your daily tip hour and time zone" },
] as const;

const ASK_HOUR = "When should your daily tip arrive? Pick an hour (your local time):";
const ASK_ZONE = "Which time zone are you in? Pick one, or type your city, country or UTC offset.";
const TYPE_ZONE =
  "Type your city (for example Berlin), country, or time zone (for example Europe/Berlin, EST or UTC+2). /cancel to stop.";
export const STOPPED = "Daily tips are off. Send /daily to subscribe again.";
const NEVER_SUBSCRIBED = "You don't get daily tips yet. Send /daily to subscribe.";

/** More than a place name: several words, or a question mark. */
function looksLikeQuestion(text: string): boolean {
  return text.includes("?") || text.trim().split(/\s+/).length >= 4;
}

export function confirmation(hour: number, zone: string): string {
  return `✅ Every day at ${formatHour(hour)} (${zoneLabel(zone)}). /daily off to stop.`;
}

function unknownZone(typed: string, answer: Extract<ZoneAnswer, { ok: false }>): Reply {
  const { suggestions } = answer;
  const quoted = `"${typed.slice(0, 64)}"`;
  const text = answer.several
    ? `${quoted} has more than one time zone. Pick yours, or type your city. /cancel to stop.`
    : `I don't know the time zone ${quoted}.${suggestions.length > 0 ? ` Did you mean ${suggestions.join(" or ")}?` : ""} Type a city like Berlin, a country, a zone like Europe/Berlin or EST, or an offset like UTC+2. /cancel to stop.`;
  return {
    chunks: plain(text),
    ...(suggestions.length > 0 ? { keyboard: zoneKeyboard(suggestions, false) } : {}),
  };
}

/**
 * Sends a daily tip through the Bot API (daily tips go to subscribers only, so it carries the Stop button); a 403
 * (blocked, deactivated) becomes RecipientGoneError, a 429 RateLimitedError.
 */
export function tipSender(api: Api, engine: EngineHolder): (chatId: number, tip: Tip) => Promise<void> {
  return async (chatId, tip) => {
    const reply = tipReply(engine.current(), tip, true);
    try {
      await api.sendMessage(chatId, reply.chunks.join("\n"), {
        parse_mode: "HTML",
        ...(reply.keyboard ? { reply_markup: reply.keyboard } : {}),
      });
    } catch (error) {
      if (error instanceof GrammyError && error.error_code === 403)
        throw new RecipientGoneError(error.description);
      // The sender waits out a 429 and sends the tip again through its pacer.
      if (error instanceof GrammyError && error.error_code === 429)
        throw new RateLimitedError((error.parameters.retry_after ?? 1) * 1000, error.description);
      throw error;
    }
  };
}

/**
 * The tips feature in two parts, which createBot installs apart: the commands and buttons, and the time zone typed
 * while the dialogue waits for one (the only plain text it takes).
 */
export function tipsFeature({ engine, storage, clock, hash }: BotDeps): {
  commandsAndButtons: Composer<BotContext>;
  typedZone: Composer<BotContext>;
} {
  const composer = new LeanComposer<BotContext>();
  const chats = composer.chatType("private");
  const typedZone = new LeanComposer<BotContext>();

  // Tips are personal: in a group, point to the private chat instead of staying silent.
  composer.chatType(["group", "supergroup"]).command(["tip", "daily", "settings"], async (ctx) => {
    ctx.outcome = { kind: "tips:group" };
    await sendReply(
      ctx,
      {
        chunks: plain(
          `Daily tips are personal: open a private chat with me (@${ctx.me.username}) and send /daily.`,
        ),
      },
      ctx.msg.message_id,
    );
  });

  const saveZone = async (ctx: BotContext, chatId: number, zone: string, via: "edit" | "send") => {
    const dialog = await storage.getDialog(chatId);
    const hour = dialog?.hour ?? (await storage.getSubscriber(chatId))?.hour;
    if (hour === undefined) return false;
    await storage.upsertSubscriber(chatId, hour, zone, clock.now());
    await storage.clearDialog(chatId);
    ctx.outcome = { kind: "tips:subscribed", reason: `${hour}@${zone}` };
    const reply = { chunks: plain(confirmation(hour, zone)) };
    await (via === "edit" ? editReply(ctx, reply) : sendReply(ctx, reply));
    return true;
  };

  const startDialog = async (ctx: BotContext, chatId: number) => {
    await storage.setDialog({ chatId, step: "hour", editing: false }, clock.now());
    ctx.outcome = { kind: "tips:ask-hour" };
    await sendReply(ctx, { chunks: plain(ASK_HOUR), keyboard: hourKeyboard() });
  };

  const stop = async (chatId: number) => {
    await storage.deactivate(chatId, "unsubscribed", clock.now());
    await storage.clearDialog(chatId);
  };

  chats.command("tip", async (ctx) => {
    const current = engine.current();
    const { tip, newCycle } = nextTip(
      current.kb.tips,
      await storage.seenTips(ctx.chat.id),
      hash(ctx.chat.id),
    );
    await storage.markTipSeen(ctx.chat.id, tip.id, newCycle);
    ctx.outcome = { kind: "tips:now", entry: tip.id };
    await sendReply(ctx, tipReply(current, tip, (await storage.getSubscriber(ctx.chat.id))?.active ?? false));
  });

  chats.command("daily", async (ctx) => {
    if (/^(off|stop|no|unsubscribe)$/i.test(ctx.match.trim())) {
      await stop(ctx.chat.id);
      ctx.outcome = { kind: "tips:off" };
      return sendReply(ctx, { chunks: plain(STOPPED) });
    }
    await startDialog(ctx, ctx.chat.id);
  });

  chats.command("settings", async (ctx) => {
    const sub = await storage.getSubscriber(ctx.chat.id);
    ctx.outcome = { kind: "tips:settings" };
    // Someone who turned tips off is told so; "yet" is only for someone who never subscribed.
    if (sub && !sub.active) return sendReply(ctx, { chunks: plain(STOPPED) });
    if (!sub) return sendReply(ctx, { chunks: plain(NEVER_SUBSCRIBED) });
    await sendReply(ctx, {
      chunks: plain(`Your daily tip: every day at ${formatHour(sub.hour)} (${zoneLabel(sub.timeZone)}).`),
      keyboard: settingsKeyboard(),
    });
  });

  chats.command("cancel", async (ctx) => {
    await storage.clearDialog(ctx.chat.id);
    ctx.outcome = { kind: "tips:cancel" };
    await sendReply(ctx, { chunks: plain("OK, cancelled.") });
  });

  // A typed time zone, city, country or offset, while the dialogue waits for a zone (with or without "Type my
  // city" pressed first). A question instead ("how much do lab techs make?") is answered and the wait goes on.
  typedZone.chatType("private").on("message:text", async (ctx, next) => {
    const dialog = await pendingDialog(ctx, storage, ctx.chat.id);
    const waiting = dialog?.step === "zone" || dialog?.step === "typed-zone";
    if (!waiting || ctx.msg.text.startsWith("/")) return next();
    const answer = resolveTimeZone(ctx.msg.text);
    if (answer.ok) return void (await saveZone(ctx, ctx.chat.id, answer.zone, "send"));
    const question =
      answer.suggestions.length === 0 &&
      (looksLikeQuestion(ctx.msg.text) || match(engine.current().index, ctx.msg.text).kind !== "none");
    if (question) return next();
    ctx.outcome = { kind: "tips:unknown-zone" };
    await sendReply(ctx, unknownZone(ctx.msg.text, answer));
  });

  chats.on("callback_query:data", async (ctx, next) => {
    const action = decode(ctx.callbackQuery.data);
    const chatId = ctx.chat.id;
    const dialog = await storage.getDialog(chatId);
    const sub = await storage.getSubscriber(chatId);
    switch (action?.type) {
      case "subscribe":
        await ctx.answerCallbackQuery();
        return startDialog(ctx, chatId);
      case "hour": {
        if (!dialog) return next();
        await ctx.answerCallbackQuery();
        if (dialog.editing && sub?.active) {
          await storage.clearDialog(chatId);
          await storage.upsertSubscriber(chatId, action.hour, sub.timeZone, clock.now());
          ctx.outcome = { kind: "tips:hour-changed" };
          return editReply(ctx, { chunks: plain(confirmation(action.hour, sub.timeZone)) });
        }
        await storage.setDialog(
          { chatId, step: "zone", hour: action.hour, editing: dialog.editing },
          clock.now(),
        );
        return editReply(ctx, { chunks: plain(ASK_ZONE), keyboard: zoneKeyboard(COMMON_ZONES) });
      }
      case "zone": {
        if (!isValidTimeZone(action.zone) || (!dialog && !sub?.active)) return next();
        await ctx.answerCallbackQuery();
        if (!(await saveZone(ctx, chatId, action.zone, "edit"))) return next();
        return;
      }
      case "type-zone":
        if (!dialog) return next();
        await ctx.answerCallbackQuery();
        await storage.setDialog({ ...dialog, step: "typed-zone" }, clock.now());
        return editReply(ctx, { chunks: plain(TYPE_ZONE) });
      case "change-hour":
      case "change-zone": {
        if (!sub?.active) return next();
        await ctx.answerCallbackQuery();
        const step = action.type === "change-hour" ? "hour" : "zone";
        await storage.setDialog({ chatId, step, hour: sub.hour, editing: true }, clock.now());
        return editReply(
          ctx,
          step === "hour"
            ? { chunks: plain(ASK_HOUR), keyboard: hourKeyboard() }
            : { chunks: plain(ASK_ZONE), keyboard: zoneKeyboard(COMMON_ZONES) },
        );
      }
      case "stop-tips":
        await stop(chatId);
        await ctx.answerCallbackQuery({ text: "Daily tips stopped." });
        ctx.outcome = { kind: "tips:off" };
        return sendReply(ctx, { chunks: plain(STOPPED) });
      default:
        return next();
    }
  });

  return { commandsAndButtons: composer, typedZone };
}
