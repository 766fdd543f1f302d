// Ranks entries for a message's terms.
//
// Scoring, in short: each query term weighs its IDF (terms the pack never uses weigh `unknownWeight`).
// A phrasing scores recall·w + precision·(1−w): how much of the query it explains and how much of it the
// query covers; a long message that contains a whole phrasing scores its precision, scaled by how rare the
// shared terms are. An entry takes its best phrasing, or a discounted share of the query found anywhere in
// its phrasings, keywords and answer, plus a small bonus for covering more of the message's known terms.
// The top few entries are then re-scored with Fuse.js's fuzzy similarity of each phrasing inside the query.
import type { Entry, Topic } from "../knowledge/schema.ts";
import { type Asks, agreement } from "./asks.ts";
import { frameAffinity } from "./frames.ts";
import { fuzzyBound, type IndexedEntry, type IndexedPhrasing, type MatchIndex } from "./index.ts";
import { keptPerIndex } from "./memo.ts";
import { kthSmallest } from "./select.ts";

export interface Candidate {
  entry: Entry;
  topic: Topic;
  confidence: number;
}

const MAX_QUERY_TERMS = 40;
const FUZZY_TEXT_CHARS = 64;
const FUZZY_PHRASINGS = 4;
const BAG_DISCOUNT = 0.85;
const ANSWER_DISCOUNT = 0.6;

/**
 * The query being ranked: its terms, each one's weight (same positions), and its totals. While it is ranked,
 * `index.querySlots` holds each known term's position in it, plus one.
 */
interface WeightedQuery {
  terms: readonly string[];
  weights: Float64Array;
  total: number;
  knownTotal: number;
}

/** Positions in the query of one phrasing's terms; reused, as rank() is synchronous. */
const found = new Int32Array(MAX_QUERY_TERMS);

/**
 * The weight a phrasing shares with the query, summed in query order as it always was (the same sum to the last
 * bit): the phrasing's few terms are looked up in the query rather than the query's many in the phrasing.
 */
function sharedWeight(p: IndexedPhrasing, q: WeightedQuery, index: MatchIndex): number {
  const { querySlots: slots, phrasingTerms } = index;
  let n = 0;
  for (let t = p.start; t < p.end; t++) {
    const slot = slots[phrasingTerms[t]!]!;
    if (slot === 0) continue;
    // Insertion sort: a phrasing has a handful of terms.
    let k = n++;
    for (; k > 0 && found[k - 1]! > slot - 1; k--) found[k] = found[k - 1]!;
    found[k] = slot - 1;
  }
  let shared = 0;
  for (let k = 0; k < n; k++) shared += q.weights[found[k]!]!;
  return shared;
}

/** Where each query term stands in the entry being scored (0: in neither); reused, and left zero after use. */
const where = new Uint8Array(MAX_QUERY_TERMS);
const IN_BAG = 1;
const IN_ANSWER = 2;

function lexicalScore(e: IndexedEntry, q: WeightedQuery, index: MatchIndex): number {
  const { options } = index;
  const { total, knownTotal } = q;
  let best = 0;
  for (const p of e.phrasings) {
    const shared = sharedWeight(p, q, index);
    if (shared === 0) continue;
    const recall = shared / total;
    const precision = shared / p.weight;
    // A long message that contains a whole phrasing: trusted as far as the shared terms are rare enough to tell.
    const contained = options.precisionWeight * precision * (shared / (shared + index.strongWeight));
    const score = Math.max(options.recallWeight * recall + (1 - options.recallWeight) * precision, contained);
    if (score > best) best = score;
  }
  // The query's terms in the bag, and in the answer, marked by the entry's own few terms rather than looked up one
  // by one; summed in query order as they always were (the same sums to the last bit).
  const { querySlots: slots, entryTerms } = index;
  let first = MAX_QUERY_TERMS;
  let last = -1;
  for (let t = e.bagStart; t < e.answerEnd; t++) {
    const slot = slots[entryTerms[t]!]!;
    if (slot === 0) continue;
    where[slot - 1] = t < e.bagEnd ? IN_BAG : IN_ANSWER;
    first = Math.min(first, slot - 1);
    last = Math.max(last, slot - 1);
  }
  let inBag = 0;
  let anywhere = 0;
  for (let i = first; i <= last; i++) {
    const w = q.weights[i]!;
    if (where[i] === IN_BAG) inBag += w;
    if (where[i] !== 0) anywhere += w;
    where[i] = 0;
  }
  const base = Math.max(best, (BAG_DISCOUNT * inBag) / total, (ANSWER_DISCOUNT * anywhere) / total);
  // Among entries that fit about as well, the one whose phrasings and keywords cover more of what the pack
  // understands in the message ranks first: long messages are told apart by their rarer words.
  return Math.min(1, base + (knownTotal > 0 ? (options.bagBonus * inBag) / knownTotal : 0));
}

