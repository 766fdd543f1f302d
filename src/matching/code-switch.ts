// English mixed with another language (Taglish, Spanglish, Hinglish): the other language's function words and particles
// say nothing the matcher reads, and its question words ask what the English ones do, so the message is read in English.
import { readFileSync } from "node:fs";
import spanish from "natural/lib/natural/util/stopwords_es.js";
import {
  HINDI_AS_ENGLISH,
  HINDI_CONTENT_WORDS,
  HINDI_FUNCTION_WORDS,
  HINDI_SMALLTALK,
  HINDI_SMALLTALK_WORDS,
} from "./hinglish.ts";
import { TAGALOG_WORDS_FILE } from "./tables/generate.ts";
import { FREQUENT_ENGLISH_20K, foldDiacritics, GENERAL_ENGLISH, STOPWORDS } from "./text.ts";

/** Tagalog's function words from stopwords-iso (`npm run tables`), one a line. */
const TAGALOG_LISTED: readonly string[] = readFileSync(TAGALOG_WORDS_FILE, "utf8").trimEnd().split("\n");

/**
 * Tagalog's particles, enclitics and short pronouns as typed in chat, which stopwords-iso's list (written from
 * formal text) lacks: the courtesy "po", the question marker "ba", "lang", "naman", "daw", "kasi", "yung"...
 */
const TAGALOG_PARTICLES =
  "po opo ba lang naman daw raw kasi yung ung yun nga eh rin pala sana nang nung dun dyan diyan jan mo nyo niyo kayo sya nya talaga tapos ganun ganon diba ano".split(
    " ",
  );

/**
 * Each language's question words and words of need and ability as the English ones: they carry what is asked
 * ("magkano" is how much, "dónde" where), where the language's other function words are dropped.
 */
const AS_ENGLISH: Record<string, Record<string, string>> = {
  tagalog: {
    magkano: "how much",
    saan: "where",
    nasaan: "where",
    paano: "how",
    pano: "how",
    ano: "what",
    anong: "what",
    sino: "who",
    bakit: "why",
    kailan: "when",
    alin: "which",
    ilan: "how many",
    gaano: "how",
    kailangan: "need",
    gusto: "want",
    dapat: "should",
    maaari: "can",
    pwede: "can",
    puwede: "can",
    maging: "become",
    ginagawa: "do",
    gagawin: "do",
    ginawa: "did",
    gumawa: "do",
    paggawa: "doing",
    ay: "is",
  },
  spanish: {
    cuanto: "how much",
    cuanta: "how much",
    cuantos: "how many",
    cuantas: "how many",
    donde: "where",
    cuando: "when",
    quien: "who",
    quienes: "who",
    cual: "which",
    cuales: "which",
    es: "is",
  },
  hindi: { ...HINDI_AS_ENGLISH, ...HINDI_CONTENT_WORDS },
};

/**
 * Question words whose accent tells them from a conjunction ("qué" what, "que" that; "cómo" how, "como" like), read
 * before diacritics are folded.
 */
const ACCENTED: Record<string, string> = { qué: "what", cómo: "how", porqué: "why" };

/** Each language's words read or dropped, folded; English function words ("a", "me", "may", "at") are never its. */
const LANGUAGES: Record<string, ReadonlySet<string>> = {
  tagalog: ownWords([...TAGALOG_LISTED, ...TAGALOG_PARTICLES, ...Object.keys(AS_ENGLISH.tagalog!)]),
  spanish: ownWords([...spanish.words, ...Object.keys(AS_ENGLISH.spanish!)]),
  hindi: ownWords([...HINDI_FUNCTION_WORDS, ...Object.keys(AS_ENGLISH.hindi!), ...HINDI_SMALLTALK_WORDS]),
};

/** Each language's small-talk phrases, read as English before its words are ("kaise ho" how are you). */
const PHRASES: Record<string, ReadonlyArray<readonly [RegExp, string]>> = { hindi: HINDI_SMALLTALK };

/**
 * Each language's words that say what is asked as an English word of the entries would: Hindi's words of work and
 * study ("kaha padhu?" asks where to study with no English word in it). Tagalog's and Spanish's tables read only
 * question words and verbs of need.
 */
