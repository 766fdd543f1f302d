// Follow-ups asking of the answer just given how long it takes ("and how long is that?", "how many years it take?"),
// which the pack never says: the answer just read is its word on the subject, not a refusal with the topic menu.
import { asksOf, HOW_LONG } from "./asks.ts";
import { pointsAtTheAnswer } from "./followup.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { phraseTerms } from "./lengths.ts";
import type { NormalizedText } from "./normalize.ts";
import { isEverydayTerm } from "./subject.ts";

/** How the pack reads the asking of a length itself ("how many years" is a duration): no thing a question names. */
export const LENGTH_ASKED = "how long does it take, the duration";

/**
 * Whether a follow-up refused as uncovered asks only how long of the answer just given: it asks how long, names no
 * uncovered thing ("is the visa quick to get" names one), and points at the answer ("it", "that", "and…") or says
 * nothing of the pack but that answer's own words ("how many hours a year?" after continuing education).
 */
export function asksHowLongOfTheAnswer(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
  query: NormalizedText,
): boolean {
  if ((asksOf(text) & HOW_LONG) === 0) return false;
  const terms = new Set(query.terms);
  // The pack's reading of the asking itself ("how many years does it take" is a duration) names nothing.
  const asking = phraseTerms(index, LENGTH_ASKED);
  const named = index.uncoveredTerms.filter((t) => !t.every((s) => asking.has(s)));
  if (named.some((t) => t.every((s) => terms.has(s)))) return false;
  if (pointsAtTheAnswer(text)) return true;
  return query.terms
    .filter((t) => index.weights.has(t) && !isEverydayTerm(index, t))
    .every((t) => previous.bag.has(t) || previous.answer.has(t));
}
