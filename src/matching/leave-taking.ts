// Small talk that takes leave or only seems to: a time-of-day salutation said last, good night on arriving or after an
// answer, thanks that say goodbye too.
import type { Smalltalk } from "../knowledge/schema.ts";
import { type Conversation, justAnswered } from "./followup.ts";
import type { MatchIndex } from "./index.ts";
import type { MatchResult } from "./result.ts";
import { intentSaying, openingIntent, openingPhrasing, takesLeave } from "./smalltalk.ts";
import { bidsGoodNight, salutesAtTheClose } from "./smalltalk-frames.ts";

/** Small talk that takes leave too, though another intent answers it ("thanks so much, bye"), says so. */
export function alsoTakingLeave(index: MatchIndex, result: MatchResult): MatchResult {
  if (result.kind !== "smalltalk" || result.intent.leaving || !takesLeave(index, result.query.words))
    return result;
  return { ...result, leaving: true };
}

/** Whether a message read as small talk only bids good night ("good night!", "goodnight everyone"). */
export const bidsOnlyGoodNight = (alone: MatchResult) =>
  alone.kind === "smalltalk" && bidsGoodNight(alone.query.words);

/**
 * "good night" with no answer just before it greets: people who greet by the time of day in their own language
 * ("boa noite", "buenas noches", "shubh ratri") say it in English on arriving in the evening too. After an answer it
 * takes leave.
 */
export function goodNightOnArrival(
  index: MatchIndex,
  alone: MatchResult,
  conversation?: Conversation,
): MatchResult {
  const answered = justAnswered(index, conversation);
  const greeting = intentSaying(index, "hello");
  return answered || alone.kind !== "smalltalk" || greeting === undefined
    ? alone
    : { ...alone, intent: greeting };
}

/**
 * A time-of-day salutation said last, after words that do not greet, takes leave ("I must be off now, good evening");
 * first or alone it greets.
 */
export function takingLeave(index: MatchIndex, intent: Smalltalk, ws: readonly string[]): Smalltalk {
  const greeting = intentSaying(index, "hello");
  // "oi, good night!", "hello, good night everyone": the night's salutation after a greeting greets too, as people
  // who greet by the time of day in their language say it arriving.
  const opening = openingPhrasing(index, ws);
  if (intent.leaving && opening?.intent === greeting && bidsGoodNight(ws.slice(opening!.length)))
    return greeting!;
  if (intent !== greeting || !salutesAtTheClose(ws)) return intent;
  if (openingIntent(index, ws) === greeting) return intent;
  return intentSaying(index, "goodbye") ?? intent;
}