const CONTENT: Record<string, Record<string, string>> = { hindi: HINDI_CONTENT_WORDS };

function withPhrasesRead(text: string, phrases: ReadonlyArray<readonly [RegExp, string]>): string {
  return phrases.reduce((read, [phrase, english]) => read.replace(phrase, english), text);
}

/**
 * Whether a word ends its clause: Hindi's "kya" there asks yes or no ("bot ho kya", "hire karega kya?"), where
 * before a verb it asks what ("kya karta hai").
 */
function closesClause(text: string, end: number): boolean {
  return /^\s*(?:[?!.,;]|$)/u.test(text.slice(end));
}

function ownWords(ws: readonly string[]): ReadonlySet<string> {
  return new Set(ws.map(foldDiacritics).filter((w) => !STOPWORDS.has(w)));
}

const WORD = /\p{L}+/gu;

/**
 * The 500 most common English words, which keep their English reading in a mixed message ("her son"), where a word
 * further down ("el", "en" of names and places) is the other language's.
 */
const CORE_ENGLISH: ReadonlySet<string> = new Set(FREQUENT_ENGLISH_20K.slice(0, 500));

/**
 * The language most of a text's other-language words are in, with at least two different ones that are no common
 * English word: one word said again ("mi" of Jamaican English) is no second language.
 */
function mixedIn(tokens: readonly string[]): string | undefined {
  let best: string | undefined;
  let most = 1;
  for (const [language, own] of Object.entries(LANGUAGES)) {
    const seen = new Set(tokens.filter((t) => own.has(t) && !GENERAL_ENGLISH.has(t)));
    if (seen.size > most) {
      best = language;
      most = seen.size;
    }
  }
  return best;
}

/**
 * Whether a word is English that says what is asked: a word the entries use ("salary", "phlebotomy", "ascp") or an
 * acronym ("MLT"); an everyday English word in a sentence of another language ("ok", "bye") says nothing asked.
 */
function isEnglishContent(
  typed: string,
  own: ReadonlySet<string>,
  packUses: (w: string) => boolean,
): boolean {
  const w = foldDiacritics(typed.toLowerCase());
  if (own.has(w) || w.length < 3 || STOPWORDS.has(w)) return false;
  return /^[A-Z]{2,}s?$/.test(typed) || packUses(w);
}

/**
 * The text with another language's function words dropped and its question words written in English, when it is
 * English mixed with that language ("is it hard po ba the ASCP exam" → "is it hard the ASCP exam"): at least two of
 * the language's words that are no common English word, and an English word with content left (`packUses`: whether
 * the pack uses a word), one of the language's words of content or a small-talk phrase of it ("kaise ho yaar" → "how
 * are you"). A message wholly in the other language with nothing of these, or in English, is returned as it is.
 */
export function readInEnglish(text: string, packUses: (w: string) => boolean): string {
  const typed = text.match(WORD);
  if (typed === null || typed.length < 2) return text;
  const tokens = typed.map((w) => foldDiacritics(w.toLowerCase()));
  const language = mixedIn(tokens);
  if (language === undefined) return text;
  const own = LANGUAGES[language]!;
  const asEnglish = AS_ENGLISH[language]!;
  const phrased = withPhrasesRead(text, PHRASES[language] ?? []);
  const saysWhatIsAsked =
    phrased !== text ||
    typed.some((w) => isEnglishContent(w, own, packUses)) ||
    tokens.some((t) => CONTENT[language]?.[t] !== undefined);
  if (!saysWhatIsAsked) return text;
  return phrased
    .replace(WORD, (w, offset: number, whole: string) => {
      const lower = w.toLowerCase();
      if (language === "spanish" && ACCENTED[lower] !== undefined) return ACCENTED[lower];
      const folded = foldDiacritics(lower);
      if (language === "hindi" && asEnglish[folded] === "what" && closesClause(whole, offset + w.length))
        return "";
      return asEnglish[folded] ?? (own.has(folded) && !CORE_ENGLISH.has(folded) ? "" : w);
    })
    .replace(/[ \t]{2,}/g, " ")
    .replace(/ ([?!.,;])/g, "$1")
    .trim();
}
