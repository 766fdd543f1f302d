// Turns free text into matching terms: words → spelling fixed → Porter stems → synonyms → stopwords dropped.
import type { Lexicon, SynonymGroup } from "../knowledge/schema.ts";
import { placesOfTheDoing } from "./asks.ts";
import { everydayChatWord, isChatSpelled } from "./chat-spelling.ts";
import { givenSubjects } from "./given.ts";
import { modifiersOf } from "./heads.ts";
import { noKeyStruckAmiss } from "./keyboard.ts";
import { QUALITIES } from "./labs.ts";
import { type CueTable, cueTable, type Unit, withCues } from "./phrases.ts";
import {
  createEverydaySpeller,
  createFunctionWordEar,
  createSkeletonReader,
  derivedFromCommon,
} from "./sounds.ts";
import { createSpeller, type SpellingOptions } from "./spelling.ts";
import {
  COMMON_ENGLISH,
  editDistance,
  FREQUENT_ENGLISH_20K,
  isForeignWord,
  isMostlyNonLatin,
  looksForeign,
  namesOfTheSubject,
  readVerbs,
  STOPWORDS,
  shorthandIs,
  stem,
  USUAL_ENGLISH,
  unitOfFigure,
  withoutFillers,
  words,
} from "./text.ts";
import {
  compoundTable,
  heardText,
  SOUND_MIN_LENGTH,
  soundsAlike,
  soundsLikeIn,
  soundTable,
  voiceTables,
} from "./voice.ts";
import { createPairReading, wordPairs } from "./word-pairs.ts";

export interface NormalizedText {
  /** Stemmed content terms in order, synonyms replaced by their canonical word. */
  terms: string[];
  /** Words changed by spelling correction, as [typed, meant]. */
  corrected: [string, string][];
  /** All words after spelling correction, before anything was dropped; small talk is matched on these. */
  words: string[];
  /** Written in another language: another script, or mostly another language's function words. */
  foreign: boolean;
  /**
   * Pack terms that general lexical knowledge (the lexicon) relates to words of the message the pack never uses:
   * "boss" → supervisor. They weigh less than the message's own terms.
   */
  related: string[];
  /** The message's own terms the lexicon links to the pack. */
  linked: string[];
  /** Terms of words that name the career the message is about rather than what it asks ("in this field"). */
  subject: string[];
  /** Terms that only modify the head of their phrase ("kinds of tests", "starting salary"), each with that head. */
  modifiers: { term: string; head: string }[];
  /**
   * Terms no word of the message stems to: a synonym's canonical word ("specialties" → specialize). Such a term is
   * not the everyday word it may stem like ("special").
   */
  viaSynonym: string[];
}

export interface Normalizer {
  normalize(text: string): NormalizedText;
  /**
   * `normalize(text).terms` alone, for a text read only for its terms (a story, the clauses around a question):
   * what only a question needs (language, lexicon links, the subject) is not worked out.
   */
  queryTerms(text: string): string[];
  /** Terms of a phrase, for the pack's own text: no spelling correction, no language check. */
  terms(text: string): string[];
  /** Whether a stem is one of the pack's words (entries, synonyms, topics, small talk, pack terms). */
  knows(stem: string): boolean;
  /** Whether the pack writes a word as it is ("phlebotomy"; not "facil", though it stems as "facility" does). */
  writes(word: string): boolean;
  /** The pack terms the lexicon links a term the pack does not know to ("boss" → supervisor); none when unlinked. */
  linksOf(term: string): readonly string[];
}

interface Phrase {
  words: readonly string[];
  /** The phrase's words, stemmed: "lab techs" and "lab tech" are the same phrase. */
  stems: string[];
  canonical: string[];
}

interface PhraseTables {
  /** By first word as written: exact matches win, so a curator can keep apart words one stem conflates. */
  byWord: Map<string, Phrase[]>;
  /** By first stem: catches the inflections nobody listed ("pays", "earned"). */
  byStem: Map<string, Phrase[]>;
  /** Words read as themselves, not as their stem: "fitness" (another field) is not the pack's "fit". */
  apart: ReadonlyMap<string, string>;
}

const NO_CUES = cueTable([]);

const stemCache = new Map<string, string>();
function cachedStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemCache.size < 50_000) stemCache.set(word, s);
  }
  return s;
}

