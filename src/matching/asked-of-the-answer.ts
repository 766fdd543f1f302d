// Follow-ups put to the answer just given, and those turning from it: whether one names that answer, acts on it, asks
// more of it, asks of a figure it gave or describes the places it named; a thing it listed, as the answer spelled it;
// the rank above its work (which entry says that); another country named (not covered, whatever the answer was).
import { agreement, asksOf, asksWhere, asksWho, kindBits } from "./asks.ts";
import { messageParts } from "./clauses.ts";
import { asksOfTheFigure, countsBeforeOrAfter, withoutFactors } from "./figures.ts";
import {
  asksForAnother,
  DEMONSTRATIVES,
  describesThePlace,
  pickedItem,
  picksAnItem,
  withoutRequestForMore,
} from "./followup.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { besideOf, namedBy, pointsElsewhere } from "./neighbours.ts";
import type { NormalizedText } from "./normalize.ts";
import { countryIn } from "./places.ts";
import { rank } from "./rank.ts";
import { rankAsked } from "./ranks.ts";
import { type MatchResult, refusedForWhatItNames } from "./result.ts";
import { isEverydayTerm, isPackTerm, pointsAtTheCareer } from "./subject.ts";
import { editDistance, STOPWORDS, stem, words } from "./text.ts";

/**
 * Whether a follow-up asks a question of a figure the answer gave ("is that before deductions?", "does it vary by state
 * and workplace?", "do new grads start that high?" after the pay): no other entry is named by its words (besides the factors
 * the figure is said to turn on), and it is refused alone for what it names only when that is what the figure is
 * counted before or after (taxes).
 */
export function asksOfTheFigureGiven(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  alone: MatchResult,
): boolean {
  if (!/\d/.test(previous.entry.answer) || !asksOfTheFigure(text) || asksForAnother(text)) return false;
  if (refusedForWhatItNames(alone) && !countsBeforeOrAfter(text)) return false;
  const own = index.normalizer
    .terms(withoutFactors(text))
    .filter((t) => index.weights.has(t) && !previous.bag.has(t) && !isEverydayTerm(index, t));
  return !index.entries.some((e) => e !== previous && own.some((t) => namedBy(index, e).has(t)));
}

/** Whether a message asks about the rank above (rising to it, or who holds it) and an entry other than `id` says it. */
export function asksOfARankElsewhere(index: MatchIndex, text: string, id: string): boolean {
  const ranked = rankAsked(index, text);
  return ranked !== undefined && ranked !== id;
}

/**
 * The entry a follow-up about the rank above the work just answered is for: how to rise to it is the entry asked about
 * moving on ("any room to grow?"), who holds it the one setting one rank above another ("and their supervisors?");
 * not when the answer just given is that entry, nor when the follow-up's own words name another entry ("does moving up
 * pay more").
 */
export function rankAskedOf(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  alone: MatchResult,
): string | undefined {
  const id = rankAsked(index, text);
  if (id === undefined || id === previous.entry.id) return undefined;
  const own = alone.query.terms.filter((t) => index.weights.has(t));
  if (
    alone.kind === "answer" &&
    alone.entry.id !== previous.entry.id &&
    pointsElsewhere(index, alone, id, own)
  )
    return undefined;
  return id;
}

/** Whether the question of a message (not its story: "back in Kenya I was a nurse, …") names another country. */
export function asksOfAnotherCountry(index: MatchIndex, text: string): boolean {
  const { asking } = messageParts(text);
  const asked = words((asking.length > 0 ? asking.join(" ") : text).toLowerCase());
  return countryIn(asked, index.otherCountries) !== undefined;
}

/**
 * Whether a follow-up's own words name the answer just given: they alone rank it first ("and the highest?" after
 * pay), or "this", "that", "these" or "those" comes before a word of that answer ("who gives these courses?") or a word
 * no entry beside it is asked with, which can only mean something the answer said ("does that number change?"; not
 * the verb closing "where does that happen?").
 */
