// What a message's terms name that the pack leaves to other careers (out of scope) or does not cover, and whether
// they name the domain itself.
import type { MatchIndex } from "./index.ts";
import { stem } from "./text.ts";

/**
 * Whether the terms hold every term of a phrase, in any order. A loop, not `every` with a closure: it runs for every
 * phrase of the pack's lists on every text a message is read as.
 */
export function containsAll(terms: ReadonlySet<string>, phrase: readonly string[]): boolean {
  for (let i = 0; i < phrase.length; i++) if (!terms.has(phrase[i]!)) return false;
  return true;
}

/** Whether the words say one of the phrases (stems, in order, side by side). */
function saysPhrase(ws: readonly string[], phrases: readonly string[][]): boolean {
  if (phrases.length === 0) return false;
  const stems = ws.map(stem);
  // A phrase of a stem the words lack is not said: most are ruled out before they are looked for.
  const held = new Set(stems);
  return phrases.some(
    (p) => containsAll(held, p) && stems.some((_, i) => p.every((s, k) => stems[i + k] === s)),
  );
}

/** The pack's out-of-scope terms (other careers) that `terms` hold. */
export function outOfScopeIn(index: MatchIndex, terms: ReadonlySet<string>): string[][] {
  const named = index.outOfScopeTerms.filter((t) => containsAll(terms, t));
  for (const t of terms) if (index.otherJobs.has(t)) named.push([t]);
  return named;
}

/** Whether terms name another career: a pack's out-of-scope term, or a health occupation it never uses. */
export function namesOutOfScope(index: MatchIndex, terms: ReadonlySet<string>): boolean {
  for (const t of terms) if (index.otherJobs.has(t)) return true;
  return index.outOfScopeTerms.some((t) => containsAll(terms, t));
}

/** The terms less those of the other careers they name. */
export function withoutOutOfScope(index: MatchIndex, terms: ReadonlySet<string>): Set<string> {
  const other = new Set(outOfScopeIn(index, terms).flat());
  return new Set([...terms].filter((t) => !other.has(t)));
}

/**
 * Whether the terms, in the message's order, say a phrase of several terms together: side by side in either order,
 * with at most one other term between ("night shift", "shifts at night", "work long hours"). Spread over the message
 * ("every night… all shift", "hours… working") its words name no such thing.
 */
function saysTogether(terms: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 1) return terms.includes(phrase[0]!);
  const reach = phrase.length + 1;
  return terms.some(
    (t, i) => phrase.includes(t) && phrase.every((p) => terms.slice(i, i + reach).includes(p)),
  );
}

/**
 * Whether a message's terms (in its order) say an uncovered term, or its words say an uncovered phrase ("how long").
 */
export function namesUncovered(index: MatchIndex, terms: readonly string[], ws: readonly string[]): boolean {
  // A term of a term the message lacks is not said together: most are ruled out before they are looked for.
  const held = new Set(terms);
  return (
    index.uncoveredTerms.some((t) => containsAll(held, t) && saysTogether(terms, t)) ||
    saysPhrase(ws, index.uncoveredPhrases)
  );
}

/** The uncovered terms and phrases (as stems) that a message's terms and words say, as `namesUncovered` finds them. */
export function uncoveredSaid(
  index: MatchIndex,
  terms: readonly string[],
  ws: readonly string[],
): string[][] {
  return [
    ...index.uncoveredTerms.filter((t) => saysTogether(terms, t)),
    ...index.uncoveredPhrases.filter((p) => saysPhrase(ws, [p])),
  ];
}

/**
 * Where a text's clauses end for a term of several words: a stop or a comma, a relative pronoun opening a clause
 * of its own ("…hours that fit around school"), a conjunction opening one of time, condition or reason ("take home
 * once they're working" names no work from home), or a preposition placing one time after or before another thing
 * ("months after the course": a wait, not the course's length; "work after hours" stays one clause).
 */
const CLAUSE_BREAK =
  /[.!?;,]+(?:\s+|$)|\n|\s+(?:that|which|who|once|when|whenever|while|because|although|though|unless|if)\s+|\s+(?:after|before|until|till|since)\s+(?=(?:the|a|an|my|your|his|her|their|our|this|that|i|you|he|she|they|we|it)\s|\w+ing\b)/i;

/**
 * Whether a text says an uncovered term within one of its clauses: a term of several words is not said by words of
 * two sentences ("…paid by the hour. If I study…" names no hour program), nor across a clause telling which one
 * ("shifts that fit around a school run").
 */
export function uncoveredInAClause(
  index: MatchIndex,
  text: string,
  query: { terms: readonly string[]; words: readonly string[] },
): boolean {
  if (!namesUncovered(index, query.terms, query.words)) return false;
  const clauses = text.split(CLAUSE_BREAK).filter((c) => c.trim() !== "");
  if (clauses.length <= 1) return true;
  return clauses.some((c) => {
    const { terms, words } = index.normalizer.normalize(c);
    return namesUncovered(index, terms, words);
  });
}

/** Whether a text names something the guide does not cover ("overseas", "visa"). */
export function uncovers(index: MatchIndex, text: string): boolean {
  const { terms, words } = index.normalizer.normalize(text);
  return namesUncovered(index, terms, words);
}

/** Whether a message names the domain ("lab tech", "mlt") in its own words. */
export function namesDomain(index: MatchIndex, text: string): boolean {
  const terms = new Set(index.normalizer.normalize(text).terms);
  return index.domainTerms.some((t) => containsAll(terms, t));
}