/**
 * How closely some phrasing appears, fuzzily, inside the query (the phrasing is Fuse's pattern: it is short).
 * Only the few phrasings whose terms the query covers best are tried: Bitap dominates a match's cost, and it
 * must not grow with every alternate a curator adds.
 */
function fuzzySimilarity(e: IndexedEntry, asked: number, index: MatchIndex, queryText: string): number {
  const { querySlots: slots, phrasingTerms } = index;
  // How many of a phrasing's terms the message's own words (the first `asked` of the query) cover.
  const coveredBy = (p: IndexedPhrasing) => {
    let n = 0;
    for (let t = p.start; t < p.end; t++) {
      const slot = slots[phrasingTerms[t]!]!;
      if (slot !== 0 && slot <= asked) n++;
    }
    return n;
  };
  // The best covered first, ties in the entry's order (as a stable sort would leave them), kept as they come: an
  // entry has dozens of phrasings, and objects for each of them were a twentieth of what a long story allocates.
  const closest: IndexedPhrasing[] = [];
  const shares: number[] = [];
  for (const p of e.phrasings) {
    const covered = coveredBy(p) / p.terms.size;
    if (!(covered > 0)) continue;
    let at = closest.length;
    while (at > 0 && shares[at - 1]! < covered) at--;
    if (at >= FUZZY_PHRASINGS) continue;
    closest.splice(at, 0, p);
    shares.splice(at, 0, covered);
    if (closest.length > FUZZY_PHRASINGS) {
      closest.pop();
      shares.pop();
    }
  }
  // The lowest score so far bounds the next search: a phrasing that cannot beat it is not searched to the end. The
  // phrasing with the lowest bound goes first, so the low score comes early and the rest are mostly not searched.
  const bounded = closest
    .map((p) => ({ p, least: fuzzyBound(p.text, queryText) }))
    .sort((a, b) => a.least - b.least);
  let lowest = 1;
  for (const { p, least } of bounded) {
    if (least >= lowest) break;
    lowest = Math.min(lowest, index.fuzzy(p.text, queryText, lowest));
  }
  return 1 - lowest;
}

/** The `limit` positions with the most query weight; ties keep index order. */
function preselect(index: MatchIndex, q: WeightedQuery, limit: number): number[] {
  // One scratch array per index, reset after use: rank() is synchronous, so no two calls share it at once.
  const mass = index.scratch;
  const touched: number[] = [];
  // Rarer terms first. A term found in over a quarter of the entries is skipped once rarer ones have found
  // enough candidates: it would add the same small weight to most of them, and walking its postings is most of
  // the cost on a large pack. The scoring pass still counts it.
  const postingsOf = q.terms.map((t) => index.postings.get(t) ?? []);
  const byRarity = q.terms.map((_, i) => i).sort((a, b) => postingsOf[a]!.length - postingsOf[b]!.length);
  const common = index.entries.length / 4;
  for (const i of byRarity) {
    const postings = postingsOf[i]!;
    if (touched.length >= limit && postings.length > common) continue;
    const w = q.weights[i]!;
    for (const position of postings) {
      if (mass[position] === 0) touched.push(position);
      mass[position]! += w;
    }
  }
  if (touched.length <= limit) {
    for (const p of touched) mass[p] = 0;
    return touched;
  }
  const masses = new Float64Array(touched.length);
  for (let k = 0; k < touched.length; k++) masses[k] = mass[touched[k]!]!;
  const cut = kthSmallest(masses, touched.length - limit);
  // One pass over the touched entries (thousands on a large pack) sorts them about the cut and clears them.
  const above: number[] = [];
  const atCut: number[] = [];
  for (const p of touched) {
    const m = mass[p]!;
    if (m > cut) above.push(p);
    else if (m === cut) atCut.push(p);
    mass[p] = 0;
  }
  atCut.sort((a, b) => a - b);
  return [...above, ...atCut.slice(0, limit - above.length)];
}

