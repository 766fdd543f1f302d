// Follow-ups about the rank above the work just answered: how to rise to it ("so how do I get to the other side",
// "any room to grow?") or who holds it ("and the people over them?", "what about their supervisors"). The pack's
// entries say which answers each: the one asked about moving on, and the one whose wordings set one rank above another.
import { agreement, asksOf, kindBits } from "./asks.ts";
import type { MatchIndex } from "./index.ts";

/** The kind of question that asks about moving on from where one is ("move up", "get promoted"). */
const ONWARD = kindBits("onward");

/**
 * Ways of saying a move to the rank above that the question kinds do not read: crossing to the other role's side,
 * taking the jump, room to grow, earning or reaching a higher title or the next level.
 */
const MOVING_UP = [
  /\b(?:move|moving|switch|switching|cross|crossing|go|going|get|getting|transfer|transferring)\s+(?:over\s+)?(?:to|into)\s+the\s+[\p{L}-]+\s+side\b/u,
  /\b(?:make|take|making|taking)\s+the\s+(?:jump|leap|step)\b/,
  /\broom\s+(?:to|for)\s+(?:grow|growth|advance|advancement|move up|rise|climb)\b/,
  /\b(?:get|gets|getting|earn|earns|earning|reach|reaching|become|becoming|land|landing)\s+(?:to\s+)?(?:the|a)\s+(?:higher|next|senior|top)\s+(?:title|position|level|role|rank|job|step|spot)\b/,
];

/** The rank above named: "the people over them", "one level above", "a step higher", "more senior", "their boss". */
const ABOVE =
  /\b(?:above|over)\s+(?:them|him|her|that|this|those|you|me|us|techs?|technicians?|mlts?)\b|\b(?:step|level|rung|notch)\s+(?:up|above|higher)\b|\bhigher\s+(?:up|than|title|position|level|role|rank)\b|\bnext\s+(?:level|rung|step)\s+up\b|\bmore\s+senior\b|\bsenior\s+(?:role|position|level|version|job)s?\b|\bboss(?:es)?\b|\bsupervisors?\b/;

/** Words of rank in an entry's own wordings: "is a technologist above a technician", "which one ranks higher". */
const RANK_WORDS = /\b(?:above|higher|senior|boss|bosses|supervisor|supervisors)\b/;

/**
 * The entry a message about the rank above is for, if it is one: how to rise to it (the onward kind, or one of the
 * ways above) or who holds it ("and the people over them?").
 */
export function rankAsked(index: MatchIndex, text: string): string | undefined {
  const s = text.toLowerCase();
  const moving = (asksOf(s) & ONWARD) !== 0 || MOVING_UP.some((r) => r.test(s));
  if (!moving && !ABOVE.test(s)) return undefined;
  return rankEntry(index, moving);
}

/** How far an entry's phrasings must ask about moving on for a move up to be its question. */
const ASKED_ONWARD = 0.2;

/**
 * The entry a question about the rank above is for: moving up, the one entry asked about moving on; who is above, the
 * one entry whose wordings most often set one rank above another (and not asked about moving on).
 */
function rankEntry(index: MatchIndex, moving: boolean): string | undefined {
  let known = kept.get(index.entries);
  if (known === undefined) {
    known = { up: entryOf(index, true), above: entryOf(index, false) };
    kept.set(index.entries, known);
  }
  return moving ? known.up : known.above;
}

// Kept by the entries, which a message's copy of the index shares with the pack's.
const kept = new WeakMap<readonly unknown[], { up: string | undefined; above: string | undefined }>();

function entryOf(index: MatchIndex, moving: boolean): string | undefined {
  const onward = index.entries.filter((e) => agreement(e.asking, ONWARD) >= ASKED_ONWARD);
  if (moving) return onward.length === 1 ? onward[0]!.entry.id : undefined;
  let best: string | undefined;
  let most = 0;
  let tie = false;
  for (const e of index.entries) {
    if (onward.includes(e)) continue;
    const said = [e.entry.question, ...e.entry.alternates, ...e.entry.everyday].filter((p) =>
      RANK_WORDS.test(p.toLowerCase()),
    ).length;
    if (said > most) [best, most, tie] = [e.entry.id, said, false];
    else if (said === most && said > 0) tie = true;
  }
  return tie ? undefined : best;
}
