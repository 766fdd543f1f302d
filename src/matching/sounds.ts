// Spelling by sound and by consonants: words written as they are said ("sertifikat", "tecnishun") and words typed
// without their vowels ("envrnmnt", "hw mch"), read as the vocabulary word they stand for.
import { oneKeySlip } from "./keyboard.ts";
import { allSoundKeys, COMMON_ENGLISH, closestWord, editDistance } from "./text.ts";

/**
 * How many edits a word spelled by ear may be from the word it sounds like: two, and two in five letters beyond
 * five ("sertifikat" is three from "certificate", "educashun" three from "education"). A same-sounding word further
 * off shares only its consonants' sound, not its spelling ("bottle" and "beetle").
 */
export function soundEditsAllowed(length: number): number {
  return Math.max(2, Math.round((length * 2) / 5));
}

export interface SoundSpeller {
  /** The vocabulary word `word` sounds like and is spelled close to, or undefined. */
  soundsLike(word: string): string | undefined;
  /** Whether two words share a sound key. */
  alike(a: string, b: string): boolean;
}

/**
 * `frequency`: the vocabulary and how often the pack uses each word; of equally close words that sound alike, the
 * one used more often wins. Words the pack never uses (frequency 0) are not indexed: a word's sound is a guess, kept
 * only when it lands on what the pack says.
 */
export function createSoundSpeller(frequency: ReadonlyMap<string, number>, minLength: number): SoundSpeller {
  // Made when a word is first read by ear: few messages need it, and keying the whole vocabulary costs about a
  // seventh of the index build.
  let kept: Map<string, string[]> | undefined;
  const byKey = () =>
    (kept ??= bySoundKey(
      [...frequency].filter(([w, n]) => n > 0 && w.length >= minLength && /^[a-z]+$/.test(w)).map(([w]) => w),
    ));
  const keys = new Map<string, string[]>();
  const keysOfKept = (word: string) => {
    let found = keys.get(word);
    if (found === undefined) {
      found = soundKeysOf(word);
      if (keys.size < 10_000) keys.set(word, found);
    }
    return found;
  };
  return {
    alike: (a, b) => {
      const kb = keysOfKept(b);
      return keysOfKept(a).some((k) => kb.includes(k));
    },
    soundsLike(word) {
      if (word.length < minLength || !/^[a-z]+$/.test(word)) return undefined;
      const found = closestAlike(word);
      if (found !== undefined || !/[^s]s$/.test(word)) return found;
      // "farmasists": a plural sounds like the plural of a word the pack may write only in the singular.
      const one = closestAlike(word.slice(0, -1));
      return one === undefined ? undefined : `${one}s`;
    },
  };

  function closestAlike(word: string): string | undefined {
    const table = byKey();
    const alike = new Set(keysOfKept(word).flatMap((key) => table.get(key) ?? []));
    // "sitotek", "karir", "digri": as far from cytotech, career, degree by letters as "bottle" from "beetle", but the
    // same letters once each is written as it sounds.
    const spoken = spokenSpelling(word);
    const allowed = soundEditsAllowed(word.length);
    const distance = (a: string, b: string) => {
      const byLetters = editDistance(a, b);
      if (byLetters <= allowed) return byLetters;
      const said = spokenSpelling(b);
      return editDistance(spoken, said) <= SPOKEN_EDITS || vowelsAnyWay(spoken, said) ? allowed : byLetters;
    };
    return closestWord(word, alike, allowed, (c) => frequency.get(c) ?? 0, distance);
  }
}

/** Words by each of their sound keys (`soundKeysOf`): the words one spelled by ear may mean. */
function bySoundKey(words: readonly string[]): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const word of words)
    for (const key of soundKeysOf(word)) {
      const list = table.get(key);
      if (list === undefined) table.set(key, [word]);
      else list.push(word);
    }
  return table;
}

/** How far a word spelled by ear may be from another's spoken spelling, when it is too far by letters: one edit. */
const SPOKEN_EDITS = 1;

/**
 * Whether two spoken spellings differ only in which vowels they write ("sirtifikit", "sertifikat"): someone spelling
 * by ear hears the consonants and guesses the vowels of the syllables said softly.
 */
function vowelsAnyWay(a: string, b: string): boolean {
  return a.length === b.length && anyVowel(a) === anyVowel(b);
}

const anyVowel = (spoken: string) => spoken.replace(/[aeiou]/g, "a");

/**
 * A word's sound keys, its spoken spelling and that spelling with any vowel for any other: "teknisian" and
 * "technician" share only the spoken spelling, "asosiet" and "associate" only the last.
 */
const soundKeysOf = (word: string) => {
  const spoken = spokenSpelling(word);
  return [...allSoundKeys(word), `=${spoken}`, `~${anyVowel(spoken)}`];
};

