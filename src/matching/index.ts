// Builds the matching index once at start-up: normalised phrasings, term weights (IDF) and postings per entry.
import Fuse from "fuse.js";
import type { Entry, KnowledgeBase, Smalltalk, Topic } from "../knowledge/schema.ts";
import { type Asks, askingProfiles, asksOf } from "./asks.ts";
import { type BayesModel, bayesModel } from "./bayes.ts";
import { chatSpelled } from "./chat-spelling.ts";
import { countedStems } from "./counts.ts";
import { frameShares } from "./frames.ts";
import { countryLanguages } from "./languages.ts";
import { type LearnedModel, learnedOnce } from "./learned.ts";
import { HEALTH_JOBS } from "./names.ts";
import { createNormalizer, type Normalizer } from "./normalize.ts";
import { DEFAULT_MATCH_OPTIONS, type MatchOptions } from "./options.ts";
import { type CountryTable, countryTable, otherCountryNames } from "./places.ts";
import { type SmalltalkForm, smalltalkForm } from "./smalltalk.ts";
import { COMMON_ENGLISH, STOPWORDS, stem, USUAL_ENGLISH, words } from "./text.ts";

export interface IndexedPhrasing {
  terms: ReadonlySet<string>;
  /** Sum of the weights of its terms. */
  weight: number;
  /** Its terms joined by spaces, the text Fuse.js compares against. */
  text: string;
  /** Its terms by number (`MatchIndex.termIds`), in the order of `terms`: `phrasingTerms[start..end)`. */
  start: number;
  end: number;
}

export interface IndexedEntry {
  entry: Entry;
  topic: Topic;
  phrasings: IndexedPhrasing[];
  /** Terms of all phrasings and keywords (not the topic title: "Jobs and pay" would make every job entry about pay). */
  bag: ReadonlySet<string>;
  /** Terms of the answer text. */
  answer: ReadonlySet<string>;
  /**
   * The bag's terms by number (`MatchIndex.termIds`), `entryTerms[bagStart..bagEnd)`, then those of the answer the bag
   * lacks, up to `answerEnd`.
   */
  bagStart: number;
  bagEnd: number;
  answerEnd: number;
  /** How far its phrasings ask each kind of question (`QUESTION_KINDS`) beyond the pack's phrasings as a whole. */
  asking: Float32Array;
  /** The kinds of question any of its question and alternates asks (`asksOf`), as bits. */
  asked: Asks;
  /** The share of each frame (`FRAMES`) of the pack's phrasings that are its own. */
  frames: Float32Array;
  /**
   * Terms of its answer, its question and its lines of what its job does: what it tells of, read for a description of a
   * job or a task.
   */
  told: ReadonlySet<string>;
  /** Terms of its lines of what the job it is about does (`Entry.does`), and of its question; empty for no job. */
  does: ReadonlySet<string>;
}

