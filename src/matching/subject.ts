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

/** A term the pack scores (its phrasings', keywords' and answers' terms) or its normaliser knows (a synonym, a link). */
export function isPackTerm(index: MatchIndex, term: string): boolean {
  return index.weights.has(term) || index.normalizer.knows(term);
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

/**
 * "could I pay my bills doing this", "would I be happy doing that", "do this for a living": the activity under
 * discussion, which in a conversation with the bot is the career ("what are you doing this weekend" names a time).
 */
const DOING_IT =
  /\b(?:doing\s+(?:this|that)(?=$|\s+(?:or|and|for|as|with|if|when|instead|than|vs|full|part|long|forever|job|work|career)\b)|do\s+(?:this|that)\s+for\s+a\s+living)\b/;

export function doesTheCareer(words: readonly string[]): boolean {
  return DOING_IT.test(words.join(" "));
}

export function pointsAtTheCareer(words: readonly string[]): string | undefined {
  const text = words.join(" ");
  return POINTS_AT_THE_CAREER.exec(text)?.[1] ?? (DOING_IT.test(text) ? "doing" : undefined);
}
