// Corrects misspelled words to the knowledge pack's vocabulary with a symmetric-delete index (as SymSpell does),
// so the cost per word does not grow with the vocabulary; natural's Damerau-Levenshtein distance confirms each pick.
import { besideOnKeyboard, noKeyStruckAmiss, oneKeySlip } from "./keyboard.ts";
import { createSoundSpeller } from "./sounds.ts";
import { closestWord, editDistance } from "./text.ts";

export interface SpellingOptions {
  /** Words shorter than this are never corrected: "lab" vs "lad" is a guess, not a fix. */
  minLength: number;
  /** Words up to this length may be one edit away; longer ones two. */
  oneEditMaxLength: number;
  /** Words at least this long are also indexed by two deletes, so "flebotomist" finds "phlebotomist". */
  twoDeletesMinLength: number;
  /**
   * Words at least this long may be read by their sound ("sertifikat", "tecnishun"): further from the word they
   * sound like than a typo, and a closer word that sounds otherwise ("decision" for "tecnision") gives way.
   */
  soundMinLength: number;
}

export interface Speller {
  /**
   * The vocabulary word `word` most likely meant by its letters (a slip of the keyboard), `word` itself when known,
   * or undefined when nothing is close.
   */
  correct(word: string): string | undefined;
  /**
   * The vocabulary word `word` is spelled as it sounds ("sertifikat", "tecnishun"), when `closest` (what its letters
   * are closest to) does not sound like it; else `closest`.
   */
  byEar(word: string, closest: string | undefined): string | undefined;
  has(word: string): boolean;
  /**
   * The pack's long word (10+ letters) a long word is at most three edits from ("hisotecnnican"), when nothing
   * nearer reads it.
   */
  farFromLong(word: string): string | undefined;
  /** The plural of a long pack word the pack writes in the singular, read by the singular's letters. */
  inSingular(word: string): string | undefined;
  /** The pack word often used that a word of 5 or 6 letters is two slips of the keys from ("degrd"). */
  twoSlips(word: string): string | undefined;
}

function deletes(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

function deleteKeys(word: string, twoDeletesMinLength: number): Set<string> {
  const once = deletes(word);
  const keys = new Set([word, ...once]);
  if (word.length >= twoDeletesMinLength) for (const d of once) for (const dd of deletes(d)) keys.add(dd);
  return keys;
}

/**
 * How many letters one word has that the other lacks, counted each way, the larger: no fewer edits part them, and it
 * is counted in one pass, so most words too far off are passed over without working out their edits.
 */
function lettersApart(a: string, b: string): number {
  const counts = new Int8Array(26);
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) - 97]!++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) - 97]!--;
  let more = 0;
  let fewer = 0;
  for (const n of counts)
    if (n > 0) more += n;
    else fewer -= n;
  return Math.max(more, fewer);
}

const VOWELS = /[aeiou]/;

/**
 * Whether `typed` is `meant` with one vowel written for another ("wark", "tich"): as likely a slip as a key struck
 * beside the one meant, from someone who spells as a word sounds.
 */
function vowelForVowel(typed: string, meant: string): boolean {
  if (typed.length !== meant.length) return false;
  let at = -1;
  for (let i = 0; i < typed.length; i++)
    if (typed[i] !== meant[i]) {
      if (at >= 0) return false;
      at = i;
    }
  return at >= 0 && VOWELS.test(typed[at]!) && VOWELS.test(meant[at]!);
}

/** Words this long may be three edits from the pack word meant: few pack words are as long, so three seldom reach two. */
const LONG_WORD = 10;
const LONG_WORD_EDITS = 3;

/** Words of 5 or 6 letters may be two slips of the keys from a pack word used at least this often. */
const TWO_SLIPS_MIN_LENGTH = 5;
const TWO_SLIPS_MIN_USES = 3;

/**
 * `word` with one slip of the keys undone, every way but its first letter: a letter taken out (typed twice or in
 * extra), two swapped back, one struck for the key beside it put right.
 */
