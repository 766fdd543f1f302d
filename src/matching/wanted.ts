// The thing a question asks to have or to exist ("is there maternity leave", "do they get a signing bonus"), by the
// places English puts it: after "is there", "any" opening a question, or a verb of having after an auxiliary.
import { FUNCTION_WORDS } from "./text.ts";

const AUXILIARIES = new Set(["do", "does", "did", "will", "would", "can", "could", "should", "might", "may"]);
/** Verbs whose object is a thing one has or is given: "do they get…", "can I use…", "does it offer…". */
const HAVING = new Set(
  "get gets getting got have has receive receives offer offers provide provides give gives use".split(" "),
);
/** Verbs that take the one given to first: "do hospitals give lab techs a bonus". */
const GIVING = new Set(["give", "gives", "offer", "offers"]);
/** Nouns of being told something: "any tips for…", "is there any advice" ask to be told, not to have a thing. */
export const TELLING: ReadonlySet<string> = new Set(
  "advice tips tip suggestions suggestion recommendations pointers guidance info information insight insights thoughts help resources".split(
    " ",
  ),
);
const DETERMINERS = new Set("a an any some the their your my his her our its".split(" "));
const PARTICIPLE = /^\p{L}{3,}(?:ing|ed)$/u;
/** How many words of the subject may stand between the auxiliary and the verb of having ("do lab techs get"). */
const SUBJECT_WORDS = 3;
/** A noun phrase's content words, at most: its modifiers and its head. */
const PHRASE_WORDS = 3;

/** The content words from `from`, after any determiners, to the first function word or figure. */
function phraseAt(ws: readonly string[], from: number): string[] {
  let i = from;
  while (i < ws.length && DETERMINERS.has(ws[i]!)) i++;
  const phrase: string[] = [];
  for (; i < ws.length && phrase.length < PHRASE_WORDS; i++) {
    const w = ws[i]!;
    // "dental and vision coverage": words joined by "and" or "or" qualify one head.
    const joined =
      (w === "and" || w === "or") && phrase.length > 0 && !FUNCTION_WORDS.has(ws[i + 1] ?? "and");
    if (joined) continue;
    if (FUNCTION_WORDS.has(w) || /^\d/.test(w)) break;
    phrase.push(w);
  }
  // A participle after the noun qualifies it ("a bigger role waiting", "a job opening up"); before it, it is a
  // modifier ("a waiting list", "a signing bonus").
  while (phrase.length > 1 && PARTICIPLE.test(phrase.at(-1)!)) phrase.pop();
  return phrase;
}

/**
 * The object of a verb of having at `at`: the second one after a verb of giving ("give them a bonus"). A participle
 * right after the verb is no object: "get started", "get paid", "have trained".
 */
function objectOf(ws: readonly string[], at: number): string[] {
  if (GIVING.has(ws[at]!)) {
    const second = ws.findIndex(
      (w, i) => i > at + 1 && i <= at + 1 + SUBJECT_WORDS && (w === "a" || w === "an"),
    );
    if (second > 0) return phraseAt(ws, second);
  }
  return PARTICIPLE.test(ws[at + 1] ?? "") ? [] : phraseAt(ws, at + 1);
}

/**
 * The noun phrases a question asks to have or to exist, each as its words, the head last: "is there maternity leave
 * for…" → maternity, leave; "any grants for…" → grants; "do hospitals give lab techs a signing bonus" → signing,
 * bonus; "can I use a Pell grant" → pell, grant.
 */
export function thingsAskedFor(ws: readonly string[]): string[][] {
  const things: string[][] = [];
  ws.forEach((w, i) => {
    if ((w === "is" || w === "are") && ws[i + 1] === "there") things.push(phraseAt(ws, i + 2));
    else if (i === 0 && w === "any") things.push(phraseAt(ws, 1));
    else if (AUXILIARIES.has(w))
      for (let j = i + 2; j <= i + 1 + SUBJECT_WORDS && j < ws.length; j++) {
        if (AUXILIARIES.has(ws[j]!)) break;
        if (HAVING.has(ws[j]!)) {
          things.push(objectOf(ws, j));
          break;
        }
      }
  });
  return things.filter((t) => t.length > 0 && !t.some((w) => TELLING.has(w)));
}
