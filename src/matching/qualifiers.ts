// The stretches of a question that qualify what it asks without being it: an example after "like" ("what machines
// do they use, like the pricey analysers?"), a clause saying which one ("the tubes they fill for a job physical"), the
// time it is set in ("on a weekend", "during their working hours"), what it sets aside ("the pay aside, …"). General
// English, true of any pack: a word the guide does not cover that is said only there is not what is asked.
import { splitAsides, splitContrast } from "./asides.ts";
import { words } from "./text.ts";

/** Openers of an example after a comma: "…, like the places…", "…, such as…", "…, for example…". */
const EXAMPLES: readonly (readonly string[])[] = [
  ["like"],
  ["such", "as"],
  ["for", "example"],
  ["for", "instance"],
  ["including"],
  ["eg"],
  ["say"],
];

/** Prepositions opening a lead-in about the one asking, before a comma: "as someone who…", "for a person doing…". */
const LEAD_INS = new Set(["as", "for", "being", "with"]);

/** Openers of a segment setting aside what the question is not about. */
const SET_ASIDE: readonly (readonly string[])[] = [
  ["besides"],
  ["apart", "from"],
  ["aside", "from"],
  ["other", "than"],
  ["except", "for"],
];

/** Prepositions of the time or occasion a question is set in: "on a night shift", "during the day", "after hours". */
const TIME_PREPOSITIONS = new Set(["during", "on", "over", "throughout", "after", "before", "in"]);

/** The most words after the preposition of a phrase of time ("on a busy holiday weekend"). */
const PHRASE_WORDS = 4;

/** Prepositions that start a phrase of their own. */
const PREPOSITIONS = new Set([
  ...TIME_PREPOSITIONS,
  "at",
  "for",
  "per",
  "to",
  "from",
  "with",
  "by",
  "of",
  "about",
]);

/** Subjects only, never objects: after a noun they open a clause saying which one ("the blood they draw"). */
const SUBJECT_PRONOUNS = new Set(["i", "we", "they", "he", "she"]);

/** Relative pronouns after a noun: "the machine which…", "the people who…" ("that" follows verbs as often: "checks that"). */
const RELATIVES = new Set(["which", "who"]);

/** Words after which a pronoun or "that" starts no clause of its own: it is the question's own subject or object. */
const NOT_A_NOUN = new Set([
  ...[
    "what",
    "whats",
    "how",
    "who",
    "where",
    "when",
    "why",
    "which",
    "whose",
    "if",
    "whether",
    "so",
    "and",
    "or",
  ],
  ...[
    "but",
    "because",
    "cause",
    "do",
    "does",
    "did",
    "can",
    "could",
    "would",
    "will",
    "should",
    "shall",
    "may",
  ],
  ...["might", "must", "is", "are", "was", "were", "am", "be", "been", "have", "has", "had", "r", "u", "to"],
  ...[
    "than",
    "then",
    "that",
    "this",
    "think",
    "know",
    "say",
    "said",
    "says",
    "mean",
    "hear",
    "heard",
    "tell",
  ],
  ...["told", "wonder", "guess", "believe", "hope", "feel", "sure", "like", "as", "of", "for", "in", "on"],
  ...["at", "with", "about", "from", "by", "after", "before", "once", "while", "until", "all", "ok", "okay"],
  ...["not", "dont", "don't", "cant", "can't", "wont", "won't", "didnt", "didn't", "doesnt", "doesn't"],
  ...["isnt", "isn't", "arent", "aren't", "also", "even", "just", "still", "really", "actually", "yes", "no"],
]);

/** Words that end a phrase of time: a question word, an auxiliary, a conjunction or a subject starts the rest again. */
const PHRASE_ENDS = new Set([
  ...["what", "how", "who", "where", "when", "why", "which", "and", "or", "but", "so", "if", "because"],
  ...["do", "does", "did", "can", "could", "would", "will", "should", "is", "are", "was", "were", "that"],
  ...SUBJECT_PRONOUNS,
  "you",
  "u",
]);

/**
 * A question asking for a thing, a person, a place or a way ("what…", "which…", "who…", "where…", "how do I…", "any…"
 * asking for some of a thing), not for
 * a time or a count, and not yes or no: a yes-no question's qualifier is what it asks ("do they work on weekends?",
 * "are there jobs I could do from home?"), as is the time a question of time asks.
 */
const ASKS_A_THING =
  /^(?:(?:so|and|but|ok|okay|then|also)\s+)*(?:what|whats|which|who|whos|whom|whose|where|wheres|any|how(?!\s+(?:long|often|many|soon|late|early|come)\b))\b/;

export interface Qualified {
  /** The question without its qualifying stretches. */
  asked: string;
  /** The qualifying stretches' words. */
  qualifying: string;
  /**
   * The last word of each example after a comma, its head: an example whose head is what the guide does not cover
   * ("benefits, like insurance") says what the question asks.
   */
  examples: string[];
}

/**
 * The words of a segment (a stretch between punctuation) that qualify the question, as a mask. `first` tells whether
 * the segment follows a comma (an example may open it) and whether the question said anything before it.
 */