export function namesPrevious(
  index: MatchIndex,
  previous: IndexedEntry,
  beside: readonly string[],
  query: NormalizedText,
): boolean {
  const [top] = rank(index, query.terms);
  if (top?.entry.id === previous.entry.id) return true;
  return pointedAt(index, query.words).some(
    ({ terms, closing }) =>
      terms.some((t) => previous.answer.has(t) || previous.bag.has(t)) ||
      // A word closing the question after "that" is its verb ("where does that happen"), not a thing it names.
      (terms.length > 0 &&
        !closing &&
        !terms.some((t) => beside.some((id) => index.byId.get(id)!.bag.has(t)))),
  );
}

/**
 * Whether "this", "that", "these" or "those" comes before a word of the answer just given ("who runs these courses?"
 * after continuing education): a thing only that answer says, whatever else the follow-up's words would find.
 */
export function pointsAtItsWords(index: MatchIndex, previous: IndexedEntry, query: NormalizedText): boolean {
  return pointedAt(index, query.words).some(({ terms }) =>
    terms.some((t) => previous.answer.has(t) || previous.bag.has(t)),
  );
}

/**
 * The terms of each word "this", "that", "these" or "those" comes before, and whether it closes the message. "This
 * job", "that field" point at the career, not at an answer.
 */
function pointedAt(index: MatchIndex, ws: readonly string[]): { terms: string[]; closing: boolean }[] {
  const career = pointsAtTheCareer(ws);
  const pointed: { terms: string[]; closing: boolean }[] = [];
  ws.forEach((w, i) => {
    const next = ws[i + 1];
    if (DEMONSTRATIVES.has(w) && next !== undefined && next !== career)
      pointed.push({ terms: index.normalizer.terms(next), closing: ws[i + 2] === undefined });
  });
  return pointed;
}

/** "one", "ones": "that one" points at one thing of several. */
const ONE = /^ones?$/;

/**
 * "does the specialty change it", "would experience raise that" after the pay: "it" or "that" as what a word of the
 * message does something to (not after a word of grammar: "is it", "for that") is the answer's subject, when every
 * word of the pack the message says is one the answer used: a factor it named, asked of it.
 */
export function actsOnTheAnswer(
  index: MatchIndex,
  previous: IndexedEntry,
  ws: readonly string[],
  terms: readonly string[],
): boolean {
  // "turn into that one" picks one of the things the answer named, not the answer's subject.
  const at = ws.findIndex(
    (w, i) =>
      (w === "it" || w === "that") && i > 0 && !STOPWORDS.has(ws[i - 1]!) && !ONE.test(ws[i + 1] ?? ""),
  );
  if (at < 0) return false;
  // The word doing it ("change", "raise") is asked of the answer; the others must be the answer's.
  const doing = new Set(index.normalizer.terms(ws[at - 1]!));
  const own = terms.filter((t) => index.weights.has(t) && !doing.has(t));
  return own.length > 0 && own.every((t) => previous.answer.has(t) || previous.bag.has(t));
}

/** The object pronouns a "who" question puts the answer's subject as: "who would be running it", "who sorts that out". */
const PRONOUN = /^(?:it|that|this)$/;

/**
 * "who would be running it" after whether one needs a certification, "who puts on these conferences" after continuing
 * education: "who" asked of what the answer is about, as the object of a verb ("it", "that", "this", or "these",
 * "those" before a word of the answer, after a word that is no word of grammar), asks who does it, which the answer
 * names. Not when the message says any other word of the pack than the verb's and the answer's own ("who checks it for
 * errors" asks its own question), nor when the verb names an entry beside the answer ("who offers it" after a
 * certificate program is where to study).
 */
