// Finds what a story says the writer already has or has done ("I got my associate's back in 2019", "passed the board
// exam last spring", "I've worked as a phlebotomist for years") and whether a question asks what comes after it
// ("so what's my next move?", "where do I go from here?"): such a question does not ask about what the writer holds.
import { messageParts } from "./clauses.ts";
import { namesDomain } from "./coverage.ts";
import type { MatchIndex } from "./index.ts";
import { isEverydayTerm } from "./subject.ts";

/**
 * The writer holding, finishing or doing a thing: "I have an associate's", "I got my certificate", "we've finished the
 * prerequisites", "I'm a histotech", "been certified since 2015", "working as an MLT" (texting drops the "I").
 */
const HOLDS =
  /(?:\b(?:i|we)(?:'ve|ve|'d| have| had)?\s+(?:(?:already|just|recently|finally|also|since|even|actually|currently|now)\s+)*(?:have|has|hold|holding|got|gotten|earned|finished|completed|passed|did|done|graduated|took|taken|work|worked|working|been)\b|\b(?:i'm|im|i am|i was)\s+(?:(?:already|now|currently|just|also|actually)\s+)?(?:an?|certified|working|registered|licensed)\b|^(?:(?:already|just|recently|finally)\s+)?(?:have|got|earned|finished|completed|passed|did|graduated|working as|worked as|been)\b)/i;

/** What ends the clause that tells what is held: a stop, a comma or a turn to something else. */
const CLAUSE_END = /[.,;:!?()]|\s(?:but|so|and now|because|cause|cuz|though|although|then|until|before)\s/i;

/** A held thing denied: "I never finished", "I don't have a degree", "haven't passed yet". */
const DENIED =
  /\b(?:not|never|no|don'?t|didn'?t|haven'?t|hasn'?t|hadn'?t|can'?t|couldn'?t|won'?t|wasn'?t|without|yet)\b/i;

/**
 * The clauses of a sentence that tell a thing the writer holds or has done, from the verb on ("have an associate degree
 * in nursing"); none when the sentence denies it.
 */
export function heldIn(sentence: string): string[] {
  const held: string[] = [];
  let rest = sentence;
  for (let m = HOLDS.exec(rest); m !== null; m = HOLDS.exec(rest)) {
    const from = rest.slice(m.index);
    const end = CLAUSE_END.exec(from.slice(m[0].length));
    const clause = end === null ? from : from.slice(0, m[0].length + end.index);
    if (!DENIED.test(clause)) held.push(clause.trim());
    rest = from.slice(clause.length || 1);
  }
  return held;
}

/**
 * A question asking what comes next: "what's my next move", "where do I go from here", "what comes after this",
 * "now what".
 */
const NEXT = /\b(?:next|from here|from there|after (?:this|that)|now what|what now)\b/i;

/** Whether a question asks what follows where the writer stands. */
export function asksWhatsNext(question: string): boolean {
  return NEXT.test(question);
}

/**
 * Where a message's one question, naming nothing of the pack beyond everyday words, asks only what comes next after a
 * story of what the writer holds or has done: "up" when something they hold is of the career's own domain (its
 * credential, one of its jobs), "in" when all of it is outside; undefined for any other message.
 */
export function onwardFromHeld(index: MatchIndex, text: string): "up" | "in" | undefined {
  const { asking, background } = messageParts(text);
  if (asking.length !== 1 || !asksWhatsNext(asking[0]!)) return undefined;
  const own = index.normalizer.normalize(asking[0]!).terms;
  if (own.some((t) => index.weights.has(t) && !isEverydayTerm(index, t))) return undefined;
  const held = background.flatMap(heldIn);
  if (held.length === 0) return undefined;
  return held.some((c) => namesDomain(index, c)) ? "up" : "in";
}
