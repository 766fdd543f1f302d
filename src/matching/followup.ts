// Follow-ups: a message that cannot stand on its own ("why is that?", "and the top 10%?", "what about
// histotechs?"), sent within a few minutes of an answer in the same chat, is read against that answer.

import { asksOf, kindBits } from "./asks.ts";
import type { MatchIndex } from "./index.ts";

/**
 * The answer a chat got last, and when: the caller keeps it (per chat) and passes it in with the clock's time. A "did
 * you mean" is kept too, as the entries it offered: "the first one", "2", "the cells one" next pick among them.
 */
export interface PreviousAnswer {
  /** The entry answered; for an offer, the first entry offered. */
  entryId: string;
  at: number;
  /** The chat's own message that got the answer: the things it named ("ASCP or AMT?") may be pointed at next. */
  asked?: string;
  /** The entries a "did you mean" offered, in order, when that was the reply rather than an answer. */
  offered?: readonly string[];
}

export interface Conversation {
  previous?: PreviousAnswer;
  /** The time now, from the caller's clock (milliseconds). */
  now: number;
}

/** "what" and "about" as typed in haste or run together: "wat", "wut", "waht"; "bout", "abt"; "whatabout". */
export const WHAT_ABOUT =
  "(?:what|wat|wht|wut|waht|whut|wot|how'?s?) ?(?:about|bout|abt|abou|abut|abot)|howbout|what of";
/** The conjunctions a follow-up opens with, as typed in haste too ("n", "nd", "&"). */
export const CONJUNCTIONS = "and|n|nd|&|but|so|then|also|plus";
/** How a message joins on to the answer before: a conjunction, "what about", "ok so", "which one". */
const JOINING = `${CONJUNCTIONS}|ok(?:ay)?,? so|${WHAT_ABOUT}|what if|which one|which ones`;
/** Words of taking the answer in before joining on: "ok and…", "cool, what about…", "i see. so…", "kk thx, n…". */
export const TAKING_IN =
  "ok(?:ay|ie|i|k)?|kk?|mk(?:ay)?|alright|aight|ight|cool|right|oh+|ah+|ooh+|hm+|yeah|yea|ya|yep|yup|sure|i see|got it|gotcha|wait|fr|bet|wow|damn|dang|omg|ngl|lol|true|nice|great|awesome|sweet|perfect|interesting|makes sense|thx|thanks|ty";
const TAKEN_IN = `(?:(?:${TAKING_IN})[,.!?]*\\s+)*`;
/** Where a way of joining on ends: not inside a longer word ("andrew", "then" of "thence"); "&" has no word boundary. */
export const JOIN_END = "(?![\\p{L}\\d])";
const JOINS_ON = new RegExp(`^${TAKEN_IN}(?:${JOINING})${JOIN_END}`, "u");

/** How a follow-up starts: a way of joining on, or a short question that carries on from the answer before. */
const CARRIES_ON = new RegExp(
  `^${TAKEN_IN}(?:${JOINING}|even (?:if|though|with|without|for)|only if|unless|why|how come|is (?:it|that|this|there)|are (?:they|those|these|there)|does (?:it|that|this)|do (?:they|i need)|can (?:they|i do that)|who|where)${JOIN_END}`,
  "u",
);

/**
 * How a follow-up ends when it asks whether the answer holds of something more: "he uses a microscope also?", "for
 * nurses too?", "is that national or?".
 */
const ENDS_ON = /\b(?:also|too|as well|or)\s*[?!.…]*\s*$/;

/** Whether a message ends asking whether the answer holds of something more: "for nurses too?", "is that national or?". */
export function endsOnMore(text: string): boolean {
  return ENDS_ON.test(text.toLowerCase().trim());
}

/** Words that point back at something already said: "it", "that", "those", "the first one". */
const POINTS_BACK =
  /\b(?:it|its|that|this|these|those|they|them|their|he|she|him|his|her|then|one|ones|same|instead|else|either|both|the (?:first|second|other|latter|former))\b/;

/**
 * The sentence a message asks in, when a sentence of reaction or story comes first ("ok that's decent. and for
 * histotechs?", "my town has two hospitals. what about cytotechs?"): how that sentence starts is how the message joins on.
 */
function lastSentence(s: string): string {
  const parts = s.split(/[.!?;]+\s+/).filter((p) => p.trim() !== "");
  return parts.at(-1)?.trim() ?? s;
}

/** Whether a message reads as carrying on from the previous answer rather than standing on its own. */
export function carriesOn(text: string): boolean {
  const s = text.toLowerCase().trim();
  return CARRIES_ON.test(s) || CARRIES_ON.test(lastSentence(s)) || POINTS_BACK.test(s) || ENDS_ON.test(s);
}

/**
 * Whether a message points at the answer before with more than "they", which a question about the career says of its
 * workers: it carries on ("and…", "what about…"), says "it", "that", "those", or "there" of a place just named.
 */
export function pointsAtTheAnswer(text: string): boolean {
  const s = text.toLowerCase().trim();
  const pointing = s.replace(/\b(?:they|them|their)\b/g, " ").replace(/\b(?:is|are|was|were) there\b/g, " ");
  return (
    JOINS_ON.test(s) ||
    JOINS_ON.test(lastSentence(s)) ||
    ENDS_ON.test(s) ||
    POINTS_BACK.test(pointing) ||
    /\bthere\b/.test(pointing)
  );
}

/** Whether the previous answer is recent enough to read a message against. */
export function isRecent(previous: PreviousAnswer | undefined, now: number, windowMs: number): boolean {
  return previous !== undefined && now - previous.at >= 0 && now - previous.at <= windowMs;
}

