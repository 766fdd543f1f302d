// What Telegram shows about the bot: its command menu and descriptions, set at every start.
import type { Bot } from "grammy";
import type { Engine } from "../engine.ts";
import type { BotContext } from "./context.ts";
import { ALL_COMMANDS } from "./create-bot.ts";

export async function registerProfile(bot: Bot<BotContext>, engine: Engine): Promise<void> {
  const { audience, description } = engine.kb.pack;
  await bot.api.setMyCommands(ALL_COMMANDS);
  await bot.api.setMyDescription(
    `Answers career questions about ${audience}, in your own words. ${description}`.slice(0, 512),
  );
  await bot.api.setMyShortDescription(`Career questions about ${audience}, answered.`.slice(0, 120));
}
