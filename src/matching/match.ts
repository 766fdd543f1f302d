// Matches a message against the index and decides: answer, "did you mean", small talk, or no answer.
//
// Scoring, in short: each query term weighs its IDF (terms the pack never uses weigh `unknownWeight`).
// A phrasing scores recall·w + precision·(1−w): how much of the query it explains and how much of it the
// query covers; a long message that contains a whole phrasing scores its precision, scaled by how rare the
// shared terms are. An entry takes its best phrasing, or a discounted share of the query found anywhere in
// its phrasings, keywords and answer, plus a small bonus for covering more of the message's known terms.
// The top few entries are then re-scored with Fuse.js's fuzzy similarity of each phrasing inside the query.
// The decision gates on the top confidence *and* its margin over the runner-up, so a query that touches two
// unrelated entries equally is asked back, not answered at random.
import Fuse from "fuse.js";
import type { Entry, Smalltalk, Topic } from "../knowledge/schema.ts";
import { type IndexedEntry, type MatchIndex, smalltalkForm } from "./index.ts";
import type { NormalizedText } from "./normalize.ts";

export interface Candidate {
  entry: Entry;
  topic: Topic;
  confidence: number;
}

export type NoneReason = "empty" | "foreign" | "out-of-scope" | "no-match";

export type MatchResult =
  | { kind: "answer"; entry: Entry; confidence: number; candidates: Candidate[]; query: NormalizedText }
  | { kind: "ambiguous"; candidates: Candidate[]; query: NormalizedText }
  | { kind: "smalltalk"; intent: Smalltalk; confidence: number; query: NormalizedText }
  | { kind: "none"; reason: NoneReason; topics: Topic[]; candidates: Candidate[]; query: NormalizedText };

const MAX_QUERY_TERMS = 40;
/** How many related entries an answer shows as buttons (the bot's answer message). */
export const RELATED_BUTTONS = 3;
const FUZZY_TEXT_CHARS = 64;
const BAG_DISCOUNT = 0.85;
const ANSWER_DISCOUNT = 0.6;
const FUSE_OPTIONS = { ignoreLocation: true, threshold: 0.6, includeMatches: false } as const;

