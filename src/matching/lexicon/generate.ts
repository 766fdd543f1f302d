// Generates the lexicon: for the pack's words, the everyday words WordNet relates to them — words of the same
// synset, the words one step more specific or more general ("boss" is a kind of supervisor, "prospect" shares
// a synset with outlook), and their derivationally related forms ("urinary": urine, "analyst": analyze) — so a
// message in words the pack never uses still reaches the pack's terms.
import type { WordNet } from "./wordnet.ts";

/** A word's senses beyond the first few are rare meanings: "outlook" as a lookout post. */
const SENSES_PER_WORD = 3;
/** Links followed from a pack word's synset: hyponyms (more specific), hypernyms (more general), similar adjectives. */
const LINKS = new Set(["~", "@", "&"]);

export interface LexiconFile {
  /** Where the relations come from. */
  source: string;
  /** The pack words the lexicon was generated for (sorted), so a check can tell when the pack has moved on. */
  packWords: string[];
  /** An everyday word → the pack words WordNet relates it to. */
  words: Record<string, string[]>;
  /** The pack's out-of-scope terms that name things, not another career (see `thingsAmong`). */
  things?: string[];
  /**
   * The stem of each word of `words` whose stem is not the word itself (a word not listed is its own stem), so that
   * loading the pack does not stem some 6,500 words again at every start.
   */
  stems?: Record<string, string>;
}

/**
 * WordNet's lexicographer files whose nouns may name a line of work: people ("nurse"), acts ("nursing", "therapy"),
 * fields of knowledge ("pharmacy"), groups ("police"), attributes and states ("fitness").
 */
const CAREER_FILES = new Set([4, 7, 9, 14, 18, 26]);

/**
 * The terms (words or phrases) every one of whose first noun senses is a thing — an artifact, a food, a phenomenon, a
 * possession ("car", "pizza", "weather", "tax") — and never something that may name a line of work, nor an
 * adjective. A term WordNet lacks is not one: it may be any of them.
 */
export function thingsAmong(wordnet: WordNet, terms: readonly string[]): string[] {
  const things = terms.filter((term) => {
    const all = wordnet.senses.get(term.toLowerCase().replace(/ /g, "_")) ?? [];
    const senses = all.filter((k) => k.startsWith("n")).slice(0, SENSES_PER_WORD);
    // A word that is also an adjective ("dental") qualifies a field ("dental hygiene") more often than it names a thing.
    return (
      senses.length > 0 &&
      !all.some((k) => k.startsWith("a")) &&
      senses.every((k) => {
        const file = wordnet.synsets.get(k)?.lexfile;
        return file !== undefined && !CAREER_FILES.has(file);
      })
    );
  });
  return [...new Set(things)].sort();
}

/** One-word lemmas only: "payroll_check" is never a single word of a message. */
const single = (w: string) => /^[a-z]+$/.test(w);

/**
 * `packWords`: the pack's own words; `isPackWord`: whether a message word is already known to the pack (then it
 * needs no link); `skip`: words never to link from or to (stopwords, question filler).
 */
export function generateLexicon(
  wordnet: WordNet,
  packWords: readonly string[],
  isPackWord: (word: string) => boolean,
  skip: (word: string) => boolean,
  source: string,
): LexiconFile {
  const links = new Map<string, Set<string>>();
  const sorted = [...new Set(packWords)].filter((w) => single(w) && !skip(w)).sort();
  for (const packWord of sorted) {
    for (const key of (wordnet.senses.get(packWord) ?? []).slice(0, SENSES_PER_WORD)) {
      const synset = wordnet.synsets.get(key);
      if (!synset) continue;
      const related = [
        ...synset.words,
        ...synset.links.filter(([p]) => LINKS.has(p)).flatMap(([, k]) => wordnet.synsets.get(k)?.words ?? []),
      ];
      for (const word of related) {
        if (!single(word) || word === packWord || skip(word) || isPackWord(word)) continue;
        const set = links.get(word) ?? new Set<string>();
        set.add(packWord);
        links.set(word, set);
      }
    }
  }
  for (const [word, kinds] of kindsOfThings(wordnet, sorted, isPackWord, skip)) {
    const set = links.get(word) ?? new Set<string>();
    for (const kind of kinds) set.add(kind);
    links.set(word, set);
  }
  for (const [word, forms] of derivedForms(wordnet, sorted, isPackWord, skip)) {
    const set = links.get(word) ?? new Set<string>();
    for (const form of forms) set.add(form);
    links.set(word, set);
  }
  const words: Record<string, string[]> = {};
  for (const word of [...links.keys()].sort()) words[word] = [...links.get(word)!].sort();
  return { source, packWords: sorted, words };
}