/** How English spells a sound several ways, each read as one spelling ("ph" as "f", "ci" as "si", "-cian" as "-shn"). */
const SPOKEN: readonly [RegExp, string][] = [
  [/^(?:kn|gn|pn)/, "n"],
  [/^wr/, "r"],
  [/^ps/, "s"],
  [/^wh/, "w"],
  [/ph/g, "f"],
  [/(?:ss|sh|ch|[tsc])[ie]?[aou]n(?=s?$)/, "shn"],
  [/oul(?=d)/, "u"],
  [/ck|ch/g, "k"],
  [/qu?/g, "kw"],
  [/x/g, "ks"],
  [/c(?=[eiy])/g, "s"],
  [/c/g, "k"],
  [/d?g(?=[eiy])/g, "j"],
  [/z/g, "s"],
  [/(?<=.)y/g, "i"],
  [/ee/g, "i"],
  [/(?<=..[^aeiou])e$/, ""],
  [/(.)\1+/g, "$1"],
];

/**
 * A word spelled as it sounds by the rules of English spelling, the same for a word spelled right and one spelled by
 * ear ("technician" and "teknisian" are both "teknishn", "career" and "karir" both "karir").
 */
export function spokenSpelling(word: string): string {
  let out = word;
  for (const [spelled, said] of SPOKEN) out = out.replace(spelled, said);
  return out;
}

const VOWEL = /[aeiou]/;

/** A word's first letter and the consonants after it, each run once: "environment" and "envrnmnt" are "envrnmnt". */
export function consonantSkeleton(word: string): string {
  let out = word[0] ?? "";
  for (let i = 1; i < word.length; i++) {
    const ch = word[i]!;
    if (!VOWEL.test(ch) && ch !== out.at(-1)) out += ch;
  }
  return out;
}

/** Whether a word is typed without its vowels: letters only, three or more, none a vowel after the first. */
export function vowelless(word: string): boolean {
  return word.length >= 3 && /^[a-z][b-df-hj-np-tv-z]+$/.test(word) && consonantSkeleton(word).length >= 3;
}

/**
 * Words typed without their vowels ("hw mch", "frm", "envrnmnt"), read as the word with the same first letter and
 * consonants: the pack's word used most often, else the most common English one. `common`: English words, most
 * common first.
 */
export function createSkeletonReader(
  frequency: ReadonlyMap<string, number>,
  common: Iterable<string>,
): (word: string) => string | undefined {
  let kept: Map<string, string> | undefined;
  // Made when the first word without vowels comes: most messages have none.
  const bySkeleton = () => {
    if (kept !== undefined) return kept;
    kept = new Map();
    const packUses = new Map<string, number>();
    for (const [word, n] of frequency) {
      if (n === 0 || word.length < 3 || !/^[a-z]+$/.test(word) || vowelless(word)) continue;
      const key = consonantSkeleton(word);
      if (n > (packUses.get(key) ?? 0)) {
        kept.set(key, word);
        packUses.set(key, n);
      }
    }
    for (const word of common) {
      if (word.length < 3 || vowelless(word)) continue;
      const key = consonantSkeleton(word);
      if (!kept.has(key)) kept.set(key, word);
    }
    return kept;
  };
  let acronyms: Map<string, string> | undefined;
  // The pack's acronyms ("mlt", "ascp": no vowels, not ordinary English) by each of their swaps of two letters side by
  // side: "mtl" is MLT typed out of order, not "metal".
  const bySwap = () => {
    if (acronyms !== undefined) return acronyms;
    acronyms = new Map();
    const usual = new Set(common);
    const uses = new Map<string, number>();
    for (const [word, n] of frequency) {
      if (n === 0 || !/^[a-z]+$/.test(word) || !vowelless(word) || usual.has(word)) continue;
      for (const swap of adjacentSwaps(word))
        if (!frequency.has(swap) && n > (uses.get(swap) ?? 0)) {
          acronyms.set(swap, word);
          uses.set(swap, n);
        }
    }
    return acronyms;
  };
  return (word) =>
    vowelless(word) ? (bySwap().get(word) ?? bySkeleton().get(consonantSkeleton(word))) : undefined;
}

/** A word with two letters side by side swapped, each way but the word itself: "mlt" → lmt, mtl. */
function adjacentSwaps(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++)
    if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** Endings English builds words with: "smell" → smelly, smells, smelled, smeller. */
const SUFFIXES = [
  "y",
  "ly",
  "s",
  "es",
  "ed",
  "ing",
  "er",
  "ers",
  "est",
  "ness",
  "ful",
  "less",
  "able",
  "ish",
  "ment",
];

/**
 * Whether a word is a common English word with an ending English builds words with ("smelly", "chilly", "grimy"):
 * a word in its own right, though beyond the common words, not a misspelling to read by ear.
 */
export function derivedFromCommon(word: string): boolean {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const base = word.slice(0, -suffix.length);
    const forms = [base, `${base}e`];
    if (base.at(-1) === base.at(-2)) forms.push(base.slice(0, -1));
    if (base.endsWith("i")) forms.push(`${base.slice(0, -1)}y`);
    if (forms.some((f) => COMMON_ENGLISH.has(f))) return true;
  }
  return false;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Every word one edit from `word`: a letter left out, swapped with the next, typed wrong or typed in extra. */
