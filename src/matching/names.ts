// Other fields' exams, schools and credentials, recognised without listing them: a name the pack does not know
// ("MCAT", "PTCB", "USMLE") right next to a generic word ("score", "exam", "license") is about something else.
import { readFileSync } from "node:fs";
import { keptByText } from "./by-text.ts";
import { everydayChatWord } from "./chat-spelling.ts";
import { isWorkThing } from "./parties.ts";
import { HEALTH_JOBS_FILE } from "./tables/generate.ts";
import { isTextedWord, STOPWORDS, stem, USUAL_ENGLISH, words } from "./text.ts";

/**
 * Names of health occupations from WordNet, each with the words of its field ("pathologist pathology"; `npm run
 * tables`): one the pack neither names nor names the field of is another career, like the pack's out-of-scope terms.
 */
export const HEALTH_JOBS: readonly (readonly string[])[] = readFileSync(HEALTH_JOBS_FILE, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => line.split(" "));

/** Words that take a name: an exam, a credential, a school, a visa, a site ("LinkedIn profile"). */
const GENERIC = new Set(
  `exam exams test tests score scores certification certificate cert license licence licensing school schools program
programs board boards step visa diploma course courses class classes degree credential credentials profile account
website site app`.split(/\s+/),
);

/**
 * Words of a school or exam one gets into another field by: a short acronym in capitals right before one names that
 * field even when it is a common English word ("PA school", "PT school", "NP boards"). Degrees and programs are left
 * out: "BS program", "AA degree" are the pack's routes.
 */
const ENTRY_WORDS = new Set(["school", "schools", "exam", "exams", "boards", "license", "licence"]);

/** How far from the generic word the name may stand: "the PTCB exam", "USMLE step 1", "the NCLEX compared to other boards". */
const REACH = 5;

const WRITTEN_IN_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/**
 * Whether a message is typed in capitals throughout ("DO I NEED A DEGRE FOR THIS"): then its capitals are the
 * caps lock's, not a name's. At least three words of two letters or more, and three in four of them in capitals.
 */
export function shouted(tokens: readonly string[]): boolean {
  const words = tokens.filter((t) => /^\p{L}{2,}$/u.test(t));
  const loud = words.filter((t) => t === t.toUpperCase()).length;
  return words.length >= 3 && loud >= 0.75 * words.length;
}

/** Acronyms are short ("MCAT", "NAPLEX"): a longer word in capitals that the speller corrects is a typo ("OUTOLOK"). */
const LONGEST_ACRONYM = 6;

/**
 * Figures with their unit or ending typed on: "2yr", "4yrs", "60k", "12mo", "3rd". Codes open with a letter ("H1B",
 * "W2"), or go on from one after a hyphen ("H-1B").
 */
const FIGURES = /(?<![\p{L}\p{N}]-?)\p{N}+\p{L}+(?![\p{L}\p{N}])/gu;

/**
 * Words written as names are written: an acronym ("MCAT", "PTCB") or letters with digits ("H-1B"). A message typed
 * in capitals throughout is read as if typed in lower case: there every word would look like a name. `typos`: the
 * words the speller corrected, as typed.
 */
function namesIn(text: string, typos: ReadonlySet<string>): ReadonlySet<string> {
  // No word with two capitals and no figure: no name, whatever the typos (most of a story's clauses).
  if (!TWO_CAPITALS.test(text) && !A_FIGURE.test(text)) return NO_NAMES;
  // A text's names are asked for twice, near a generic word and alone, with the same typos.
  const key = `${text}\u0000${[...typos].join("\u0001")}`;
  return namesOf(key);
}

const NO_NAMES: ReadonlySet<string> = new Set();
const TWO_CAPITALS = /\p{Lu}[\p{L}\p{N}]*\p{Lu}/u;
const A_FIGURE = /\p{N}/u;

/** `readNames` of a text and its typos, joined as `namesIn` joins them, kept while one message is matched. */
const namesOf = keptByText((key) => {
  const at = key.lastIndexOf("\u0000");
  const typos = key.slice(at + 1);
  return readNames(key.slice(0, at), new Set(typos === "" ? [] : typos.split("\u0001")));
});

function readNames(text: string, typos: ReadonlySet<string>): ReadonlySet<string> {
  const tokens = text.split(/[^\p{L}\p{N}]+/u);
  const capitals = !shouted(tokens);
  const typo = (t: string) => t.length > LONGEST_ACRONYM && typos.has(t.toLowerCase());
  const figures = new Set([...text.matchAll(FIGURES)].map(([f]) => f));
  const names = tokens.filter(
    (t) =>
      (capitals && WRITTEN_IN_CAPITALS.test(t) && !typo(t)) ||
      (/\p{L}/u.test(t) && /\p{N}/u.test(t) && t.length <= 6 && !figures.has(t) && !texted(t.toLowerCase())),
  );
  return new Set(names.map((t) => t.toLowerCase()));
}

