// A word or two that no list the matcher reads holds, sent alone ("osiyo", "talofa"): in a chat, that is a writer's
// greeting or thanks in their own language far more often than a question, so it gets a pleasantry, not the topic menu.
import { type Conversation, justAnswered } from "./followup.ts";
import type { MatchIndex } from "./index.ts";
import type { MatchResult } from "./result.ts";
import { intentSaying } from "./smalltalk.ts";
import { isPackTerm } from "./subject.ts";
import { COMMON_ENGLISH, stem } from "./text.ts";

/**
 * Whether a message refused for want of words is one or two words that could be said, in letters only and asking
 * nothing, that are neither English, nor the pack's, nor read by the speller as the pack's.
 */
export function isUnknownWordAlone(index: MatchIndex, text: string, result: MatchResult): boolean {
  if (result.kind !== "none" || (result.reason !== "no-match" && result.reason !== "foreign")) return false;
  if (/[?\d@/]/u.test(text)) return false;
  const query = result.query;
  const ws = query.words;
  if (ws.length === 0 || ws.length > 2 || !ws.every(saysAWord)) return false;
  if (query.terms.some((t) => index.weights.has(t))) return false;
  return ws.every((w) => !COMMON_ENGLISH.has(w) && !isPackTerm(index, stem(w)));
}

/** Letters that could be said: a vowel, and no four consonants running ("qwpeoiru zmxncb" is keys struck at random). */
const saysAWord = (w: string) => /^[a-z]{2,}$/.test(w) && /[aeiouy]/.test(w) && !/[^aeiouy]{4}/.test(w);

/**
 * A word no one knows, sent alone, greets on arriving and thanks right after an answer, as a writer's pleasantry in
 * their own language does; any other result is kept.
 */
export function unknownWordAsPleasantry(
  index: MatchIndex,
  text: string,
  result: MatchResult,
  conversation?: Conversation,
): MatchResult {
  if (!isUnknownWordAlone(index, text, result)) return result;
  const answered = justAnswered(index, conversation);
  const intent = intentSaying(index, answered ? "thank you" : "hello");
  return intent === undefined ? result : { kind: "smalltalk", intent, confidence: 0.5, query: result.query };
}
