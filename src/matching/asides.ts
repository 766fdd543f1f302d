// A clause that says when or for whom something happens ("before the doctor sees them", "when the nurse sends a
// tube down", "so my doctor can read it") sets the scene; it is not what the message asks about. General English,
// true of any pack: another career named only there does not make the message that career's.
import { keptByText } from "./by-text.ts";
import { words } from "./text.ts";

/** The openers of a clause of time: "when the nurse fills a tube", "after the doctor orders it" (not "so the doctor can"). */
export const TIME_OPENERS: ReadonlySet<string> = new Set([
  "when",
  "whenever",
  "before",
  "after",
  "until",
  "till",
  "once",
  "while",
]);

/** Words that open a clause of time, purpose or place. "if" is not one: "if I go into nursing, …" asks about it. */
const OPENERS: ReadonlySet<string> = new Set([...TIME_OPENERS, "so", "where", "somewhere"]);

/** The subject that follows an opener when a clause, not a noun, comes next ("before the doctor…", not "before nursing school"). */
const SUBJECTS = new Set([
  "the",
  "a",
  "an",
  "my",
  "your",
  "his",
  "her",
  "our",
  "their",
  "its",
  "it",
  "he",
  "she",
  "they",
  "you",
  "i",
  "we",
  "someone",
  "somebody",
  "anybody",
  "anyone",
  "everyone",
]);

/** A question word ends the clause: "when u pee in a cup at the doctors who labels it" asks from "who" on. */
const QUESTION_WORDS = new Set(["who", "what", "which", "how", "why", "whose", "whom"]);

export interface Asides {
  outside: readonly string[];
  inside: readonly string[];
}

/**
 * The message's words outside such clauses and inside them (a clause runs to the next punctuation mark or question
 * word). Kept by text while a message is matched: a message's clauses are looked for by its scene, its other careers and
 * its patient's words.
 */
export function splitAsides(text: string): Asides {
  return keptAsides(text);
}

function readAsides(text: string): Asides {
  const outside: string[] = [];
  const inside: string[] = [];
  for (const segment of text.split(/[,;:.!?()\n]+|\s[-–—]\s/)) {
    const ws = words(segment);
    let inAside = false;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      if (QUESTION_WORDS.has(w)) inAside = false;
      // "where does it go" asks; "…somewhere the doctor can see them", "where the doctor can pull them up" tell.
      else if (OPENERS.has(w) && SUBJECTS.has(ws[i + 1] ?? "") && !(w === "where" && i === 0)) inAside = true;
      (inAside ? inside : outside).push(w);
    }
  }
  return { outside, inside };
}

const keptAsides = keptByText(readAsides);

export function outsideAsides(text: string): readonly string[] {
  return splitAsides(text).outside;
}

/**
 * Openers of a phrase that names what a question sets aside: "besides hospitals", "instead of a degree", "an
 * alternative to the two-year program", "other than blood". What it names is the question's context, not its subject.
 */
const CONTRASTS: readonly (readonly string[])[] = [
  ["instead", "of"],
  ["rather", "than"],
  ["other", "than"],
  ["besides"],
  ["apart", "from"],
  ["aside", "from"],
  ["except"],
  ["alternative", "to"],
  ["alternatives", "to"],
  ["as", "opposed", "to"],
  ["in", "place", "of"],
];

const CONTRAST_OPENER = new RegExp(`\\b(?:${CONTRASTS.map((c) => c.join("\\s+")).join("|")})\\b`, "i");

/** Words that end such a phrase: a question word, an auxiliary or a subject starts the question again. */
const CONTRAST_ENDS = new Set([
  ...QUESTION_WORDS,
  "where",
  "when",
  "can",
  "could",
  "do",
  "does",
  "did",
  "is",
  "are",
  "will",
  "would",
  "should",
  "i",
  "you",
  "and",
  "or",
]);

/** The message's words outside and inside phrases of contrast (each runs to punctuation or a word that ends it). */
export function splitContrast(text: string): { outside: string[]; inside: string[] } {
  const outside: string[] = [];
  const inside: string[] = [];
  // Most messages set nothing aside: one look at the text settles it.
  if (!CONTRAST_OPENER.test(text)) return { outside, inside };
  for (const segment of text.split(/[,;:.!?()\n]+|\s[-–—]\s/)) {
    const ws = words(segment);
    let inContrast = false;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const opener = CONTRASTS.find((c) => c.every((x, k) => ws[i + k] === x));
      if (opener) {
        outside.push(...opener);
        i += opener.length - 1;
        inContrast = true;
        continue;
      }
      if (CONTRAST_ENDS.has(w)) inContrast = false;
      (inContrast ? inside : outside).push(w);
    }
  }
  return { outside, inside };
}
