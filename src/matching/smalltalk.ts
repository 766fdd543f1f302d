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

const TIE_EDGE = 1e-3;

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
  // Ties go to the phrasing closest with function words counted ("hi bot" is a greeting, not "are you a bot"),
  // then to the intent of the last word ("ok goodbye" is goodbye, "hey thanks" is thanks).
  const last = stem(words[words.length - 1]!);
  let best: SmalltalkMatch | undefined;
  for (const { intent, phrasings, vocabulary } of index.smalltalk)
    for (const phrasing of phrasings) {
      // Content words alone decide only when there are two or more: "where to work" shares just "work"
      // with "how does this bot work", and that is a question, not small talk.
      const byContent = message.content.size >= 2 ? dice(message.content, phrasing.content) : 0;
      const all = dice(message.all, phrasing.all);
      const score = Math.max(all, byContent) + TIE_EDGE * all + (phrasing.all.has(last) ? TIE_EDGE / 10 : 0);
      if (!best || score > best.score) best = { intent, score, vocabulary };
    }
  return best;
}