/**
 * "where can I study this": among the entries the words fit about as well as the best (within `window`), one whose
 * phrasings ask the way the message asks is the likelier answer: it gains up to `weight`, times how far its phrasings
 * ask that way beyond the pack's. An entry the words fit clearly better keeps its lead.
 */
function askedTheSameWay(
  scored: { e: IndexedEntry; plain: number; score: number }[],
  asks: Asks,
  weight: number,
  window: number,
): void {
  let best = 0;
  for (const s of scored) best = Math.max(best, s.plain);
  for (const s of scored)
    if (s.plain >= best - window) s.score = Math.min(1, s.plain + weight * agreement(s.e.asking, asks));
}

/**
 * "what kinds of tests", "the starting salary": the head of a phrase names what is asked, so a term that only
 * modifies it weighs at most `modifierShare` of the head. Left alone: a pair the pack itself writes side by side
 * ("certificate program"), a head the pack does not know, a head that names what the pack as a whole is about (in over
 * half its entries: "what kinds of lab techs are there" asks for the kinds), and a term the message also uses alone.
 */
function headsFirst(
  index: MatchIndex,
  asked: readonly string[],
  modifiers: readonly { term: string; head: string }[],
  factor: Map<string, number>,
): void {
  const share = index.options.modifierShare;
  if (share === 0 || modifiers.length === 0) return;
  const half = index.entries.length / 2;
  const isAsked = new Set(asked);
  for (const { term, head } of modifiers) {
    const own = index.weights.get(term);
    const headWeight = index.weights.get(head);
    if (own === undefined || headWeight === undefined || !isAsked.has(term) || !isAsked.has(head)) continue;
    if (index.compounds.has(`${term} ${head}`) || (index.postings.get(head)?.length ?? 0) > half) continue;
    const f = Math.min(1, (share * headWeight) / own);
    factor.set(term, Math.min(factor.get(term) ?? 1, f));
  }
}

// Kept by what they are built from, which every message's view of the index shares (see `forOneMessage`).
const holdersCache = new WeakMap<MatchIndex["entries"], Map<number, number[]>>();

/**
 * The entries that hold any of a message's frames, most affine first, at most `lexicalCandidates` of them: on a large
 * pack hundreds may hold one, and ranking them all would cost what the preselection saves.
 */
export function frameHolders(index: MatchIndex, frames: number): number[] {
  let byFrames = holdersCache.get(index.entries);
  if (byFrames === undefined) {
    byFrames = new Map();
    holdersCache.set(index.entries, byFrames);
  }
  let holders = byFrames.get(frames);
  if (holders === undefined) {
    holders = index.entries
      .map((e, p) => ({ p, affinity: frameAffinity(e.frames, frames) }))
      .filter((h) => h.affinity > 0)
      .sort((a, b) => b.affinity - a.affinity)
      .slice(0, index.options.lexicalCandidates)
      .map((h) => h.p);
    byFrames.set(frames, holders);
  }
  return holders;
}

