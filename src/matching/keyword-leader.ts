// The pack's entry of a kind of thing, found by its keywords rather than by an id (the entry of devices, of the guide's
// sources): the one whose keywords name the most of a set of words, so a rule about that kind holds for any pack.
import type { IndexedEntry, MatchIndex } from "./index.ts";

/**
 * The one entry whose keywords name the most of `words` (at least `least`), if one leads. Worked out once per pack,
 * keyed by its entries, which every reading of a message shares, not by the index object a reading may copy.
 */
export function keywordLeader(
  words: ReadonlySet<string>,
  least: number,
): (index: MatchIndex) => IndexedEntry | undefined {
  const kept = new WeakMap<readonly IndexedEntry[], IndexedEntry | null>();
  return (index) => {
    let found = kept.get(index.entries);
    if (found === undefined) {
      const counts = index.entries.map(
        (e) => e.entry.keywords.filter((k) => words.has(k.toLowerCase())).length,
      );
      const most = Math.max(0, ...counts);
      const leaders = index.entries.filter((_, i) => counts[i] === most);
      found = most >= least && leaders.length === 1 ? leaders[0]! : null;
      kept.set(index.entries, found);
    }
    return found ?? undefined;
  };
}
