// What a question asks that the entries it would get cannot give: a count none of them gives, a thing none of them
// holds, a kind of information none of them is asked for. Read against the candidates the ranking found.
import { countedIn } from "./counts.ts";
import type { MatchIndex } from "./index.ts";
import type { Candidate } from "./rank.ts";
import { stem } from "./text.ts";

/**
 * Whether a question asks how many of a thing (`countedIn`) that the pack never counts (`MatchIndex.counted`) and
 * that none of the entries it would get is asked or answered with: the answer would give no such number.
 */
export function countsTheUncounted(
  index: MatchIndex,
  ws: readonly string[],
  candidates: readonly Candidate[],
): boolean {
  const thing = countedIn(ws);
  if (thing.length === 0 || thing.some((w) => index.counted.has(stem(w)))) return false;
  const terms = index.normalizer.queryTerms(thing.join(" "));
  return !candidates.some((c) => {
    const entry = index.byId.get(c.entry.id)!;
    return terms.some((t) => entry.bag.has(t));
  });
}