/** The pool, and the entries that hold a frame the message is said in though they share none of its words. */
function withFramed(index: MatchIndex, pool: number[], frames: number): number[] {
  if (frames === 0) return pool;
  const inPool = new Set(pool);
  const framed = frameHolders(index, frames).filter((p) => !inPool.has(p));
  return framed.length === 0 ? pool : [...pool, ...framed];
}

/** "where does all this come from": no word to rank by, only the frame, and the entries that hold it. */
function framedOnly(index: MatchIndex, frames: number): ReturnType<typeof rankWithPool> {
  const weight = index.options.framesWeight;
  if (frames === 0 || weight === 0) return { ranked: [], pool: [], plainBest: 0 };
  const ranked = frameHolders(index, frames)
    .slice(0, index.options.fuzzyCandidates)
    .map((p) => {
      const e = index.entries[p]!;
      return { entry: e.entry, topic: e.topic, confidence: weight * frameAffinity(e.frames, frames) };
    });
  return { ranked, pool: [], plainBest: 0 };
}

/**
 * The share of a description's weight that an entry's answer and question say, each term weighing its rarity among
 * the pack's answers and questions (a term none of them says, `unknownWeight`).
 */
function toldShare(index: MatchIndex, e: IndexedEntry, described: readonly string[]): number {
  let told = 0;
  let total = 0;
  for (const t of described) {
    const w = index.toldWeights.get(t) ?? index.unknownWeight;
    total += w;
    if (e.told.has(t)) told += w;
  }
  return total === 0 ? 0 : told / total;
}

/** The share of a description of someone at work that an entry's lines of what its job does say, by rarity. */
function doesShare(index: MatchIndex, e: IndexedEntry, named: readonly string[]): number {
  let said = 0;
  let total = 0;
  for (const t of new Set(named)) {
    const w = index.weights.get(t) ?? index.unknownWeight;
    total += w;
    if (e.does.has(t)) said += w;
  }
  return total === 0 ? 0 : said / total;
}

/** Ranks entries for normalised query terms, best first; exported for the bench and for "nearest entries" tools. */
export function rank(index: MatchIndex, terms: readonly string[]): Candidate[] {
  return rankWithPool(index, terms).ranked;
}

/** What a ranking gives: the candidates, the positions of the entries scored, the best score before the frames and asks. */
type Ranking = { ranked: Candidate[]; pool: number[]; plainBest: number };

/**
 * The ranking, and the positions of the entries that were scored (those sharing the most query weight). A message's
 * steps often rank the same terms in the same surroundings again (a question read alone, then as its message's only
 * question; with and without pointing back): each such ranking is made once per message view (`forOneMessage`).
 * Callers only read what it gives.
 */
export function rankWithPool(
  index: MatchIndex,
  terms: readonly string[],
  around: Around = NOTHING_AROUND,
): Ranking {
  return rankedOfMessage(index, rankingKey(terms, around), () => rankAnew(index, terms, around));
}

type Around = NonNullable<Parameters<typeof rankAnew>[2]>;
const NOTHING_AROUND: Around = { story: [], storyWeight: 0 };
// A message ranks a few dozen times; a tool ranking many texts on the pack's own index keeps a bounded few.
const rankedOfMessage = keptPerIndex<Ranking>(256);

/** Everything a ranking reads besides the index, written out: no term holds a NUL, and cue terms hold spaces. */
function rankingKey(terms: readonly string[], around: Around): string {
  const list = (xs: Iterable<string> | undefined) => {
    if (xs === undefined) return "-";
    const all = [...xs];
    return `${all.length}:${all.join("\u0000")}`;
  };
  return [
    list(terms),
    list(around.story),
    around.storyWeight,
    list(around.near),
    around.nearWeight ?? "-",
    list(around.favoured),
    list(around.excluded),
    list(around.only),
    list(around.related),
    list(around.subject),
    list(around.shape),
    list(around.fitShape),
    list(around.modifiers?.map((m) => `${m.term}\u0002${m.head}`)),
    around.asks ?? "-",
    around.frames ?? "-",
    list(around.described),
    list(around.named),
  ].join("\u0001");
}

