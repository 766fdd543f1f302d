// A refusal for an uncovered thing is no dead end: it says what the guide does not say and offers the covered entry
// nearest the question ("night shifts?" → what the work is like), one tap away, when the message asks of the career.
import type { Entry } from "../knowledge/schema.ts";
import { namesDomain, namesOutOfScope, uncoveredSaid } from "./coverage.ts";
import type { MatchIndex } from "./index.ts";
import type { NormalizedText } from "./normalize.ts";
import { saysAClientTerm } from "./patient.ts";
import { rank } from "./rank.ts";
import type { MatchResult } from "./result.ts";

/** What a refusal as uncovered offers: what the guide does not say, in the pack's words, and the entry nearest it. */
export interface NearestCovered {
  about: string;
  entry: Entry;
}

type Group = MatchIndex["uncoveredNearest"][number];

/** The refusal with the covered entry nearest what it asks, when there is one to offer honestly. */
export function withNearest(index: MatchIndex, text: string, result: MatchResult): MatchResult {
  if (result.kind !== "none" || result.reason !== "uncovered") return result;
  const nearest = nearestCovered(index, text, index.normalizer.normalize(text));
  return nearest === undefined ? result : { ...result, nearest };
}

/**
 * The entry nearest a question refused as uncovered: every uncovered thing it says is in a group of the pack's
 * `uncovered_nearest` (a visa or a resume has no nearest entry), it asks of the career, and of the groups' entries
 * its words rank one first (the exam named, the program asked of), else the first.
 */
export function nearestCovered(
  index: MatchIndex,
  text: string,
  query: NormalizedText,
): NearestCovered | undefined {
  const said = uncoveredSaid(index, query.terms, query.words);
  const groups = groupsOf(index, said);
  if (groups === undefined || !asksOfTheCareer(index, text, query, said)) return undefined;
  const ids = [...new Set(groups.flatMap((g) => g.entries))];
  const ranked = rank(index, query.terms);
  const score = (id: string) => ranked.find((c) => c.entry.id === id)?.confidence ?? 0;
  const best = ids.reduce((a, b) => (score(b) > score(a) ? b : a));
  const entry = index.byId.get(best)?.entry;
  return entry && { about: groups.map((g) => g.about).join(", or "), entry };
}

/** The groups of the uncovered things said, in the pack's order; undefined when one is in none, or none is said. */
function groupsOf(index: MatchIndex, said: readonly string[][]): Group[] | undefined {
  if (said.length === 0) return undefined;
  const keys = said.map((t) => t.join(" "));
  if (!keys.every((k) => index.uncoveredNearest.some((g) => g.said.has(k)))) return undefined;
  return index.uncoveredNearest.filter((g) => keys.some((k) => g.said.has(k)));
}

/**
 * Whether a message asks of the career: it names the domain, or says nothing beside the uncovered thing that the pack
 * does not know ("night shifts?", "is health insurance included"; "rain this weekend" does), and neither another
 * career nor a patient's thing ("my blood test").
 */
function asksOfTheCareer(
  index: MatchIndex,
  text: string,
  query: NormalizedText,
  said: readonly string[][],
): boolean {
  if (saysAClientTerm(query.words, index.clientTerms) || namesOutOfScope(index, new Set(query.terms)))
    return false;
  if (namesDomain(index, text)) return true;
  const uncovered = new Set(said.flat());
  return query.terms.every((t) => uncovered.has(t) || index.weights.has(t));
}
