// Whether a message is read the same whatever answer came before it (a command, small talk, a question of its own),
// or may lean on that answer and is read against it while it is recent.
import type { Smalltalk } from "../knowledge/schema.ts";
import { asksOfARankElsewhere } from "./asked-of-the-answer.ts";
import { asksOf, asksWho, HOW_LONG, isTimeUnit } from "./asks.ts";
import { isAsking } from "./clauses.ts";
import { asksOfTheFigure, countsBeforeOrAfter } from "./figures.ts";
import {
  asksAboutTheAnswer,
  carriesOn,
  DEMONSTRATIVES,
  describesThePlace,
  picksAnItem,
  pointsAtTheAnswer,
} from "./followup.ts";
import type { MatchIndex } from "./index.ts";
import { phraseTerms } from "./lengths.ts";
import { narrowsTheAnswer } from "./narrowing.ts";
import { numberPicked } from "./offers.ts";
import { pointsIntoAList } from "./references.ts";
import { type MatchResult, refusedForWhatItNames } from "./result.ts";
import { pointsAtTheCareer } from "./subject.ts";
import { stem, words } from "./text.ts";
import { LENGTH_ASKED } from "./unsaid.ts";

/** "who would be running it", "who sorts that out": "who" with "it" or "that" as what is done, of something just said. */
function asksWhoOfIt(text: string): boolean {
  return asksWho(asksOf(text)) && /\b(?:it|that)\b/i.test(text) && isAsking(text);
}

/** Whether a message is read the same whatever answer came before it (commands, small talk, a question of its own). */
export function standsAlone(index: MatchIndex, text: string, alone: MatchResult): boolean {
  if (alone.kind === "command") return true;
  // "what do you mean?", "ok and the other one?", "and the X one, how does it work?" read as small talk, but after an
  // answer they ask about it.
  if (alone.kind === "smalltalk")
    return (
      !asksAboutTheAnswer(text) &&
      !asksOfTheFigure(text) &&
      !picksAnItem(text) &&
      !pointsIntoAList(text) &&
      // "ok 2" after a "did you mean": the second entry offered, though "ok" alone acknowledges.
      numberPicked(text) === undefined &&
      !asksOfTheAnswerNotAcknowledging(alone.intent, text) &&
      !refersToWhatWasSaid(index, text) &&
      // "who is conducting it?": who does what the answer is about, not who the bot is.
      !asksWhoOfIt(text)
    );
  // "the second one", "what's the difference between the two": things the answer named, whatever the words; "2": one
  // of the things a "did you mean" offered.
  if (pointsIntoAList(text) || numberPicked(text) !== undefined) return false;
  const own = alone.query.terms.filter((t) => index.weights.has(t));
  // "where do they work" after the ASCP, "how much do they make and do I need a degree?" after any answer: a question
  // that finds its answer in words of its own (or two questions, an answer each), and points back with nothing but
  // "they", which a question about the career says of its workers, asks what it says.
  const ownQuestion = own.length >= 2 || (isAsking(text) && words(text).length >= 3);
  // "how would a tech make the jump up" after the two roles compared: rising to the rank above, which its words alone
  // may not find, is read against the answer just given.
  if (alone.kind === "answer" && asksOfARankElsewhere(index, text, alone.entry.id)) return false;
  if (
    alone.kind === "answer" &&
    (alone.also || ownQuestion) &&
    !pointsAtTheAnswer(text) &&
    !narrowsTheAnswer(text)
  )
    return true;
  // It cannot stand alone when it carries on ("and…", "what about…", "is that…"), or says almost nothing the pack
  // knows and nothing it doesn't: "how do I grow tomatoes" after an answer is still about tomatoes. The units a
  // how-long question counts ("how many hours a year?") are no subject of their own, nor is the pack's reading of
  // the asking itself ("how many years" is a duration).
  const counted = (asksOf(text) & HOW_LONG) === 0 ? new Set<string>() : countedUnits(index, text);
  const unknown = alone.query.terms.some(
    (t) => !index.weights.has(t) && !alone.query.linked.includes(t) && !counted.has(t),
  );
  // "first year only?", "loud in there or quiet?": a qualifier or a description put to the answer, in words of its own.
  // "before tax or after?": what a figure is counted before or after, though the words alone are refused.
  const qualifies =
    ((narrowsTheAnswer(text) || describesThePlace(text)) && !refusedForWhatItNames(alone)) ||
    countsBeforeOrAfter(text);
  const leans = carriesOn(text) || qualifies || (own.length <= 1 && !unknown);
  return !leans && (alone.kind === "answer" || unknown);
}

/** The stems of the units of time a text names ("hours" → "hour"), and the terms of asking a length ("duration"). */
function countedUnits(index: MatchIndex, text: string): Set<string> {
  const counted = new Set(words(text.toLowerCase()).filter(isTimeUnit).map(stem));
  for (const t of phraseTerms(index, LENGTH_ASKED)) counted.add(t);
  return counted;
}

/**
 * "how do I get it?" holds "I get it", but an acknowledgement asks nothing: a question pointing at the answer ("it",
 * "that") that reads as one is about the answer.
 */
function asksOfTheAnswerNotAcknowledging(intent: Smalltalk, text: string): boolean {
  return intent.id === "ack" && isAsking(text) && pointsAtTheAnswer(text);
}

/** "you mentioned", "you said", "you listed": the reply just given, quoted back. */
const YOU_SAID =
  /\b(?:you|u|ya)(?: just)? (?:mention|mentioned|mentionned|said|say|listed|named|talked about|brought up|wrote)\b/i;

/** What is said of a thing pointed at ("that sounds hard"), not a thing: the verbs of how it strikes one. */
const SAYS_OF = /^(?:sounds?|seems?|looks?|feels?|means?|makes?|is|was|are|were)$/;

/**
 * "the analyzers you brought up, what sort?" reads as asking what the bot can do, but it asks about a thing the answer
 * just said: a question quoting the answer back, or saying "those", "these", "that" or "this" before a word of the
 * pack (not "this job"; "that sounds great" asks nothing).
 */
function refersToWhatWasSaid(index: MatchIndex, text: string): boolean {
  if (!isAsking(text)) return false;
  if (YOU_SAID.test(text)) return true;
  const ws = words(text.toLowerCase());
  const career = pointsAtTheCareer(ws);
  return ws.some(
    (w, i) =>
      DEMONSTRATIVES.has(w) &&
      ws[i + 1] !== undefined &&
      ws[i + 1] !== career &&
      !SAYS_OF.test(ws[i + 1]!) &&
      index.normalizer.terms(ws[i + 1]!).some((t) => index.weights.has(t)),
  );
}
