// Language-level text tools: a tokenizer, and natural's stemmer, stopword lists, Metaphone and edit distance. Nothing
// here knows the knowledge pack.
import { readFileSync } from "node:fs";
import distances from "natural/lib/natural/distance/levenshtein_distance.js";
import DoubleMetaphone from "natural/lib/natural/phonetics/double_metaphone.js";
import Metaphone from "natural/lib/natural/phonetics/metaphone.js";
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import english from "natural/lib/natural/util/stopwords.js";
import spanish from "natural/lib/natural/util/stopwords_es.js";
import french from "natural/lib/natural/util/stopwords_fr.js";
import italian from "natural/lib/natural/util/stopwords_it.js";
import dutch from "natural/lib/natural/util/stopwords_nl.js";
import portuguese from "natural/lib/natural/util/stopwords_pt.js";
import { readAuxiliaries } from "./auxiliaries.ts";
import { keptByText } from "./by-text.ts";
import { cleanText } from "./clean.ts";
import { readHomophones } from "./homophones.ts";
import { diffAs, readSlang, readTextingMarks } from "./slang.ts";
import { COMMON_ENGLISH_FILE, EVERYDAY_STEMS_FILE, GENERAL_ENGLISH_COUNT } from "./tables/generate.ts";

/** `words` kept by text while a message is matched (defined before anything at load time reads words). */
const keptWords = keptByText(readWords);

/**
 * Question words and filler that carry no topic, beyond natural's English stopword list; with the words of degree and
 * emphasis it lacks (it drops "more" and "most", not "less"; "actual" is filler, so is "real").
 */
const FILLER = `i'm im ive id youre pls please thanks really actually exactly basically typical typically
whats hows wheres whos usually generally currently nowadays today days these those like kind sort thing
things stuff know want wanna gonna get got tell say said question questions wondering wonder curious guess think thought
maybe also even still ever much many lot lots very just well ok okay hey hi hello one someone anyone
somebody anybody people person guy guys someone's would could should might must can will shall does did
done doing go going way good great best better bad average typical usual normal right sure yeah yes
possible possibly probably honestly seriously literally mean means main describe explain tell list define involve involves involved entail entails
gotta nah lol tho plz u ur bro bother rly tryna wtf ngl tbh imo imho fr lmao smh btw though
ve ll re ones says saying roughly around already actual hear heard something anything else seem seems whether rather idea try trying
yo um uh hmm dude alright lowkey highkey deadass bruh istg ong haha hahaha hehe lmfao srsly frfr af asf hella hecka super yk fml
bruv fam bestie homie jk rofl omg omfg ikr fwiw afaik iirc tbf sheesh welp bffr icl frl
less least fewer fewest real anyway anyways exist exists existed existing`;

export const STOPWORDS: ReadonlySet<string> = new Set([...english.words, ...FILLER.split(/\s+/)]);

/** natural's English stopwords alone: "thanks" and "hello" are not among them, which small talk relies on. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(english.words);

/** Common function words of other languages that share the Latin alphabet, minus English look-alikes. */
const FOREIGN_WORDS: ReadonlySet<string> = (() => {
  const german =
    "der die das und ist nicht ich du wie viel was wer wo warum kann ein eine mit für auf verdient man";
  const words = [
    ...spanish.words,
    ...french.words,
    ...italian.words,
    ...portuguese.words,
    ...dutch.words,
    ...german.split(" "),
  ];
  return new Set(words.map(foldDiacritics).filter((w) => w.length > 1 && !STOPWORDS.has(w)));
})();

/** Whether a word is a common function word of another language written in Latin letters ("donde", "avec"). */
export function isForeignWord(w: string): boolean {
  return FOREIGN_WORDS.has(w);
}

/**
 * The most common English words. Spelling correction leaves these alone, so "years" is never "fixed" into
 * the pack's "fears"; only words that are not English (typos, slang) get corrected. Read from the table
 * `npm run tables` makes of popular-english-words: finding them in the package's 2.3 MB source cost every start
 * some 50 ms more.
 */
const FREQUENT_ENGLISH = readFileSync(COMMON_ENGLISH_FILE, "utf8").trimEnd().split("\n");
export const COMMON_ENGLISH: ReadonlySet<string> = new Set(FREQUENT_ENGLISH);

/** The 20,000 most common English words, the most common first: the words a slip of the keys is read back to. */
export const FREQUENT_ENGLISH_20K: readonly string[] = FREQUENT_ENGLISH.slice(0, 20_000);