/**
 * The first word of the message that reads as a name the pack does not know next to a generic word: written as
 * a name in `text`, not one of the 10,000 most common English words ("SAT" is, "CPT" and "GRE" are not), not a word
 * of the pack (`isPackWord`, by stem). `corrected`: spelling corrections as [typed, meant]; a name that holds a
 * pack word and more letters ("BMLS", read as "MLS") is another credential, not a typo of the pack's.
 */
export function unknownNameNearGeneric(
  text: string,
  corrected: readonly string[],
  isPackWord: (stem: string) => boolean,
  corrections: readonly (readonly [string, string])[] = [],
): string | undefined {
  const names = namesIn(text, new Set(corrections.map(([typed]) => typed)));
  if (names.size === 0) return undefined;
  const typed = new Map(
    corrections.filter(([t, m]) => names.has(t) && t.includes(m)).map(([t, m]) => [m, t]),
  );
  const words = corrected.map((w) => typed.get(w) ?? w);
  return words.find((w, i) => {
    if (!names.has(w) || STOPWORDS.has(w)) return false;
    if (USUAL_ENGLISH.has(w) && !(w.length <= 4 && ENTRY_WORDS.has(words[i + 1] ?? ""))) return false;
    if (isPackWord(stem(w)) || GENERIC.has(w)) return false;
    // Next to one of the pack's own names it is part of that name: "the ASCP BOC credential".
    const packName = (k: number) => names.has(words[k] ?? "") && isPackWord(stem(words[k]!));
    if (packName(i - 1) || packName(i + 1)) return false;
    for (let k = Math.max(0, i - REACH); k <= Math.min(words.length - 1, i + REACH); k++)
      if (k !== i && GENERIC.has(words[k]!)) return true;
    return false;
  });
}

/**
 * Words that name a job by what it works on ("dialysis tech", "forensic scientist", "anesthesia assistant"), and a
 * credential by what it lets one do ("forklift certification", "notary license").
 */
const JOB_HEADS: ReadonlySet<string> = new Set(
  `tech technician technologist assistant aide scientist specialist certification certificate cert license licence
credential`
    .split(/\s+/)
    .map(stem),
);

/**
 * A job or credential the pack does not know, named by an unknown word before a word for a job or credential ("how
 * do I become a dialysis tech", "what does a cardiovascular technologist earn", "does my forklift certification
 * count"): not a pack word, not one of the 10,000 most common English
 * words ("a good tech", "the bench tech"), not a stopword; or, after such a common word, the word before it
("sterile processing tech"; but "blood bank tech"). `head`: the job word's stem, which the caller does not
 * count as naming the domain ("technologist" alone is a domain term).
 */
export function unknownJob(
  corrected: readonly string[],
  isPackWord: (stem: string) => boolean,
): { name: string; head: string } | undefined {
  for (let i = 1; i < corrected.length; i++) {
    const head = stem(corrected[i]!);
    if (!JOB_HEADS.has(head)) continue;
    // The word before it, or the one before that after a common word ("sterile processing tech").
    for (const k of [i - 1, i - 2]) {
      const before = corrected[k];
      if (before === undefined || STOPWORDS.has(before) || /\d/.test(before) || isPackWord(stem(before)))
        break;
      if (!USUAL_ENGLISH.has(before)) return { name: corrected.slice(k, i + 1).join(" "), head };
    }
  }
  return undefined;
}

/**
 * A name the pack does not know ("CNA", "PANCE"), written as a name in `text`, as typed (`corrections`: the speller's
 * [typed, meant], so "PANCE" is not read as a pack word): in a message that names nothing of the domain it is what
 * the message is about.
 */
export function unknownName(
  text: string,
  corrected: readonly string[],
  isPackWord: (stem: string) => boolean,
  corrections: readonly (readonly [string, string])[] = [],
): string | undefined {
  const names = namesIn(text, new Set(corrections.map(([typed]) => typed)));
  if (names.size === 0) return undefined;
  const typed = [...corrected, ...corrections.map(([t]) => t)];
  return typed.find(
    (w, i) =>
      (names.has(w) || names.has(`${w}s`)) &&
      !STOPWORDS.has(w) &&
      !USUAL_ENGLISH.has(w) &&
      !isPackWord(stem(w)) &&
      !namesATool(typed, i),
  );
}

