// How long a route takes: which entries speak of it ("a two-year degree", "takes less time than a degree"), and whether a
// question asks only that of the uncovered things, so the entry it asks about answers it instead of "not covered".
import type { Entry } from "../knowledge/schema.ts";
import { type Asks, HOW_LONG, isTimeUnit } from "./asks.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { keptForIndex } from "./memo.ts";

/** A span of time counted ("two years", "a 2-year degree", "a few months") or a route's length compared ("less time"). */
const LENGTH =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen|few|several)[- ](?:years?|months?|weeks?|semesters?)\b|\b(?:less|more) time\b|\b(?:short|long|quick|fast)(?:er|est)\b|\bsooner\b/i;

const stated = new WeakMap<Entry, boolean>();

const phrases = keptForIndex((index, phrase): ReadonlySet<string> => new Set(index.normalizer.terms(phrase)));

/** The pack's terms of a fixed phrase of asking ("how long does it take"), read once per index, not on every call. */
export function phraseTerms(index: MatchIndex, phrase: string): ReadonlySet<string> {
  return phrases(index, phrase);
}

/** Whether an entry's answer or phrasings speak of how long something takes: its word on a question of length. */
export function statesALength(indexed: IndexedEntry): boolean {
  const { entry } = indexed;
  let says = stated.get(entry);
  if (says === undefined) {
    says = [entry.question, entry.answer, ...entry.alternates, ...entry.everyday].some((t) => LENGTH.test(t));
    stated.set(entry, says);
  }
  return says;
}

/**
 * Whether an uncovered term (as stems) asks only how long something takes: "how long", "duration", "month program"
 * (a length counted of a program); not "hours a week", a schedule, nor "visa".
 */
export function asksALength(index: MatchIndex, term: readonly string[]): boolean {
  const asking = phraseTerms(index, "how long does it take, the duration, program");
  return term.every((s) => s === "how" || asking.has(s) || isUnit(s)) && !term.every(isUnit);
}

/** Whether a stem is a unit of time ("year", "month"). */
const isUnit = (s: string) => isTimeUnit(s) || isTimeUnit(`${s}s`);

/** The terms less those that only ask how long ("long", "last", "finish", "duration", "years"): what it is asked of. */
export function besidesTheLength(index: MatchIndex, terms: readonly string[]): string[] {
  const asking = phraseTerms(index, "how long does it take, last or take to finish, the duration");
  return terms.filter((t) => !asking.has(t) && !isUnit(t));
}

/** Whether a question asks how long ("how long", "how many years", "duration?"), by how it asks or by its terms. */
export function asksHowLong(index: MatchIndex, asks: Asks, terms: readonly string[] = []): boolean {
  return (asks & HOW_LONG) !== 0 || [...phraseTerms(index, "duration")].every((t) => terms.includes(t));
}

/** A number before a unit makes the unit part of a thing's name ("a 2 year degree", "two-year"), not a count asked. */
const NUMBER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)$/;

/**
 * The terms less the units of time a length is asked in ("how long is it, months or years"): they say how it asks,
 * not what of. A unit after a number names the thing ("the 2 year degree") and stays.
 */
export function withoutAskedUnits(terms: readonly string[], words: readonly string[]): string[] {
  const asked = new Set(
    words.filter((w, i) => isTimeUnit(w) && !NUMBER.test(words[i - 1] ?? "")).map((w) => w.replace(/s$/, "")),
  );
  const named = new Set(
    words.filter((w, i) => isTimeUnit(w) && NUMBER.test(words[i - 1] ?? "")).map((w) => w.replace(/s$/, "")),
  );
  return terms.filter((t) => !asked.has(t) || named.has(t));
}