/**
 * The 10,000 most common English words: a word written in capitals among them is a word shouted ("SAT", "ER"), one
 * beyond them a name ("CPT", "GRE"); the 40,000 hold many names.
 */
export const USUAL_ENGLISH: ReadonlySet<string> = new Set(FREQUENT_ENGLISH.slice(0, 10_000));

/** The 2,000 most common English words as written: too general to name what a question asks for ("list", "time"). */
export const GENERAL_ENGLISH: ReadonlySet<string> = new Set(FREQUENT_ENGLISH.slice(0, GENERAL_ENGLISH_COUNT));

/**
 * Stems of the 2,000 most common English words ("learn", "grow", "time"): a message that shares only such words
 * with the pack shares its vocabulary by accident more often than its subject. Read from the table `npm run tables`
 * makes.
 */
export const EVERYDAY_STEMS: ReadonlySet<string> = new Set(
  readFileSync(EVERYDAY_STEMS_FILE, "utf8").trimEnd().split("\n"),
);

/**
 * English words that name a line of work, and the words that point at one already known: "this field", "that job"
 * name the career the conversation is about.
 */
const OCCUPATION_NOUNS = new Set([
  ...["job", "jobs", "field", "fields", "career", "careers", "profession", "occupation"],
  ...["work", "line", "role", "trade", "path"],
]);
const POINTING = new Set(["this", "that", "these", "those"]);

/** The words that name the subject rather than ask about it: "specialties in this field" → field. */
export function namesOfTheSubject(ws: readonly string[]): string[] {
  return ws.filter((w, i) => i > 0 && OCCUPATION_NOUNS.has(w) && POINTING.has(ws[i - 1]!));
}

export const MAX_INPUT_CHARS = 400;

/**
 * Cleaned (entities, invisible characters, Markdown), NFKC, lower case, and only a bounded prefix: a
 * 5,000-character message costs the same as a long question.
 */
export function canonicalText(text: string): string {
  const cleaned = cleanText(text.slice(0, MAX_INPUT_CHARS * 2));
  // Plain ASCII is its own compatibility form: most texts need no Unicode normalisation.
  const composed = hasNonAscii(cleaned, cleaned.length) ? cleaned.normalize("NFKC") : cleaned;
  return composed.toLowerCase().slice(0, MAX_INPUT_CHARS);
}

export function foldDiacritics(word: string): string {
  return !hasNonAscii(word, word.length) ? word : word.normalize("NFD").replace(/\p{M}+/gu, "");
}

/** Currency signs and money emoji, and amounts written the way pay is ("60k", "60,290"). */
const MONEY = /[$€£\u{1F4B0}\u{1F4B5}\u{1F4B8}\u{1F911}]+|\b\d+(?:\.\d+)?\s?k\b|\b\d{1,3}(?:,\d{3})+\b/gu;

/**
 * Everyday texting shorthand, read as the words it stands for: general English, never a field's own abbreviations
 * (those are the pack's synonyms). "rn" is left alone: it is also a nurse.
 */