function containsAll(terms: ReadonlySet<string>, phrase: readonly string[]): boolean {
  return phrase.every((t) => terms.has(t));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Best small-talk intent for a short message, comparing stems with and without function words. */
function smalltalkScore(
  index: MatchIndex,
  words: readonly string[],
): { intent: Smalltalk; score: number } | undefined {
  if (words.length === 0 || words.length > 8) return undefined;
  const message = smalltalkForm(words);
  let best: { intent: Smalltalk; score: number } | undefined;
  for (const { intent, phrasings } of index.smalltalk)
    for (const phrasing of phrasings) {
      // Content words alone decide only when there are two or more: "where to work" shares just "work"
      // with "how does this work", and that is a question, not small talk.
      const byContent = message.content.size >= 2 ? dice(message.content, phrasing.content) : 0;
      const score = Math.max(dice(message.all, phrasing.all), byContent);
      if (!best || score > best.score) best = { intent, score };
    }
  return best;
}

function lexicalScore(
  e: IndexedEntry,
  query: readonly string[],
  weightOf: (t: string) => number,
  total: number,
  knownTotal: number,
  index: MatchIndex,
): number {
  const { options } = index;
  let best = 0;
  for (const p of e.phrasings) {
    let shared = 0;
    for (const t of query) if (p.terms.has(t)) shared += weightOf(t);
    if (shared === 0) continue;
    const recall = shared / total;
    const precision = shared / p.weight;
    // A long message that contains a whole phrasing: trusted as far as the shared terms are rare enough to tell.
    const contained = options.precisionWeight * precision * (shared / (shared + index.strongWeight));
    const score = Math.max(options.recallWeight * recall + (1 - options.recallWeight) * precision, contained);
    if (score > best) best = score;
  }
  let inBag = 0;
  let anywhere = 0;
  for (const t of query) {
    const w = weightOf(t);
    if (e.bag.has(t)) inBag += w;
    if (e.bag.has(t) || e.answer.has(t)) anywhere += w;
  }
  const base = Math.max(best, (BAG_DISCOUNT * inBag) / total, (ANSWER_DISCOUNT * anywhere) / total);
  // Among entries that fit about as well, the one whose phrasings and keywords cover more of what the pack
  // understands in the message ranks first: long messages are told apart by their rarer words.
  return Math.min(1, base + (knownTotal > 0 ? (options.bagBonus * inBag) / knownTotal : 0));
}

/** How closely some phrasing appears, fuzzily, inside the query (the phrasing is Fuse's pattern: it is short). */
function fuzzySimilarity(e: IndexedEntry, query: readonly string[], queryText: string): number {
  let best = 0;
  for (const p of e.phrasings) {
    if (!query.some((t) => p.terms.has(t))) continue;
    const result = Fuse.match(p.text, queryText, FUSE_OPTIONS);
    if (result.isMatch) best = Math.max(best, 1 - (result.score ?? 1));
  }
  return best;
}

/**
 * Naive Bayes posterior (Laplace-smoothed) for the query's known terms, over the entries in `pool`: those
 * sharing a term with the query, where nearly all the probability lies. Best first.
 */
function bayesRanking(
  index: MatchIndex,
  query: readonly string[],
  pool: readonly number[],
): { id: string; p: number }[] {
  const { counts, totals, vocabulary } = index.bayes;
  const known = query.filter((t) => vocabulary.has(t));
  if (known.length === 0 || pool.length === 0) return [];
  const alpha = 0.1;
  const logs = pool.map((i) => {
    let s = 0;
    for (const t of known)
      s += Math.log(((counts[i]!.get(t) ?? 0) + alpha) / (totals[i]! + alpha * vocabulary.size));
    return { id: index.entries[i]!.entry.id, s };
  });
  const max = Math.max(...logs.map((l) => l.s));
  const z = logs.reduce((sum, l) => sum + Math.exp(l.s - max), 0);
  return logs.map((l) => ({ id: l.id, p: Math.exp(l.s - max) / z })).sort((a, b) => b.p - a.p);
}

/** The `limit` positions with the most query weight; ties keep index order. */
function preselect(
  index: MatchIndex,
  query: readonly string[],
  weightOf: (t: string) => number,
  limit: number,
): number[] {
  // One scratch array per index, reset after use: rank() is synchronous, so no two calls share it at once.
  const mass = index.scratch;
  const touched: number[] = [];
  for (const t of query) {
    const w = weightOf(t);
    for (const position of index.postings.get(t) ?? []) {
      if (mass[position] === 0) touched.push(position);
      mass[position]! += w;
    }
  }
  let chosen = touched;
  if (touched.length > limit) {
    const sorted = Float64Array.from(touched, (p) => mass[p]!).sort();
    const cut = sorted[sorted.length - limit]!;
    const above = touched.filter((p) => mass[p]! > cut);
    const atCut = touched.filter((p) => mass[p] === cut).sort((a, b) => a - b);
    chosen = [...above, ...atCut.slice(0, limit - above.length)];
  }
  for (const p of touched) mass[p] = 0;
  return chosen;
}

/** Ranks entries for normalised query terms, best first; exported for the bench and for "nearest entries" tools. */
export function rank(index: MatchIndex, terms: readonly string[]): Candidate[] {
  return rankWithPool(index, terms).ranked;
}

/** The ranking, and the positions of the entries that were scored (those sharing the most query weight). */
function rankWithPool(index: MatchIndex, terms: readonly string[]): { ranked: Candidate[]; pool: number[] } {
  const query = [...new Set(terms)].slice(0, MAX_QUERY_TERMS);
  if (query.length === 0) return { ranked: [], pool: [] };
  const weightOf = (t: string) => index.weights.get(t) ?? index.unknownWeight;
  const total = query.reduce((s, t) => s + weightOf(t), 0);
  const knownTotal = query.reduce((s, t) => s + (index.weights.get(t) ?? 0), 0);
  const { options } = index;

  const pool = preselect(index, query, weightOf, options.lexicalCandidates);
  const lexical = pool
    .map((position) => {
      const e = index.entries[position]!;
      return { e, score: lexicalScore(e, query, weightOf, total, knownTotal, index) };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, options.fuzzyCandidates);

  // Bitap's cost grows with the text; the head of the query is where phrasings are found in practice.
  const queryText = query.join(" ").slice(0, FUZZY_TEXT_CHARS);
  const ranked = lexical
    .map(({ e, score }) => ({
      entry: e.entry,
      topic: e.topic,
      confidence:
        options.fuzzyWeight > 0
          ? (1 - options.fuzzyWeight) * score + options.fuzzyWeight * fuzzySimilarity(e, query, queryText)
          : score,
    }))
    .sort((a, b) => b.confidence - a.confidence);
  return { ranked, pool };
}

/** Whether two candidates' phrasings and keywords share at least one of the query's terms. */
function overlaps(index: MatchIndex, a: Candidate, b: Candidate, terms: ReadonlySet<string>): boolean {
  const bagA = index.byId.get(a.entry.id)!.bag;
  const bagB = index.byId.get(b.entry.id)!.bag;
  for (const t of terms) if (bagA.has(t) && bagB.has(t)) return true;
  return false;
}

function suggestedTopics(index: MatchIndex, candidates: readonly Candidate[]): Topic[] {
  const fromCandidates = [...new Set(candidates.map((c) => c.topic))];
  return fromCandidates.length > 0 ? fromCandidates : index.topics;
}

/** Matches one message. Never throws; any text, of any length or language, gets a result. */
export function match(index: MatchIndex, text: string): MatchResult {
  const query = index.normalizer.normalize(text);
  const none = (reason: NoneReason, candidates: Candidate[] = []): MatchResult => ({
    kind: "none",
    reason,
    topics: suggestedTopics(index, candidates),
    candidates,
    query,
  });
  const smalltalk = smalltalkScore(index, query.words);
  const isSmalltalk = smalltalk !== undefined && smalltalk.score >= index.options.smalltalkMin;
  const asSmalltalk = (): MatchResult => ({
    kind: "smalltalk",
    intent: smalltalk!.intent,
    confidence: smalltalk!.score,
    query,
  });

  if (query.words.length === 0) return none("empty");
  if (query.foreign) return none("foreign");
  if (query.terms.length === 0) return isSmalltalk ? asSmalltalk() : none("empty");

  const termSet = new Set(query.terms);
  const onTopic = index.domainTerms.some((t) => containsAll(termSet, t));
  const offTopic = index.outOfScopeTerms.some((t) => containsAll(termSet, t));
  if (offTopic && !onTopic) return isSmalltalk ? asSmalltalk() : none("out-of-scope");

  const { ranked, pool } = rankWithPool(index, query.terms);
  const [top, second] = ranked;
  const { options } = index;
  if (!top || top.confidence < options.suggestMin)
    return isSmalltalk ? asSmalltalk() : none("no-match", ranked.slice(0, 3));
  if (isSmalltalk && smalltalk.score >= top.confidence) return asSmalltalk();

  const margin = top.confidence - (second?.confidence ?? 0);
  // A near tie between two entries that link to each other costs the reader nothing: the runner-up is a
  // related button under the answer. Only unrelated near ties are asked back.
  const linked =
    second !== undefined && top.entry.related.slice(0, RELATED_BUTTONS).includes(second.entry.id);
  if (top.confidence >= options.answerMin && (margin >= options.marginMin || (linked && margin > 0)))
    return {
      kind: "answer",
      entry: top.entry,
      confidence: top.confidence,
      candidates: ranked.slice(0, 3),
      query,
    };

  // A near tie on words alone: naive Bayes over the same phrasings breaks it when it clearly prefers one —
  // unless the two explain different parts of the message ("ascp and phlebotomy"): that is two questions.
  if (top.confidence >= options.answerMin && second && overlaps(index, top, second, termSet)) {
    const [favourite] = bayesRanking(index, query.terms, pool);
    const pick =
      favourite && favourite.p >= options.bayesMin
        ? ranked.find((c) => c.entry.id === favourite.id)
        : undefined;
    if (pick && top.confidence - pick.confidence < options.suggestWindow)
      return {
        kind: "answer",
        entry: pick.entry,
        confidence: pick.confidence,
        candidates: ranked.slice(0, 3),
        query,
      };
  }

  const close = ranked.filter(
    (c) => c.confidence >= Math.max(options.suggestMin, top.confidence - options.suggestWindow),
  );
  const candidates = (close.length >= 2 ? close : ranked).slice(0, 3);
  return { kind: "ambiguous", candidates, query };
}
