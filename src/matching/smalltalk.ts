// Small talk: short messages compared to the pack's small-talk phrasings by stems, with and without function words.
import type { Smalltalk } from "../knowledge/schema.ts";
import type { MatchIndex } from "./index.ts";
import { FUNCTION_WORDS, stem } from "./text.ts";

/** A short message as small talk compares it: all its stems, and those left without function words. */
export interface SmalltalkForm {
  all: ReadonlySet<string>;
  content: ReadonlySet<string>;
}

export function smalltalkForm(ws: readonly string[]): SmalltalkForm {
  return {
    all: new Set(ws.map(stem)),
    content: new Set(ws.filter((w) => !FUNCTION_WORDS.has(w)).map(stem)),
  };
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export interface SmalltalkMatch {
  intent: Smalltalk;
  score: number;
  /** Every stem of the intent's phrasings. */
  vocabulary: ReadonlySet<string>;
}

/** Best small-talk intent for a short message, comparing stems with and without function words. */
export function smalltalkScore(index: MatchIndex, words: readonly string[]): SmalltalkMatch | undefined {
  if (words.length === 0 || words.length > 8) return undefined;
  const message = smalltalkForm(words);
  let best: SmalltalkMatch | undefined;
  for (const { intent, phrasings, vocabulary } of index.smalltalk)
    for (const phrasing of phrasings) {
      // Content words alone decide only when there are two or more: "where to work" shares just "work"
      // with "how does this bot work", and that is a question, not small talk.
      const byContent = message.content.size >= 2 ? dice(message.content, phrasing.content) : 0;
      const score = Math.max(dice(message.all, phrasing.all), byContent);
      if (!best || score > best.score) best = { intent, score, vocabulary };
    }
  return best;
}