const SHORTHAND: ReadonlyMap<string, string[]> = new Map(
  Object.entries({
    u: "you",
    ur: "your",
    r: "are",
    pls: "please",
    plz: "please",
    wat: "what",
    wut: "what",
    wht: "what",
    hw: "how",
    abt: "about",
    bout: "about",
    bc: "because",
    bcuz: "because",
    cuz: "because",
    coz: "because",
    tho: "though",
    thru: "through",
    gonna: "going to",
    wanna: "want to",
    gotta: "got to",
    kinda: "kind of",
    sorta: "sort of",
    dunno: "dont know",
    idk: "i dont know",
    ppl: "people",
    smth: "something",
    sth: "something",
    rly: "really",
    prolly: "probably",
    prob: "probably",
    yrs: "years",
    yr: "year",
    hrs: "hours",
    mins: "minutes",
    b4: "before",
    // Digits typed for their sound where the word with the sound is not the one meant ("gr8" is no "grate").
    gr8: "great",
    gr8t: "great",
    w8: "wait",
    str8: "straight",
    ne1: "anyone",
    no1: "no one",
    w: "with",
    hs: "high school",
    diff: "difference",
    uni: "university",
    thx: "thanks",
    thnx: "thanks",
    tnx: "thanks",
    nite: "night",
    msg: "message",
    info: "information",
    em: "them",
    lemme: "let me",
    gimme: "give me",
    yall: "you all",
    dat: "that",
    tht: "that",
    ik: "i know",
    ofc: "of course",
    obv: "obviously",
    obvi: "obviously",
    esp: "especially",
    def: "definitely",
    defo: "definitely",
    fav: "favorite",
    fave: "favorite",
    finna: "going to",
    boutta: "about to",
    bouta: "about to",
    imma: "i am going to",
    ima: "i am going to",
    lotta: "lot of",
    outta: "out of",
    hafta: "have to",
    shoulda: "should have",
    coulda: "could have",
    woulda: "would have",
    tmrw: "tomorrow",
    tmr: "tomorrow",
    wk: "week",
    wks: "weeks",
    hrly: "hourly",
    yrly: "yearly",
    ez: "easy",
    mos: "months",
    avg: "average",
    approx: "approximately",
    // Clipped words of school and work in general English ("bio and chem", "prereqs", "the hosp").
    bio: "biology",
    chem: "chemistry",
    psych: "psychology",
    anat: "anatomy",
    sci: "science",
    hosp: "hospital",
    req: "requirement",
    reqs: "requirements",
    prereq: "prerequisite",
    prereqs: "prerequisites",
    edu: "education",
    grad: "graduate",
    grads: "graduates",
    undergrad: "undergraduate",
    exp: "experience",
    mgr: "manager",
    mgmt: "management",
    dept: "department",
    govt: "government",
    appt: "appointment",
    sched: "schedule",
    certed: "certified",
    // Chat acronyms for small talk: thanks, goodbyes, how-are-you.
    tysm: "thank you so much",
    tyvm: "thank you very much",
    tyty: "thank you",
    thanx: "thanks",
    thnks: "thanks",
    tks: "thanks",
    gtg: "got to go",
    g2g: "got to go",
    ttyl: "talk to you later",
    ttys: "talk to you soon",
    brb: "be right back",
    l8r: "later",
    gn: "good night",
    gm: "good morning",
    hbu: "how about you",
    wbu: "how about you",
    wassup: "sup",
    wazzup: "sup",
    whatsup: "sup",
    nvm: "never mind",
    lmk: "let me know",
    aight: "alright",
    ight: "alright",
    // Contractions typed without the apostrophe, read as with it ("wouldnt" as "wouldn't"), where the bare word is
    // no other English word ("wont" is rare as one; "ill", "were", "shed", "its" are left alone).
    ...Object.fromEntries(
      "wont wouldnt couldnt shouldnt havent hasnt hadnt wasnt werent isnt mustnt neednt"
        .split(" ")
        .map((w) => [w, `${w.slice(0, -1)} t`]),
    ),
    ...Object.fromEntries([
      ["aint", "isn t"],
      ["theyre", "they re"],
      ["theyve", "they ve"],
      ["weve", "we ve"],
      ["youve", "you ve"],
      ["couldve", "could ve"],
      ["wouldve", "would ve"],
      ["shouldve", "should ve"],
      ["youll", "you ll"],
      ["theyll", "they ll"],
      ["itll", "it ll"],
      ["thatll", "that ll"],
      ["youd", "you d"],
      ["theyd", "they d"],
      ["shes", "she"],
      ["hes", "he"],
      ["thats", "that"],
      ["theres", "there"],
      ["heres", "here"],
    ]),
  }).map(([short, long]) => [short, long.split(" ")]),
);

/** Texting shorthand for one word ("u", "abt", "yrs"), spelled out; undefined for any other word. */
export function shorthandWord(w: string): string | undefined {
  const long = SHORTHAND.get(w);
  return long?.length === 1 ? long[0] : undefined;
}

/** A text's clauses as its punctuation marks them: a comma, a stop, a colon, a bracket or a dash set apart by spaces. */
export const punctuatedClauses = (text: string): string[] => text.split(/[,.;:!?()]+|\s[-–—]+\s/u);

/**
 * Runs of letters and digits, in any script: a text's tokens before anything reads them (natural's WordTokenizer
 * drops non-ASCII letters, and its RegexpTokenizer splitting on the gaps did the same as this at twice the cost).
 */