export interface MatchIndex {
  options: Readonly<MatchOptions>;
  normalizer: Normalizer;
  entries: IndexedEntry[];
  byId: ReadonlyMap<string, IndexedEntry>;
  topics: Topic[];
  /**
   * Pairs of terms the pack writes side by side in a phrasing or keyword, in either order ("certificate program",
   * "handle specimens"), joined by a space: the pack says them as one thing, so neither only modifies the other.
   */
  compounds: ReadonlySet<string>;
  /** Inverse document frequency of each known term across entries. */
  weights: ReadonlyMap<string, number>;
  /** Inverse document frequency of each term across the entries' answers and questions (`IndexedEntry.told`). */
  toldWeights: ReadonlyMap<string, number>;
  /** Weight given to a query term no entry contains. */
  unknownWeight: number;
  /** The rarest term's weight. */
  rarestWeight: number;
  /** Half the rarest term's weight: the scale against which shared weight counts as specific. */
  strongWeight: number;
  /** For each term, the positions in `entries` of the entries that contain it. */
  postings: ReadonlyMap<string, number[]>;
  /** A number for each term of the entries (those of `postings`): a phrasing's terms are looked up by it. */
  termIds: ReadonlyMap<string, number>;
  /** Every phrasing's term numbers, one after the other (one array: one per phrasing would weigh more). */
  phrasingTerms: Int32Array;
  /** Every entry's bag and answer term numbers, one after the other (see `IndexedEntry.bagStart`). */
  entryTerms: Int32Array;
  domainTerms: string[][];
  /**
   * Terms only the everyday alternates use ("fridge", "stickers"): they rank entries, but like the most common English
   * words they never show by themselves that a message is about the subject.
   */
  everydayOnly: ReadonlySet<string>;
  outOfScopeTerms: string[][];
  /** Stems of the health occupations the pack never uses ("orthodontist"): other careers too. */
  otherJobs: ReadonlySet<string>;
  /** The out-of-scope terms that name things, not another career ("car", "phone"), as their terms joined by spaces. */
  outOfScopeThings: ReadonlySet<string>;
  uncoveredTerms: string[][];
  /** Stems of the words the pack gives a number of or is asked "how many" of (`countedStems`): what it can count. */
  counted: ReadonlySet<string>;
  /**
   * Uncovered phrases whose meaning is in their function words ("how long", "sick days"), as the stems of their
   * words in order: matched as written, so "a long time ago" is not "how long".
   */
  uncoveredPhrases: string[][];
  /**
   * The pack's groups of uncovered terms with the covered entries nearest them (`uncovered_nearest`), each term as
   * `uncoveredTerms` or `uncoveredPhrases` holds it, its stems joined by spaces.
   */
  uncoveredNearest: { about: string; entries: string[]; said: ReadonlySet<string> }[];
  /** The pack's client terms as the stems of their words, as written ("blood draw" is not read as phlebotomy). */
  clientTerms: string[][];
  /** Countries other than the pack's, by name: a question naming one is not covered. */
  otherCountries: CountryTable;
  /**
   * The language of the pack's country, by name ("english"): speaking it is a skill of the work there. Asked of ICU
   * when the first message is read, after the first poll: before it, this was a fiftieth of a start.
   */
  spokenLanguages: () => ReadonlySet<string>;
  smalltalk: {
    intent: Smalltalk;
    phrasings: SmalltalkForm[];
    vocabulary: ReadonlySet<string>;
    /** The kinds of question its phrasings ask ("how are you": how; "who made you": who). */
    asks: Asks;
  }[];
  /** A naive Bayes model over the same phrasings: a second opinion when two entries score about the same. */
  bayes: BayesModel;
  /**
   * The model learned from the pack's examples.yaml and phrasings, learned the first time a message leaves the rules
   * unsure rather than at start-up (most messages never need it); none without examples.
   */
  learned: () => LearnedModel | undefined;
  /** Per-entry accumulator reused by every match, so a match allocates nothing proportional to the pack. */
  scratch: Float64Array;
  /** Per-term slot reused by every match: where each term stands in the query being ranked (0: not in it). */
  querySlots: Int32Array;
  /** Fuse.js's score of `pattern` inside `text` (see `fuzzyScore`). */
  fuzzy(pattern: string, text: string, within?: number): number;
}

const FUZZY_THRESHOLD = 0.6;
/** Bitap's longest pattern: a longer one is searched in pieces of this length, and scored by their mean. */
const BITAP_PIECE = 32;
/** Fuse.js's lowest score for a match that is not the whole text. */
const BITAP_FLOOR = 0.001;

/**
 * Fuse.js's score of `pattern` inside `text`: 0 for the pattern itself, 1 when it is not found within
 * `FUZZY_THRESHOLD`. A score at or above `within` may be given as 1, so a caller after the lowest score passes the
 * lowest so far: a pattern that cannot reach it is not searched, or its search stops at that many errors.
 */
export function fuzzyScore(pattern: string, text: string, within = 1): number {
  const least = fuzzyBound(pattern, text);
  if (least > 0 && (least === 1 || least >= within)) return 1;
  // A pattern of one piece can stop at the errors that would reach `within`; a longer one's score is a mean,
  // which one piece's score does not decide.
  const threshold =
    pattern.toLowerCase().length <= BITAP_PIECE ? Math.min(FUZZY_THRESHOLD, within) : FUZZY_THRESHOLD;
  const result = Fuse.match(pattern, text, { ignoreLocation: true, threshold, includeMatches: false });
  return result.isMatch ? (result.score ?? 1) : 1;
}

