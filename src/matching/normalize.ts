// Turns free text into matching terms: words → spelling fixed → synonyms → stopwords dropped → Porter stems.
import type { SynonymGroup } from "../knowledge/schema.ts";
import { createSpeller, type SpellingOptions } from "./spelling.ts";
import { COMMON_ENGLISH, foreignShare, isMostlyNonLatin, STOPWORDS, stem, words } from "./text.ts";

export interface NormalizedText {
  /** Stemmed content terms in order, synonyms replaced by their canonical word. */
  terms: string[];
  /** Content words the pack's vocabulary does not know even after spelling correction. */
  unknown: string[];
  /** Words changed by spelling correction, as [typed, meant]. */
  corrected: [string, string][];
  /** All words after spelling correction, before anything was dropped; small talk is matched on these. */
  words: string[];
  /** Written in another language: another script, or mostly another language's function words. */
  foreign: boolean;
}

export interface Normalizer {
  normalize(text: string): NormalizedText;
  /** Terms of a phrase, for the pack's own text: no spelling correction, no language check. */
  terms(text: string): string[];
}

interface Phrase {
  words: string[];
  canonical: string[];
}

function phraseTable(groups: readonly SynonymGroup[]): Map<string, Phrase[]> {
  const table = new Map<string, Phrase[]>();
  for (const group of groups) {
    const canonical = words(group.canonical);
    for (const term of group.terms) {
      const w = words(term);
      const first = w[0];
      if (!first) continue;
      const list = table.get(first) ?? [];
      list.push({ words: w, canonical });
      table.set(first, list);
    }
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

function replacePhrases(input: readonly string[], table: Map<string, Phrase[]>): string[] {
  const out: string[] = [];
  for (let i = 0; i < input.length; ) {
    const phrase = table.get(input[i]!)?.find((p) => p.words.every((w, k) => input[i + k] === w));
    if (phrase) {
      out.push(...phrase.canonical);
      i += phrase.words.length;
    } else {
      out.push(input[i]!);
      i += 1;
    }
  }
  return out;
}

const stemCache = new Map<string, string>();
function cachedStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

export function createNormalizer(
  synonyms: readonly SynonymGroup[],
  vocabularyText: Iterable<string>,
  spelling: SpellingOptions,
): Normalizer {
  const table = phraseTable(synonyms);
  const frequency = new Map<string, number>();
  for (const text of vocabularyText)
    for (const w of words(text)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  for (const group of synonyms)
    for (const text of [group.canonical, ...group.terms])
      for (const w of words(text)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  for (const w of STOPWORDS) if (!frequency.has(w)) frequency.set(w, 0);
  const speller = createSpeller(frequency, spelling);

  const toTerms = (ws: readonly string[]) =>
    replacePhrases(ws, table)
      .filter((w) => !STOPWORDS.has(w))
      .map(cachedStem);

  return {
    terms: (text) => toTerms(words(text)),
    normalize(text) {
      const all = words(text);
      const corrected: [string, string][] = [];
      const unknown: string[] = [];
      const fixed = all.map((w) => {
        if (STOPWORDS.has(w) || speller.has(w)) return w;
        if (COMMON_ENGLISH.has(w)) {
          unknown.push(w);
          return w;
        }
        const meant = speller.correct(w);
        if (meant === undefined) {
          unknown.push(w);
          return w;
        }
        corrected.push([w, meant]);
        return meant;
      });
      const foreign = isMostlyNonLatin(text) || (all.length >= 2 && foreignShare(all) >= 0.3);
      return { terms: toTerms(fixed), unknown: unknown.map(cachedStem), corrected, words: fixed, foreign };
    },
  };
}