export function wordTokens(text: string): string[] {
  return text.match(WORD) ?? [];
}
const WORD = /[\p{L}\p{N}]+/gu;
/** A consonant and an apostrophe before a word are one word as said ("g'day", "c'mon", "y'all"): "g'day" is not "day". */
const ELIDED = /\b([bcdgjkmnpqvwxyz])['’](?=\p{L}{2})/gu;

/**
 * Words of the text, diacritics folded, texting shorthand spelled out ("u" → you, "gonna" → going to); a lone "s"
 * left by a possessive ("doctor's") is dropped, unless it is one of letters spelled out one by one ("a s c p");
 * currency signs and amounts read as "money". Kept by text: a message is read whole, then by its sentences, clauses
 * and story, by the normaliser and by each test that reads its words (asides, a patient's question, other fields'
 * names).
 */
export function words(text: string): readonly string[] {
  return keptWords(text);
}

function readWords(text: string): string[] {
  const tokens = wordTokens(
    canonicalText(readTextingMarks(text)).replace(MONEY, " money ").replace(ELIDED, "$1"),
  )
    .map(plainToken)
    .filter((w) => w.length > 0);
  const single = (i: number) => tokens[i]?.length === 1;
  // A loop rather than `flatMap`, which built an array for every token.
  const spelled: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (w === "s" && !(single(i - 1) && single(i + 1))) continue;
    const part = SHORTHAND.has(w) ? w : digitsSpelled(w);
    // "diff" (here "dif", its doubled last letter undone) is a difference or different by its neighbours.
    if (part === "dif") spelled.push(diffAs(spelled.at(-1), tokens[i + 1]));
    else {
      const long = SHORTHAND.get(part);
      if (long === undefined) spelled.push(withTheG(functionWordUnvoweled(part)));
      else for (const piece of long) spelled.push(piece);
    }
  }
  // A word that is not English may be a typo of what decides the reading ("make shure"): it is read again once
  // spelling is corrected (`readVerbs` in the normalizer).
  return readVerbs(readHomophones(readAuxiliaries(readSlang(spelled))), (w) => COMMON_ENGLISH.has(w));
}

/**
 * Verbs read by the words around them: "have to", "got to" (not "got to go") are "need", the word the pack asks
 * with; "make sure" is "ensure", before the pack's pay phrase "do they make" can claim its "make"; "make" is "earn"
 * or "produce" by `whichMake`. `isWord`: whether a word after "make" is one ("shure" may be a typo of "sure").
 */
export function readVerbs(ws: string[], isWord: (w: string) => boolean = () => true): string[] {
  for (let i = 0; i < ws.length - 1; i++)
    if (ws[i + 1] === "to" && ws[i + 2] !== "go" && OBLIGED.has(ws[i]!)) ws[i] = "need";
  for (let i = 0; i < ws.length; i++) {
    if (!MAKE.has(ws[i]!)) continue;
    if (ws[i + 1] === "sure") ws.splice(i, 2, "ensure");
    else ws[i] = whichMake(ws, i, isWord) ?? ws[i]!;
  }
  return ws;
}

const MAKE: ReadonlySet<string> = new Set(["make", "makes"]);
/** Words after "make" that keep it about pay: "make a year", "make per hour", "make starting out", "make more". */
const PAY_AFTER: ReadonlySet<string> = new Set(
  "a an per starting at in now though on after right hourly yearly annually more less than compared there here nowadays usually typically out first".split(
    " ",
  ),
);

/**
 * "what do lab techs make" asks about pay though none of the pack's pay phrases ("do they make", "would I make")
 * is in it: "make" after "what do …", at the end or before a word of when or where, reads "earn".
 */
function whichMake(ws: readonly string[], i: number, isWord: (w: string) => boolean): string | undefined {
  const next = ws[i + 1];
  const opening = ws.slice(Math.max(0, i - 5), i);
  const what = opening.lastIndexOf("what");
  const asks = what >= 0 && AUXILIARY.has(opening[what + 1] ?? "");
  if (asks && (next === undefined || PAY_AFTER.has(next))) return "earn";
  // "how do they make cheese": how a thing is made, named right after "make" (not "make sure", "make it", "make money").
  const how = opening.lastIndexOf("how");
  const manner = how >= 0 && AUXILIARY.has(opening[how + 1] ?? "");
  return manner &&
    next !== undefined &&
    isWord(next) &&
    !STOPWORDS.has(next) &&
    !PAY_AFTER.has(next) &&
    !MAKE_WITH.has(next)
    ? "produce"
    : undefined;
}

