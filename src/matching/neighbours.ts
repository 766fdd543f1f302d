// The entries around an answer that a follow-up may turn to: those beside it (related, or of its topic), its siblings
// ("the other one"), the general question it is a case of ("the usual way"), those asked the way the follow-up asks,
// and whether the follow-up's own words name another entry instead.
import { type Asks, agreement, kindBits } from "./asks.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import type { MatchResult } from "./result.ts";
import { isEverydayTerm } from "./subject.ts";
import { words } from "./text.ts";

/** The kinds of question a follow-up may turn to another entry by: where, when, who, how much, how long, what it's like. */
const ASPECT_KINDS = kindBits("where", "when", "who", "how-much", "how-long", "like");

/**
 * The entries beside the previous one (related, or of its topic) asked the way a follow-up asks, when the previous
 * one is not ("what's it like inside?" after where people work); when none beside it is, those of the whole pack
 * (`anywhere`: "and where?" after the duties of a job).
 */
export function askedOtherwise(
  index: MatchIndex,
  previous: IndexedEntry,
  beside: readonly string[],
  asks: Asks,
): { ids: string[]; anywhere: boolean } {
  if (!asksAnotherKind(previous, asks)) return { ids: [], anywhere: false };
  const kinds = asks & ASPECT_KINDS;
  const asked = (id: string) => agreement(index.byId.get(id)!.asking, kinds) >= ASKED_SO;
  const near = beside.filter(asked);
  if (near.length > 0) return { ids: near, anywhere: false };
  const ids = index.entries.map((e) => e.entry.id).filter((id) => id !== previous.entry.id && asked(id));
  return { ids, anywhere: ids.length > 0 };
}

/** How far beyond the pack an entry's phrasings must ask a kind for a follow-up asking it to lean there. */
const ASKED_SO = 0.2;

/**
 * Whether a follow-up asks a kind of question (where, when, who, how much, how long, what it's like) that the entry just
 * answered is not asked with: "how long does it take" after the pay asks something of its own.
 */
export function asksAnotherKind(previous: IndexedEntry, asks: Asks): boolean {
  const kinds = asks & ASPECT_KINDS;
  return kinds !== 0 && agreement(previous.asking, kinds) < ASKED_SO / 2;
}

/**
 * The entries beside one whose question is asked the same way about something else ("What is the ASCP
 * certification?", "What is the AMT certification?"): what "the other one" means. Dice over the questions' words.
 */
export function siblingsOf(index: MatchIndex, previous: IndexedEntry, beside: readonly string[]): string[] {
  const own = new Set(words(previous.entry.question.toLowerCase()));
  return beside.filter((id) => {
    const theirs = new Set(words(index.byId.get(id)!.entry.question.toLowerCase()));
    let shared = 0;
    for (const w of theirs) if (own.has(w)) shared++;
    return (2 * shared) / (own.size + theirs.size) >= SIBLING_DICE;
  });
}

/**
 * The entries whose question says less than the previous one's and nothing else ("How do I become a medical laboratory
 * technician?" of "Can you become a medical lab technician without a degree?"), the closest of them.
 */
export function generalOf(index: MatchIndex, previous: IndexedEntry): string[] {
  const own = previous.phrasings[0]?.terms ?? new Set<string>();
  let best: string[] = [];
  let size = 0;
  for (const e of index.entries) {
    const terms = e.phrasings[0]?.terms ?? new Set<string>();
    if (terms.size === 0 || terms.size >= own.size || ![...terms].every((t) => own.has(t))) continue;
    if (terms.size > size) [best, size] = [[], terms.size];
    if (terms.size === size) best.push(e.entry.id);
  }
  return best;
}

/** How alike two questions must be for their entries to be siblings (asked alike, each about its own thing). */
const SIBLING_DICE = 0.6;

/** The entries beside one: its related entries and those of its topic. */
export function besideOf(index: MatchIndex, previous: IndexedEntry): string[] {
  const beside = new Set(previous.entry.related);
  for (const e of index.entries) if (e.topic.id === previous.topic.id) beside.add(e.entry.id);
  beside.delete(previous.entry.id);
  return [...beside];
}

/**
 * The entries beside the previous one (its related entries and its topic's) that are asked with a term of the
 * follow-up the previous entry neither is asked with nor answers with: the follow-up asks about their aspect. An
 * everyday word ("come", "age", "later") names an entry's aspect only when its question or keywords say it ("records" of
 * the records'): "also for someone who comes from nursing?" after whether the career fits is not the pay, one of
 * whose wordings asks "what kind of paycheck comes with this job").
 */
export function aspectEntries(
  index: MatchIndex,
  previous: IndexedEntry,
  beside: readonly string[],
  terms: readonly string[],
  anItem = false,
): string[] {
  const aspect = terms.filter((t) => !previous.bag.has(t) && (anItem || !previous.answer.has(t)));
  if (aspect.length === 0) return [];
  return beside.filter((id) => {
    const e = index.byId.get(id);
    return (
      e !== undefined &&
      aspect.some((t) => e.bag.has(t) && (!isEverydayTerm(index, t) || namedBy(index, e).has(t)))
    );
  });
}

/** The terms an entry's question and keywords name it by (kept: one set per entry for the pack). */
export function namedBy(index: MatchIndex, e: IndexedEntry): ReadonlySet<string> {
  const known = named.get(e);
  if (known) return known;
  const terms = new Set(index.normalizer.terms(e.entry.question));
  for (const k of e.entry.keywords) for (const t of index.normalizer.terms(k)) terms.add(t);
  named.set(e, terms);
  return terms;
}

const named = new WeakMap<IndexedEntry, ReadonlySet<string>>();

/**
 * Whether a message's own words find an entry other than `id` (an answer, or a "did you mean" without it) and name it
 * by a word of its question or keywords ("is it difficult to learn?" finds where to study by "learn", which only its
 * wordings say: no sign the follow-up is about where to study rather than the answer just given).
 */
export function pointsElsewhere(
  index: MatchIndex,
  alone: MatchResult,
  id: string,
  own: readonly string[],
): boolean {
  const names = (entryId: string) => {
    const terms = namedBy(index, index.byId.get(entryId)!);
    return own.some((t) => terms.has(t));
  };
  if (alone.kind === "answer") return alone.entry.id !== id && alone.also?.id !== id && names(alone.entry.id);
  return (
    alone.kind === "ambiguous" &&
    alone.candidates.every((c) => c.entry.id !== id) &&
    alone.candidates.some((c) => names(c.entry.id))
  );
}