/**
 * A score `fuzzyScore` cannot go below (0 for the pattern itself): several patterns searched lowest bound first
 * find a low score early, and a pattern whose bound is not below it needs no search. It is the score Fuse.js's Bitap
 * reaches (its fewest errors over the pattern's length, 1 beyond `FUZZY_THRESHOLD`, pieces averaged), worked out by
 * counting those errors directly, so a search is made only where Fuse.js finds a score below the bound it is given.
 */
export function fuzzyBound(pattern: string, text: string): number {
  const p = pattern.toLowerCase();
  const t = text.toLowerCase();
  return p === t ? 0 : leastScore(p, t);
}

/** For each UTF-16 code unit, the positions of a pattern's piece where it stands, as bits; zero between calls. */
const positions = new Int32Array(65_536);

/**
 * The fewest edits (a letter changed, dropped or added) that turn `pattern[from..to)`, at most 32 code units, into
 * some stretch of `text`: what Bitap counts as a piece's errors. Myers's bit-vector form of the edit distance table,
 * one pass over the text.
 */
export function leastEdits(pattern: string, text: string, from = 0, to = pattern.length): number {
  const m = to - from;
  if (m === 0) return 0;
  for (let i = 0; i < m; i++) positions[pattern.charCodeAt(from + i)]! |= 1 << i;
  const last = 1 << (m - 1);
  // Vertical deltas of the table's column (all +1: an empty stretch costs one edit per pattern letter).
  let plus = -1;
  let minus = 0;
  let edits = m;
  let least = m;
  for (let j = 0; j < text.length && least > 0; j++) {
    const eq = positions[text.charCodeAt(j)]!;
    const xv = eq | minus;
    const xh = (((eq & plus) + plus) ^ plus) | eq;
    let ph = minus | ~(xh | plus);
    let mh = plus & xh;
    if (ph & last) edits++;
    else if (mh & last) edits--;
    // A stretch may start anywhere in the text: no carry into the first row.
    ph <<= 1;
    mh <<= 1;
    plus = mh | ~(xv | ph);
    minus = ph & xv;
    if (edits < least) least = edits;
  }
  for (let i = 0; i < m; i++) positions[pattern.charCodeAt(from + i)] = 0;
  return least;
}

/**
 * The score Fuse.js gives `pattern` in `text`, pieces as Bitap cuts them: a piece's score is its fewest errors over
 * its length (at least `BITAP_FLOOR`), or 1 beyond `FUZZY_THRESHOLD`, and the pattern's is the mean of its pieces'.
 */
function leastScore(pattern: string, text: string): number {
  const pieces: [number, number][] = [];
  if (pattern.length <= BITAP_PIECE) pieces.push([0, pattern.length]);
  else {
    const whole = pattern.length - (pattern.length % BITAP_PIECE);
    for (let i = 0; i < whole; i += BITAP_PIECE) pieces.push([i, i + BITAP_PIECE]);
    if (whole < pattern.length) pieces.push([pattern.length - BITAP_PIECE, pattern.length]);
  }
  let total = 0;
  for (const [from, to] of pieces) {
    const errors = leastEdits(pattern, text, from, to) / (to - from);
    total += errors > FUZZY_THRESHOLD ? 1 : Math.max(BITAP_FLOOR, errors);
  }
  return total / pieces.length;
}

function vocabularyOf(kb: KnowledgeBase): string[] {
  return [
    ...kb.entries.flatMap((e) => [
      e.question,
      ...e.alternates,
      ...e.everyday,
      ...e.keywords,
      ...e.phrases,
      e.answer,
    ]),
    ...kb.topics.flatMap((t) => [t.title, t.description]),
    ...kb.pack.domain_terms,
    ...kb.pack.out_of_scope_terms,
    ...kb.pack.uncovered_terms,
    ...kb.smalltalk.flatMap((s) => s.phrasings),
  ];
}

/**
 * The words of small talk's idioms that are no common English word, of four letters or more ("craic", "mkay",
 * "wahala"): read as typed, as the idioms are not among the texts the speller knows.
 */