function qualifyingIn(
  ws: readonly string[],
  afterComma: boolean,
  saidBefore: boolean,
  last: boolean,
): { mask: boolean[]; loose: boolean; example?: string } {
  const mask = ws.map(() => false);
  const whole = { mask: ws.map(() => true), loose: true };
  if (ws.length === 0) return { mask, loose: true };
  // "the pay aside, what…": the segment is what the question sets aside.
  if (ws.at(-1) === "aside" && ws.length > 1) return whole;
  // "besides hospitals, where…", "other than the pay, what…": what a question sets aside before it.
  if (SET_ASIDE.some((e) => e.every((x, k) => ws[k] === x))) return whole;
  // ", like the places…", ", including the pricey ones": an example runs to the next punctuation.
  if (afterComma && saidBefore && EXAMPLES.some((e) => e.every((x, k) => ws[k] === x)))
    return { ...whole, example: ws.at(-1) };
  // "as someone who works weekends, is…", "for a person doing nights, what…": who asks, told before the question.
  if (!saidBefore && !last && ws.length > 1 && LEAD_INS.has(ws[0]!)) return whole;
  // "the blood they draw for…", "programs i could do…", "the machine which…": a clause after a noun, to the end.
  const clause = ws.findIndex(
    (w, i) =>
      i > 0 &&
      !NOT_A_NOUN.has(ws[i - 1]!) &&
      (SUBJECT_PRONOUNS.has(w) || RELATIVES.has(w)) &&
      ws[i + 1] !== undefined,
  );
  if (clause > 0) for (let k = clause; k < ws.length; k++) mask[k] = true;
  // "what would I run on a night shift in the lab", "on a busy weekend, who…": phrases of time, each a preposition and
  // a few words, closing the segment or followed only by what qualifies it too; in the middle ("the college in town
  // charges…") the words after it are the question's own.
  let end = clause > 0 ? clause : ws.length;
  for (let i = end - 1; i >= 0; i--) {
    if (!TIME_PREPOSITIONS.has(ws[i]!)) continue;
    let j = i + 1;
    while (j < ws.length && j <= i + PHRASE_WORDS && !PHRASE_ENDS.has(ws[j]!) && !PREPOSITIONS.has(ws[j]!))
      j++;
    if (j !== end || j === i + 1 || (i === 0 && saidBefore && !afterComma)) continue;
    for (let k = i; k < j; k++) mask[k] = true;
    end = i;
  }
  return { mask, loose: !mask.includes(true) };
}

/**
 * A question read apart from what qualifies it, or undefined when nothing does or nothing would be left. The clauses
 * that set its scene ("when the doctor…") and what it sets aside ("besides hospitals") qualify it too.
 */
export function qualifiedApart(text: string): Qualified | undefined {
  // A message of several sentences is read a question at a time: the others are its story, not its qualifiers.
  if (/[.!?]\s+\S/.test(text.trim())) return undefined;
  const asked: string[] = [];
  const qualifying: string[] = [];
  const scene = new Set(splitAsides(text).inside);
  const contrast = new Set(splitContrast(text).inside);
  let afterComma = false;
  let loose = true;
  const examples: string[] = [];
  const pieces = text.split(/([,;:.!?()\n]+|\s[-–—]\s)/);
  const lastWords = pieces.findLastIndex((p) => words(p).length > 0);
  pieces.forEach((piece, at) => {
    if (/^(?:[,;:.!?()\n]+|\s[-–—]\s)$/.test(piece)) {
      afterComma = /[,;:\-–—]/.test(piece);
      return;
    }
    const ws = words(piece);
    const found = qualifyingIn(ws, afterComma, asked.length > 0, at === lastWords);
    loose &&= found.loose;
    if (found.example !== undefined) examples.push(found.example);
    ws.forEach((w, i) => {
      (found.mask[i] || scene.has(w) || contrast.has(w) ? qualifying : asked).push(w);
    });
    if (ws.length > 0) afterComma = false;
  });
  // A yes-no question is read apart only from what is set off by a comma: an example after it, who asks before it.
  if (qualifying.length === 0 || asked.length === 0) return undefined;
  if (!loose && !ASKS_A_THING.test(asked.join(" "))) return undefined;
  const mark = /\?\s*$/.test(text) ? "?" : "";
  return { asked: `${asked.join(" ")}${mark}`, qualifying: qualifying.join(" "), examples };
}

/** A condition on the writer after the question: "if I'm working full time", "while my job is nights". */
const WRITERS_CONDITION = /,?\s+(?:if|when|while|since)\s+(?=(?:i|i'm|im|i've|ive|my)\s)/i;

/** A condition that states what the writer wants or needs: "if I want to work from home", "if I need a visa". */
const WANTING =
  /\b(?:want|wants|wanna|need|needs|needed|like to|prefer|hope|hoping|plan|planning|looking to|rather)\b/i;

/**
 * The question and the writer's own circumstance told after it as a condition ("how do I get in if I'm working full time
 * with overtime"), or undefined: a condition stating what the writer wants or needs ("…if I want to work from home") is
 * what the question asks, and so is one about anyone ("…if you work nights").
 */
export function circumstanceAfter(sentence: string): [question: string, circumstance: string] | undefined {
  const m = WRITERS_CONDITION.exec(sentence);
  if (m === null) return undefined;
  const question = sentence.slice(0, m.index).trim();
  const circumstance = sentence.slice(m.index).replace(/^,?\s+/, "");
  if (words(question).length < 3 || WANTING.test(circumstance)) return undefined;
  return [question, circumstance];
}
