// A client's question, not a career question: the writer's own (or a relative's) tests, results and care share the
// pack's words ("blood test", "results", "lab") but ask what the profession does for them, not about working in it.
import { outsideAsides } from "./asides.ts";
import { asksAJobsName } from "./doers.ts";
import type { MatchIndex } from "./index.ts";
import { STOPWORDS, stem, words } from "./text.ts";

/** The writer, or someone of theirs, as the one tested: "my", "our", "my son's", "her" after a relative. */
const POSSESSIVE = new Set(["my", "our", "mine"]);
const RELATIVES = new Set(
  `son daughter kid kids child children baby toddler newborn mom mother mum dad father parent parents husband wife
partner spouse boyfriend girlfriend brother sister grandma grandmother grandpa grandfather grandson granddaughter
aunt uncle niece nephew`.split(/\s+/),
);
const THEIR_OWN = new Set(["his", "her", "their"]);
/** The writer as the one who gets or prepares for a test ("can I get tested"); a generic "you" too. */
const WRITER = new Set(["i", "im", "we", "me", "us"]);

/**
 * Words of a school or an exam: "my lab results" of a course or "my test results" of the certification exam are a
 * student's, not a patient's.
 */
const STUDYING = new Set(
  `exam exams class classes course courses college semester clinicals clinical certification certified boards score
scores pass passed passing fail failed failing grade grades student students program training`.split(/\s+/),
);

/** Stems of the words a client term may share with exams: "results", "test results", "tested". */
const EXAM_WORDS = new Set(["result", "test", "score"]);
/** How a patient reads a result. */
const READINGS = new Set("high low normal abnormal elevated positive negative bad".split(" "));

/** A patient's worry over a result. */
const WORRY = new Set("worried worry worrying concerned scared afraid nervous abnormal elevated".split(" "));
/** What one's doctor does with a test: "the tests my doctor ordered" (not "so my doctor can see them"). */
const ORDERS = new Set("order orders ordered wants wanted said says told sent asked".split(" "));
/** Who pays for a patient's care. */
const PAYERS = new Set("insurance insurer insured medicare medicaid copay deductible".split(" "));
/** Getting or undergoing the service: "where do I get a blood test", "I need a lab test", "can I get tested". */
const UNDERGO = new Set(["get", "getting", "got", "have", "having", "need", "needs"]);
/** Words between such a verb and what is undergone. */
const DETERMINERS = new Set(["a", "an", "the", "my", "some", "this", "that", "these", "those"]);
/** Getting ready for it: "should I fast before a blood draw", "how to prepare for a blood test". */
const PREPARE = new Set(["prepare", "preparing", "fast", "fasting", "eat", "eating", "drink", "drinking"]);
/** Who prepares for a draw as a patient: the writer, a generic "you", or nobody named ("how to prepare"). */
const PATIENT_SUBJECT = new Set(["i", "we", "you", "u", "to"]);

/** How far a worry may stand from the result it is about: "the blood work came back and we are a bit scared". */
const WORRY_REACH = 10;

/** How far a client term may stand from the word that makes it the writer's: "my son's white blood cell count". */
const REACH = 4;

const AUXILIARIES = new Set([
  "do",
  "does",
  "did",
  "will",
  "would",
  "can",
  "could",
  "is",
  "are",
  "was",
  "were",
]);
const ONESELF = new Set(["i", "we", "you", "u", "my", "our", "me", "it", "that", "this"]);

const PRONOUNS = new Set(["i", "we", "you", "u", "they", "he", "she", "it", "that", "this"]);

/**
 * Words holding a question about someone else: "do techs…", "will they…"; not "should I…", "is it…", nor a
 * statement's verb after its subject ("we are a bit scared").
 */
function asksOfSomeoneElse(ws: readonly string[]): boolean {
  return ws.some(
    (w, k) =>
      AUXILIARIES.has(w) &&
      !PRONOUNS.has(ws[k - 1] ?? "") &&
      ws[k + 1] !== undefined &&
      !ONESELF.has(ws[k + 1]!),
  );
}

/**
 * Whether a message asks as a client: one of the pack's client terms (`clientTerms`, stems of their words: what the
 * profession does for the people it serves, "blood test", "results") is the writer's or a relative's ("my results",
 * "my son's blood test"), or comes with a patient's concern ("should I be worried" about theirs, "my doctor",
 * insurance or Medicare), or the writer gets it or prepares for it ("where do I get tested", "should I fast before a
 * blood draw"). Career questions about clients ("do lab techs talk to patients", "who reads the results", "will I do
 * blood draws") say none of these.
 */
export function asksAsAClient(text: string, clientTerms: readonly (readonly string[])[]): boolean {
  return readsAsAClient(clientReading(text, clientTerms), clientTerms);
}

/** A text as the client test reads it: its words, their stems and where the client terms start, worked out once. */
export interface ClientReading {
  words: readonly string[];
  stems: readonly string[];
  at: readonly number[];
}

export function clientReading(text: string, clientTerms: readonly (readonly string[])[]): ClientReading {
  if (clientTerms.length === 0) return { words: [], stems: [], at: [] };
  const ws = words(text);
  const stems = ws.map(stem);
  return { words: ws, stems, at: clientTermsAt(stems, clientTerms) };
}

