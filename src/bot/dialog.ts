// The chat's pending dialogue (a /daily step, a comment after 👎), read once per text message however many steps ask.
import type { Dialog, Storage } from "../storage/storage.ts";
import type { BotContext } from "./context.ts";

const read = new WeakMap<BotContext, Promise<Dialog | undefined>>();

/**
 * The dialogue as it was when the update arrived. A step that changes it answers the message itself rather than
 * passing it on to another step (the comment step passes it on only to the question, which does not read it).
 */
export function pendingDialog(
  ctx: BotContext,
  storage: Storage,
  chatId: number,
): Promise<Dialog | undefined> {
  let dialog = read.get(ctx);
  if (dialog === undefined) {
    dialog = storage.getDialog(chatId);
    read.set(ctx, dialog);
  }
  return dialog;
}