/** Words for the things a job works with, which a name may be given to: "the LIS system", "EMR software". */
const TOOLS = new Set(
  `system systems software computer computers database machine machines analyzer analyzers analyser analysers
  instrument instruments platform`.split(/\s+/),
);

/** Prepositions after which a name is where the work's things are put: "results in EMR", "samples into the LIS". */
const INTO = new Set(["in", "into", "on", "onto", "through"]);

/**
 * Whether the name at `i` is a tool's, not a career's or an exam's: it names a thing of work ("the LIS system", "the
 * CBC machines"), or where the work's things are put ("enters results in EMR", "logs the samples into Cerner").
 */
function namesATool(ws: readonly string[], i: number): boolean {
  if (TOOLS.has(ws[i + 1] ?? "")) return true;
  let k = i - 1;
  if (ws[k] === "the") k--;
  return INTO.has(ws[k] ?? "") && ws.slice(Math.max(0, k - 3), k).some(isWorkThing);
}

/**
 * Whether a question names, with "the" or "that", a generic word (exam, test, license…) that the sentence
 * before it also names: "PTCB exam, how hard is the test?" asks about the exam named before.
 */
export function namesItsGeneric(question: string, before: string): boolean {
  const ws = words(question);
  const named = ws.some((w, i) => GENERIC.has(w) && ["the", "that"].includes(ws[i - 1] ?? ""));
  return named && words(before).some((w) => GENERIC.has(w));
}

/**
 * "that field", "those jobs", "that one": a question pointing back to a field, job or exam named before it. "This"
 * points at the career under discussion ("this job"), and "that switch" at no field.
 */
const POINTS_TO_A_FIELD =
  /\b(?:that|those|such)\s+(?:(?:kind|type|sort|line)\s+of\s+)?(?:fields?|jobs?|ones?|careers?|professions?|roles?|work|exams?|tests?|boards|certifications?|certificates?|credentials?|licen[cs]es?|programs?|schools?|degrees?)\b/;

export function pointsToAnotherField(question: string): boolean {
  return POINTS_TO_A_FIELD.test(question.toLowerCase());
}

/** Whether a token of letters and figures is chat's spelling of a word ("b4", "l8r", "sum1"), no name nor code. */
const texted = (w: string) => isTextedWord(w) || everydayChatWord(w) !== undefined;

/** A code of one letter and digits, as visa classes, forms and plans are named: "H-1B", "J1", "F-1", "W2", "I-20". */
const LETTER_CODE = /(?<![\p{L}\p{N}-])\p{L}-?\p{N}{1,3}\p{L}?(?![\p{L}\p{N}])/gu;

/**
 * The first code of one letter and digits in a text (`LETTER_CODE`) that is not a word of the pack (`isPackWord`, by
 * the code in lower case without its hyphen): a visa's class, a tax form, a retirement plan. Longer codes ("SN2",
 * "ex-68W") are not read: chemistry and ranks write those.
 */
export function letterCode(text: string, isPackWord: (word: string) => boolean): string | undefined {
  for (const [code] of text.matchAll(LETTER_CODE)) {
    const word = code.toLowerCase().replace("-", "");
    if (!isPackWord(word) && !texted(word)) return word;
  }
  return undefined;
}

/** Auxiliaries that open a question before its subject: "does CLIA say…", "will Medicaid cover…". */
const OPENING = new Set([
  "do",
  "does",
  "did",
  "will",
  "would",
  "can",
  "could",
  "should",
  "is",
  "are",
  "must",
]);

/** What a body does that a question may ask of it: says, requires, has, offers, hires, covers, allows. */
const RULING =
  /^(?:say|says|said|require|requires|required|have|has|offer|offers|hire|hires|accept|accepts|cover|covers|pay|pays|allow|allows|let|lets|need|needs|want|wants|take|takes|count|counts|recogni[sz]e|recogni[sz]es|run|runs|provide|provides|fund|funds|approve|approves)$/;

/**
 * "does CLIA say a lab tech needs a degree", "what does OSHA require in labs", "Gallaudet have the program?": a name the
 * pack does not know (`name`, from `unknownName`) as the subject of the question, right after its opening
 * auxiliary or opening the question itself, with a verb of what a body says, requires, offers or pays right after it.
 * What that body does is its own, however much of the domain the rest names.
 */
export function nameAsSubject(ws: readonly string[], name: string): boolean {
  return ws.some((w, i) => {
    if (w !== name || !RULING.test(ws[i + 1] ?? "")) return false;
    if (i === 0) return true;
    return OPENING.has(ws[i - 1]!) && (i === 1 || !/^(?:i|you|we|they)$/.test(ws[i - 2]!));
  });
}
