// A command's name typed as a word ("topics", "hi, help please", "dayly") runs that command: the message is read, as the
// matcher reads it, as the slash command before the command handlers see it, so the same handler answers either way.
import type { Composer } from "grammy";
import { commandOf } from "../../matching/engine.ts";
import { LeanComposer } from "../composer.ts";
import type { BotContext, BotDeps } from "../context.ts";
import { isAddressed, withoutMention } from "./ask.ts";

export function typedCommandsFeature({ engine }: Pick<BotDeps, "engine">): Composer<BotContext> {
  const composer = new LeanComposer<BotContext>();
  composer.on(["message:text", "edited_message:text"]).filter(isAddressed, (ctx, next) => {
    if (ctx.message === undefined) return next(); // an edited message is answered, not run as a command
    if (ctx.msg.text.startsWith("/")) return next();
    const command = commandOf(engine.current().index, withoutMention(ctx.msg.text, ctx.me.username));
    if (command !== undefined) {
      const text = `/${command}`;
      ctx.msg.text = text;
      ctx.msg.entities = [{ type: "bot_command", offset: 0, length: text.length }];
    }
    return next();
  });
  return composer;
}
