// Where the learned model, all but sure a message is none of the guide's or small talk, refuses the rules' answer or
// "did you mean", or reads as small talk what the rules answered or refused for want of words.
import { careerAsked } from "./career-asked.ts";
import { chatSpelled } from "./chat-spelling.ts";
import { messageParts } from "./clauses.ts";
import { comparisonIn } from "./compared.ts";
import type { MatchIndex } from "./index.ts";
import { nearestReading, refusalReading, sureEntry } from "./learned.ts";
import { mayLead } from "./learned-say.ts";
import { asksHowLong, statesALength } from "./lengths.ts";
import type { MatchResult } from "./result.ts";
import { type SmalltalkMatch, smalltalkByForm, smalltalkScore } from "./smalltalk.ts";
import { FUNCTION_WORDS, stem } from "./text.ts";
import { asksOfAWordUnsaid, readingOf } from "./text-reading.ts";

/**
 * The result, or a refusal when the learned model gives its none class at least `learnedRefuseMin` to a message the
 * rules answered or offered a choice for on words the pack shares with other trades ("how long is the dental
 * hygiene course", "is my thyroid number normal", "does my diploma from abroad count here"): it was taught every
 * writer's refusals, and at that bar it left no in-domain answer it was right about on writers it was never taught.
 * Or small talk, when it gives small talk `learnedSmalltalkMin` and a piece of the message says an intent
 * (`smalltalkOfPieces`); to a message the rules refused for want of words, `learnedSmalltalkRefusedMin` and a piece
 * saying its intent at `smalltalkRefusedPieceMin`. Where the model has no say (a frame, an entry set aside, a one-word
 * question its own reading confirms), answers to two questions and answers already marked partly uncovered are left as
 * they are.
 */
export function modelRefuses(index: MatchIndex, text: string, result: MatchResult): MatchResult {
  const refusedForWords =
    result.kind === "none" && result.reason === "no-match" && result.ruled === undefined;
  const open =
    (result.kind === "answer" && result.also === undefined && result.partlyUncovered === undefined) ||
    result.kind === "ambiguous" ||
    refusedForWords;
  if (!open) return result;
  const p = refusalReading(index, text);
  if (p === undefined) return result;
  const { learnedRefuseMin, learnedSmalltalkMin } = index.options;
  const refuses =
    !refusedForWords &&
    (p.get("none") ?? 0) >= learnedRefuseMin &&
    !answersItsLength(index, text, result) &&
    !comparesOursWithAnother(index, text, result) &&
    !wordingsSayAnEntry(index, text);
  const { learnedSmalltalkRefusedMin, smalltalkRefusedPieceMin, smalltalkMin } = index.options;
  const chats =
    (p.get("smalltalk") ?? 0) >= (refusedForWords ? learnedSmalltalkRefusedMin : learnedSmalltalkMin);
  if (!refuses && !chats) return result;
  // A question said in a frame is the frame step's to answer or refuse, as in the model's say (`learned-say.ts`).
  if (readingOf(index, text).framing.frames !== 0 || !mayLead(index, text, result)) return result;
  if (refuses)
    return { kind: "none", reason: "uncovered", topics: index.topics, candidates: [], query: result.query };
  const said = smalltalkOfPieces(index, text, refusedForWords ? smalltalkRefusedPieceMin : smalltalkMin);
  if (said === undefined) return result;
  return { kind: "smalltalk", intent: said.intent, confidence: said.score, query: result.query };
}

/**
 * Whether an answer's message sets the career against another one, the career (or nothing named) its subject ("do lab
 * techs earn more than cashiers", "what's the pay like compared to dental assisting"): the model learned other careers' measures, named
 * with the career's, as none; whose measure is asked is the comparison's subject (`career-asked.ts`).
 */
function comparesOursWithAnother(index: MatchIndex, text: string, result: MatchResult): boolean {
  if (result.kind !== "answer") return false;
  const comparison = comparisonIn(text);
  return (
    comparison !== undefined &&
    careerAsked(index, comparison.asked) !== "other" &&
    careerAsked(index, comparison.against) === "other"
  );
}

/**
 * The share of the nearest taught wordings' votes for one entry from which the model may not refuse: "how much do you
 * think they make?" shares "how much … make" with many other trades' pay questions taught as none, so the model alone
 * refuses it, while the wordings nearest it are nearly all the guide's pay.
 */
const ENTRY_VOTES_KEEP = 0.9;

/** Whether the taught wordings nearest a message all but agree on one of the guide's entries. */
function wordingsSayAnEntry(index: MatchIndex, text: string): boolean {
  const votes = nearestReading(index, text);
  return votes !== undefined && sureEntry(votes, ENTRY_VOTES_KEEP) !== undefined;
}

/**
 * Whether the answer is an entry that speaks of a length, to a question asking how long ("how long does the
 * certificate take, weeks or months?"): the model learned that the guide gives no lengths, as it seldom does, while
 * the rules know where it does.
 */
function answersItsLength(index: MatchIndex, text: string, result: MatchResult): boolean {
  if (result.kind !== "answer") return false;
  const { asks, query } = readingOf(index, text);
  return statesALength(index.byId.get(result.entry.id)!) && asksHowLong(index, asks, query.terms);
}

/**
 * The small-talk intent the message's asking clauses (the message, when none asks), or a piece of one, say at `min` by
 * the phrasings' measure alone ("what, exactly, are you able to help with", "you a robot? that was fast"), whatever else
 * the message holds: the rules ask more of small talk (no pack word it does not explain, no other kind of question).
 * A greeting before another question ("good evening, can you find me a plumber") is background, not asked: no intent.
 */
function smalltalkOfPieces(index: MatchIndex, text: string, min: number): SmalltalkMatch | undefined {
  const { asking } = messageParts(text);
  const clauses = asking.length > 0 ? asking : [text];
  const pieces = clauses.flatMap((clause) => [clause, ...clause.split(/[.,!?;:()\n]+/)]);
  let best: SmalltalkMatch | undefined;
  // "supervisor later?": the message asks about a word the intent never says, whatever its pieces say.
  const whole = readingOf(index, text);
  if (whole.smalltalk !== undefined && asksOfAWordUnsaid(index, text, whole.query, whole.smalltalk))
    return undefined;
  for (const piece of pieces.map((p) => p.trim()).filter((p) => p !== "")) {
    const words = index.normalizer.normalize(piece).words;
    // "how are your parents doing": small talk's form about something else says no intent, as for the rules.
    if (smalltalkByForm(index, words) === "other") continue;
    const said = smalltalkScore(index, words);
    if (said === undefined) continue;
    // Under the phrasings' own bar, the piece says the intent in two of its words, one not a function word: "pardon me
    // for this" shares only function words with "that's it for me", "im back" only "back" with "will get back".
    if (said.score < index.options.smalltalkMin) {
      const held = chatSpelled(words).filter((w) => said.vocabulary.has(stem(w)));
      if (held.length < 2 || held.every((w) => FUNCTION_WORDS.has(w))) continue;
    }
    if (best === undefined || said.score > best.score) best = said;
  }
  return best !== undefined && best.score >= min ? best : undefined;
}