/** Whether words, as the matcher read them, say one of the client terms ("blood test") anywhere. */
export function saysAClientTerm(ws: readonly string[], clientTerms: readonly (readonly string[])[]): boolean {
  return clientTermsAt(ws.map(stem), clientTerms).length > 0;
}

/** Whether a text read once names one of the client terms at all: most messages do not, and are settled here. */
export function namesAClientTerm(reading: ClientReading): boolean {
  return reading.at.length > 0;
}

/** `asksAsAClient` of a text already read. */
export function readsAsAClient(
  { words: ws, stems, at }: ClientReading,
  clientTerms: readonly (readonly string[])[],
): boolean {
  if (at.length === 0 || ws.some((w) => STUDYING.has(w))) return false;
  // "my results", "test results": words exams share say a patient's only with a reading ("came back high") or a term
  // of care beside them ("my blood test results"); "my results on the ASCP came back" are an exam's, and so is being
  // "tested on" something, not "tested for" it.
  const shared = (i: number) =>
    ws[i] === "tested"
      ? ws[i + 1] === "on"
      : clientTerms.every((t) => !startsAt(stems, i, t) || t.every((s) => EXAM_WORDS.has(s)));
  if (at.every(shared) && !ws.some((w) => READINGS.has(w) || WORRY.has(w))) return false;
  const relative = ws.some((w) => RELATIVES.has(w));
  const owner = (w: string) => POSSESSIVE.has(w) || RELATIVES.has(w) || (relative && THEIR_OWN.has(w));
  // "my son's blood test", "her results" (of a relative named before), "the glucose of my husband".
  if (at.some((i) => ws.slice(Math.max(0, i - REACH), i).some(owner))) return true;
  if (at.some((i) => ws.slice(i + 1, i + 1 + REACH).some((w) => RELATIVES.has(w)))) return true;
  const theirs = ws.some(owner);
  // "tests my doctor orders", "does medicare pay for blood work", "my husband's … should we be worried".
  const doctor = ws.some((w, i) => w === "doctor" && owner(ws[i - 1] ?? "") && ORDERS.has(ws[i + 1] ?? ""));
  // A worry about something else in the message ("I'm nervous about computers, do techs type the results in") is not
  // one: the worry stands near the result, with no question about someone else between them.
  const worried = ws.some(
    (w, k) =>
      WORRY.has(w) &&
      at.some(
        (i) => Math.abs(i - k) <= WORRY_REACH && !asksOfSomeoneElse(ws.slice(Math.min(i, k), Math.max(i, k))),
      ),
  );
  if (doctor || ws.some((w) => PAYERS.has(w)) || (theirs && worried)) return true;
  const writer = theirs || ws.some((w) => WRITER.has(w));
  const before = (i: number, k: number) => ws[i - k] ?? "";
  return at.some((i) => {
    // "where can I get a blood test", "I need a lab test", "can I get tested".
    const verb = DETERMINERS.has(before(i, 1)) ? before(i, 2) : before(i, 1);
    if (writer && UNDERGO.has(verb)) return true;
    return preparesFor(ws, i);
  });
}

/**
 * "how to prepare for a blood draw", "should I fast before my blood work": getting ready for the client term at `i`,
 * the writer, a generic "you" or nobody named doing it; not "how do phlebotomists prepare".
 */
function preparesFor(ws: readonly string[], i: number): boolean {
  for (let j = Math.max(0, i - REACH); j < i; j++)
    if (PREPARE.has(ws[j]!) && (j === 0 || PATIENT_SUBJECT.has(ws[j - 1]!))) return true;
  return false;
}

/**
 * Whether a text read once gets ready for a client term (`preparesFor`), with no word of a school or an exam: the
 * term stands in a clause that reads as a scene ("before my blood work") but is what the getting ready is for.
 */
function getsReadyFor({ words: ws, at }: ClientReading): boolean {
  return !ws.some((w) => STUDYING.has(w)) && at.some((i) => preparesFor(ws, i));
}

/** Whether a term's stems stand in `stems` from position `i` on. */
function startsAt(stems: readonly string[], i: number, term: readonly string[]): boolean {
  return term.every((s, k) => stems[i + k] === s);
}

/** Where the client terms start among the words' stems. */
function clientTermsAt(stems: readonly string[], clientTerms: readonly (readonly string[])[]): number[] {
  const at: number[] = [];
  for (let i = 0; i < stems.length; i++) if (clientTerms.some((t) => startsAt(stems, i, t))) at.push(i);
  return at;
}

/** Words that give a measure its value: "my ferritin is 8", "my potassium came back 5.8", "my a1c was at 6.1". */
const GIVES_A_VALUE = new Set("is was are were came back at of reads read showed shows".split(" "));
/** How a patient asks after a value of their own: is it high, low, normal, dangerous, should I worry or go in. */
const ASKS_AFTER_IT = new Set([
  ...READINGS,
  ...WORRY,
  "dangerous",
  "serious",
  "okay",
  "ok",
  "er",
  "emergency",
]);
/** "what should I do", "what do we do now": asking what to do about what was just told. */
function asksWhatToDo(ws: readonly string[]): boolean {
  return ws.some(
    (w, i) =>
      w === "what" &&
      ["should", "do", "can", "shall"].includes(ws[i + 1] ?? "") &&
      ["i", "we"].includes(ws[i + 2] ?? "") &&
      ws[i + 3] === "do",
  );
}

