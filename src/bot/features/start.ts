// /start (with deep links to a topic or an answer) and /help.
import type { Composer } from "grammy";
import { helpText as howToAsk, welcomeText } from "../../replies.ts";
import { LeanComposer } from "../composer.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { answerReply, homeReply, plain, topicReply } from "../render.ts";
import { sendReply } from "../send.ts";

export const COMMANDS = [
  { command: "start", description: "Welcome and topics" },
  { command: "topics", description: "Browse all topics" },
  { command: "help", description: "How to ask, with an example" },
] as const;

export function helpText(commands: readonly { command: string; description: string }[]): string {
  return howToAsk(commands, ["In groups, mention me or reply to my message."]);
}

export function startFeature(
  { engine }: BotDeps,
  commands: readonly { command: string; description: string }[],
): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();

  composer.command("start", async (ctx) => {
    const current = engine.current();
    const payload = ctx.match.trim().toLowerCase();
    const entry = current.index.byId.get(payload)?.entry;
    const topic = current.kb.topics.find((t) => t.id === payload);
    ctx.outcome = { kind: "start", ...(payload ? { entry: payload } : {}) };
    if (entry) return sendReply(ctx, answerReply(current, entry));
    if (topic) return sendReply(ctx, topicReply(current, topic));
    await sendReply(ctx, homeReply(current, welcomeText(current)));
  });

  composer.command("help", async (ctx) => {
    ctx.outcome = { kind: "help" };
    await sendReply(ctx, { chunks: plain(helpText(commands)) });
  });

  return composer;
}
