// What a question asks that the entries it would get cannot give: a count none of them gives, a thing none of them
// holds, a kind of information none of them is asked for. Read against the candidates the ranking found.

import { readFileSync } from "node:fs";
import type { Asks } from "./asks.ts";
import { countedIn, measuredIn } from "./counts.ts";
import type { MatchIndex } from "./index.ts";
import type { Candidate } from "./rank.ts";
import { isEverydayTerm } from "./subject.ts";
import { POSSESSIONS_FILE } from "./tables/generate.ts";
import { COMMON_ENGLISH, GENERAL_ENGLISH, stem } from "./text.ts";
import { unaskedKinds } from "./unasked.ts";
import { thingsAskedFor } from "./wanted.ts";

/**
 * Whether a question asks how many of a thing (`countedIn`), or how much of one the pack never names
 * (`measuredIn`), that the pack never counts (`MatchIndex.counted`) and
 * that none of the entries it would get is asked or answered with: the answer would give no such number.
 */
export function countsTheUncounted(
  index: MatchIndex,
  ws: readonly string[],
  candidates: readonly Candidate[],
): boolean {
  // "how much water should I drink": an amount of a thing the pack never names is no pay, whatever "how much" says.
  const thing = measuredUnnamed(index, ws) ?? countedIn(ws);
  if (thing.length === 0 || thing.some((w) => index.counted.has(stem(w)))) return false;
  const terms = index.normalizer.queryTerms(thing.join(" "));
  return !candidates.some((c) => {
    const entry = index.byId.get(c.entry.id)!;
    return terms.some((t) => entry.bag.has(t));
  });
}

/**
 * What a question asks the amount of after "how much", when the pack names none of it and no other word of the
 * question says what "how much" says alone or names the career beyond everyday words.
 */
function measuredUnnamed(index: MatchIndex, ws: readonly string[]): string[] | undefined {
  const measured = measuredIn(ws);
  if (measured.length === 0) return undefined;
  if (measured.some((w) => index.normalizer.terms(w).some((t) => index.weights.has(t)))) return undefined;
  const said = new Set(index.normalizer.terms("how much"));
  const at = ws.findIndex((w, i) => w === "how" && ws[i + 1] === "much");
  const rest = [...ws.slice(0, at), ...ws.slice(at + 2)].join(" ");
  // "how much bank does a lab tech pull in": the rest names the career, and what it measures is the career's.
  const career = (t: string) => said.has(t) || (index.weights.has(t) && !isEverydayTerm(index, t));
  return index.normalizer.terms(rest).some(career) ? undefined : measured;
}

/**
 * Words WordNet names, in one of their first two noun senses, as a possession or a time ("grants", "coverage",
 * "bonus", "leave"; `npm run tables`): what a question may ask to be given besides the work.
 */
const POSSESSIONS: ReadonlySet<string> = new Set(
  readFileSync(POSSESSIONS_FILE, "utf8").split("\n").filter(Boolean),
);

/**
 * Whether a question asks to have a thing (`thingsAskedFor`) the pack does not know, and whose head none of the
 * entries it would get is asked or answered with: their answers are about something else.
 */
export function asksForTheUnknown(
  index: MatchIndex,
  ws: readonly string[],
  candidates: readonly Candidate[],
): boolean {
  return thingsAskedFor(ws).some((thing) => {
    const head = thing.map((w) => index.normalizer.queryTerms(w)).findLast((terms) => terms.length > 0) ?? [];
    if (head.length === 0 || head.some((t) => isDomainWord(index, t))) return false;
    // What one is given or paid, or time off ("a signing bonus", "maternity leave"), not a thing of the work
    // itself ("a career ladder", "robots in the lab"), which an entry may answer in its own words.
    if (!thing.some((w) => POSSESSIONS.has(w)) || !thing.some((w) => unknownThing(index, w))) return false;
    return !candidates.some((c) => {
      const entry = index.byId.get(c.entry.id)!;
      return head.some((t) => entry.bag.has(t) || entry.answer.has(t));
    });
  });
}

/** Whether a term is one of the words of the pack's domain terms ("lab", "tech", "ascp"). */
function isDomainWord(index: MatchIndex, term: string): boolean {
  return index.domainTerms.some((d) => d.some((t) => t.split(" ").includes(term)));
}

/**
 * A word naming a thing the pack does not know: an English word beyond the most general (among the most common,
 * not among the 2,000 most common: "maternity", "grants", "bonus"; not a typo or slang), that is no term of the
 * entries and that the lexicon links to none of their words beyond everyday ones ("scholarship" → learn).
 */
export function unknownThing(index: MatchIndex, w: string): boolean {
  if (!COMMON_ENGLISH.has(w) || GENERAL_ENGLISH.has(w)) return false;
  const terms = index.normalizer.queryTerms(w);
  return (
    terms.length === 1 &&
    !index.weights.has(terms[0]!) &&
    index.normalizer.linksOf(terms[0]!).every((l) => isEverydayTerm(index, l))
  );
}

/**
 * Whether a question asks a particular kind of information (`unaskedKinds`: a time, a place, a person…) that none of
 * its candidates is asked, and names something besides the domain that none of them holds: "when are the exam dates"
 * of entries that give no date. "When is certification required" names only what the entry is asked with.
 */
export function asksWhatNoneGives(
  index: MatchIndex,
  asks: Asks,
  terms: readonly string[],
  candidates: readonly Candidate[],
): boolean {
  const entries = candidates.map((c) => index.byId.get(c.entry.id)!);
  if (
    unaskedKinds(
      asks,
      entries.map((e) => e.asked),
    ) === 0
  )
    return false;
  return terms.some((t) => !isDomainWord(index, t) && !entries.some((e) => e.bag.has(t) || e.answer.has(t)));
}
