// The chat's state as one update sees it: its pending dialogue (a /daily step, a comment after 👎) and its last answer,
// each read at most once per update, and the answer to keep. On the webhook the update's claim reads both and its
// finish keeps the answer (two round trips to the database per message); without a claim, each is read when first
// asked for and the answer is written at once.
import type { ChatState, Dialog, KeptAnswer, LastAnswer, Storage } from "../storage/storage.ts";
import type { BotContext } from "./context.ts";

interface UpdateState {
  dialog?: Promise<Dialog | undefined>;
  /** What the claim read, for its chat only. */
  claimed?: { chatId: number; state: ChatState };
  /** Set while the update holds a claim: the answer its finish keeps. */
  keep?: { answer?: KeptAnswer };
}

const states = new WeakMap<BotContext, UpdateState>();

function stateOf(ctx: BotContext): UpdateState {
  let state = states.get(ctx);
  if (state === undefined) {
    state = {};
    states.set(ctx, state);
  }
  return state;
}

/**
 * The update holds a claim whose finish keeps the chat's last answer; `chat` is what the claim read of the chat
 * (nothing when it read nothing: then the dialogue and the last answer are read when first asked for).
 */
export function claimedUpdate(
  ctx: BotContext,
  chatId: number | undefined,
  chat: ChatState | undefined,
): void {
  const state = stateOf(ctx);
  state.keep = {};
  if (chatId !== undefined && chat !== undefined) state.claimed = { chatId, state: chat };
}

/** The answer the update's finish is to keep, if it gave one. */
export function answerToKeep(ctx: BotContext): KeptAnswer | undefined {
  return states.get(ctx)?.keep?.answer;
}

/**
 * The dialogue as it was when the update arrived. A step that changes it answers the message itself rather than
 * passing it on to another step (the comment step passes it on only to the question, which does not read it).
 */
export function pendingDialog(
  ctx: BotContext,
  storage: Storage,
  chatId: number,
): Promise<Dialog | undefined> {
  const state = stateOf(ctx);
  if (state.dialog === undefined)
    state.dialog =
      state.claimed?.chatId === chatId
        ? Promise.resolve(state.claimed.state.dialog)
        : storage.getDialog(chatId);
  return state.dialog;
}

/** The chat's last answer if it was given at or after `since`. */
export function recentAnswer(
  ctx: BotContext,
  storage: Storage,
  chatId: number,
  since: number,
): Promise<LastAnswer | undefined> {
  const claimed = states.get(ctx)?.claimed;
  if (claimed?.chatId !== chatId) return storage.lastAnswer(chatId, since);
  const last = claimed.state.lastAnswer;
  return Promise.resolve(last && last.at >= since ? last : undefined);
}

/**
 * Keeps the chat's last answer for the follow-ups of its next messages: with the update's finish when it holds a
 * claim (the finish comes before the chat's next update is handled), else written now.
 */
export async function keepLastAnswer(ctx: BotContext, storage: Storage, answer: KeptAnswer): Promise<void> {
  const keep = states.get(ctx)?.keep;
  if (keep) keep.answer = answer;
  else await storage.setLastAnswer(answer.chatId, answer.entryId, answer.at, answer.asked, answer.offered);
}
