// Reads back what voice typing writes for the pack's words: an acronym said letter by letter ("em el tee"), a word
// heard as several ("history technician", "flea bottom is"), a figure said in words ("six percent"). Everything it
// joins into is taken from the pack's own text at start-up; the letter and number names are general English.
import { allSoundKeys, editDistance, STOPWORDS, soundKey, stem, USUAL_ENGLISH } from "./text.ts";

/** Letter names as dictation writes them, with the words that sound like one said alone ("see" for C). */
const LETTER_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    a: "a ay",
    b: "bee be",
    c: "see sea cee",
    d: "dee",
    e: "ee",
    f: "ef eff",
    g: "gee",
    h: "aitch",
    i: "eye",
    j: "jay",
    k: "kay",
    l: "el ell",
    m: "em",
    n: "en",
    o: "oh owe",
    p: "pee pea",
    q: "cue queue",
    r: "are ar",
    s: "es ess",
    t: "tee tea",
    u: "you ewe",
    v: "vee",
    x: "ex",
    y: "why",
    z: "zee zed",
  }).flatMap(([letter, names]) => names.split(" ").map((name) => [name, letter] as const)),
);

const UNITS =
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1000],
  ["million", 1_000_000],
]);
/** Number words and their values: "seven" 7, "forty" 40. */
const CARDINALS: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((w, i) => [w, i] as const),
  ...TENS.map((w, i) => [w, 20 + 10 * i] as const),
]);
/** Ordinal words and their values: "third" 3, "fortieth" 40, "hundredth" 100. */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ...Object.entries({ first: 1, second: 2, third: 3, fifth: 5, eighth: 8, ninth: 9, twelfth: 12 }),
  ...[4, 6, 7, 10, 11, ...Array.from({ length: 7 }, (_, i) => 13 + i)].map(
    (n) => [`${UNITS[n]}th`, n] as const,
  ),
  ...TENS.map((w, i) => [`${w.slice(0, -1)}ieth`, 20 + 10 * i] as const),
  ["hundredth", 100],
  ["thousandth", 1000],
]);
/** Words after a number that make it an amount of money ("sixty k", "forty grand"). */
const THOUSANDS_OF_MONEY: ReadonlySet<string> = new Set(["k", "grand"]);

/** What the pack writes that voice typing may spell out: its acronyms and its figures. */
export interface VoiceTables {
  /** Words the pack writes in capitals, three letters or more, that are no usual English word ("mlt", not "cat"). */
  acronyms: ReadonlySet<string>;
  /** Numbers the pack writes in digits ("2033", "10"), ordinals as written ("90th"). */
  figures: ReadonlySet<string>;
  /** Each number it writes in digits with the word after it ("6 percent", "10 years"; "%" read as percent). */
  figurePhrases: ReadonlySet<string>;
  /**
   * Whether a text may say one of these: the first two letters of an acronym said apart ("em el", "ASC pee"), two
   * number words together, one before a word the pack writes after a number, or an ordinal the pack writes. Most
   * texts say none, and are left as they are without being read word by word.
   */
  said: RegExp;
}

/** The acronyms and figures of the pack's texts. */
export function voiceTables(texts: Iterable<string>): VoiceTables {
  const acronyms = new Set<string>();
  const figures = new Set<string>();
  const figurePhrases = new Set<string>();
  for (const text of texts) {
    for (const [, caps] of text.matchAll(/\b([A-Z]{3,6})s?\b/g)) {
      const lower = caps!.toLowerCase();
      if (!USUAL_ENGLISH.has(lower)) acronyms.add(lower);
    }
    if (!/\d/.test(text)) continue;
    for (const [, digits, suffix, next] of text.matchAll(
      /(?<![\d.,])(\d+)(st|nd|rd|th)?(?![\d,])(?:\s*(%|[A-Za-z]+))?/g,
    )) {
      figures.add(`${digits}${suffix ?? ""}`);
      if (next !== undefined && suffix === undefined)
        figurePhrases.add(`${digits} ${next === "%" ? "percent" : next.toLowerCase()}`);
    }
  }
  return { acronyms, figures, figurePhrases, said: sayings(acronyms, figures, figurePhrases) };
}

const SEPARATOR = "[^\\p{L}\\p{N}]+";
const alternatives = (ws: Iterable<string>) => [...new Set(ws)].join("|");

/** A letter said alone: the letter, in either case, or a name of it; or, in capitals, the start of a run of them. */
function letterSaid(letter: string): string {
  const names = [...LETTER_NAMES].filter(([, l]) => l === letter).map(([name]) => name);
  return `(?:(?i:${alternatives([letter, ...names])})|${letter.toUpperCase()}[A-Z]{0,3})`;
}

