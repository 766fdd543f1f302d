// Words typed apart or together ("out look", "lab oratory", "howmuch") and a real word standing where the pack writes
// another that sounds like it ("lab text" for lab techs), read by the pairs of words the pack's own text writes.
import { soundEditsAllowed } from "./sounds.ts";
import { editDistance, soundKeys } from "./text.ts";

/** The pairs of adjacent words in the pack's texts. */
export interface WordPairs {
  /** Each word with the words that follow it. */
  after: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each word that says something with the words of that kind before it (a word is read only beside those). */
  before: ReadonlyMap<string, ReadonlySet<string>>;
}

/** `isContent`: whether a word is one the pack says something with. */
export function wordPairs(texts: Iterable<readonly string[]>, isContent: (w: string) => boolean): WordPairs {
  const after = new Map<string, Set<string>>();
  const before = new Map<string, Set<string>>();
  const add = (table: Map<string, Set<string>>, a: string, b: string) => {
    const set = table.get(a);
    if (set === undefined) table.set(a, new Set([b]));
    else set.add(b);
  };
  for (const ws of texts) {
    // Each word's kind is asked once, not once beside each neighbour.
    let previousSays = ws.length > 0 && isContent(ws[0]!);
    for (let i = 1; i < ws.length; i++) {
      add(after, ws[i - 1]!, ws[i]!);
      const says = isContent(ws[i]!);
      if (says && previousSays) add(before, ws[i]!, ws[i - 1]!);
      previousSays = says;
    }
  }
  return { after, before };
}

/** A vowel after a word's first letter: a word of three letters without one is read by its consonants ("nxt"). */
const VOWEL_AFTER_FIRST = /^.[^aeiou]*[aeiou]/;

const paired = (pairs: WordPairs, a: string, b: string) => pairs.after.get(a)?.has(b) === true;

/** What the pack's words are, for reading a message's words against them. */
export interface PairReader {
  pairs: WordPairs;
  /** A word the pack says something with (no function word). */
  isPackContent(w: string): boolean;
  /** Every word the pack says something with. */
  contentWords: readonly string[];
  /** A word the pack's text writes. */
  isPackWord(w: string): boolean;
  /** A word the pack or everyday English uses as it is typed. */
  isKnown(w: string): boolean;
  /** An everyday word that means something on its own, beyond the pack ("load", "part"). */
  isUsual(w: string): boolean;
  isStopword(w: string): boolean;
  /** The pack word a word nobody writes is a slip of the keys from, if any ("hisotechnician"). */
  slipOf?(w: string): string | undefined;
}

/** The shortest pack word two typed words are joined into, and the shortest word split into two. */
const JOINED_MIN_LENGTH = 6;
const SPLIT_MIN_LENGTH = 5;
const PART_MIN_LENGTH = 2;
/** The shortest word read across a space typed inside it, when one part is no word at all. */
const SLIPPED_JOIN_MIN_LENGTH = 7;
/** Longer pack words are not looked for as two typed words: few are, and the table of them stays small. */
const JOINED_MAX_LENGTH = 24;

/**
 * Articles, possessives and pronouns stand on their own before a word ("a part", "my self"); a particle or another
 * function word may be the first part of a word typed apart ("out look", "on going").
 */
const STANDING_ALONE: ReadonlySet<string> = new Set(
  "a an the my your ur our his her its their this that these those i you u he she it we they me us them".split(
    " ",
  ),
);

/** What a word is, worked out once (bits of `Fact`): every word of every reading is asked. */
const Fact = {
  Plain: 1,
  PackContent: 2,
  PackWord: 4,
  Known: 8,
  Usual: 16,
  Stopword: 32,
  StandsAlone: 64,
} as const;

/**
 * A key of a word's length, first two letters and last, for a table that rules out most pairs of words without
 * joining them (letters a to z only).
 */
const shapeOf = (length: number, first: number, second: number, last: number) =>
  ((length * 26 + (first - 97)) * 26 + (second - 97)) * 26 + (last - 97);
const shapeOfWord = (w: string) =>
  shapeOf(w.length, w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(w.length - 1));

