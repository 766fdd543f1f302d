// A question joined on to another that takes its subject from it asks about the same thing, not a second one.
import { asksOf, kindBits } from "./asks.ts";
import { NOT_A_DEGREE } from "./clauses.ts";
import type { MatchIndex } from "./index.ts";
import { matchAlone } from "./one-question.ts";
import type { MatchResult } from "./result.ts";

/**
 * A word that takes its subject from what was said before: "who provides it", "which one", "those courses" (and as
 * some write them, "dat", "dis", "dem"). Not "that" saying how much ("is there that much demand").
 */
const TAKES_ITS_SUBJECT = new RegExp(
  String.raw`\b(?:it|its|it's|they|them|their|theyre|they're|those|these|dat|dis|dem|which one|which of them|the two|else)\b|\b(?:that|this)\b${NOT_A_DEGREE}`,
  "i",
);

/**
 * The message's results with a question that leans on the question just before it read with that question's words
 * ("Is ongoing learning expected of lab technicians, and who typically provides it?", "what is the median pay and what
 * can make it higher?", "which skills do those cover, and what else matters?"). A question that says "it" of the
 * first one's subject, or says little of its own, and then finds the first one's entry asks about that entry: it gets
 * the first answer, not a second one of its own; so does one that finds nothing even with the first one's words. One that finds another entry even so asks a second thing ("what does
 * a phlebotomist do, and how much do they make?").
 */
export function onTheQuestionBefore(
  index: MatchIndex,
  asking: readonly string[],
  results: readonly MatchResult[],
  thin: readonly boolean[],
): MatchResult[] {
  return results.map((r, j) => {
    const previous = results[j - 1];
    if (j === 0 || r.kind !== "answer" || previous?.kind !== "answer") return r;
    if (previous.entry.id === r.entry.id) return r;
    const takesItsSubject = TAKES_ITS_SUBJECT.test(asking[j]!);
    if (!thin[j] && !takesItsSubject) return r;
    // "Can I do this without a degree, and where would I go to train?": a question of few words that names no subject
    // of the first one's and asks another way (where, when, how much…) asks a second thing.
    // "can you become a lab tech without a degree and like how much do they make": "they" are the workers the first
    // question speaks of, not a thing of its own, so asking another way of them is a second question too.
    if ((!takesItsSubject || onlyOfTheWorkers(asking[j]!)) && asksAnotherWay(asking[j]!, asking[j - 1]!))
      return r;
    const read = matchAlone(index, asking[j]!, {
      story: index.normalizer.queryTerms(asking[j - 1]!),
      storyWeight: index.options.leaningStoryWeight,
    });
    // Finding nothing even then ("…is the cert actually needed, and what does it buy me?"), its answer came from the
    // story around the message alone: it asks about the first one's subject.
    const nothing = read.kind === "none" && read.reason === "no-match";
    if (nothing || (read.kind === "answer" && read.entry.id === previous.entry.id)) return previous;
    if (!takesItsSubject) return r;
    // It asks a second thing, and its "it" is the first one's subject, not the story's: "how do I get into this, and
    // where would I train for it?" after a story of leaving school early asks where to study, not about working without
    // a degree, towards which the story drew it. Its own words say what it asks; else the first one's words say of what.
    const own = matchAlone(index, asking[j]!);
    if (own.kind === "answer" && own.entry.id !== previous.entry.id) return own;
    return read.kind === "answer" ? read : r;
  });
}

/**
 * Whether a question of several names its own subject ("where would I even look for one?"), not taking it from what was
 * said before ("who hands it out?", "is that needed?"): its words, read alone, say what it asks.
 */
export function namesItsOwnSubject(question: string): boolean {
  return !TAKES_ITS_SUBJECT.test(question);
}

/** Someone the story told of: "her job", "is he". */
const SOMEONE_TOLD_OF = /\b(?:he|she|his|her|hers|him)\b/i;

/**
 * A question's words before the first that takes its subject from what was said before or names someone the story told
 * of: all of "what is a cytotechnologist, maybe this is for her?" up to "this", none of "is it worth it?" or "her job
 * is the same as a lab tech's?".
 */
export function beforeItsPointer(question: string): string {
  const at = [TAKES_ITS_SUBJECT.exec(question), SOMEONE_TOLD_OF.exec(question)]
    .map((m) => m?.index ?? question.length)
    .reduce((a, b) => Math.min(a, b));
  return question.slice(0, at);
}

/** Whether a question takes its subject from before only by "they", "them", "their": people, not a thing ("it"). */
function onlyOfTheWorkers(question: string): boolean {
  return TAKES_ITS_SUBJECT.test(question.replace(/\b(?:they|them|their|theyre|they're)\b/gi, " ")) === false;
}

/** Kinds that say what a question asks for; "how" and yes-or-no ask it of any subject. */
const SAYS_WHAT_FOR = ~kindBits("how", "yes-no");

/** Whether a question asks a kind the one before it does not: "where would I train" after "can I do this". */
export function asksAnotherWay(question: string, previous: string): boolean {
  return (asksOf(question) & SAYS_WHAT_FOR & ~asksOf(previous)) !== 0;
}