function slipsUndone(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    const [head, tail] = [word.slice(0, i), word.slice(i + 1)];
    out.push(head + tail);
    if (i + 1 < word.length) out.push(head + word[i + 1] + word[i] + word.slice(i + 2));
    for (const key of KEYS) if (besideOnKeyboard(key, word[i]!)) out.push(head + key + tail);
  }
  return out;
}

const KEYS = "abcdefghijklmnopqrstuvwxyz";

/** Above any count of the pack's: of equally close words, one a slip of the keys away is chosen first. */
const KEY_SLIP_BONUS = 1e6;

/** Below any count of the pack's: a function word is chosen only when nothing closer or as close says something. */
const FUNCTION_WORD_PENALTY = 1e9;

/** Every vocabulary word by the keys its deletes make (`deleteKeys`). */
function deleteIndex(
  frequency: ReadonlyMap<string, number>,
  options: SpellingOptions,
): Map<string, string | string[]> {
  // Most keys lead to one word: it is kept as it is, an array only for two or more (a third of the index's memory).
  const byDelete = new Map<string, string | string[]>();
  const addKey = (key: string, word: string) => {
    const found = byDelete.get(key);
    if (found === undefined) byDelete.set(key, word);
    else if (typeof found === "string") {
      if (found !== word) byDelete.set(key, [found, word]);
    } else if (found.at(-1) !== word) found.push(word);
  };
  for (const word of frequency.keys()) {
    if (word.length < options.minLength - 1) continue;
    for (const key of deleteKeys(word, options.twoDeletesMinLength)) addKey(key, word);
  }
  return byDelete;
}

/**
 * `frequency` ranks equally close candidates: the word used more often in the pack wins, and any word that says
 * something wins over a function word (`isFunctionWord`): the pack writes "with" far more often than "worth", but
 * "wrth" is no likelier one than the other, and only one of them can be what the message is about.
 */