/**
 * Reads a message's words with pack words typed apart joined, pack pairs typed together split, and a word heard for
 * the pack word its neighbour is written with read as that word. The returned function reads `ws` into a new list.
 */
export function createPairReading(reader: PairReader): (ws: readonly string[]) => string[] {
  const facts = new Map<string, number>();
  const factsOf = (w: string): number => {
    let f = facts.get(w);
    if (f === undefined) {
      f = /^[a-z]+$/.test(w) ? Fact.Plain : 0;
      if (reader.isPackContent(w)) f |= Fact.PackContent;
      if (reader.isPackWord(w)) f |= Fact.PackWord;
      if (reader.isKnown(w)) f |= Fact.Known;
      if (reader.isUsual(w)) f |= Fact.Usual;
      if (reader.isStopword(w)) f |= Fact.Stopword;
      if (STANDING_ALONE.has(w)) f |= Fact.StandsAlone;
      if (facts.size < 10_000) facts.set(w, f);
    }
    return f;
  };
  // The shapes of the pack words two typed words may join into, a bit each (some 55 kB).
  const joinable = new Uint8Array((shapeOf(JOINED_MAX_LENGTH + 1, 97, 97, 97) >> 3) + 1);
  for (const w of reader.contentWords)
    if (w.length >= JOINED_MIN_LENGTH && w.length <= JOINED_MAX_LENGTH && /^[a-z]+$/.test(w))
      joinable[shapeOfWord(w) >> 3]! |= 1 << (shapeOfWord(w) & 7);

  /** Whether a part beside a pack word means nothing on its own there: no usual word ("oratory"), or a particle. */
  const apart = (f: number) => (f & Fact.Stopword ? !(f & Fact.StandsAlone) : !(f & Fact.Usual));

  /**
   * Whether `a b` is a pack word typed in two ("out look", "lab oratory"): joined they make one the pack says
   * something with, and they are not both meaningful here: neither is a pack word, or the other is no word of its
   * own ("oratory") or a particle ("out"), and the pack never writes them together ("lab work" stays).
   */
  const joins = (a: string, fa: number, b: string, fb: number): boolean => {
    const length = a.length + b.length;
    if (!(fa & fb & Fact.Plain) || length < JOINED_MIN_LENGTH || length > JOINED_MAX_LENGTH) return false;
    const second = a.length > 1 ? a.charCodeAt(1) : b.charCodeAt(0);
    const shape = shapeOf(length, a.charCodeAt(0), second, b.charCodeAt(b.length - 1));
    if (((joinable[shape >> 3]! >> (shape & 7)) & 1) === 0) return false;
    const packA = (fa & Fact.PackContent) !== 0;
    const packB = (fb & Fact.PackContent) !== 0;
    if (packA && packB) return false;
    if ((packA && !apart(fb)) || (packB && !apart(fa))) return false;
    return reader.isPackContent(a + b) && !paired(reader.pairs, a, b);
  };

  /**
   * Whether `a b` is one word typed apart where one part is no word at all ("hi stotechnician", "danger ous", "ass
   * ociate"): joined, they make an English word or a slip of a pack word, so the space was a slip too.
   */
  const joinsAcrossSlip = (a: string, fa: number, b: string, fb: number): boolean => {
    if (!(fa & fb & Fact.Plain) || a.length + b.length < SLIPPED_JOIN_MIN_LENGTH) return false;
    if ((fa & Fact.Known) !== 0 && (fb & Fact.Known) !== 0) return false;
    const joined = a + b;
    const fj = factsOf(joined);
    if (fj & Fact.Known) return !(fj & Fact.Stopword);
    // One slip from the pack word joined, no more: "medica lab" is no slip of "medical".
    const meant = reader.slipOf?.(joined);
    return (
      meant !== undefined && (factsOf(meant) & Fact.PackContent) !== 0 && editDistance(joined, meant) <= 1
    );
  };

  /**
   * The two words the pack writes together that `w` runs into one ("howmuch", "labwork"), when `w` is no word as
   * typed; of several cuts, the one with the longer first word.
   */
  const split = (w: string, f: number): [string, string] | undefined => {
    if (w.length < SPLIT_MIN_LENGTH || !(f & Fact.Plain) || f & Fact.Known) return undefined;
    for (let cut = w.length - PART_MIN_LENGTH; cut >= PART_MIN_LENGTH; cut--) {
      const [a, b] = [w.slice(0, cut), w.slice(cut)];
      if (!paired(reader.pairs, a, b)) continue;
      const [fa, fb] = [factsOf(a), factsOf(b)];
      if ((fa | fb) & Fact.PackContent || fa & fb & Fact.Stopword) return [a, b];
    }
    return undefined;
  };

  /**
   * The word the pack writes beside `neighbour` (after it when `after`) that `w`, an English word the pack never
   * writes, sounds like: "lab text" is lab techs, not a text from the lab. `neighbour` must say something in the
   * pack: a function word is beside too many words to tell.
   */
  const heardBeside = [
    new Map<string, Map<string, string | null>>(),
    new Map<string, Map<string, string | null>>(),
  ];
  const meantBeside = (w: string, neighbour: string, after: boolean): string | undefined => {
    if (!(factsOf(neighbour) & Fact.PackContent)) return undefined;
    const beside = (after ? reader.pairs.after : reader.pairs.before).get(neighbour);
    if (beside === undefined || beside.has(w)) return undefined;
    // The same words come back beside the same pack words in every reading of a message: each pair is weighed once.
    const memo = heardBeside[after ? 0 : 1]!;
    let byWord = memo.get(neighbour);
    if (byWord === undefined) {
      byWord = new Map();
      if (memo.size < 2_000) memo.set(neighbour, byWord);
    }
    const known = byWord.get(w);
    if (known !== undefined) return known ?? undefined;
    let meant: string | null = null;
    for (const c of beside)
      if (c !== neighbour && (soundsNear(w, c) || slipNear(w, c)) && factsOf(c) & Fact.PackContent) {
        meant = c;
        break;
      }
    if (byWord.size < 2_000) byWord.set(w, meant);
    return meant ?? undefined;
  };

  /**
   * The pack word `w`, an English word the pack never writes, stands for between two words the pack writes it between
   * ("medical laborious technician"): a phone's autocorrect leaves a real word for a misspelled one, and a word the pack
   * says on both sides allows as many edits as a word spelled by ear, not one. The same first letter, and no form of
   * the same word. A word no English is read so only when no pack word is a slip of the keys from it.
   */
  const meantBetween = (w: string, before: string, after: string): string | undefined => {
    if (!(factsOf(before) & factsOf(after) & Fact.PackContent)) return undefined;
    const next = reader.pairs.after.get(before);
    if (next === undefined || next.has(w)) return undefined;
    const edits = soundEditsAllowed(w.length);
    for (const c of next)
      if (
        c[0] === w[0] &&
        c !== after &&
        Math.abs(c.length - w.length) <= edits &&
        !c.startsWith(w) &&
        !w.startsWith(c) &&
        paired(reader.pairs, c, after) &&
        factsOf(c) & Fact.PackContent &&
        editDistance(w, c) <= edits
      )
        return c;
    return undefined;
  };

  /**
   * The pack word `w`, a long word no English that no pack word is a slip of the keys from, is misspelt from beside
   * `neighbour`, a pack word the pack writes it next to (after it when `after`): "lavatry technician".
   */
  const misspeltBeside = (w: string, neighbour: string, after: boolean): string | undefined => {
    if (!(factsOf(neighbour) & Fact.PackContent)) return undefined;
    const beside = (after ? reader.pairs.after : reader.pairs.before).get(neighbour);
    if (beside === undefined) return undefined;
    for (const c of beside)
      if (c !== neighbour && factsOf(c) & Fact.PackContent && misspeltFrom(w, c)) return c;
    return undefined;
  };

  /** Whether a word may stand between two pack words for another: a plain word neither the pack's nor a function word. */
  const between = (w: string, f: number) =>
    w.length >= 4 &&
    (f & (Fact.Plain | Fact.PackWord | Fact.Stopword)) === Fact.Plain &&
    (f & Fact.Known || reader.slipOf?.(w) === undefined);

  return (ws) => {
    const out: string[] = [];
    const fs = ws.map(factsOf);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const f = fs[i]!;
      const next = ws[i + 1];
      if (next !== undefined && (joins(w, f, next, fs[i + 1]!) || joinsAcrossSlip(w, f, next, fs[i + 1]!))) {
        out.push(w + next);
        i++;
        continue;
      }
      const parts = split(w, f);
      if (parts !== undefined) {
        out.push(...parts);
        continue;
      }
      // A word that is no English is a slip of the keys, for the speller; one the pack writes is meant as typed.
      const heard =
        (w.length >= 4 || (w.length === 3 && VOWEL_AFTER_FIRST.test(w))) &&
        (f & (Fact.Plain | Fact.Known | Fact.PackWord | Fact.Stopword)) === (Fact.Plain | Fact.Known);
      // A long word no English nor a slip of a pack word is read by the pack word beside which it is misspelt.
      const misspelt =
        w.length >= MISSPELT_MIN_LENGTH &&
        (f & (Fact.Plain | Fact.Known | Fact.PackWord | Fact.Stopword)) === Fact.Plain &&
        reader.slipOf?.(w) === undefined;
      const prev = out.at(-1);
      out.push(
        (heard && prev !== undefined ? meantBeside(w, prev, true) : undefined) ??
          (heard && next !== undefined ? meantBeside(w, next, false) : undefined) ??
          (prev !== undefined && next !== undefined && between(w, f)
            ? meantBetween(w, prev, next)
            : undefined) ??
          (misspelt && prev !== undefined ? misspeltBeside(w, prev, true) : undefined) ??
          (misspelt && next !== undefined ? misspeltBeside(w, next, false) : undefined) ??
          w,
      );
    }
    return out;
  };
}