/** How many words a measured thing may take: "my vitamin d", "my white cell count". */
const THING_REACH = 3;

/**
 * "my vitamin D is 18, is this low?", "my potassium came back 5.8 should i go to the er": a value of the writer's (or a
 * relative's) own, a figure after what is measured and a word giving it, asked after as a patient does (high, low,
 * worried, dangerous, what to do about it), is a patient's question though it names none of the pack's client terms. What is measured is
 * no word of the pack (`isPackWord`, by stem: "my salary is 40k, is that low" is the pay), no person ("my son is 16")
 * and no school's ("my gpa is 2.5", with a word of studying anywhere).
 */
export function asksAfterOwnValue(ws: readonly string[], isPackWord: (stem: string) => boolean): boolean {
  if (!(ws.some((w) => ASKS_AFTER_IT.has(w)) || asksWhatToDo(ws)) || ws.some((w) => STUDYING.has(w)))
    return false;
  return ws.some((w, i) => {
    if (!POSSESSIVE.has(w)) return false;
    for (let k = i + 1; k <= i + THING_REACH && k < ws.length; k++) {
      const x = ws[k]!;
      if (GIVES_A_VALUE.has(x)) {
        const thing = ws.slice(i + 1, k);
        if (
          thing.length === 0 ||
          thing.some((t) => RELATIVES.has(t) || (!STOPWORDS.has(t) && isPackWord(stem(t))))
        )
          return false;
        return ws.slice(k + 1, k + 4).some((v) => /^\d+$/.test(v));
      }
    }
    return false;
  });
}

/** Words asking what something means. */
const MEANING = new Set(["mean", "means", "meaning"]);

/** Words a reading may qualify that are no test or body and no word of the pack: "high school". */
const NOT_A_MEASURE = new Set(["school", "schools"]);

/**
 * "what does a positive ANA test mean", "what does it mean when your white cells run high": what a reading (high, low,
 * positive, negative, elevated, abnormal) of a thing the pack does not know (`isPackWord`, by stem: a test's or a
 * body's measure) means, asked as a patient asks. Not a reading of a school's or an exam's (words of studying), nor of
 * the work's own things ("what does high demand mean", "a positive attitude"): those are words of the pack.
 */
export function asksWhatAReadingMeans(ws: readonly string[], isPackWord: (stem: string) => boolean): boolean {
  if (!ws.some((w) => MEANING.has(w)) || ws.some((w) => STUDYING.has(w))) return false;
  const measure = (w: string | undefined) =>
    w !== undefined &&
    !STOPWORDS.has(w) &&
    !READINGS.has(w) &&
    !MEANING.has(w) &&
    !NOT_A_MEASURE.has(w) &&
    /^\p{L}+$/u.test(w) &&
    !isPackWord(stem(w));
  // A reading right before a word of the pack or a school qualifies that word: "high demand", "high school grad".
  const qualifies = (next: string | undefined) =>
    next !== undefined && (NOT_A_MEASURE.has(next) || (!STOPWORDS.has(next) && isPackWord(stem(next))));
  return ws.some(
    (w, i) =>
      READINGS.has(w) &&
      !qualifies(ws[i + 1]) &&
      ws.slice(Math.max(0, i - THING_REACH), i + THING_REACH + 1).some((x) => measure(x)),
  );
}

/**
 * "how do I read my blood test results", "does medicare pay for lab work": a patient's question, not the career's.
 * A patient's story around a career question ("…I only ever got my own blood drawn. What is the work like?") is not
 * one, unless the question names nothing of the pack and takes its subject from the story ("my son's blood test came
 * back high. Should I be worried?").
 */
export function asksAsAPatient(index: MatchIndex, text: string, asking: readonly string[]): boolean {
  const { clientTerms } = index;
  // Most messages name no client term: one look at their words (the words the normaliser read) settles it.
  if (!namesAClientTerm(clientReading(text, clientTerms))) return false;
  if (asksAJobsName(asking.length > 0 ? asking.join(" ") : text)) return false;
  // "when I get my blood drawn, who labels the tubes": a clause that sets the scene is not what is asked. The words
  // outside such clauses are read as a text of their own (joined, they may make a phrase the whole did not).
  // "should I fast before my blood work": a clause saying what one gets ready for is no scene.
  const asClient = (t: string) =>
    readsAsAClient(clientReading(outsideAsides(t).join(" "), clientTerms), clientTerms) ||
    getsReadyFor(clientReading(t, clientTerms));
  if (asking.length === 0) return asClient(text);
  if (asClient(asking.join(" "))) return true;
  if (!asClient(text)) return false;
  return asking.every((q) => !index.normalizer.normalize(q).terms.some((t) => index.weights.has(t)));
}
