// What Telegram shows about the bot: its command menu and descriptions, set at every start.
import type { Api } from "grammy";
import type { Engine } from "../engine.ts";
import { ALL_COMMANDS } from "./create-bot.ts";

/**
 * Sets the command menu and descriptions. They are cosmetic: a Bot API that refuses one (an older or partial
 * implementation) is reported through `onFailure` and the rest still goes ahead.
 */
export async function registerProfile(
  api: Api,
  engine: Engine,
  onFailure: (method: string, error: unknown) => void,
): Promise<void> {
  const { audience, description } = engine.kb.pack;
  const calls: [string, () => Promise<unknown>][] = [
    ["setMyCommands", () => api.setMyCommands(ALL_COMMANDS)],
    [
      "setMyDescription",
      () =>
        api.setMyDescription(
          `Answers career questions about ${audience}, in your own words. ${description}`.slice(0, 512),
        ),
    ],
    [
      "setMyShortDescription",
      () => api.setMyShortDescription(`Career questions about ${audience}, answered.`.slice(0, 120)),
    ],
  ];
  for (const [method, call] of calls) {
    try {
      await call();
    } catch (error) {
      onFailure(method, error);
    }
  }
}