/**
 * Whether `w`, a word the pack does not say something with, sounds like `meant`, one it does, and is spelled near it:
 * the same first letter, the same sounds (Double Metaphone) or one sound more at the end ("text" TKST, "techs" TKS;
 * "feel" FL, "field" FLT), at most three letters changed, and no form of the same word ("drawn", "draw").
 */
function soundsNear(w: string, meant: string): boolean {
  if (w[0] !== meant[0] || Math.abs(w.length - meant.length) > 2) return false;
  if (w.startsWith(meant) || meant.startsWith(w)) return false;
  const [a, b] = [soundOf(w), soundOf(meant)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || !long.startsWith(short) || long.length - short.length > 1) return false;
  return editDistance(w, meant) <= 3;
}

/**
 * Whether `w`, an English word the pack does not say something with, is `meant` with one letter struck amiss, dropped,
 * doubled or two swapped, as a phone's keyboard or its autocorrect leaves it ("medial lab", "specimen handing"): a word
 * of five letters or more, the same first letter, no form of the same word.
 */
function slipNear(w: string, meant: string): boolean {
  if (w.length < SLIP_MIN_LENGTH || w[0] !== meant[0]) return false;
  if (w.startsWith(meant) || meant.startsWith(w)) return false;
  return editDistance(w, meant) === 1;
}

/**
 * Whether `w`, a long word no English nor the pack's, is `meant` misspelt ("lavatory technician", "labarotory
 * technician"): seven letters or more, the same first and last letters, at most two letters longer or shorter, and no
 * more edits off than a word spelled by ear may be.
 */
function misspeltFrom(w: string, meant: string): boolean {
  if (w.length < MISSPELT_MIN_LENGTH || w[0] !== meant[0] || w.at(-1) !== meant.at(-1)) return false;
  if (Math.abs(w.length - meant.length) > 2 || w.startsWith(meant) || meant.startsWith(w)) return false;
  return editDistance(w, meant) <= soundEditsAllowed(w.length);
}
const MISSPELT_MIN_LENGTH = 7;

/** Shorter English words are one edit from too many others to be read as one the pack writes beside a word. */
const SLIP_MIN_LENGTH = 5;

const sounds = new Map<string, string>();
/** A word's first Double Metaphone key, remembered: the pack's words are weighed again and again. */
function soundOf(w: string): string {
  let key = sounds.get(w);
  if (key === undefined) {
    key = soundKeys(w)[0];
    if (sounds.size < 10_000) sounds.set(w, key);
  }
  return key;
}