/**
 * `vocabulary`: every word of the pack. A one-word term is matched by its stem only when no other pack word
 * shares that stem: "qualities" (a skill) must not turn "quality" (control) into a skill.
 */
function phraseTables(
  groups: readonly SynonymGroup[],
  vocabulary: Iterable<string>,
  apart: ReadonlyMap<string, string>,
): PhraseTables {
  const byWord = new Map<string, Phrase[]>();
  const byStem = new Map<string, Phrase[]>();
  const wordsByStem = new Map<string, Set<string>>();
  for (const w of vocabulary) {
    const set = wordsByStem.get(cachedStem(w)) ?? new Set<string>();
    set.add(w);
    wordsByStem.set(cachedStem(w), set);
  }
  const add = (table: Map<string, Phrase[]>, key: string, phrase: Phrase) => {
    const list = table.get(key) ?? [];
    list.push(phrase);
    table.set(key, list);
  };
  for (const group of groups) {
    // A canonical function word reads as nothing: "how much of the day" is no longer "how much", the pay.
    const canonical = words(group.canonical)
      .filter((w) => !STOPWORDS.has(w))
      .map(cachedStem);
    const own = new Set([...words(group.canonical), ...group.terms.flatMap((t) => words(t))]);
    for (const term of group.terms) {
      const ws = words(term);
      if (ws.length === 0) continue;
      const phrase = { words: ws, stems: ws.map(cachedStem), canonical };
      add(byWord, ws[0]!, phrase);
      const sameStem = wordsByStem.get(phrase.stems[0]!) ?? new Set<string>();
      if (ws.length > 1 || [...sameStem].every((w) => own.has(w))) add(byStem, phrase.stems[0]!, phrase);
    }
  }
  for (const table of [byWord, byStem])
    for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byWord, byStem, apart };
}

/** A word as the phrase tables see it: its stem, the phrases it may start, and its unit when it starts none. */
interface TableWord {
  stem: string;
  byWord: Phrase[] | undefined;
  byStem: Phrase[] | undefined;
  terms: string[];
  readings: string[];
}

function tableWord(w: string, tables: PhraseTables): TableWord {
  const stem = tables.apart.get(w) ?? cachedStem(w);
  const terms = STOPWORDS.has(w) ? [] : [stem];
  return {
    stem,
    byWord: tables.byWord.get(w),
    byStem: tables.byStem.get(stem),
    terms,
    readings: [w, stem, ...terms],
  };
}

/**
 * Stems the words and reads synonym phrases (longest first; an exact match of the words before a match of their
 * stems) as their canonical stems, stopwords as nothing, judged on the word as written. `wordOf`: `tableWord`, or a
 * memo of it.
 */
function unitsOf(
  input: readonly string[],
  tables: PhraseTables,
  wordOf: (w: string) => TableWord = (w) => tableWord(w, tables),
): Unit[] {
  const known = input.map(wordOf);
  const out: Unit[] = [];
  for (let i = 0; i < known.length; ) {
    const { byWord, byStem } = known[i]!;
    const phrase =
      byWord === undefined && byStem === undefined ? undefined : phraseAt(input, known, i, byWord, byStem);
    if (phrase === undefined) {
      out.push({ start: i, end: i + 1, terms: known[i]!.terms, readings: known[i]!.readings });
      i++;
      continue;
    }
    const end = i + phrase.words.length;
    const terms = phrase.canonical;
    const stems = known.slice(i, end).map((k) => k.stem);
    const readings =
      end === i + 1
        ? [input[i]!, stems[0]!, ...terms]
        : [input.slice(i, end).join(" "), stems.join(" "), ...terms];
    out.push({ start: i, end, terms, readings });
    i = end;
  }
  return out;
}

/** The longest phrase starting at `i`: its words as written first, then its stems. */
function phraseAt(
  input: readonly string[],
  known: readonly TableWord[],
  i: number,
  byWord: readonly Phrase[] | undefined,
  byStem: readonly Phrase[] | undefined,
): Phrase | undefined {
  return (
    byWord?.find((p) => p.words.every((w, k) => input[i + k] === w)) ??
    byStem?.find((p) => p.stems.every((s, k) => known[i + k]?.stem === s))
  );
}

