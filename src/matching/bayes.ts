// A naive Bayes model over the phrasings and keywords: the second opinion that settles near ties.
import type { MatchIndex } from "./index.ts";

export interface BayesModel {
  /** For each entry (same positions as `entries`), how often each term occurs in its phrasings and keywords. */
  counts: Map<string, number>[];
  totals: number[];
  vocabulary: ReadonlySet<string>;
}

export function bayesModel(entries: readonly { phrasings: string[][]; keywords: string[][] }[]): BayesModel {
  const vocabulary = new Set<string>();
  const counts: Map<string, number>[] = [];
  const totals: number[] = [];
  for (const e of entries) {
    const m = new Map<string, number>();
    let n = 0;
    for (const terms of [...e.phrasings, ...e.keywords])
      for (const t of terms) {
        m.set(t, (m.get(t) ?? 0) + 1);
        vocabulary.add(t);
        n++;
      }
    counts.push(m);
    totals.push(n);
  }
  return { counts, totals, vocabulary };
}

/**
 * Naive Bayes posterior (Laplace-smoothed) for the query's known terms, over the entries in `pool`: those
 * sharing a term with the query, where nearly all the probability lies. Best first.
 */
export function bayesRanking(
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