export function asksWhoOfTheAnswer(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  query: NormalizedText,
): boolean {
  if (!asksWho(asksOf(text)) || asksForAnother(text)) return false;
  const ws = query.words;
  const answers = (t: string) => previous.answer.has(t) || previous.bag.has(t);
  const at = ws.findIndex(
    (w, i) =>
      i > 0 &&
      !STOPWORDS.has(ws[i - 1]!) &&
      ((PRONOUN.test(w) && !ONE.test(ws[i + 1] ?? "")) ||
        (DEMONSTRATIVES.has(w) && index.normalizer.terms(ws[i + 1] ?? "").some(answers))),
  );
  if (at < 0) return false;
  const doing = index.normalizer.terms(ws[at - 1]!);
  const beside = besideOf(index, previous).map((id) => index.byId.get(id)!);
  if (doing.some((t) => beside.some((e) => namedBy(index, e).has(t)))) return false;
  return query.terms.every((t) => !index.weights.has(t) || doing.includes(t) || answers(t));
}

/**
 * "loud in there or quiet?" after where they work: describing the places an answer asked "where" named asks what it is
 * like there.
 */
export function describesAPlaceOf(previous: IndexedEntry, text: string): boolean {
  return agreement(previous.asking, kindBits("where")) >= ASKED_WHERE && describesThePlace(text);
}

/** How far an entry's phrasings must ask "where" for the places its answer names to be what "there" points at. */
const ASKED_WHERE = 0.2;

/**
 * "and the ASAP one?" after an answer naming the ASCP: in the item a follow-up picks out, a word the pack does not
 * know, one letter from a pack word the answer used, is that word (the speller leaves a common word such as "asap").
 */
export function itemAsAnswered(index: MatchIndex, previous: IndexedEntry, text: string): string {
  const item = pickedItem(text).map((w) => w.toLowerCase());
  if (item.length === 0) return text;
  const answered = [...new Set(words(previous.entry.answer.toLowerCase()))].filter(
    (w) => w.length >= 3 && index.weights.has(stem(w)),
  );
  let spelled = text;
  for (const w of item) {
    if (w.length < 3 || isPackTerm(index, stem(w))) continue;
    const meant = answered.filter((a) => a[0] === w[0] && editDistance(w, a) === 1);
    if (meant.length === 1) spelled = spelled.replace(new RegExp(`\\b${w}\\b`, "i"), meant[0]!);
  }
  return spelled;
}

/** Whether a request for more ("explain that a bit more") also names something the pack knows ("explain the AMT"). */
export function saysMoreThanTheRequest(index: MatchIndex, text: string): boolean {
  return index.normalizer.terms(withoutRequestForMore(text)).some((t) => index.weights.has(t));
}

/** Whether an entry's phrasings ask "where" (where to study, where they work). */
const askedWhere = (index: MatchIndex, id: string) =>
  agreement(index.byId.get(id)!.asking, kindBits("where")) >= ASKED_WHERE;

/**
 * The entry a follow-up asking "where" of a thing means ("where would I go for the training bit" after how to become
 * one, "where would I find one of those programs then"): the one its own words find, when that entry is asked where and
 * the follow-up picks a part of the answer or its words name that entry surely (`sure`); else, when it picks a thing
 * whose own entry is not asked where ("the two year one, where do I find it"), the one entry beside that thing that is.
 * The thing picked only says what of: the program the answer names is not where to take it.
 */
export function whereOfAThing(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  own: MatchResult,
  sure: boolean,
): string | undefined {
  if (own.kind !== "answer" || !asksWhere(asksOf(text))) return undefined;
  const id = own.entry.id;
  if (id === previous.entry.id) return undefined;
  const picks = picksAnItem(text);
  if (askedWhere(index, id)) return picks || sure ? id : undefined;
  if (!picks) return undefined;
  const where = besideOf(index, index.byId.get(id)!).filter(
    (b) => b !== previous.entry.id && askedWhere(index, b),
  );
  return where.length === 1 ? where[0] : undefined;
}