/** The terms of a list of words: synonyms read, stopwords dropped, phrase cues in place of their words. */
function toTerms(
  input: readonly string[],
  tables: PhraseTables,
  cues: CueTable,
  wordOf?: (w: string) => TableWord,
): string[] {
  return withCues(unitsOf(input, tables, wordOf), cues);
}

/**
 * Phrase cues ("by how much"), each read as the pack's own text is, so a cue's word matches its synonyms too
 * ("certification" matches "cert"). Function words match only as written: "how much" in "by how much" must not
 * match "will I make", though both mean pay.
 */
function cuesOf(phrases: readonly string[], tables: PhraseTables): CueTable {
  const cues = [...new Set(phrases.map((p) => words(p).join(" ")))]
    .filter((p) => p.includes(" "))
    .map((p) => {
      const ws = p.split(" ");
      const parts = unitsOf(ws, tables).map((u) =>
        ws.slice(u.start, u.end).every((w) => STOPWORDS.has(w))
          ? new Set(u.readings.slice(0, 2))
          : new Set(u.readings),
      );
      return { term: p, parts };
    });
  return cueTable(cues);
}

export function createNormalizer(
  synonyms: readonly SynonymGroup[],
  vocabularyText: Iterable<string>,
  spelling: SpellingOptions,
  lexicon?: Lexicon,
  /** Phrase cues the pack's entries declare. */
  phrases: readonly string[] = [],
  /**
   * Words that share a stem with the pack's words but mean something else ("fitness", "developer", of other fields):
   * each, and its plural, is a term of its own.
   */
  apart: readonly string[] = [],
  /** `words`, or what a caller keeps of it: the index build reads each pack text several times. */
  wordsOf: (text: string) => readonly string[] = words,
  /**
   * Words read as typed, never corrected: a small-talk idiom's own words that are no English word ("craic", "mkay"),
   * which the speller would otherwise turn into the pack's.
   */
  asTyped: ReadonlySet<string> = new Set(),
): Normalizer {
  const frequency = new Map<string, number>();
  const texts: string[] = [];
  for (const text of vocabularyText) {
    texts.push(text);
    for (const w of wordsOf(text)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  for (const group of synonyms)
    for (const text of [group.canonical, ...group.terms])
      for (const w of words(text)) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const own = new Map(apart.flatMap((w) => [[w, w] as const, [`${w}s`, w] as const]));
  const tables = phraseTables(synonyms, [...frequency.keys()], own);
  const cues = cuesOf(phrases, tables);
  for (const w of STOPWORDS) if (!frequency.has(w)) frequency.set(w, 0);
  const speller = createSpeller(frequency, spelling, (w) => STOPWORDS.has(w), derivedFromCommon);
  const packStems = new Set([...frequency.keys()].map(cachedStem));
  const links = lexicalLinks(lexicon, packStems, tables);

  // Only the pack's own words count here: a join of letters or sounds is a guess, kept only when it lands on one.
  const packWord = (w: string) => (frequency.get(w) ?? 0) > 0;
  const packWords = [...frequency.keys()].filter(packWord);
  const sounds = soundTable(packWords);
  const spoken = voiceTables(texts);
  const packContent = (w: string) => packWord(w) && !STOPWORDS.has(w);
  // "starting" is a form of the pack's "start"; "imaging", which the pack writes in no other form, is a noun of its own.
  const plainStems = new Set(packWords.filter((w) => !/(?:ing|ed)$/.test(w)).map(cachedStem));
  const isVerbForm = (w: string) => plainStems.has(cachedStem(w));
  const compounds = compoundTable(packWords, packContent);
  const readPairs = createPairReading({
    pairs: wordPairs(texts.map(wordsOf), packContent),
    isPackContent: packContent,
    contentWords: packWords.filter(packContent),
    isPackWord: packWord,
    isKnown: (w) => frequency.has(w) || COMMON_ENGLISH.has(w),
    isUsual: (w) => USUAL_ENGLISH.has(w),
    isStopword: (w) => STOPWORDS.has(w),
    slipOf: (w) => speller.correct(w),
  });
  const clipped = clippings(frequency, (w) => toTerms([w], tables, NO_CUES)[0]);
  const unvoweled = createSkeletonReader(frequency, USUAL_ENGLISH);
  const everyday = createEverydaySpeller(FREQUENT_ENGLISH_20K);
  const functionWordHeard = createFunctionWordEar(FREQUENT_ENGLISH_20K.filter((w) => STOPWORDS.has(w)));
  const oneSlipFromPackWord = (w: string) => {
    const meant = speller.correct(w);
    return meant !== undefined && packWord(meant) && editDistance(w, meant) === 1;
  };
  /**
   * "labling": one slip from an everyday word (labeling) is likelier than two from a pack word (lacking), so a pack
   * word two edits off gives way to an everyday word one edit off.
   */
  const nearerEveryday = (w: string, closest: string) => {
    if (editDistance(w, closest) < 2) return undefined;
    const plain = everyday(w);
    return plain !== undefined && editDistance(w, plain) === 1 ? plain : undefined;
  };
  /**
   * "saety", "aparatus": a slip of the keys in an everyday word (safety, apparatus) is likelier than a word the pack
   * seldom uses heard in it (sweet, operates); a word it uses often ("salre": salary, not sale) is likelier still.
   */
  const heardOrSlip = (w: string) => {
    const heard = speller.byEar(w, undefined);
    if (heard !== undefined && (frequency.get(heard) ?? 0) >= SAYS_SOMETHING_OFTEN) return heard;
    const plain = everyday(w);
    return plain !== undefined && noKeyStruckAmiss(w, plain) ? plain : heard;
  };
  /**
   * "wud", "hav", "wich": a function word as chat spells it by ear, when the word read nothing else: not the pack's,
   * no English word of its own (one of the 20,000 most common: "sum", "bin"), nor a dialect's spelling small talk reads
   * ("wah gwaan").
   */
  const functionWordOf = (w: string) =>
    STOPWORDS.has(w) || packWord(w) || FREQUENT_20K.has(w) || isChatSpelled(w)
      ? undefined
      : functionWordHeard(w);
  /** The word a message's word is read as, and whether that corrects a typo. */
  const readWord = (w: string): { word: string; corrected: boolean } => {
    const as = (word: string, corrected = false) => ({ word, corrected });
    if (STOPWORDS.has(w) || speller.has(w) || asTyped.has(w)) return as(w);
    const shorthand = shorthandIs(w) ?? everydayChatWord(w);
    if (shorthand !== undefined) return as(shorthand, true);
    // "2yr": a unit typed on its figure is no slip of the keys.
    const unit = unitOfFigure(w);
    if (unit !== undefined) return as(unit);
    // "quicker", "cheapest": the degree of an adjective the pack uses is that adjective, unless the word is one
    // slip from a pack word ("carrer" is career, not more car).
    const plain = plainDegree(w, packWord);
    if (plain !== undefined && !oneSlipFromPackWord(w)) return as(plain);
    // "programme", "licence", "centre", "specialise": the British spelling of a word the pack spells the American way.
    const american = americanSpelling(w, packWord);
    if (american !== undefined) return as(american);
    // "color", "center", "analyze": the American spelling of a word the pack spells the British way ("colour").
    const british = packWord(w) ? undefined : britishSpelling(w, packWord);
    if (british !== undefined) return as(british);
    // Ordinary English the pack does not use stays as written; so does anything with no close pack word, and another
    // language's function word ("donde" is no "done").
    if (COMMON_ENGLISH.has(w) || isForeignWord(w)) return as(w);
    // A slip of the keys first; a clipping ("histo") before a word heard by ear ("sertifikat"), as it begins pack
    // words as typed; then a word typed without its vowels ("envrnmnt"); last, a slip in an everyday word.
    // A word the pack knows by its stem or the lexicon links ("pathologists") is never read as a word far off.
    const known = packStems.has(cachedStem(w)) || links.has(cachedStem(w));
    const closest = speller.correct(w) ?? (known ? undefined : speller.inSingular(w));
    const meant =
      closest !== undefined
        ? (nearerEveryday(w, closest) ?? speller.byEar(w, closest))
        : (clipped(w) ??
          heardOrSlip(w) ??
          unvoweled(w) ??
          everyday(w) ??
          (known ? undefined : (speller.twoSlips(w) ?? speller.farFromLong(w))));
    return meant === undefined ? as(w) : as(meant, true);
  };
  // A message is read whole, then by its questions, story and clauses: the same words and pairs of words come back
  // in each reading (and in every message), so what each word is read as is kept.
  const readings = new Map<string, { word: string; corrected: boolean }>();
  const loose = new Map<string, boolean>();
  const isLoose = (w: string) => {
    let is = loose.get(w);
    if (is === undefined) {
      is = /^[a-z]+$/.test(w) && !STOPWORDS.has(w) && !packWord(w);
      if (loose.size < MEMO_WORDS) loose.set(w, is);
    }
    return is;
  };
  const alike = new Map<string, string | undefined>();
  const wordTerms = new Map<string, string[]>();
  const inTables = new Map<string, TableWord>();
  const tableWordOf = (w: string) => {
    let known = inTables.get(w);
    if (known === undefined) {
      known = tableWord(w, tables);
      if (inTables.size < MEMO_WORDS) inTables.set(w, known);
    }
    return known;
  };
  const soundsLike = (joined: string) => {
    if (joined.length < SOUND_MIN_LENGTH) return undefined;
    if (alike.has(joined)) return alike.get(joined);
    const meant = soundsLikeIn(sounds, joined);
    if (alike.size < MEMO_WORDS) alike.set(joined, meant);
    return meant;
  };
  /** A text's words as typed and as read (spelling corrected), and its terms. */
  const readText = (text: string) => {
    const heard = heardText(text, spoken, packContent);
    const all = readPairs(
      soundsAlike(spelledOut(words(heard), packWord), isLoose, soundsLike, compounds, packContent),
    );
    const corrected: [string, string][] = [];
    // Words typed in capitals are acronyms ("CNA", "LIS"), not function words spelled by ear.
    const capitals = /[A-Z]{2}/.test(text) ? typedInCapitals(text) : undefined;
    const fixed = all.map((w) => {
      let reading = readings.get(w);
      if (reading === undefined) {
        reading = readWord(w);
        if (readings.size < MEMO_WORDS) readings.set(w, reading);
      }
      if (reading.word === w && capitals?.has(w) !== true) {
        const said = functionWordOf(w);
        if (said !== undefined) reading = { word: said, corrected: true };
      }
      if (reading.corrected) corrected.push([w, reading.word]);
      return reading.word;
    });
    // "how do they make shure", "does she hav to": the verbs are read again with the typos corrected.
    readVerbs(fixed);
    // "quick question: …", "sorry to bother you, …": the padding says nothing about what is asked.
    const terms = toTerms(withoutFillers(fixed), tables, cues, tableWordOf);
    return { all, corrected, fixed, terms };
  };
  return {
    terms: (text) => toTerms(wordsOf(text), tables, cues),
    knows: (s) => packStems.has(s),
    writes: packWord,
    linksOf: (t) => links.get(t) ?? [],
    queryTerms(text) {
      // One word's terms, which several steps read word by word (another career's name in a story, a thing's head),
      // are kept as its reading is; a longer text's are not.
      if (!ONE_WORD.test(text)) return readText(text).terms;
      let terms = wordTerms.get(text);
      if (terms === undefined) {
        terms = readText(text).terms;
        if (wordTerms.size < MEMO_WORDS) wordTerms.set(text, terms);
      }
      return terms;
    },
    normalize(text) {
      const { all, corrected, fixed, terms } = readText(text);
      const foreign = isMostlyNonLatin(text) || looksForeign(all);
      const own = new Set(terms);
      const linked = terms.filter((t) => links.has(t));
      const related = [...new Set(linked.flatMap((t) => links.get(t)!))].filter((t) => !own.has(t));
      // A place read through the synonyms as the rest of the message is ("clinic" may stand for another word).
      const places = placesOfTheDoing(fixed);
      const subject = [
        ...namesOfTheSubject(fixed).map(cachedStem),
        ...(places.length > 0 ? toTerms(places, tables, cues, tableWordOf) : []),
        // "are hospitals still hiring": the employer a yes-no question names is what it is about, not what it asks.
        ...toTerms(givenSubjects(fixed, isStopword), tables, NO_CUES, tableWordOf),
      ].filter((t) => own.has(t));
      const written = new Set(fixed.map(cachedStem));
      const viaSynonym = terms.filter((t) => !written.has(t));
      const modifiers = modifiersOf(fixed, isStopword, isVerbForm).flatMap(({ modifier, head, at }) => {
        const term = toTerms([modifier], tables, NO_CUES, tableWordOf)[0];
        const heads = toTerms(head, tables, NO_CUES, tableWordOf);
        const of = at === "first" ? heads[0] : heads.at(-1);
        // A term the message also uses on its own ("starting pay… how do I start") is more than a modifier.
        if (term === undefined || of === undefined || term === of) return [];
        const once = terms.indexOf(term) === terms.lastIndexOf(term);
        return once && own.has(of) ? [{ term, head: of }] : [];
      });
      return { terms, corrected, words: fixed, foreign, related, linked, subject, modifiers, viaSynonym };
    },
  };
}

const isStopword = (w: string) => STOPWORDS.has(w);

/**
 * The adjective behind a comparative or superlative the pack does not use ("quicker" → quick, "safest" → safe,
 * "bigger" → big, "easier" → easy), when the pack uses that adjective.
 */
function plainDegree(w: string, isPackWord: (w: string) => boolean): string | undefined {
  const m = /^([a-z]{3,}?)(er|est)$/.exec(w);
  if (m === null) return undefined;
  const base = m[1]!;
  const doubled = base.length > 3 && base.at(-1) === base.at(-2) ? base.slice(0, -1) : undefined;
  const forms = [base, `${base}e`, doubled, base.endsWith("i") ? `${base.slice(0, -1)}y` : undefined];
  // Only a word that says what something is like has degrees: "carer" is not more car.
  return forms.find((f) => f !== undefined && isPackWord(f) && QUALITIES.has(f));
}

/** British spellings and the American ones they stand for, by the end of the word (and "ae", "oe" inside it). */
const BRITISH_SPELLINGS: readonly [RegExp, string][] = [
  [/mme(s?)$/, "m$1"],
  [/([^aeiou])tre(s?)$/, "$1ter$2"],
  [/(..)our(s|ed|ing|ite|ites|able|er|ers)?$/, "$1or$2"],
  [/(..)is(e|es|ed|ing|ation|ations|er|ers)$/, "$1iz$2"],
  [/ys(e|es|ed|ing|er|ers)$/, "yz$1"],
  [/(..)ence(s?)$/, "$1ense$2"],
  [/ogue(s?)$/, "og$1"],
  [/(.)ae/, "$1e"],
  [/(.)oe/, "$1e"],
];

/** The American spelling of a British one, when the pack uses it ("programme" → program), else undefined. */
function americanSpelling(w: string, isPackWord: (w: string) => boolean): string | undefined {
  for (const [british, american] of BRITISH_SPELLINGS) {
    const spelled = w.replace(british, american);
    if (spelled !== w && isPackWord(spelled)) return spelled;
  }
  return undefined;
}

/** American spellings and the British ones they stand for: the British spellings' rules turned round. */
const AMERICAN_SPELLINGS: readonly [RegExp, string][] = [
  [/(..[^aeiou])m(s?)$/, "$1mme$2"],
  [/([^aeiou])ter(s?)$/, "$1tre$2"],
  [/(..[^aeiou])or(s|ed|ing|ite|ites|able|er|ers)?$/, "$1our$2"],
  [/(..)iz(e|es|ed|ing|ation|ations|er|ers)$/, "$1is$2"],
  [/yz(e|es|ed|ing|er|ers)$/, "ys$1"],
  [/(..)ense(s?)$/, "$1ence$2"],
  [/og(s?)$/, "ogue$1"],
];

/** The British spelling of an American one, when the pack uses it ("color" → colour), else undefined. */
function britishSpelling(w: string, isPackWord: (w: string) => boolean): string | undefined {
  for (const [american, british] of AMERICAN_SPELLINGS) {
    const spelled = w.replace(american, british);
    if (spelled !== w && isPackWord(spelled)) return spelled;
  }
  return undefined;
}

/** The lexicon by the stem of the everyday word, leading to the pack's canonical terms; pack words need no link. */
function lexicalLinks(
  lexicon: Lexicon | undefined,
  packStems: ReadonlySet<string>,
  tables: PhraseTables,
): Map<string, string[]> {
  const links = new Map<string, string[]>();
  // Some 8,000 links lead to under 600 pack words: each is read once (reading each link's anew was a quarter of
  // the index build).
  const termsOf = new Map<string, string[]>();
  const targetTerms = (target: string) => {
    let terms = termsOf.get(target);
    if (terms === undefined) {
      terms = toTerms(words(target), tables, NO_CUES);
      termsOf.set(target, terms);
    }
    return terms;
  };
  // The generator stores the stems (a word it does not list is its own): stemming its 6,500 words took 100 ms of a start.
  const stems = lexicon?.stems;
  for (const [word, targets] of Object.entries(lexicon?.words ?? {})) {
    const key = stems === undefined ? cachedStem(word) : (stems[word] ?? word);
    if (packStems.has(key)) continue;
    const terms = targets.flatMap(targetTerms);
    links.set(key, [...new Set([...(links.get(key) ?? []), ...terms])]);
  }
  return links;
}

/** The words a text types in capitals, two letters or more, in lower case. */
function typedInCapitals(text: string): Set<string> {
  return new Set((text.match(/\b[A-Z]{2,}\b/g) ?? []).map((w) => w.toLowerCase()));
}

/** The 20,000 most common English words: one of them is a word of its own, not a function word spelled by ear. */
const FREQUENT_20K: ReadonlySet<string> = new Set(FREQUENT_ENGLISH_20K);

/** How short a clipped word may be ("cyto", "histo", "phleb"), and how much of its pack words one term must hold. */
const CLIPPING_MIN_LENGTH = 4;
const CLIPPING_SHARE = 2 / 3;

/**
 * Clipped words ("histo tech", "cyto", "phlebo"): a word the pack does not know that begins pack words, read as the
 * pack word whose term holds at least two thirds of the uses of all of them (counted in the pack's text).
 */
function clippings(
  frequency: ReadonlyMap<string, number>,
  termOf: (word: string) => string | undefined,
): (word: string) => string | undefined {
  const packWords = [...frequency]
    .filter(([w, n]) => n > 0 && /^[a-z]+$/.test(w))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const memo = new Map<string, string | undefined>();
  return (word) => {
    if (word.length < CLIPPING_MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
    if (memo.has(word)) return memo.get(word);
    const byTerm = new Map<string, { uses: number; word: string; best: number }>();
    let total = 0;
    for (const [w, n] of packWords) {
      if (w.length <= word.length || !w.startsWith(word)) continue;
      const term = termOf(w);
      if (term === undefined) continue;
      total += n;
      const seen = byTerm.get(term) ?? { uses: 0, word: w, best: 0 };
      seen.uses += n;
      if (n > seen.best) Object.assign(seen, { word: w, best: n });
      byTerm.set(term, seen);
    }
    const top = [...byTerm.values()].sort((a, b) => b.uses - a.uses)[0];
    const meant = top !== undefined && top.uses >= CLIPPING_SHARE * total ? top.word : undefined;
    if (memo.size < 10_000) memo.set(word, meant);
    return meant;
  };
}

/** A run of single letters that spells a pack word ("a s c p", "m l t"), as voice typing writes an acronym. */
function spelledOut(ws: readonly string[], isPackWord: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let end = i;
    while (end < ws.length && ws[end]!.length === 1 && /\p{L}/u.test(ws[end]!)) end++;
    // Most words are no single letter: nothing to join, and no run to copy.
    if (end - i < 2) {
      out.push(ws[i]!);
      i += 1;
      continue;
    }
    const run = ws.slice(i, end);
    // "is it a m l t": the article before the letters is not one of them.
    const from = [0, 1].find((skip) => run.length - skip >= 2 && isPackWord(run.slice(skip).join("")));
    if (from !== undefined) {
      out.push(...run.slice(0, from), run.slice(from).join(""));
      i = end;
    } else {
      out.push(ws[i]!);
      i += 1;
    }
  }
  return out;
}

/** How many words (or runs of words) each of a normalizer's memos keeps. */
const MEMO_WORDS = 10_000;
/** A text of one word as `words` gives them: lower-case letters. */
const ONE_WORD = /^[a-z]+$/;

/** How often the pack must use a word heard in a misspelling for it to win over a slip in an everyday word. */
const SAYS_SOMETHING_OFTEN = 3;
