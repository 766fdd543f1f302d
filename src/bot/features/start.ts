// /start (with deep links to a topic or an answer) and /help.
import { Composer } from "grammy";
import type { Engine } from "../../engine.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { answerReply, homeReply, plain, topicReply } from "../render.ts";
import { sendReply } from "../send.ts";

export const COMMANDS = [
  { command: "start", description: "Welcome and topics" },
  { command: "topics", description: "Browse all topics" },
  { command: "help", description: "How to ask, with an example" },
] as const;

export function welcomeText(engine: Engine): string {
  return (
    `Hi! I answer questions about careers for ${engine.kb.pack.audience}: ` +
    "the job, training, certification, skills, specializations, pay and job outlook.\n\n" +
    'Just type your question in your own words, for example "how much do lab techs make" or ' +
    '"do I need a degree". Or pick a topic:'
  );
}

export function helpText(commands: readonly { command: string; description: string }[]): string {
  return [
    "How to ask: type a question in your own words. Typos and short questions are fine.",
    'Example: "what does a phlebotomist do?"',
    "If I'm not sure, I'll suggest the closest answers; if I don't know, I'll show the topics.",
    "In groups, mention me or reply to my message.",
    "",
    "Commands:",
    ...commands.map((c) => `/${c.command} – ${c.description}`),
  ].join("\n");
}

export function startFeature(
  { engine }: BotDeps,
  commands: readonly { command: string; description: string }[],
): Composer<BotContext> {
  const composer = new Composer<BotContext>();

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