/** What "make" is said with when it is not making a thing: "make certain", "make money", "make decisions". */
const MAKE_WITH: ReadonlySet<string> = new Set(
  "certain money good decent enough bank decisions decision mistakes mistake use sense progress difference living bucks cash".split(
    " ",
  ),
);

const AUXILIARY: ReadonlySet<string> = new Set([
  "do",
  "does",
  "did",
  "would",
  "will",
  "could",
  "can",
  "should",
  "might",
]);

/** Digits texting writes for the sound they are said with: "in2" into, "2day" today, "4ever" forever, "some1", "l8r". */
const DIGIT_SOUNDS: readonly [string, string][] = [
  ["2", "to"],
  ["4", "for"],
  ["1", "one"],
  ["8", "ate"],
];

/** Whether a token of letters and digits is texting's spelling of a word ("b4", "l8r", "gr8"), not a code ("J1"). */
export function isTextedWord(w: string): boolean {
  return SHORTHAND.has(w) || digitsSpelled(w) !== w;
}

/**
 * A token of letters and digits, read as texting writes it: a word whose digit stands for its sound when that makes a
 * common English word ("in2" → into, "any1" → anyone); any other token as it is ("h1b", "2nd", "a1c", "2yr").
 */
function digitsSpelled(w: string): string {
  if (!/\d/.test(w) || !/[a-z]/.test(w)) return w;
  for (const [digit, sound] of DIGIT_SOUNDS) {
    const word = w.replaceAll(digit, sound);
    if (word !== w && !/\d/.test(word) && word.length >= 4 && COMMON_ENGLISH.has(word)) return word;
  }
  return w;
}

/** "goin", "doin", "workin": a dropped final g, put back when the word is not among the 10,000 most common English words. */
export function withTheG(w: string): string {
  return w.length > 3 && w.endsWith("in") && !USUAL_ENGLISH.has(w) && COMMON_ENGLISH.has(`${w}g`)
    ? `${w}g`
    : w;
}

/**
 * "whr", "ths", "shld", "mch": a function word typed without its vowels, read as the most common function word with the
 * same first letter and consonants, before anything reads the words ("whr do they work" asks where). Only a word of
 * three or more letters that is no usual English word itself: a field's acronyms ("mlt", "cls") are no function word's
 * consonants, and two letters ("hr", "ms") are too often a unit or a title.
 */
function functionWordUnvoweled(w: string): string {
  if (w.length < 3 || !UNVOWELED.test(w) || USUAL_ENGLISH.has(w) || STOPWORDS.has(w)) return w;
  return functionWordsBySkeleton().get(skeleton(w)) ?? w;
}

/**
 * Shorthand for a function word with the "s" of "is" joined on without the apostrophe ("wats", "dats"): the function
 * word, not a word one slip off ("wants"); undefined for any other word. Shorthand of three letters or more: "ems" is
 * no "em's".
 */
export function shorthandIs(w: string): string | undefined {
  if (w.length < 4 || !w.endsWith("s") || USUAL_ENGLISH.has(w)) return undefined;
  const said = shorthandWord(w.slice(0, -1));
  return said !== undefined && FUNCTION_WORDS.has(said) ? said : undefined;
}

/**
 * A one-digit figure with a unit of time typed on in its short form ("2yr", "4yrs", "6wks"): the unit, as a figure of
 * one digit is no term ("a 2yr degree" reads as "a 2 year degree" does); undefined for any other word ("12hr" keeps
 * its figure, a term).
 */
export function unitOfFigure(w: string): string | undefined {
  const unit = FIGURE_AND_UNIT.exec(w)?.[1];
  return unit === undefined ? undefined : (shorthandWord(unit) ?? unit);
}
const FIGURE_AND_UNIT = /^\d(yrs?|hrs?|wks?|mos)$/;

const UNVOWELED = /^[a-z][b-df-hj-np-tv-z]+$/;
let bySkeleton: Map<string, string> | undefined;
function functionWordsBySkeleton(): Map<string, string> {
  if (bySkeleton !== undefined) return bySkeleton;
  bySkeleton = new Map();
  for (const w of FREQUENT_ENGLISH_20K) {
    if (w.length < 3 || !FUNCTION_WORDS.has(w) || UNVOWELED.test(w)) continue;
    const key = skeleton(w);
    if (key.length >= 3 && !bySkeleton.has(key)) bySkeleton.set(key, w);
  }
  return bySkeleton;
}
/** The first letter and the consonants after it, each run once: "where" and "whr" are "whr". */
function skeleton(w: string): string {
  let out = w[0] ?? "";
  for (const ch of w.slice(1)) if (!/[aeiou]/.test(ch) && ch !== out.at(-1)) out += ch;
  return out;
}