/** `rankWithPool`, worked out. */
function rankAnew(
  index: MatchIndex,
  terms: readonly string[],
  around: {
    story: readonly string[];
    storyWeight: number;
    /** The part of the story a question points back to ("…ASCP and AMT. What is each one?"), and its weight. */
    near?: readonly string[];
    nearWeight?: number;
    favoured?: ReadonlySet<string>;
    /** Entries left out of the ranking, and, when given, the only ones ranked (a follow-up's choices). */
    excluded?: ReadonlySet<string>;
    only?: ReadonlySet<string>;
    /** Pack terms the lexicon relates to the message's unknown words. */
    related?: readonly string[];
    /** The message's terms that name the career rather than ask about it ("in this field"). */
    subject?: readonly string[];
    /** The words of a frame the message is said in that the entries holding it are not asked with, and the like. */
    shape?: readonly string[];
    /** Those of `shape` that only say how a question of fit asks ("sound like me", "the type of person"). */
    fitShape?: readonly string[];
    /** Terms that only modify the head of their phrase ("kinds of tests"), each with that head. */
    modifiers?: readonly { term: string; head: string }[];
    /** The kinds of question the message asks (`asksOf`): entries asked the same way rank a little higher. */
    asks?: Asks;
    /** The frames the message is said in (`framingOf`): entries that hold them rank higher, words or not. */
    frames?: number;
    /** The terms of a job or a task the message describes and asks the name or the doer of (`doers.ts`). */
    described?: readonly string[];
    /** The description of someone at work in a question asking which job that is (`asksWhichJob`). */
    named?: readonly string[];
  } = { story: [], storyWeight: 0 },
): Ranking {
  const asked = [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
  // "would this fit someone like me": every word asked only says how a question of fit asks, nothing of what about; weighed
  // down alone, it would still hold the whole query and lift an entry asked with it ("the titles sound alike").
  const fitShape = new Set(around.fitShape ?? []);
  const framedAlone = (around.frames ?? 0) !== 0 && fitShape.size > 0 && asked.every((t) => fitShape.has(t));
  if (asked.length === 0 || framedAlone) return framedOnly(index, around.frames ?? 0);
  // Background terms (the story around the question) weigh a fraction: enough to break a tie, never to decide;
  // so do pack terms reached through the lexicon, below the message's own words.
  const isAsked = new Set(asked);
  const factor = new Map<string, number>();
  for (const t of around.related ?? []) if (!isAsked.has(t)) factor.set(t, index.options.lexicalWeight);
  for (const t of around.story)
    if (!isAsked.has(t)) factor.set(t, Math.max(factor.get(t) ?? 0, around.storyWeight));
  for (const t of around.near ?? [])
    if (!isAsked.has(t)) factor.set(t, Math.max(factor.get(t) ?? 0, around.nearWeight ?? 0));
  // "specialties in this field": a word naming the career the message is about weighs like the story around a
  // question when another term the pack knows says what is asked; alone, it is what is asked ("is this field hard").
  const subject = (around.subject ?? []).filter((t) => isAsked.has(t));
  if (subject.length > 0 && asked.some((t) => !subject.includes(t) && index.weights.has(t)))
    for (const t of subject) factor.set(t, index.options.backgroundWeight);
  // "could a computer do all this instead of people": the frame's words say how it asks, not what about.
  for (const t of around.shape ?? []) if (isAsked.has(t)) factor.set(t, index.options.backgroundWeight);
  headsFirst(index, asked, around.modifiers ?? [], factor);
  const query = [...asked, ...[...factor.keys()].filter((t) => !isAsked.has(t))].slice(0, MAX_QUERY_TERMS);
  // A loop, not `Float64Array.from(query, …)`: V8 runs that through the iterator protocol, the dearest line here.
  const weights = new Float64Array(query.length);
  for (let i = 0; i < query.length; i++)
    weights[i] = (index.weights.get(query[i]!) ?? index.unknownWeight) * (factor.get(query[i]!) ?? 1);
  let total = 0;
  let knownTotal = 0;
  for (let i = 0; i < query.length; i++) {
    total += weights[i]!;
    if (index.weights.has(query[i]!)) knownTotal += weights[i]!;
  }
  const q: WeightedQuery = { terms: query, weights, total, knownTotal };
  const { options, querySlots: slots } = index;
  const ids = query.map((t) => index.termIds.get(t));
  ids.forEach((id, i) => {
    if (id !== undefined) slots[id] = i + 1;
  });
  try {
    const frames = options.framesWeight > 0 ? (around.frames ?? 0) : 0;
    const pool = withFramed(index, preselect(index, q, options.lexicalCandidates), frames);
    const favoured = around.favoured ?? new Set<string>();
    const asks = options.asksWeight > 0 ? (around.asks ?? 0) : 0;
    const { excluded, only } = around;
    const allowed =
      excluded === undefined && only === undefined
        ? pool
        : pool.filter((p) => {
            const id = index.entries[p]!.entry.id;
            return !excluded?.has(id) && (only === undefined || only.has(id));
          });
    const scored = allowed.map((position) => {
      const e = index.entries[position]!;
      const bonus = favoured.has(e.entry.id) ? options.followUpBonus : 0;
      const plain = Math.min(1, lexicalScore(e, q, index) + bonus);
      return { e, plain, score: plain };
    });
    if (asks !== 0) askedTheSameWay(scored, asks, options.asksWeight, options.suggestWindow);
    // "will they still need people like this": the frame says what is asked where the words may not.
    if (frames !== 0)
      for (const s of scored)
        s.score = Math.min(1, s.score + options.framesWeight * frameAffinity(s.e.frames, frames));
    // "who cuts and stains tissue for the pathologist": what each entry's own answer and question tell of it.
    const described = around.described ?? [];
    if (options.doersWeight > 0 && described.length > 0)
      for (const s of scored)
        s.score = Math.min(1, s.score + options.doersWeight * toldShare(index, s.e, described));
    // "the lady who took my blood, what is that job": the job whose own lines say what she does.
    const named = around.named ?? [];
    if (options.jobsWeight > 0 && named.length > 0) {
      // A story dilutes the description with the writer's life: the job it fits best rises in full, the next far less.
      const jobs = scored
        .filter((s) => s.e.does.size > 0)
        .map((s) => ({ s, share: doesShare(index, s.e, named) }));
      const best = Math.max(0, ...jobs.map((j) => j.share));
      if (best > 0)
        for (const { s, share } of jobs)
          s.score = Math.min(1, s.score + options.jobsWeight * (share / best) ** 2);
    }
    const lexical = scored.sort((a, b) => b.score - a.score).slice(0, options.fuzzyCandidates);

    // Bitap's cost grows with the text; the head of the query is where phrasings are found in practice.
    const queryText = asked.join(" ").slice(0, FUZZY_TEXT_CHARS);
    let plainBest = 0;
    const ranked = lexical
      .map(({ e, plain, score }) => {
        const fuzzy = options.fuzzyWeight > 0 ? fuzzySimilarity(e, asked.length, index, queryText) : 0;
        const mix = (s: number) => (1 - options.fuzzyWeight) * s + options.fuzzyWeight * fuzzy;
        plainBest = Math.max(plainBest, mix(plain));
        return { entry: e.entry, topic: e.topic, confidence: mix(score) };
      })
      .sort((a, b) => b.confidence - a.confidence);
    return { ranked, pool, plainBest };
  } finally {
    for (const id of ids) if (id !== undefined) slots[id] = 0;
  }
}

/** Whether the best candidate leads the next by at least `lead`. */
export function clearLead(candidates: readonly Candidate[], lead: number): boolean {
  const [a, b] = candidates;
  return a !== undefined && a.confidence - (b?.confidence ?? 0) >= lead;
}
