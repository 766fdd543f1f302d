// "Pay for" as a verb with a thing after it: the question asks what the thing costs, not what the work pays.
import { STOPWORDS } from "./text.ts";

/** Words before "pay" that make it the noun, what the work earns: "the pay for…", "what's the starting pay for…". */
const PAY_AS_NOUN = new Set([
  ...[
    "the",
    "a",
    "an",
    "of",
    "s",
    "whats",
    "what",
    "good",
    "decent",
    "average",
    "starting",
    "hourly",
    "yearly",
  ],
  ...[
    "annual",
    "base",
    "their",
    "your",
    "my",
    "his",
    "her",
    "our",
    "its",
    "any",
    "better",
    "more",
    "less",
    "same",
  ],
]);

/** Auxiliaries, subjects and "to" that make "pay" a verb within a few words before it: "will a hospital pay for…". */
const VERB_BEFORE = new Set([
  ...["do", "does", "did", "can", "could", "will", "would", "should", "might", "may", "to", "i", "who"],
]);

/** What stands before a noun phrase without being part of it. */
const DETERMINERS = new Set([
  ...["a", "an", "any", "some", "the", "my", "your", "their", "our", "his", "her", "own", "its"],
  ...["me", "us", "them", "you", "him", "all", "this", "that", "these", "those"],
]);

const MAX_PHRASE = 3;

/** The content words of the noun phrase from `at`, after its determiners; empty when none. */
function phraseAt(ws: readonly string[], at: number): string[] {
  let i = at;
  while (i < ws.length && DETERMINERS.has(ws[i]!)) i++;
  const words: string[] = [];
  while (i < ws.length && words.length < MAX_PHRASE && !STOPWORDS.has(ws[i]!)) words.push(ws[i++]!);
  return words;
}

/**
 * "will a hospital pay for my schooling", "how do I pay for the course": the words of the thing paid for, its head
 * last. Undefined when "pay" is the noun ("the pay for a lab tech"), when the payment is needed ("will I need to pay
 * for an exam" asks whether the exam is required; "have to" reads as need) or when no thing follows ("do they pay for
 * you to train").
 */
export function paidFor(ws: readonly string[]): string[] | undefined {
  for (let i = 1; i < ws.length - 1; i++) {
    if (!(ws[i] === "pay" || ws[i] === "pays" || ws[i] === "paying") || ws[i + 1] !== "for") continue;
    if (PAY_AS_NOUN.has(ws[i - 1]!)) continue;
    if (ws[i - 1] === "to" && ws[i - 2] === "need") continue;
    if (!ws.slice(Math.max(0, i - 4), i).some((w) => VERB_BEFORE.has(w))) continue;
    const words = phraseAt(ws, i + 2);
    if (words.length > 0) return words;
  }
  return undefined;
}

/**
 * Verbs of paying someone else's costs, in their forms: "will my employer reimburse me", "how do I get my program
 * funded", "is there any funding", "can the state subsidize it". Unlike "pay", none says what work earns.
 */
const PAYING_FOR_ANOTHER = new Set([
  ...["reimburse", "reimburses", "reimbursed", "reimbursing", "reimbursement", "reimbursements"],
  ...[
    "fund",
    "funds",
    "funded",
    "funding",
    "subsidize",
    "subsidizes",
    "subsidized",
    "subsidise",
    "subsidised",
  ],
  // Not "sponsor": "who sponsors the certification" asks who awards it.
  ...["defray", "defrays"],
]);

/** Whether a text says paying someone else's costs (see `PAYING_FOR_ANOTHER`). */
export function paysAnothersCost(ws: readonly string[]): boolean {
  return ws.some((w) => PAYING_FOR_ANOTHER.has(w));
}
