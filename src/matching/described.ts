// A thing of a list picked by what it is or does, not by its place: "the one that looks at cells", "the one with the
// X-rays", "which one draws blood" ("the imaging one" is an aspect, read in neighbours.ts).
import type { IndexedEntry, MatchIndex } from "./index.ts";
import type { Item, ItemList } from "./items.ts";
import { rank } from "./rank.ts";
import type { Referred } from "./referred.ts";

/** "the one that/with/for…", "the part about…", "which one…": the words after it describe a thing of a list. */
const THE_ONE =
  /\b(?:the|that|this)\s+(?:one|ones|part|bit|option|kind|type|route|path|specialty|specialization)\s+(?:that|which|who|where|with|about|for|on|in|you|u|u?sed|'s|is)\b\s*([^,.;?!]*)/iu;
/** "which one…", "which of them…", or "which" before the comparison it asks ("which is quicker"). */
const WHICH_ONE =
  /\bwhich(?:\s+(?:one|1|of (?:them|those|these|em))\s+|(?=(?:'s|s| is| are| would be| will be) (?:[a-z]{2,}er|better|worse|best|more|less)\b)\s*)([^,.;?!]*)/iu;
/**
 * "the blood one", "the 2 year one", "blood one, explain more", "the cells job": a thing named by a word or two of what
 * it is, before the word a list's things are called by; "the" may be left out only where the message or a clause starts.
 */
const THE_X_ONE =
  /(?:\bthe\s+|(?:^|[,.;:!?]\s*)(?:(?:ok(?:ay)?|so|and|but|no|nah|i meant?|what about|how about|more on|tell me about)\s+)?)((?:[\p{L}\d'-]+\s+){1,3})(?:one|ones|part|kind|type|route|option|path|job|thing)\b/iu;
/** Words that pick a thing by its place or by being another ("the other one", "the second one", "this one"), not by what it is. */
const NOT_A_DESCRIPTION =
  /\b(?:other|others|another|same|first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last|final|latter|former|next|previous|both|either|each|which|what|this|that|these|those|it|any|no|every|only|right|wrong|a|an)\b/i;
/** "vs", "or", "compared to", "instead of": a word setting the thing picked against the answer just read. */
const SETS_AGAINST = /\b(?:vs\.?|versus|or|compared (?:to|with)|instead of|rather than)(?=\s|$)/giu;
/** Where a message describes a thing it means, and the describing words. */
function descriptionIn(
  text: string,
): { start: number; end: number; words: string; named: boolean } | undefined {
  for (const pattern of [THE_ONE, WHICH_ONE]) {
    const m = pattern.exec(text);
    if (m?.[1] !== undefined && m[1].trim() !== "")
      return { start: m.index, end: m.index + m[0].length, words: m[1], named: false };
  }
  const m = THE_X_ONE.exec(text);
  if (m?.[1] === undefined || NOT_A_DESCRIPTION.test(m[1])) return undefined;
  const start = m.index + m[0].length - m[0].trimStart().length;
  return { start, end: m.index + m[0].length, words: m[1], named: true };
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
  answered?: string,
): Referred | undefined {
  const described = descriptionIn(text);
  if (described === undefined || lists.length === 0) return undefined;
  // Read as a message is ("quicker" is quick, a slip is mended), as it is the person's own words.
  const terms = [...new Set(index.normalizer.queryTerms(described.words))];
  if (terms.length === 0) return undefined;
  const best = bestFit(index, terms, lists);
  if (best === undefined) return undefined;
  // "the blood one" picks one of the things an answer lists by their own words: words that fit only what the answer
  // just read says around its things ask about that answer, and are read as a follow-up is.
  if (described.named && best.item.entry === answered && !namesItself(index, best.item, terms))
    return undefined;
  // "the ascp one" after the ASCP's answer names that answer, not a thing of it.
  const previous = answered === undefined ? undefined : index.byId.get(answered);
  if (described.named && previous !== undefined && terms.every((t) => previous.bag.has(t))) return undefined;
  if (described.named && namesAnotherEntry(index, terms, best.item, answered)) return undefined;
  const rewritten = `${text.slice(0, described.start)}${best.item.text}${text.slice(described.end)}`;
  const rest = `${text.slice(0, described.start)} ${text.slice(described.end)}`;
  // "and the shorter one?? the not-two-years one", "vs the college one?": more words of the same pick, or a word
  // setting it against the answer just read, ask nothing else.
  const restOf = described.named
    ? rest.replace(new RegExp(THE_X_ONE.source, "giu"), " ").replace(SETS_AGAINST, " ")
    : rest;
  return { text: rewritten, kind: "position", items: [best.item], bare: !saysSomething(restOf), places: 1 };
}

/**
 * The thing of the lists whose own words, and then its entry's, share most of the terms, each by its weight in the
 * pack (a term in its own line counts twice), when one clearly leads.
 */
function bestFit(
  index: MatchIndex,
  terms: readonly string[],
  lists: readonly ItemList[],
): { item: Item; score: number } | undefined {
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
  return best === undefined || (next !== undefined && next.score >= best.score) ? undefined : best;
}

/**
 * Whether a thing named by a word or two ("the amt one" after the ASCP's answer, whose steps name no AMT) names another
 * entry outright: none of its words are the picked thing's own, found only through that thing's entry, and on their own
 * they answer an entry, neither that thing's nor the answer just read, whose question they are all words of.
 */
function namesAnotherEntry(
  index: MatchIndex,
  terms: readonly string[],
  item: Item,
  answered?: string,
): boolean {
  const own = new Set(index.normalizer.terms(item.line ?? item.text));
  if (terms.some((t) => own.has(t))) return false;
  const [top] = rank(index, terms);
  if (top === undefined || top.entry.id === item.entry || top.entry.id === answered) return false;
  const asked = new Set(index.normalizer.terms(top.entry.question));
  return top.confidence >= index.options.answerMin && terms.every((t) => asked.has(t));
}

/** "run them", "are those hard", "fix these": a word standing for things just named, and the word after it. */
const THINGS_POINTED_AT =
  /\b(?:them|those|these|em)\b(?!\s+(?:ones?|guys|people|folks)\b)(?:\s+([\p{L}'-]+))?/giu;

/**
 * Whether a message speaks of things by "them", "those", "these" standing alone, not before a noun of the answer or of
 * the pack's questions ("who gives these courses", "more of them jobs"), which says what they are.
 */
function pointsAtThings(index: MatchIndex, text: string, answered: string): boolean {
  const previous = index.byId.get(answered);
  for (const m of text.matchAll(THINGS_POINTED_AT)) {
    const next = m[1] === undefined ? [] : index.normalizer.terms(m[1]);
    const named = (t: string) => previous?.answer.has(t) || askedTerms(index).has(t);
    if (next.length === 0 || !next.every(named)) return true;
  }
  return false;
}

// Kept by the entries, which a message's copy of the index shares with the pack's.
const askedKept = new WeakMap<readonly IndexedEntry[], ReadonlySet<string>>();

/** The terms of the pack's questions: nouns a "those" before them is said of ("those jobs", "these courses"). */
function askedTerms(index: MatchIndex): ReadonlySet<string> {
  let terms = askedKept.get(index.entries);
  if (terms === undefined) {
    terms = new Set(index.entries.flatMap((e) => index.normalizer.terms(e.entry.question)));
    askedKept.set(index.entries, terms);
  }
  return terms;
}

/**
 * The entry of the one thing an answer listed that a follow-up speaks of by "them" or "those", what it does with
 * them saying which ("do you learn to run them on the job?" after the duties, one of which is the equipment): the
 * thing its words fit as a description would, when that is not the answer itself.
 */
export function thingPointedAt(
  index: MatchIndex,
  text: string,
  lists: readonly ItemList[],
  answered: string,
): string | undefined {
  if (lists.length === 0 || !pointsAtThings(index, text, answered)) return undefined;
  const terms = [...new Set(index.normalizer.queryTerms(text))].filter((t) => index.weights.has(t));
  if (terms.length === 0) return undefined;
  const best = bestFit(index, terms, lists);
  return best === undefined || best.item.entry === answered ? undefined : best.item.entry;
}

/** Whether a thing's own words (its line of a list, or as written) carry one of the terms. */
function namesItself(index: MatchIndex, item: Item, terms: readonly string[]): boolean {
  const own = new Set(index.normalizer.terms(item.line ?? item.text));
  return terms.some((t) => own.has(t));
}

/** "what kind of tests", "tests which kind?", "what tests exactly": asking which ones of a thing, or its particulars. */
const WHICH_OF = [
  /\b(?:what|which)\s+(?:kinds?|sorts?|types?)\s+of\s+([\p{L}-]+)/iu,
  /\b([\p{L}-]+)\s+(?:what|which)\s+(?:kinds?|sorts?|types?)\b/iu,
  /\b(?:what|which)\s+([\p{L}-]+)\s+(?:exactly|specifically|in particular)\b/iu,
];

/** The thing a follow-up asks the kinds or particulars of ("tests" of "what kind of tests?"), if it asks so. */
export function kindsAskedOf(text: string): string | undefined {
  for (const pattern of WHICH_OF) {
    const m = pattern.exec(text);
    if (m?.[1] !== undefined) return m[1];
  }
  return undefined;
}

/**
 * The entry of the one thing an answer listed that a follow-up asks the kinds or particulars of ("what tests exactly?"
 * after the duties, one of which is laboratory testing): the thing whose name carries the asked thing's terms,
 * when its entry is asked with them too and is not the answer itself.
 */
export function thingAskedAbout(
  index: MatchIndex,
  text: string,
  lists: readonly ItemList[],
  answered: string,
): string | undefined {
  const thing = kindsAskedOf(text);
  if (thing === undefined) return undefined;
  const terms = index.normalizer.queryTerms(thing).filter((t) => index.weights.has(t));
  if (terms.length === 0) return undefined;
  const found = new Set<string>();
  for (const list of lists)
    for (const item of list.items) {
      if (item.entry === undefined || item.entry === answered) continue;
      // By its name ("Laboratory testing"), not the rest of its line ("Data management: recording test results").
      const own = new Set(index.normalizer.terms(item.text));
      if (terms.some((t) => own.has(t) && index.byId.get(item.entry!)?.bag.has(t))) found.add(item.entry);
    }
  return found.size === 1 ? [...found][0] : undefined;
}
