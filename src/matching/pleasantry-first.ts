// A pleasantry joined to the question after it in one sentence ("gracias, but do I need a degree?", "ok tho how long is
// the training", "bye but wait, what's the outlook"): the question is what the message asks.
import { isAsking } from "./clauses.ts";
import type { MatchIndex } from "./index.ts";
import { comesBackLater, openingPhrasing } from "./smalltalk.ts";
import { boundAfter, onlyWhenOrWhom } from "./smalltalk-frames.ts";
import { words } from "./text.ts";

/** Words that join a question on to the pleasantry before it: "thanks, but…", "ok tho…", "bye but wait…". */
const JOINING = new Set("but and also tho though so then anyway anyways btw plus ok okay wait".split(" "));

/**
 * The question after a pleasantry that opens the message in the same sentence, as typed: the pleasantry, then words
 * that join, then words that ask ("thanks, and do I need a degree?"); undefined when the message does not open with a
 * pleasantry, the pleasantry is bound into a longer phrase ("thanks to the rain") or what follows asks nothing.
 */
export function questionAfterPleasantry(index: MatchIndex, text: string, byMark = false): string | undefined {
  const ws = words(text);
  const opening = openingPhrasing(index, ws);
  if (opening === undefined || opening.length >= ws.length) return undefined;
  const n = opening.length;
  // A phrasing that asks something itself ("how are you", "is this a real person") is no pleasantry before a question.
  if (boundAfter(ws, n, opening.intent.leaving) || isAsking(ws.slice(0, n).join(" "))) return undefined;
  // Where the pleasantry ends in the text as typed: the shortest prefix that holds its words.
  let at = -1;
  for (const token of text.matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    const end = token.index + token[0].length;
    if (words(text.slice(0, end)).length >= n) {
      at = end;
      break;
    }
  }
  if (at < 0) return undefined;
  let rest = text.slice(at);
  // The joining words and punctuation in between: "thanks! and…", "ok tho…", "bye but wait,…".
  for (;;) {
    const next = /^[\s,.!;:…-]*([\p{L}']+)/u.exec(rest);
    if (next === null || !JOINING.has(next[1]!.toLowerCase())) break;
    rest = rest.slice(next[0].length);
  }
  rest = rest.replace(/^[\s,.!;:…-]+/u, "");
  // Only one sentence: a longer message is read sentence by sentence, where pleasantries are no story already.
  // It asks by its words, not by a question mark ("ok cool, lab?") nor as a tag ("tysm fr"); `byMark`: a question
  // mark is enough ("ok u a bot?"), for a caller that takes only a question to the bot.
  const asking = byMark ? /\?\s*$/u.test(rest) || isAsking(rest) : isAsking(rest.replace(/[\s?]+$/u, ""));
  if (/[.!?]\s+\S/u.test(rest) || words(rest).length < 2 || !asking) return undefined;
  // "you doing alright today bot?": when and whom it is said to ask nothing of their own.
  if (onlyWhenOrWhom(words(rest))) return undefined;
  // "Thanks, was so useful for me": after thanks, "is" or "was" without a question mark may say what the answer
  // was, its subject dropped; the message is read in its parts.
  if (opening.intent.praise && !rest.includes("?") && /^(?:is|was)\b/iu.test(rest)) return undefined;
  // "alright, bye, I'll look in again tomorrow": coming back another time asks nothing; the message is read in its parts.
  if (!rest.includes("?") && comesBackLater(index.normalizer.normalize(rest).words)) return undefined;
  return rest;
}