function idiomWords(kb: KnowledgeBase): ReadonlySet<string> {
  return new Set(
    kb.smalltalk
      .flatMap((s) => s.idioms.flatMap((p) => words(p)))
      // "hows": a common word with an "s" run on is left to the speller.
      .filter((w) => w.length >= 4 && !COMMON_ENGLISH.has(w) && !COMMON_ENGLISH.has(w.replace(/s$/, ""))),
  );
}

/** A phrase of several words that leaves a single term once its function words are dropped ("how long"). */
function byFunctionWords(phrase: string): boolean {
  const ws = words(phrase);
  return ws.length > 1 && ws.filter((w) => !STOPWORDS.has(w)).length === 1;
}

/**
 * Whether a shorter usual English word shares a word's stem, a word it is made from: "market" for "marketing", "code"
 * for "coding", "account" for "accountant". Matched by stem, "is the market full" would name another field.
 */
function madeFromAnother(word: string): boolean {
  const own = stem(word);
  for (let n = 3; n < word.length; n++) {
    const start = word.slice(0, n);
    for (const base of [start, `${start}e`])
      if (base.length < word.length && USUAL_ENGLISH.has(base) && stem(base) === own) return true;
  }
  return false;
}

/**
 * The out-of-scope terms of one word that the pack never writes but whose stem it uses for a word of its own:
 * "fitness" (the pack's "fit"), "developer" ("develop"), or that are made from another English word of the same stem
 * ("marketing", "coding"). Matched by stem, "is this a good fit for me" would name another field. (In a term of
 * several words, "personal trainer", the phrase says which field it is.)
 */
function apartWords(kb: KnowledgeBase, wordsOf: (text: string) => readonly string[]): string[] {
  const lists = new Set([...kb.pack.domain_terms, ...kb.pack.out_of_scope_terms, ...kb.pack.uncovered_terms]);
  const written = new Set(
    vocabularyOf(kb)
      .filter((t) => !lists.has(t))
      .flatMap((t) => wordsOf(t)),
  );
  const packStems = new Set([...written].map(stem));
  return kb.pack.out_of_scope_terms
    .map(words)
    .filter((ws) => ws.length === 1)
    .flat()
    .filter((w) => !STOPWORDS.has(w) && !written.has(w) && (packStems.has(stem(w)) || madeFromAnother(w)));
}

/**
 * `words` for the pack's texts while the index is built: the vocabulary, the words the pack writes apart and each
 * entry's terms all read the same texts, and reading each once saves a third of a large pack's build. Forgotten
 * after the build, so the index keeps no copy of the pack's text.
 */
function wordsWhileBuilding(): { of: (text: string) => readonly string[]; forget: () => void } {
  let kept: Map<string, readonly string[]> | undefined = new Map();
  return {
    of(text) {
      if (kept === undefined) return words(text);
      let ws = kept.get(text);
      if (ws === undefined) {
        ws = words(text);
        kept.set(text, ws);
      }
      return ws;
    },
    forget() {
      kept = undefined;
    },
  };
}

/**
 * The health occupations whose name and field the pack never writes, as stems: one whose field it writes
 * ("pathology", in the name of a certifying society) works beside the pack's career, the way a doctor does, and one
 * it lists itself ("pharmacist") is left to its lists.
 */
function otherJobs(normalizer: Normalizer): Set<string> {
  return new Set(
    HEALTH_JOBS.filter((line) => !line.some((w) => normalizer.knows(stem(w)))).map(([job]) => stem(job!)),
  );
}

/** The languages spoken in `country` (`countryLanguages`), asked of ICU the first time they are needed. */
function spokenIn(country: string | undefined): () => ReadonlySet<string> {
  let spoken: ReadonlySet<string> | undefined;
  return () => {
    spoken ??= countryLanguages(country);
    return spoken;
  };
}

export function buildIndex(kb: KnowledgeBase, overrides: Partial<MatchOptions> = {}): MatchIndex {
  const options = Object.freeze({ ...DEFAULT_MATCH_OPTIONS, ...overrides });
  const packWords = wordsWhileBuilding();
  try {
    return indexOf(kb, options, packWords.of);
  } finally {
    packWords.forget();
  }
}