/** Verbs that, before "to", say something must be done: "have to", "has to", "had to", "got to". */
const OBLIGED: ReadonlySet<string> = new Set(["have", "has", "had", "got"]);

/** Tokens with diacritics folded and stretching undone, kept: the same words come back in every clause and message. */
const plainTokens = new Map<string, string>();
function plainToken(token: string): string {
  // Most tokens have nothing to fold or undo: answered without looking them up (hashing each fresh token was the
  // dearest part of reading a story's words).
  if (asTyped(token)) return token;
  let plain = plainTokens.get(token);
  if (plain === undefined) {
    plain = unstretch(foldDiacritics(token));
    if (plainTokens.size < 10_000) plainTokens.set(token, plain);
  }
  return plain;
}

/**
 * Whether a token is certainly its own plain form: ASCII (nothing to fold), no character three times running and
 * last two characters different (nothing to undo). Anything else is left to `unstretch`.
 */
function asTyped(token: string): boolean {
  const n = token.length;
  for (let i = 0; i < n; i++) {
    const c = token.charCodeAt(i);
    if (c > 127 || (i >= 2 && c === token.charCodeAt(i - 1) && c === token.charCodeAt(i - 2))) return false;
  }
  return n < 2 || token.charCodeAt(n - 1) !== token.charCodeAt(n - 2);
}

const STRETCHED = /(\p{L})\1{2,}/gu;
const DOUBLED_END = /(\p{L})\1$/u;

/**
 * A letter typed three times or more ("heyyy", "sooo", "cooool") is one letter, or two when that makes a word; a
 * last letter typed twice ("hii", "byee", "thankss") is one when only that makes a word.
 */
export function unstretch(word: string): string {
  if (!STRETCHED.test(word)) {
    if (!DOUBLED_END.test(word) || COMMON_ENGLISH.has(word)) return word;
    const once = word.slice(0, -1);
    return COMMON_ENGLISH.has(once) ? once : word;
  }
  STRETCHED.lastIndex = 0;
  const two = word.replace(STRETCHED, "$1$1");
  return COMMON_ENGLISH.has(two) ? two : word.replace(STRETCHED, "$1");
}

const stems = new Map<string, string>();
/** Porter stem, remembered: the same few thousand words come back in every message. */
export function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    if (stems.size < 50_000) stems.set(word, s);
  }
  return s;
}

const metaphone = new Metaphone();
/** How a word sounds (Metaphone): "phlebotomist" and "fleabottommist" share one key. */
export const soundKey = (word: string): string => metaphone.process(word);

const doubleMetaphone = new DoubleMetaphone();
/** natural's Double Metaphone keys of a word, its main and its other reading ("psycho": SX and SK). */
export const soundKeys = (word: string): [string, string] => doubleMetaphone.process(word);

/** How a word sounds by every key: Double Metaphone's two and Metaphone's (each misses spellings the others catch). */
export function allSoundKeys(word: string): string[] {
  return [...new Set([...soundKeys(word), soundKey(word)])].filter((k) => k.length > 0);
}

export const editDistance = (a: string, b: string): number => distances.DamerauLevenshteinDistance(a, b);

/**
 * Of `candidates`, the one fewest edits from `word` and at most `maxEdits` from it; of equally close ones, the one
 * `weight` puts highest (how often it is used), else the first.
 */
export function closestWord(
  word: string,
  candidates: Iterable<string>,
  maxEdits: number,
  weight: (candidate: string) => number,
  distance: (word: string, candidate: string) => number = editDistance,
): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  let bestWeight = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d > maxEdits) continue;
    const f = weight(c);
    if (d < bestDistance || (d === bestDistance && f > bestWeight)) {
      best = c;
      bestDistance = d;
      bestWeight = f;
    }
  }
  return best;
}

/**
 * Whether the first `length` code units of a text hold one outside ASCII: ASCII text has nothing to fold, no letter
 * outside the Latin script, no compatibility form. Most texts are, and are checked first.
 */
function hasNonAscii(text: string, length: number): boolean {
  const end = Math.min(text.length, length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) > 0x7f) return true;
  return false;
}

