// A message that points at things a text just named ("the second one", "both", "which one", "the difference between
// the two"), read with those things' own words: which list it points into, what it says with the things named, and
// the entries it then asks about, and whether an entry compares the things named.
import type { Entry } from "../knowledge/schema.ts";
import { withoutRequestForMore } from "./followup.ts";
import type { MatchIndex } from "./index.ts";
import { type Item, type ItemList, listsOf } from "./items.ts";
import { inPlaceOf, pairIn, pointedAt, positionsIn, type Reference } from "./references.ts";
import { STOPWORDS, stem, words } from "./text.ts";

/** What a message says once the things it points at are named, and which things they are. */
export interface Referred {
  /** The message with the things' words in place of the words pointing at them. */
  text: string;
  kind: Reference["kind"];
  items: Item[];
  /** Whether the message says nothing but the pointing ("and the second one?", "tell me about both"). */
  bare: boolean;
  /** How many places of the message point into the list ("from the first to the second": two). */
  places: number;
}

const kept = new WeakMap<Entry, ItemList[]>();

/** The lists an entry's question and answer name, each thing with the entry its words find (`entryOf`); kept per entry. */
export function listsOfEntry(entry: Entry, entryOf: (text: string) => string | undefined): ItemList[] {
  let lists = kept.get(entry);
  if (lists === undefined) {
    lists = listsOf(entry.question, entry.answer, entryOf);
    kept.set(entry, lists);
  }
  return lists;
}

const stemsOf = (text: string) => new Set(words(text.toLowerCase()).map(stem));

/** Where a list was written, as a preference: what the question asked about, then a visible list, then a sentence. */
const FROM_RANK: Record<ItemList["from"], number> = { question: 2, bullets: 1, sentence: 0 };

/**
 * The list a message's references point into: one that has the things they point at, preferring one whose lead-in
 * the message echoes ("the last duty" and "the main duties are…"), then the one the question named, then bullets,
 * then one whose things find more entries.
 */
function listFor(
  lists: readonly ItemList[],
  references: readonly Reference[],
  text: string,
): ItemList | undefined {
  const said = new Set([...stemsOf(text)].filter((s) => !STOPWORDS.has(s)));
  let best: ItemList | undefined;
  let bestScore: number[] = [];
  for (const list of lists) {
    if (!references.every((r) => pointedAt(list, r).length > 0)) continue;
    const found = new Set(list.items.flatMap((i) => (i.entry === undefined ? [] : [i.entry])));
    // A list of things none of which finds an entry of its own is words, not things the pack tells of.
    if (found.size < Math.min(2, list.items.length)) continue;
    const echoed = [...stemsOf(list.lead)].some((s) => said.has(s)) ? 1 : 0;
    const score = [echoed, FROM_RANK[list.from], found.size];
    if (best === undefined || ahead(score, bestScore)) {
      best = list;
      bestScore = score;
    }
  }
  return best;
}

/** Whether one score is ahead of another, compared figure by figure. */
function ahead(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! > b[k]!;
  return false;
}

/**
 * A message read against the lists a text names (an answer just given, or the sentence before a question): the
 * things it points at, and the message with their words in place, if it points at any.
 */
export function readReferences(
  text: string,
  lists: readonly ItemList[],
  saysSomething: (rest: string) => boolean,
): Referred | undefined {
  if (lists.length === 0) return undefined;
  const calls = new Set(lists.flatMap((l) => [...stemsOf(l.lead)]).filter((s) => !STOPWORDS.has(s)));
  const positions = positionsIn(text, (s) => calls.has(s));
  const pair = positions.length === 0 ? pairIn(text) : undefined;
  const references: Reference[] = pair ? [pair] : positions;
  if (references.length === 0) return undefined;
  const list = listFor(lists, references, text);
  if (list === undefined) return undefined;
  let rewritten = text;
  let rest = text;
  const items: Item[] = [];
  // From the last, so the earlier places stay where they are.
  for (const r of [...references].reverse()) {
    const things = pointedAt(list, r);
    items.unshift(...things);
    rewritten = `${rewritten.slice(0, r.start)}${inPlaceOf(r, things)}${rewritten.slice(r.end)}`;
    rest = `${rest.slice(0, r.start)} ${rest.slice(r.end)}`;
  }
  return {
    text: rewritten,
    kind: references[0]!.kind,
    items,
    bare: !saysSomething(rest),
    places: references.length,
  };
}

/** Whether words besides a reference ask anything of their own ("how do I become" of "how do I become the latter"). */
export function saysSomething(index: MatchIndex, rest: string): boolean {
  return index.normalizer.terms(withoutRequestForMore(rest)).some((t) => index.weights.has(t));
}

/** Whether an entry's question names each of two things by a word of its own ("technician", "technologist"). */
export function compares(index: MatchIndex, id: string, items: readonly { text: string }[]): boolean {
  const bag = new Set(index.normalizer.terms(index.byId.get(id)!.entry.question));
  const [a, b] = items.map((i) => new Set(index.normalizer.terms(i.text)));
  if (a === undefined || b === undefined) return false;
  const own = (x: Set<string>, y: Set<string>) => [...x].some((t) => !y.has(t) && bag.has(t));
  return own(a, b) && own(b, a);
}

/**
 * Asking which of two things to choose: "which one should I pick", "which makes more sense for me", "which is the
 * better pick if I only have two years" (not "which one is quicker", which picks one by what it asks).
 */
const CHOOSING =
  /\bwhich(?: one| of (?:them|the two|those|these|the 2|em))?\s+(?:should|shall|would|could|do (?:i|you)|to|makes? (?:more |the most )?sense|is (?:the )?(?:better|best|right|smarter|wiser)(?: (?:one|pick|choice|option|bet))?|suits?|fits?)\b/i;

/**
 * Whether a follow-up asks which of the two things the answer just given compares to choose ("which one should I aim
 * for if I can only study two years" after the difference between a technician and a technologist): that answer sets
 * the two side by side for the choice, whatever the writer's condition leans to. Only an answer whose question names
 * the two things and compares them.
 */
export function choosesBetweenCompared(
  index: MatchIndex,
  entry: Entry,
  text: string,
  entryOf: (text: string) => string | undefined,
): boolean {
  if (!CHOOSING.test(text)) return false;
  const pair = listsOfEntry(entry, entryOf).find((l) => l.from === "question" && l.items.length === 2);
  return pair !== undefined && compares(index, entry.id, pair.items);
}