function indexOf(
  kb: KnowledgeBase,
  options: Readonly<MatchOptions>,
  wordsOf: (text: string) => readonly string[],
): MatchIndex {
  const normalizer = createNormalizer(
    kb.synonyms,
    vocabularyOf(kb),
    options.spelling,
    options.lexicalWeight > 0 ? kb.lexicon : undefined,
    kb.entries.flatMap((e) => e.phrases),
    apartWords(kb, wordsOf),
    wordsOf,
    idiomWords(kb),
  );
  const topicById = new Map(kb.topics.map((t) => [t.id, t]));
  const topics = [...kb.topics].sort((a, b) => a.order - b.order);

  const raw = kb.entries.map((entry) => {
    const topic = topicById.get(entry.topic)!;
    // Each phrase cue is a phrasing of its own, of one term: the cue.
    const phrasings = [entry.question, ...entry.alternates, ...entry.everyday, ...entry.phrases].map((p) =>
      normalizer.terms(p),
    );
    const keywords = entry.keywords.map((k) => normalizer.terms(k));
    const bag = new Set([...phrasings.flat(), ...keywords.flat()]);
    const answer = new Set(normalizer.terms(entry.answer));
    // What the job it is about does, in everyday words, is what it tells of too ("who fills the tubes from my arm").
    const doing = entry.does.flatMap((d) => normalizer.terms(d));
    const told = new Set([...answer, ...phrasings[0]!, ...doing]);
    const does = new Set(doing.length === 0 ? [] : [...phrasings[0]!, ...doing]);
    // The everyday alternates' terms, and those of the entry's other phrasings, out of the phrasings just built.
    const from = 1 + entry.alternates.length;
    const to = from + entry.everyday.length;
    const everyday = phrasings.slice(from, to).flat();
    const own = [...phrasings.slice(0, from), ...phrasings.slice(to)].flat();
    return {
      entry,
      topic,
      phrasings,
      keywords,
      bag,
      answer,
      told,
      does,
      everyday,
      own: [...own, ...keywords.flat(), ...answer],
    };
  });

  const compounds = new Set<string>();
  for (const e of raw)
    for (const ts of [...e.phrasings, ...e.keywords])
      for (let i = 1; i < ts.length; i++) compounds.add(`${ts[i - 1]} ${ts[i]}`).add(`${ts[i]} ${ts[i - 1]}`);
  const documentFrequency = new Map<string, number>();
  const postings = new Map<string, number[]>();
  raw.forEach((e, position) => {
    for (const term of new Set([...e.bag, ...e.answer])) {
      documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
      const list = postings.get(term);
      if (list) list.push(position);
      else postings.set(term, [position]);
    }
  });
  const n = raw.length;
  const weights = new Map<string, number>();
  for (const [term, df] of documentFrequency) weights.set(term, Math.log(1 + n / df));
  const maxWeight = Math.log(1 + n);
  // A phrase cue says more than any one word: it weighs above the rarest.
  for (const cue of kb.entries.flatMap((e) => e.phrases.flatMap((p) => normalizer.terms(p))))
    if (cue.includes(" ")) weights.set(cue, options.phraseWeight * maxWeight);
  const weightOf = (t: string) => weights.get(t) ?? maxWeight;
  const toldFrequency = new Map<string, number>();
  for (const e of raw) for (const t of e.told) toldFrequency.set(t, (toldFrequency.get(t) ?? 0) + 1);
  const toldWeights = new Map([...toldFrequency].map(([t, df]) => [t, Math.log(1 + n / df)]));
  const everydayOnly = new Set(raw.flatMap((e) => e.everyday));
  for (const e of raw) for (const t of e.own) everydayOnly.delete(t);
  const termIds = new Map([...postings.keys()].map((t, id) => [t, id]));
  const phrasingTerms: number[] = [];
  const entryTerms: number[] = [];
  const placeTerms = (e: (typeof raw)[number]) => {
    const bagStart = entryTerms.length;
    for (const t of e.bag) entryTerms.push(termIds.get(t)!);
    const bagEnd = entryTerms.length;
    for (const t of e.answer) if (!e.bag.has(t)) entryTerms.push(termIds.get(t)!);
    return { bagStart, bagEnd, answerEnd: entryTerms.length };
  };

  // The ways the question and its alternates ask (not the phrase cues, which are fragments).
  const phrased = kb.entries.map((e) => [e.question, ...e.alternates, ...e.everyday]);
  // Read once for the profiles and once for each entry's kinds: a large pack's phrasings outnumber what `asksOf` keeps.
  const asksByEntry = phrased.map((ps) => ps.map(asksOf));
  const asking = askingProfiles(asksByEntry);
  const framed = frameShares(phrased, options.frameLeadMin);
  const entries: IndexedEntry[] = raw.map((e, position) => ({
    entry: e.entry,
    topic: e.topic,
    bag: e.bag,
    answer: e.answer,
    ...placeTerms(e),
    asking: asking[position]!,
    asked: asksByEntry[position]!.reduce((all, asks) => all | asks, 0),
    frames: framed[position]!,
    told: e.told,
    does: e.does,
    phrasings: e.phrasings.map((terms) => {
      const set = new Set(terms);
      const start = phrasingTerms.length;
      for (const t of set) phrasingTerms.push(termIds.get(t)!);
      return {
        terms: set,
        weight: [...set].reduce((s, t) => s + weightOf(t), 0),
        text: [...set].join(" "),
        start,
        end: phrasingTerms.length,
      };
    }),
  }));

  return {
    options,
    normalizer,
    entries,
    byId: new Map(entries.map((e) => [e.entry.id, e])),
    topics,
    compounds,
    weights,
    toldWeights,
    unknownWeight: maxWeight * options.unknownWeight,
    rarestWeight: maxWeight,
    strongWeight: maxWeight / 2,
    postings,
    termIds,
    phrasingTerms: Int32Array.from(phrasingTerms),
    entryTerms: Int32Array.from(entryTerms),
    everydayOnly,
    domainTerms: kb.pack.domain_terms.map((t) => normalizer.terms(t)).filter((t) => t.length > 0),
    outOfScopeTerms: kb.pack.out_of_scope_terms.map((t) => normalizer.terms(t)).filter((t) => t.length > 0),
    otherJobs: otherJobs(normalizer),
    counted: countedStems(
      kb.entries.flatMap((e) => [e.question, ...e.alternates, ...e.everyday, e.answer]),
      wordsOf,
    ),
    outOfScopeThings: new Set((kb.lexicon?.things ?? []).map((t) => normalizer.terms(t).join(" "))),
    uncoveredTerms: kb.pack.uncovered_terms
      .filter((t) => !byFunctionWords(t))
      .map((t) => normalizer.terms(t))
      .filter((t) => t.length > 0),
    uncoveredPhrases: kb.pack.uncovered_terms.filter(byFunctionWords).map((t) => words(t).map(stem)),
    uncoveredNearest: kb.pack.uncovered_nearest.map(({ about, entries, terms }) => ({
      about,
      entries,
      said: new Set(
        terms.map((t) => (byFunctionWords(t) ? words(t).map(stem) : normalizer.terms(t)).join(" ")),
      ),
    })),
    clientTerms: kb.pack.client_terms.map((t) => words(t).map(stem)).filter((t) => t.length > 0),
    otherCountries: countryTable(
      kb.pack.country === undefined ? [] : otherCountryNames(kb.pack.country),
      (name) => {
        const ws = words(name);
        // A country the pack speaks of is one it covers.
        return ws.some((w) => normalizer.knows(stem(w))) ? [] : ws;
      },
    ),
    spokenLanguages: spokenIn(kb.pack.country),
    scratch: new Float64Array(entries.length),
    querySlots: new Int32Array(termIds.size),
    fuzzy: fuzzyScore,
    bayes: bayesModel(raw),
    learned: learnedOnce(
      kb,
      normalizer,
      raw.map((e, i) => ({
        id: e.entry.id,
        phrasings: e.phrasings,
        keywords: e.keywords,
        asks: asksByEntry[i]!,
      })),
    ),
    smalltalk: kb.smalltalk.map((intent) => {
      const said = [...intent.phrasings, ...intent.idioms];
      const phrasings = said.map((p) => smalltalkForm(chatSpelled(wordsOf(p))));
      return {
        intent,
        phrasings,
        vocabulary: new Set(phrasings.flatMap((p) => [...p.all])),
        asks: said.reduce((asks, p) => asks | asksOf(p), 0),
      };
    }),
  };
}