function oneEditAway(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i)];
    if (tail.length > 0) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const ch of LETTERS) {
      if (tail.length > 0 && ch !== tail[0]) out.add(head + ch + tail.slice(1));
      out.add(head + ch + tail);
    }
  }
  return out;
}

/** Everyday words are read back from slips of 5+ letters: a shorter one is too near too many words. */
const EVERYDAY_SLIP_MIN_LENGTH = 5;

/**
 * A slip of the keys in an everyday word the pack never uses ("daugther", "compulsary", "suceed"), read back as the
 * most common English word one edit away (as Norvig's corrector does: every edit is looked up, so no index is
 * kept), so the lexicon's links and the tests of everyday words read it as they read the word. `rank`: English
 * words, the most common first.
 */
export function createEverydaySpeller(rank: readonly string[]): (word: string) => string | undefined {
  let position: Map<string, number> | undefined;
  let sorted: string[] | undefined;
  const memo = new Map<string, string | undefined>();
  /** Whether an English word begins with `word`: "pharm", "vet", "psych" are clipped words, not slips. */
  const clipping = (word: string) => {
    sorted ??= [...rank].sort();
    let [lo, hi] = [0, sorted.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return sorted[lo]?.startsWith(word) === true;
  };
  return (word) => {
    if (word.length < EVERYDAY_SLIP_MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
    if (memo.has(word)) return memo.get(word);
    position ??= new Map(rank.map((w, i) => [w, i]));
    let best: string | undefined;
    let bestAt = Number.POSITIVE_INFINITY;
    if (!derivedFromCommon(word) && !clipping(word))
      for (const c of oneEditAway(word)) {
        const found = position.get(c);
        // A word a slip of the keys away ("ppace": place, pace) comes before one that is not (peace).
        const at = found === undefined ? undefined : found + (oneKeySlip(word, c) ? 0 : rank.length);
        // A slip seldom hits the first letter: "pharm" is not "harm".
        if (at !== undefined && at < bestAt && c[0] === word[0]) [best, bestAt] = [c, at];
      }
    if (memo.size < 10_000) memo.set(word, best);
    return best;
  };
}

/** Function words typed by ear are 3 to 5 letters ("wud", "enuf", "thier"); a longer word is read as a word of its own. */
const FUNCTION_EAR_MIN_LENGTH = 3;
const FUNCTION_EAR_MAX_LENGTH = 5;

/**
 * A function word spelled by ear with letters left out, as chat writes it ("wud", "cud", "wen", "hav"), read as the
 * function word it sounds like: a sound key in common (Double Metaphone, Metaphone or the spoken spelling), at most two
 * edits off; of several, the closest, then the one listed first. `functionWords`: the most common first. A word with a
 * letter the function word lacks ("teas", "hesi": an exam's name typed small) is no spelling of it.
 */
export function createFunctionWordEar(
  functionWords: readonly string[],
): (word: string) => string | undefined {
  let byKey: Map<string, string[]> | undefined;
  let order: Map<string, number> | undefined;
  const memo = new Map<string, string | undefined>();
  return (word) => {
    if (
      word.length < FUNCTION_EAR_MIN_LENGTH ||
      word.length > FUNCTION_EAR_MAX_LENGTH ||
      !SAID_AS_A_WORD.test(word)
    )
      return undefined;
    if (memo.has(word)) return memo.get(word);
    if (byKey === undefined) {
      byKey = bySoundKey(functionWords.filter((w) => w.length >= 2 && /^[a-z]+$/.test(w)));
      order = new Map(functionWords.map((w, i) => [w, i]));
    }
    const alike = new Set(soundKeysOf(word).flatMap((k) => byKey!.get(k) ?? []));
    const near = [...alike].filter((c) => c.length > word.length && lettersLeftOut(word, c));
    const meant = closestWord(word, near, FUNCTION_EAR_EDITS, (c) => -(order!.get(c) ?? 0));
    if (memo.size < 10_000) memo.set(word, meant);
    return meant;
  };
}

const FUNCTION_EAR_EDITS = 2;

/** Whether `typed` is `word` with letters left out, the rest in order and the first kept ("wud" of would, "hav" of have). */
function lettersLeftOut(typed: string, word: string): boolean {
  if (typed[0] !== word[0]) return false;
  let at = 1;
  for (let i = 1; i < typed.length; i++) {
    at = word.indexOf(typed[i]!, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * A word that opens as English words are said: a vowel, or a consonant or a cluster English begins words with before
 * one. "cna", "hha", "cma" open otherwise: letters of an acronym, not a word spelled by ear.
 */
const SAID_AS_A_WORD =
  /^(?:[aeiouy]|(?:[bcdfghjklmnpqrstvwxz]|bl|br|ch|cl|cr|dr|dw|fl|fr|gl|gr|kn|kw|pl|pr|sc|sh|sk|sl|sm|sn|sp|st|sw|th|tr|tw|wh|wr|ph|shr|str|spr|thr)[aeiouy])[a-z]*$/;