/** How many steps down from a pack word naming a kind of artifact its kinds are still that word. */
const KIND_DEPTH = 3;

/** Whether a sense is an artifact used to an end, within two steps of WordNet's "instrumentality" (devices, equipment, tools). */
function isInstrumentality(wordnet: WordNet, key: string): boolean {
  let level = [key];
  for (let step = 0; step < 2; step++) {
    level = level.flatMap(
      (k) =>
        wordnet.synsets
          .get(k)
          ?.links.filter(([p]) => p === "@")
          .map(([, t]) => t) ?? [],
    );
    if (level.some((k) => wordnet.synsets.get(k)?.words.includes("instrumentality"))) return true;
  }
  return false;
}

/**
 * For each pack word whose first sense is a kind of artifact ("equipment", "instrument"), the words for the kinds of
 * it further down than one step: a centrifuge is an apparatus, a kind of equipment; a pipette a measuring instrument.
 */
function kindsOfThings(
  wordnet: WordNet,
  packWords: readonly string[],
  isPackWord: (word: string) => boolean,
  skip: (word: string) => boolean,
): Map<string, Set<string>> {
  const kinds = new Map<string, Set<string>>();
  for (const packWord of packWords) {
    const first = wordnet.senses.get(packWord)?.[0];
    if (first === undefined || !first.startsWith("n") || !isInstrumentality(wordnet, first)) continue;
    let level = [first];
    for (let depth = 1; depth <= KIND_DEPTH; depth++) {
      level = level.flatMap(
        (k) =>
          wordnet.synsets
            .get(k)
            ?.links.filter(([p]) => p === "~")
            .map(([, t]) => t) ?? [],
      );
      if (depth === 1) continue;
      for (const key of level)
        for (const word of wordnet.synsets.get(key)?.words ?? []) {
          // Only a word that mostly means this thing: "horse" is the animal before the gymnast's.
          if (!single(word) || skip(word) || isPackWord(word) || wordnet.senses.get(word)?.[0] !== key)
            continue;
          const set = kinds.get(word) ?? new Set<string>();
          set.add(packWord);
          kinds.set(word, set);
        }
    }
  }
  return kinds;
}

/**
 * For each pack word, the words WordNet links to it by a derivation or pertainym link, one step:
 * a form's own forms drift away ("technician" → technique → technology). Only words the pack does not use: where
 * it uses two forms, it keeps them apart on purpose ("certificate" programs, "certification" exams).
 */
function derivedForms(
  wordnet: WordNet,
  packWords: readonly string[],
  isPackWord: (word: string) => boolean,
  skip: (word: string) => boolean,
): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const packWord of packWords) {
    // The senses the pack most likely means: the first few of its first part of speech in WordNet's order (noun,
    // verb, adjective, adverb): "patient" the person, not the adjective "patience" comes from.
    const senses = wordnet.senses.get(packWord) ?? [];
    const pos = senses[0]?.[0];
    for (const key of senses.filter((k) => k[0] === pos).slice(0, SENSES_PER_WORD)) {
      const synset = wordnet.synsets.get(key);
      const at = synset?.words.indexOf(packWord) ?? -1;
      if (synset === undefined || at < 0) continue;
      for (const [from, target, to] of synset.forms ?? []) {
        if (from !== at + 1) continue;
        const word = wordnet.synsets.get(target)?.words[to - 1];
        if (word === undefined || !single(word) || skip(word) || isPackWord(word)) continue;
        const set = forms.get(word) ?? new Set<string>();
        set.add(packWord);
        forms.set(word, set);
      }
    }
  }
  return forms;
}