/** The test `VoiceTables.said` makes, for the pack's acronyms and figures. */
function sayings(
  acronyms: ReadonlySet<string>,
  figures: ReadonlySet<string>,
  figurePhrases: ReadonlySet<string>,
): RegExp {
  const end = "(?![\\p{L}\\p{N}])";
  const spelled = [...acronyms].flatMap(([a, b]) => [
    `${letterSaid(a!)}${SEPARATOR}${letterSaid(b!)}${end}`,
    `${a!.toUpperCase()}${b!.toUpperCase()}[A-Z]{0,2}${SEPARATOR}\\p{L}`,
  ]);
  const numbers = alternatives([...CARDINALS.keys(), ...SCALES.keys()]);
  const after = alternatives(new Set([...figurePhrases].map((p) => p.split(" ")[1]!)));
  const counted = `(?i:(?:${numbers}|a)${SEPARATOR}(?:${numbers}|k|grand${after === "" ? "" : `|${after}`}))${end}`;
  const ordinals = [...ORDINALS].filter(([, n]) => figures.has(`${n}${ORDINAL_SUFFIX(n)}`)).map(([w]) => w);
  const ranked = ordinals.length > 0 ? [`(?i:${alternatives(ordinals)})${end}`] : [];
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives([...spelled, counted, ...ranked])})`, "u");
}

interface Token {
  raw: string;
  lower: string;
  start: number;
  end: number;
}

function tokensOf(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    raw: m[0],
    lower: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/**
 * The letters a word stands for when it may be one of several said one by one: a letter, a letter's name or a word
 * that sounds like it ("em", "see"), or two to four capitals that are no usual word ("ASC" in "ASC pee").
 */
function lettersOf(token: Token): string | undefined {
  if (/^[a-z]$/.test(token.lower)) return token.lower;
  const named = LETTER_NAMES.get(token.lower);
  if (named !== undefined) return named;
  return /^[A-Z]{2,4}$/.test(token.raw) && !USUAL_ENGLISH.has(token.lower) ? token.lower : undefined;
}

/** Most letters an acronym said one by one may have. */
const MAX_SPELLED = 8;

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * Letters said one by one that together make one of the pack's acronyms ("a m tea", "em el tee", "ASC pee"), when
 * at least one of the words is not a content word the pack knows: the words as typed already fit the pack then.
 */
function spokenAcronyms(
  tokens: readonly Token[],
  tables: VoiceTables,
  isPackContent: (w: string) => boolean,
): Replacement[] {
  const out: Replacement[] = [];
  const letters = tokens.map(lettersOf);
  for (let i = 0; i < tokens.length; ) {
    let found: { taken: number; text: string } | undefined;
    let run = i;
    while (run < tokens.length && run < i + MAX_SPELLED && letters[run] !== undefined) run++;
    // "em el tees": the last letter's name in the plural says the acronym's.
    const plural = run < tokens.length ? pluralLetterOf(tokens[run]!) : undefined;
    const said = (to: number) => !tokens.slice(i, to).every((t) => isPackContent(t.lower));
    for (let end = run; end >= i + 1 && found === undefined; end--) {
      const spelled = letters.slice(i, end).join("");
      const many = `${spelled}${plural}`;
      if (
        end === run &&
        plural !== undefined &&
        end + 1 - i >= 2 &&
        tables.acronyms.has(many) &&
        said(end + 1)
      )
        found = { taken: end + 1 - i, text: `${many.toUpperCase()}s` };
      else if (end - i >= 2 && tables.acronyms.has(spelled) && said(end))
        found = { taken: end - i, text: spelled.toUpperCase() };
    }
    if (found === undefined) {
      i++;
      continue;
    }
    out.push({ start: tokens[i]!.start, end: tokens[i + found.taken - 1]!.end, text: found.text });
    i += found.taken;
  }
  return out;
}

/** The letter a letter's name in the plural stands for ("tees", "ees", "pees"), spoken after others. */
function pluralLetterOf(token: Token): string | undefined {
  return token.lower.endsWith("s") ? LETTER_NAMES.get(token.lower.slice(0, -1)) : undefined;
}

interface SpokenNumber {
  value: number;
  /** Tokens it takes. */
  length: number;
  ordinal: boolean;
  /** Two numbers under a hundred said as one, the way years are ("twenty thirty three" 2033). */
  paired: boolean;
}

/**
 * The number said in words from `tokens[i]`: cardinals with "hundred", "thousand", "and" ("two hundred and ten"),
 * "a" before a scale ("a hundred"), an ordinal at the end ("twenty fifth"), or two numbers under a hundred as a year
 * is said ("nineteen ninety").
 */
function spokenNumber(tokens: readonly Token[], i: number): SpokenNumber | undefined {
  const first = tokens[i]?.lower;
  const leading = first === "a" && SCALES.has(tokens[i + 1]?.lower ?? "") ? 1 : 0;
  let total = 0;
  let current = leading;
  let groups = 0;
  let groupValues: number[] = [];
  let scaled = false;
  let ordinal = false;
  let k = i + leading;
  let last: "unit" | "tens" | "teen" | "scale" | undefined;
  let counted = false;
  let joined = false;
  for (; k < tokens.length && !ordinal; k++) {
    const w = tokens[k]!.lower;
    if (w === "and" && last !== undefined && CARDINALS.has(tokens[k + 1]?.lower ?? "")) {
      joined = true;
      continue;
    }
    const cardinal = CARDINALS.get(w);
    const ord = ORDINALS.get(w);
    const scale = SCALES.get(w) ?? (ord !== undefined && ord >= 100 ? ord : undefined);
    const value = cardinal ?? (scale === undefined ? ord : undefined);
    if (scale !== undefined) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      scaled = true;
      last = "scale";
      ordinal = ord !== undefined;
      continue;
    }
    if (value === undefined) break;
    const kind = value >= 20 && value % 10 === 0 ? "tens" : value >= 10 ? "teen" : "unit";
    // A unit after tens joins them ("thirty three"); anything else after a finished group starts another.
    const joins = last === undefined || last === "scale" || (last === "tens" && kind === "unit");
    if (!joins) {
      if (scaled || groups > 0) break;
      groupValues = [current];
      groups = 1;
      current = 0;
    }
    current += value;
    counted = true;
    last = kind;
    ordinal = ord !== undefined;
  }
  // "a thousand", "hundreds": a bare scale is a manner of speaking, not a figure.
  if (!counted) return undefined;
  const length = k - i;
  if (groups > 0) {
    const [before] = groupValues;
    // "twenty thirty three", "nineteen ninety", as years are said; "two three", "ten and eleven" are no number.
    if (joined || before! < 11 || before! > 20 || current < 10) return undefined;
    return { value: before! * 100 + current, length, ordinal, paired: true };
  }
  return { value: total + current, length, ordinal, paired: false };
}

const ORDINAL_SUFFIX = (n: number) =>
  n % 100 >= 11 && n % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");

/**
 * Figures said in words, written as the pack writes them: an ordinal or a number it writes in digits ("twenty
 * thirty three", "six percent" where it writes "6 percent"), a year, an amount of thousands as money is typed
 * ("sixty thousand" 60,000, "sixty k" 60k). A number the pack writes as a word, and any small number said alone,
 * stays a word: "two years", "six figures".
 */
function spokenFigures(tokens: readonly Token[], tables: VoiceTables): Replacement[] {
  const out: Replacement[] = [];
  for (let i = 0; i < tokens.length; ) {
    const said = spokenNumber(tokens, i);
    if (said === undefined) {
      i++;
      continue;
    }
    const digits = String(said.value);
    const next = tokens[i + said.length]?.lower;
    const from = tokens[i]!.start;
    const to = tokens[i + said.length - 1]!.end;
    let text: string | undefined;
    let taken = said.length;
    if (said.ordinal) {
      const written = `${digits}${ORDINAL_SUFFIX(said.value)}`;
      if (tables.figures.has(written)) text = written;
    } else if (said.paired || (said.value >= 1900 && said.value < 2100 && said.length > 1)) text = digits;
    else if (next !== undefined && THOUSANDS_OF_MONEY.has(next) && said.value < 1000) {
      text = `${digits}k`;
      taken += 1;
    } else if (said.value >= 1000) text = said.value.toLocaleString("en-US");
    else if (tables.figurePhrases.has(`${digits} ${next}`) || (said.length > 1 && tables.figures.has(digits)))
      text = digits;
    if (text !== undefined)
      out.push({ start: from, end: taken > said.length ? tokens[i + taken - 1]!.end : to, text });
    i += taken;
  }
  return out;
}

/**
 * The text with the pack's acronyms said letter by letter and figures said in words written as the pack writes
 * them. `isPackContent`: whether a word is one the pack uses that says something (no function word).
 */
export function heardText(text: string, tables: VoiceTables, isPackContent: (w: string) => boolean): string {
  if (!tables.said.test(text)) return text;
  const tokens = tokensOf(text);
  const replacements = [...spokenAcronyms(tokens, tables, isPackContent), ...spokenFigures(tokens, tables)];
  if (replacements.length === 0) return text;
  replacements.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const r of replacements) {
    if (r.start < at) continue;
    out += `${text.slice(at, r.start)}${r.text}`;
    at = r.end;
  }
  return out + text.slice(at);
}

/** The pack's long words by their consonant skeleton, each with its Metaphone key. */
export type SoundTable = ReadonlyMap<string, { word: string; key: string }[]>;

/** Pack words are matched by sound only when long: short ones sound like too much. */
export const SOUND_MIN_LENGTH = 8;

export function soundTable(packWords: Iterable<string>): SoundTable {
  const table = new Map<string, { word: string; key: string }[]>();
  for (const word of packWords) {
    if (word.length < SOUND_MIN_LENGTH || !/^[a-z]+$/.test(word)) continue;
    const rough = skeleton(word);
    table.set(rough, [...(table.get(rough) ?? []), { word, key: soundKey(word) }]);
  }
  return table;
}

const SKELETON: Record<string, string> = { c: "k", q: "k", z: "s", x: "ks", v: "f" };

/**
 * A cheap first test of sound (consonants only, "ph" as f, c and q as k, repeats once: "fleabottommist" and
 * "phlebotomist" are both "flbtmst"); Metaphone, twenty times dearer, confirms.
 */
function skeleton(word: string): string {
  let out = "";
  const w = word.replaceAll("ph", "f").replaceAll("ck", "k");
  for (const ch of w) {
    if ("aeiouyhw".includes(ch)) continue;
    const c = SKELETON[ch] ?? ch;
    if (!out.endsWith(c)) out += c;
  }
  return out;
}

/** The pack's long word that `joined` (two or three words run together) sounds like, if any. */
export function soundsLikeIn(sounds: SoundTable, joined: string): string | undefined {
  return joined.length >= SOUND_MIN_LENGTH
    ? sounds.get(skeleton(joined))?.find((c) => c.key === soundKey(joined))?.word
    : undefined;
}

/** A long pack word made of another pack word and a part before or after it: "histo" + technician. */
interface Compound {
  word: string;
  /** The part that is not the pack word, and how it sounds (Double Metaphone's two keys, Metaphone's). */
  rest: string;
  keys: readonly string[];
  syllables: number;
}

/** The pack's compounds by the pack word they end with, and by the one they begin with. */
export interface CompoundTable {
  byLast: ReadonlyMap<string, readonly Compound[]>;
  byFirst: ReadonlyMap<string, readonly Compound[]>;
}

/** The shortest pack word a compound is read around, and the shortest part beside it. */
const ANCHOR_MIN_LENGTH = 4;
const REST_MIN_LENGTH = 3;

const partKeys = new Map<string, string[]>();
/** A part's sound keys, remembered: the same few words beside a compound's pack word come back in every message. */
function keysOf(part: string): string[] {
  let keys = partKeys.get(part);
  if (keys === undefined) {
    keys = allSoundKeys(part);
    if (partKeys.size < 10_000) partKeys.set(part, keys);
  }
  return keys;
}

/**
 * The pack's long words beyond usual English that are another pack word with a part before or after it
 * ("histotechnician": histo + technician; "cytotechnologist": cyto + technologist). `isPackContent`: whether a word
 * is a pack word that says something.
 */
export function compoundTable(
  packWords: readonly string[],
  isPackContent: (w: string) => boolean,
): CompoundTable {
  const byLast = new Map<string, Compound[]>();
  const byFirst = new Map<string, Compound[]>();
  const add = (table: Map<string, Compound[]>, anchor: string, compound: Compound) =>
    table.set(anchor, [...(table.get(anchor) ?? []), compound]);
  for (const word of packWords) {
    if (word.length < SOUND_MIN_LENGTH || !/^[a-z]+$/.test(word) || USUAL_ENGLISH.has(word)) continue;
    for (let cut = REST_MIN_LENGTH; cut <= word.length - ANCHOR_MIN_LENGTH; cut++) {
      const [head, tail] = [word.slice(0, cut), word.slice(cut)];
      if (isPackContent(tail))
        add(byLast, tail, { word, rest: head, keys: keysOf(head), syllables: syllables(head) });
      const [first, rest] = [word.slice(0, word.length - cut), word.slice(word.length - cut)];
      // "certifying" is no compound of "certify": an ending is never heard as a word of its own.
      if (isPackContent(first) && stem(first) !== stem(word))
        add(byFirst, first, { word, rest, keys: keysOf(rest), syllables: syllables(rest) });
    }
  }
  return { byLast, byFirst };
}

/**
 * Whether `heard` (words run together) sounds like a compound's part: the same first sound, and at most one sound
 * added, dropped or changed ("history" HTR, "histo" HT; "psycho" SK, "cyto" ST).
 */
function soundsLikePart(heard: readonly string[], compound: Compound): boolean {
  // A part heard as fewer syllables is another word: "hot" and "heat" are no "histo" though they share its sounds.
  if (heard.reduce((n, w) => n + syllables(w), 0) < compound.syllables) return false;
  for (const key of keysOf(heard.join("")))
    for (const k of compound.keys)
      if (key[0] === k[0] && Math.abs(key.length - k.length) <= 1 && editDistance(key, k) <= 1) return true;
  return false;
}

/** Roughly how many syllables a word has: its groups of vowels, a silent final e not counted ("site" 1, "psycho" 2). */
function syllables(word: string): number {
  const groups = word.match(/[aeiouy]+/g)?.length ?? 0;
  return groups > 1 && /[^aeiouy]e$/.test(word) ? groups - 1 : groups;
}

/** Of a run of words, how many are taken and what they are read as. */
interface Joined {
  taken: number;
  word: string;
}

/**
 * A pack compound heard as another word or two and the pack word it is made with, in either order ("history
 * technician", "psycho technologist", "site o technologist"). Taken only when the other words are none the pack
 * says something with, so the joined reading fits the pack better than the words as typed ("lab technician" stays).
 * `free(k)`: whether the k-th word is a plain word the pack says nothing with.
 */
function heardCompound(
  ws: readonly string[],
  i: number,
  before: readonly (readonly Compound[] | undefined)[],
  after: readonly Compound[] | undefined,
  free: (k: number) => boolean,
): Joined | undefined {
  const part = (from: number, to: number) => {
    if (from < 0 || to > ws.length || STOPWORDS.has(ws[from]!)) return false;
    for (let k = from; k < to; k++) if (!free(k)) return false;
    return true;
  };
  for (const n of [2, 1]) {
    // The part before the pack word: ws[i..i+n), then the word.
    for (const c of before[n] ?? [])
      if (part(i, i + n) && soundsLikePart(ws.slice(i, i + n), c)) return { taken: n + 1, word: c.word };
    // The pack word, then the part after it.
    for (const c of after ?? [])
      if (part(i + 1, i + 1 + n) && soundsLikePart(ws.slice(i + 1, i + 1 + n), c))
        return { taken: n + 1, word: c.word };
  }
  return undefined;
}

/**
 * Words voice typing wrote for one of the pack's long words: two or three words the pack does not know that together
 * sound like it ("flea bottom mist" → phlebotomist; consonant skeleton, then Metaphone), or a compound of the pack's
 * heard as other words beside the pack word it is made with ("history technician" → histotechnician).
 * `loose`: whether a word is a plain word the pack does not know; `soundsLike`: `soundsLikeIn` for the pack;
 * `isPackContent`: whether a word is one the pack says something with.
 */
export function soundsAlike(
  ws: readonly string[],
  loose: (w: string) => boolean,
  soundsLike: (joined: string) => string | undefined,
  compounds: CompoundTable,
  isPackContent: (w: string) => boolean,
): string[] {
  // Each word is judged once, not once for every stretch it is part of; most words are no compound's pack word.
  const isLoose = ws.map(loose);
  const lastOf = ws.map((w) => compounds.byLast.get(w));
  const firstOf = ws.map((w) => compounds.byFirst.get(w));
  const judged: (boolean | undefined)[] = [];
  const free = (k: number) => (judged[k] ??= /^[a-z]+$/.test(ws[k]!) && !isPackContent(ws[k]!));
  const allLoose = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!isLoose[k]) return false;
    return true;
  };
  const out: string[] = [];
  for (let i = 0; i < ws.length; ) {
    let joined: Joined | undefined;
    for (const n of [3, 2]) {
      const meant =
        i + n <= ws.length && allLoose(i, i + n) ? soundsLike(ws.slice(i, i + n).join("")) : undefined;
      if (meant !== undefined) {
        joined = { taken: n, word: meant };
        break;
      }
    }
    if (lastOf[i + 1] !== undefined || lastOf[i + 2] !== undefined || firstOf[i] !== undefined)
      joined ??= heardCompound(ws, i, [undefined, lastOf[i + 1], lastOf[i + 2]], firstOf[i], free);
    out.push(joined?.word ?? ws[i]!);
    i += joined?.taken ?? 1;
  }
  return out;
}
