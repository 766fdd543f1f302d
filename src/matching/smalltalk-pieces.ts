// Small talk among a message's pieces: a sentence that is only a pleasantry, a reaction to the answer, two intents run
// on without a stop (the one that matters more answers), a question to the bot beside others.
import type { Smalltalk } from "../knowledge/schema.ts";
import type { MatchIndex } from "./index.ts";
import { matchAlone } from "./one-question.ts";
import { reactsToTheAnswer } from "./reactions.ts";
import type { MatchResult } from "./result.ts";
import {
  intentSaying,
  openingIntent,
  smalltalkByForm,
  smalltalkOfParts,
  smalltalkScore,
} from "./smalltalk.ts";
import { words } from "./text.ts";

/** Punctuation or an emoji between words: the message is in pieces. */
export const PIECES = /[\w'][.,!?;:()\n\p{Extended_Pictographic}]+\s*[\w']/u;

/** Whether an intent answers a question about the bot itself: what it is, or what it can do. */
export const aboutTheBot = (index: MatchIndex, intent: Smalltalk) =>
  intent === intentSaying(index, "who are you") || intent === intentSaying(index, "what can you do");

/** Whether a sentence is only a pleasantry ("Evening,", "Cheers mate.", "Hope you are well."). */
export function isPleasantry(index: MatchIndex, sentence: string): boolean {
  const ws = words(sentence);
  if (ws.length === 0 || ws.length > 8) return false;
  const form = smalltalkByForm(index, ws);
  if (form === "other") return false;
  const close = form === undefined ? smalltalkScore(index, ws) : undefined;
  if (form === undefined && (close === undefined || close.score < index.options.smalltalkMin)) return false;
  // What the bot is or can do is a question in its own right ("are you a program or a human, be honest").
  const read = matchAlone(index, sentence);
  return read.kind === "smalltalk" && !aboutTheBot(index, read.intent);
}

/**
 * The intent of a reaction to the answer ("wow that pays well", "thanks, good to know about the exam"): thanks when
 * it opens with thanks, else an acknowledgement.
 */
export function reactionOf(index: MatchIndex, text: string, ws: readonly string[]): Smalltalk | undefined {
  const opening = openingIntent(index, ws);
  const ack = intentSaying(index, "ok");
  const opensWithAck = opening !== undefined && (opening === ack || opening.praise === true);
  if (!reactsToTheAnswer(text, opensWithAck)) return undefined;
  return opening?.praise === true ? opening : ack;
}

/**
 * Small talk run on without a stop ("thank you so much talk to you later", "tysm ttyl"): the whole message's words
 * are closest to one intent, but read in parts they say two, and the one that matters more answers, as it does when
 * a comma parts them. Only a reading of parts that outranks the whole's intent counts.
 */
export function outranking(
  index: MatchIndex,
  text: string,
  ws: readonly string[],
  said: MatchResult,
): Smalltalk | undefined {
  if (ws.length < 2 || said.kind !== "smalltalk") return undefined;
  const parted = smalltalkOfParts(index, text, ws, (rest) => matchAlone(index, rest).kind === "answer");
  return typeof parted === "object" && parted.priority > said.intent.priority ? parted : undefined;
}
