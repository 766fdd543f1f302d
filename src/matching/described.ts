// A thing of a list picked by what it is or does, not by its place: "the one that looks at cells", "the one with the
// X-rays", "which one draws blood" ("the imaging one" is an aspect, read in neighbours.ts).
import type { MatchIndex } from "./index.ts";
import type { Item, ItemList } from "./items.ts";
import type { Referred } from "./referred.ts";

/** "the one that/with/for…", "the part about…", "which one…": the words after it describe a thing of a list. */
const THE_ONE =
  /\b(?:the|that|this)\s+(?:one|ones|part|bit|option|kind|type|route|path|specialty|specialization)\s+(?:that|which|who|where|with|about|for|on|in|you|u|u?sed|'s|is)\b\s*([^,.;?!]*)/iu;
const WHICH_ONE = /\bwhich\s+(?:one|1|of (?:them|those|these|em))\s+([^,.;?!]*)/iu;
/** Where a message describes a thing it means, and the describing words. */
function descriptionIn(text: string): { start: number; end: number; words: string } | undefined {
  for (const pattern of [THE_ONE, WHICH_ONE]) {
    const m = pattern.exec(text);
    if (m?.[1] !== undefined && m[1].trim() !== "")
      return { start: m.index, end: m.index + m[0].length, words: m[1] };
  }
  return undefined;
}

/** Whether a message may describe a thing of a list: only then are a list's things read for it. */
export function describesAThing(text: string): boolean {
  return descriptionIn(text) !== undefined;
}

/**
 * The thing a message describes, read against lists just named: the one whose own words, and then its entry's, share
 * most of the description's terms, each by its weight in the pack (a term in its own line counts twice). Only when one thing clearly leads: a
 * description two things fit alike ("the one in a lab") picks none.
 */
export function describedThing(
  index: MatchIndex,
  text: string,
  lists: readonly ItemList[],
  saysSomething: (rest: string) => boolean,
): Referred | undefined {
  const described = descriptionIn(text);
  if (described === undefined || lists.length === 0) return undefined;
  const terms = [...new Set(index.normalizer.terms(described.words))];
  if (terms.length === 0) return undefined;
  // Each entry a thing finds, by the best score of the things that find it.
  const byEntry = new Map<string, { item: Item; score: number }>();
  for (const list of lists)
    for (const item of list.items) {
      if (item.entry === undefined) continue;
      const own = new Set(index.normalizer.terms(item.line ?? item.text));
      const entry = index.byId.get(item.entry);
      // Each term by its weight in the pack: "works with cells" is about the cells more than the work.
      const score = terms.reduce(
        (sum, t) =>
          sum +
          (index.weights.get(t) ?? 1) * (own.has(t) ? 2 : entry?.bag.has(t) || entry?.answer.has(t) ? 1 : 0),
        0,
      );
      if (score > (byEntry.get(item.entry)?.score ?? 0)) byEntry.set(item.entry, { item, score });
    }
  const [best, next] = [...byEntry.values()].sort((a, b) => b.score - a.score);
  if (best === undefined || (next !== undefined && next.score >= best.score)) return undefined;
  const rewritten = `${text.slice(0, described.start)}${best.item.text}${text.slice(described.end)}`;
  const rest = `${text.slice(0, described.start)} ${text.slice(described.end)}`;
  return { text: rewritten, kind: "position", items: [best.item], bare: !saysSomething(rest), places: 1 };
}