export function createSpeller(
  frequency: ReadonlyMap<string, number>,
  options: SpellingOptions,
  isFunctionWord: (word: string) => boolean = () => false,
  /** Words that are English as written, though the vocabulary lacks them ("smelly"): never read by ear. */
  isEnglish: (word: string) => boolean = () => false,
): Speller {
  // Made when a word first needs correcting, which is after the bot's first poll (the warm-up reads a misspelling):
  // building it was a twentieth of a start.
  let index: ReadonlyMap<string, string | string[]> | undefined;
  const byDelete = () => {
    index ??= deleteIndex(frequency, options);
    return index;
  };
  const sounds = createSoundSpeller(frequency, options.soundMinLength);
  const cache = new Map<string, string | undefined>();

  const heard = new Map<string, string | undefined>();
  function byEar(word: string, closest: string | undefined): string | undefined {
    if (word.length < options.soundMinLength || frequency.has(word)) return closest;
    // "trainng", "samles": a letter dropped or doubled may change how a word sounds, not what it was meant to be.
    if (closest !== undefined && (noKeyStruckAmiss(word, closest) || sounds.alike(word, closest)))
      return closest;
    let meant = heard.get(word);
    if (meant === undefined && !heard.has(word)) {
      meant = isEnglish(word) ? undefined : sounds.soundsLike(word);
      if (heard.size < 10_000) heard.set(word, meant);
    }
    // "inaging": a key struck beside the one meant (imaging) before a word that sounds like it but is further off
    // (ongoing); "skells" is skills, as near by letters as smells.
    if (
      closest !== undefined &&
      meant !== undefined &&
      oneKeySlip(word, closest) &&
      editDistance(word, meant) > 1
    )
      return closest;
    return meant ?? closest;
  }

  let long: string[] | undefined;
  const far = new Map<string, string | undefined>();
  /**
   * "hisotecnnican", "plhebotmits": a long word typed on a phone may slip three times and still be no other word; the
   * pack's long words are few, so they are compared one by one (made when a message first needs them).
   */
  function farFromLong(word: string): string | undefined {
    if (word.length < LONG_WORD || !/^[a-z]+$/.test(word)) return undefined;
    long ??= [...frequency]
      .filter(([w, n]) => n > 0 && w.length >= LONG_WORD && /^[a-z]+$/.test(w))
      .map(([w]) => w);
    if (far.has(word)) return far.get(word);
    const near = long.filter(
      (c) =>
        Math.abs(c.length - word.length) <= LONG_WORD_EDITS &&
        (c[0] === word[0] || besideOnKeyboard(c[0]!, word[0]!)) &&
        lettersApart(word, c) <= LONG_WORD_EDITS,
    );
    const found = closestWord(word, near, LONG_WORD_EDITS, (c) => frequency.get(c) ?? 0);
    if (far.size < 10_000) far.set(word, found);
    return found;
  }

  /** "histotechnidans": the plural of a word the pack writes in the singular, read by the singular's letters. */
  function inSingular(word: string): string | undefined {
    if (!/[^s]s$/.test(word) || word.length <= LONG_WORD) return undefined;
    const one = lookup(word.slice(0, -1));
    if (one === undefined) return undefined;
    return frequency.has(`${one}s`) ? `${one}s` : one;
  }

  const slipped = new Map<string, string | undefined>();
  /**
   * "degrd", "outlpk": a short word slipped twice on a phone's keys, read as the pack word it is two slips from (one
   * undone, then one away), when the pack uses that word often and it keeps the first letter; of several, the one the
   * pack uses most. Two edits of any kind reach too many words this short.
   */
  function twoSlips(word: string): string | undefined {
    if (
      word.length < TWO_SLIPS_MIN_LENGTH ||
      word.length > options.oneEditMaxLength ||
      !/^[a-z]+$/.test(word)
    )
      return undefined;
    if (slipped.has(word)) return slipped.get(word);
    let best: string | undefined;
    let uses = TWO_SLIPS_MIN_USES - 1;
    for (const undone of slipsUndone(word))
      for (const key of deleteKeys(undone, options.twoDeletesMinLength)) {
        const found = byDelete().get(key);
        for (const c of typeof found === "string" ? [found] : (found ?? [])) {
          const n = frequency.get(c) ?? 0;
          if (
            n > uses &&
            c[0] === word[0] &&
            !isFunctionWord(c) &&
            (c === undone || noKeyStruckAmiss(undone, c))
          )
            [best, uses] = [c, n];
        }
      }
    if (slipped.size < 10_000) slipped.set(word, best);
    return best;
  }

  function lookup(word: string): string | undefined {
    if (frequency.has(word)) return word;
    if (word.length < options.minLength || /\d/.test(word)) return undefined;
    const maxEdits = word.length <= options.oneEditMaxLength ? 1 : 2;
    const candidates = new Set<string>();
    for (const key of deleteKeys(word, options.twoDeletesMinLength)) {
      const found = byDelete().get(key);
      if (typeof found === "string") candidates.add(found);
      else if (found) for (const c of found) candidates.add(c);
    }
    // "kisa" is not "visa": a short word's first letter is typed as meant, unless the key beside it was struck.
    const kept = [...candidates].filter(
      (c) => word.length > options.oneEditMaxLength || c[0] === word[0] || besideOnKeyboard(c[0]!, word[0]!),
    );
    // Of equally close words, one a slip of the keys away ("ppace": place, pace) before one that is not (peace).
    const found = closestWord(
      word,
      kept,
      maxEdits,
      (c) =>
        (frequency.get(c) ?? 0) -
        (isFunctionWord(c) ? FUNCTION_WORD_PENALTY : 0) +
        (oneKeySlip(word, c) || vowelForVowel(word, c) ? KEY_SLIP_BONUS : 0),
    );
    return found;
  }

  return {
    byEar,
    farFromLong,
    twoSlips,
    inSingular,
    has: (word) => frequency.has(word),
    correct(word) {
      if (cache.has(word)) return cache.get(word);
      const result = lookup(word);
      if (cache.size < 10_000) cache.set(word, result);
      return result;
    },
  };
}