/** True when most letters are outside the Latin script (Cyrillic, CJK, Arabic, …). */
export function isMostlyNonLatin(text: string): boolean {
  // Every text the matcher reads is asked this, most of them plain ASCII: a loop over its code units tells them apart
  // without a copy of the text or a Unicode-aware search.
  if (!hasNonAscii(text, MAX_INPUT_CHARS)) return false;
  const sample = text.slice(0, MAX_INPUT_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters > 0 && latin / letters < 0.5;
}

/**
 * True when the words look like another Latin-script language (Spanish, French, …): at least two of its function
 * words, making up 30 % or more of the message. One stray word ("no", "die") is not enough.
 */
export function looksForeign(tokens: readonly string[]): boolean {
  let foreign = 0;
  for (const t of tokens) if (FOREIGN_WORDS.has(t)) foreign++;
  return foreign >= 2 && foreign / tokens.length >= 0.3;
}

/**
 * Phrases people open or pad a message with that say nothing about what they ask: "quick question", "sorry to
 * bother you", "one more thing", "just wondering", "info on" (a request, not the guide's sources). Their words are dropped before matching, so "quick" in
 * "quick question: is the job stressful" never pulls the message to a quick program. General English only.
 */
const DISCOURSE_FILLERS =
  `quick question|quick questions|quick q|a quick one|question for you|questions for you
sorry to bother you|sorry to bother|sorry for bothering you|sorry for bothering|sorry to ask|sorry for asking
sorry for the long message|sorry for my english|sorry if this is a dumb question|sorry if this is a stupid question
one more thing|one more question|one last thing|one last question|one other thing|another question|last question
just wondering|i was just wondering|i was wondering|just curious|random question|dumb question|stupid question
silly question|simple question|small question|honest question|serious question|general question|follow up question
information on|information about|any information on|some information on|details on|details about
or not|or nah|or what
no cap|for real
real talk|gonna be honest|going to be honest|to be honest|not gonna lie|not going to lie
kindly|dear sir or madam|dear sir|dear madam|to whom it may concern|yours faithfully|yours sincerely|yours truly
kind regards|best regards|warm regards|thank you in advance|thanks in advance|many thanks in advance
i would be grateful if you could|i would be grateful|i would appreciate it if you could|would you be so kind as to
if you do not mind|if you don't mind|at your earliest convenience|please advise
be specific|be more specific|please be specific|be detailed|in detail|in more detail|be brief|keep it short
keep it simple|in simple words|in simple terms`
    .split(/\||\n/)
    .map((p) => p.trim().split(/\s+/));

const FILLERS_BY_FIRST = new Map<string, string[][]>();
for (const phrase of [...DISCOURSE_FILLERS].sort((a, b) => b.length - a.length))
  FILLERS_BY_FIRST.set(phrase[0]!, [...(FILLERS_BY_FIRST.get(phrase[0]!) ?? []), phrase]);

/**
 * Words that open a message as an interjection and mean something else elsewhere: "wait what is an mlt", "ok bet
 * how do i start", "real talk is it worth it" (but "how long is the wait").
 */
const OPENING_WORDS: ReadonlySet<string> = new Set(["wait", "bet", "so", "ok", "okay", "yo"]);

/** Words that make "information" the bot's own: "this info", "your information", "where u getting all ur info". */
const WHOSE_INFORMATION: ReadonlySet<string> = new Set(
  "this that these those your ur you u all the such".split(" "),
);

/**
 * True when "information" at i is a request about the word before it: "salary info", "ascp info pls",
 * "phlebotomist information" (but "this info", "your info", "is this good info", "source of info").
 */
function asksAboutTheWordBefore(ws: readonly string[], i: number): boolean {
  const before = ws[i - 1];
  if (ws[i] !== "information" || before === undefined || STOPWORDS.has(before)) return false;
  return !ws.slice(Math.max(0, i - 3), i).some((w) => WHOSE_INFORMATION.has(w));
}

/** The words without the discourse fillers among them (longest filler first), nor the interjections they open with. */
export function withoutFillers(ws: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < ws.length - 1 && OPENING_WORDS.has(ws[i]!)) i++;
  while (i < ws.length) {
    const filler = FILLERS_BY_FIRST.get(ws[i]!)?.find((p) => p.every((w, k) => ws[i + k] === w));
    if (filler) i += filler.length;
    else if (asksAboutTheWordBefore(ws, i)) i++;
    else out.push(ws[i++]!);
  }
  return out;
}
