// Follow-ups put to the answer just given, and those turning from it: a question of a figure it gave, one about the
// rank above its work (which entry says that), one naming another country (not covered, whatever the answer was).
import { messageParts } from "./clauses.ts";
import { asksOfTheFigure, countsBeforeOrAfter, withoutFactors } from "./figures.ts";
import { asksForAnother } from "./followup.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { namedBy, pointsElsewhere } from "./neighbours.ts";
import { countryIn } from "./places.ts";
import { rankAsked } from "./ranks.ts";
import { type MatchResult, refusedForWhatItNames } from "./result.ts";
import { isEverydayTerm } from "./subject.ts";
import { words } from "./text.ts";

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
