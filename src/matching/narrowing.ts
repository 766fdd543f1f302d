// Follow-ups that only narrow the answer just given ("first year only?", "and at night?", "with overtime?", "is it
// less out here?"): a qualifier put to that answer, asking nothing of its own, is about that answer.
import { CONJUNCTIONS, JOIN_END, TAKING_IN, WHAT_ABOUT } from "./followup.ts";
import { words } from "./text.ts";

/** Words that open a follow-up without saying anything yet: "ok and", "what about", "so", "is that". */
const LEAD = new RegExp(
  `^(?:(?:${TAKING_IN}|${CONJUNCTIONS}|${WHAT_ABOUT}|is (?:that|it|this)|are (?:they|those))${JOIN_END}[,.!?]*\\s*)+`,
  "u",
);

/** A preposition that opens a condition on the answer: "at night", "with overtime", "for the first year", "per hour". */
const CONDITION =
  /^(?:at|in|on|for|with|without|before|after|pre|post|per|during|within|outside|out here|around here|over|under|by|from|until|once|only|just|even)\b/;

/** A comparison of the answer with itself elsewhere or later: "is it less?", "more?", "higher there?". */
const COMPARED =
  /^(?:(?:much |any |a lot |a bit )?(?:more|less|higher|lower|better|worse|the same|different))\b/;

/** How a follow-up closes when it narrows: "first year only?", "in small towns too?". */
const CLOSES = /\b(?:only|too|also|as well|either)\s*[?!.…]*\s*$/;

/**
 * The other side of a narrowing said as a choice, closing it: "even out in the country, or just the big cities?", "at
 * night or only by day". It names the case the answer already covers, so it adds nothing to ask.
 */
const OR_ELSE = /,?\s+or (?:just|only|mostly|mainly|also|even )?(?:[\p{L}\d'-]+\s*){1,4}$/u;

/** The most words a narrowing says after its opening words: a qualifier, not a question of its own. */
const MOST_WORDS = 6;

/**
 * Whether a follow-up only narrows the answer just given: after its opening words, at most a few words that open with
 * a condition ("at night", "only hospitals") or a comparison ("less?"), or close on "only" or "too".
 */
export function narrowsTheAnswer(text: string): boolean {
  const s = text
    .toLowerCase()
    .trim()
    .replace(/[?!.…]+\s*$/, "");
  // One clause: a second sentence asks something of its own ("…? do they get a differential").
  if (/[?!.;]/.test(s)) return false;
  const rest = s.replace(LEAD, "").replace(OR_ELSE, "").trim();
  if (rest === "" || words(rest).length > MOST_WORDS) return false;
  return CONDITION.test(rest) || COMPARED.test(rest) || CLOSES.test(s);
}