/** Whether the chat's previous message got one of the pack's entries recently enough to read a message against. */
export function justAnswered(index: MatchIndex, conversation: Conversation | undefined): boolean {
  const previous = conversation?.previous;
  return (
    previous !== undefined &&
    index.byId.has(previous.entryId) &&
    isRecent(previous, conversation!.now, index.options.followUpWindowMs)
  );
}

/** Whether a follow-up asks for something other than the answer just given: "a different one", "the other one". */
export function asksForAnother(text: string): boolean {
  return (
    /\b(?:different|other|others|another|instead|alternative|alternatives|else)\b/.test(text.toLowerCase()) ||
    setAside(text) !== undefined ||
    asksForTheUsual(text)
  );
}

/** "other than the ASCP", "besides the AMT", "apart from hospitals": a thing set aside, up to three words of it. */
const SET_ASIDE =
  /\b(?:other than|besides|apart from|aside from|except(?: for)?|excluding)\s+(?:the\s+)?((?:[\p{L}\d'-]+\s*){1,3})/iu;

/** The words of the thing a follow-up asking for another sets aside ("which body offers it other than ASCP" → "ASCP"). */
export function setAside(text: string): string | undefined {
  return SET_ASIDE.exec(text)?.[1]?.trim();
}

/**
 * Whether a follow-up asks for the usual way after an answer about a variant of it ("so what's the normal route
 * then" after going without a degree): the same question without what sets the variant apart.
 */
export function asksForTheUsual(text: string): boolean {
  return /\b(?:normal|usual|standard|regular|typical|traditional|conventional|default) (?:way|route|path|option|process|one)\b/i.test(
    text,
  );
}

/** A request to say more of what was just said: "tell me more", "explain that", "what do you mean". */
const MORE =
  /\b(?:tell me more|say more|more (?:about|on|of) (?:it|that|this|those|them)|(?:any|some|a (?:bit|little)) more|more details?|more info(?:rmation)?|more please|in (?:more )?detail|explain|elaborate|expand on|clarify|^(?:ok(?:ay)?,? |please )?(?:go on|keep going)|what (?:do|did) (?:you|u) mean|what does (?:that|it|this) mean|meaning of (?:that|it|this)|for example|an example|examples)\b/i;

/** Asking why of the answer just given: "why?", "how come". */
const WHY = /\b(?:why|how come|how so)\b/i;
const EVERY_MORE = new RegExp(MORE.source, "gi");
const EVERY_WHY = new RegExp(WHY.source, "gi");

/**
 * Whether a follow-up asks for more of the answer just given: "tell me more", "explain that", "what do you mean",
 * "why?": only then, or when its words name that answer, is the answer just read given again.
 */
export function asksForMore(text: string): boolean {
  return MORE.test(text) || WHY.test(text);
}

/** The text without its requests for more and its why ("explain that a bit more, the ASCP" → ", the ASCP"). */
export function withoutRequestForMore(text: string): string {
  return text.replace(EVERY_MORE, " ").replace(EVERY_WHY, " ");
}

/**
 * Whether a message that reads as small talk ("what do you mean?", "ok and the other one?") asks about the answer just
 * given instead: a request for more of it, or for the other one.
 */
export function asksAboutTheAnswer(text: string): boolean {
  return MORE.test(text) || /\b(?:the other (?:one|ones)|the others|another one|the rest)\b/i.test(text);
}

/** Words that point at something just said: "these courses", "that figure", "those places". */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(["this", "that", "these", "those"]);

/** The words of the item a follow-up picks out ("the blood drawing one" → "blood drawing"), if it picks one. */
export function pickedItem(text: string): string[] {
  const m = /\bthe\s+((?:[\p{L}\d-]+\s+){1,3})(?:one|ones|part|kind|type|route|option)\b/iu.exec(text);
  return m ? m[1]!.trim().split(/\s+/) : [];
}

/**
 * Whether a follow-up picks one item out of the answer just given: "the blood drawing one", "the imaging part",
 * "more on the histo one", "tell me more about the certificate one".
 */
export function picksAnItem(text: string): boolean {
  return /\b(?:the|that|this)\s+(?:[\p{L}\d-]+\s+){1,3}(?:one|ones|part|kind|type|route|option)\b|\bmore (?:on|about|abt)\b/iu.test(
    text,
  );
}

/** "there" as a place pointed at ("busy there?", "loud in there"), not "is there", "there are". */
const THERE =
  /(?<!\b(?:is|are|was|were|be|been|any)\s)\bthere\b(?!\s+(?:is|are|was|were|will|would|'s|be)\b)/;
/** The places just named, pointed at: "those places", "that lab". */
const THOSE_PLACES =
  /\b(?:those|these|that|this) (?:places?|labs?|laboratories|settings?|workplaces?|hospitals?|clinics?|offices?)\b/;
/** The kinds of question that ask something other than what a place is like ("where", "how much"). */
const OTHER_KINDS = kindBits(
  "where",
  "when",
  "who",
  "how-long",
  "how-much",
  "why",
  "which",
  "doing",
  "onward",
);

/**
 * Whether a follow-up to an answer naming places asks what it is like there by describing it ("loud in there or quiet?",
 * "loud in there?", "are those places stressful?"): it points at the places and asks no other kind of question.
 */
export function describesThePlace(text: string): boolean {
  const s = text.toLowerCase();
  return (THERE.test(s) || THOSE_PLACES.test(s)) && (asksOf(s) & OTHER_KINDS) === 0;
}
