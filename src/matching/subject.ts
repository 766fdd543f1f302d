// Whether a message says it is about the subject under discussion. The words of the pack's everyday alternates
// ("rent", "stickers", "family") are everyday words: they rank entries, but they alone must not make "how can I
// support my family" a question about the career. Next to a word that points at the subject ("this job", "is
// that", "do they"), they count as the pack's.
import type { MatchIndex } from "./index.ts";
import { EVERYDAY_STEMS } from "./text.ts";

/** A term the pack knows only as an everyday word: one of the most common English words, or an everyday alternate's. */
export function isEverydayTerm(index: MatchIndex, term: string): boolean {
  return EVERYDAY_STEMS.has(term) || index.everydayOnly.has(term);
}

/**
 * "this job", "is that hard", "these careers", "do they", "where they work": the message points at a subject it
 * takes as known, which in a conversation with the bot is the career. General English, true of any pack.
 */
const POINTS_AT_THE_SUBJECT = /\b(?:this|that|these|those|they|them|their|theyre)\b/;

export function pointsAtTheSubject(words: readonly string[]): boolean {
  return POINTS_AT_THE_SUBJECT.test(words.join(" "));
}

/**
 * "this job", "that profession", "this line of work": the message names its subject as a career and points at it
 * as the one under discussion, which in a conversation with the bot is the pack's ("how does this work" is a verb).
 * Returns the word for the career.
 */
const POINTS_AT_THE_CAREER =
  /(?<!\b(?:do|does|did|will|would|can|could|should|might)\s)\b(?:this|that|these|those)\s+(?:(?:kind|type|sort|line)\s+of\s+)?(jobs?|careers?|professions?|occupations?|fields?|work|roles?|positions?|trades?)\b/;

export function pointsAtTheCareer(words: readonly string[]): string | undefined {
  return POINTS_AT_THE_CAREER.exec(words.join(" "))?.[1];
}
