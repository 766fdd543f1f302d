// Whether what a message names beyond the guide (an uncovered term: hours, a visa, an exam's pass rate) is what it
// asks, or only told around the question: in the story, in a second question beside one the guide answers, or as the
// time or setting of a doing that a "what does … do" question asks about, or the time it lasts until.
import { conditionAfter, messageParts, pointsBack, reasonAfter } from "./clauses.ts";
import { namesUncovered } from "./coverage.ts";
import type { MatchIndex } from "./index.ts";
import { words } from "./text.ts";

/**
 * How the message's uncovered terms stand: "none" when it says none; "told" when each stands only where the question
 * is about something else (in the story, in a reason or condition told after the question, or as the time or setting
 * of a doing a "what does … do" question asks: "what does a tech spend their working hours doing", or the time a doing
 * lasts until: "can I just cruise till retirement"); "beside" when a
 * question asks one and another question of the message asks none and stands on its own words ("how long is the
 * associate's, and what classes do you take"); else "asked".
 */
export function uncoveredStands(index: MatchIndex, text: string): "none" | "told" | "beside" | "asked" {
  if (!says(index, text)) return "none";
  const { asking } = messageParts(text);
  const clauses = asking.length > 0 ? asking : [text];
  const saying = clauses.filter((c) => says(index, questionOf(c)));
  // Said only in the story: a detail of the writer's life, not what is asked.
  if (saying.length === 0) return "told";
  if (saying.every((c) => asksTheDoing(questionOf(c)) || !says(index, beforeItsBound(questionOf(c)))))
    return "told";
  // "what is the work like overall, pay, hours, stress and all?": the question asks the whole, the things listed after
  // it say what the writer has in mind; the guide answers the whole and not every thing listed.
  if (saying.every((c) => listsAfterTheQuestion(index, questionOf(c)))) return "beside";
  // "how long is the course, and is it worth it": a question saying "it" of the uncovered one's subject asks of it too.
  const beside = clauses.filter((c) => !saying.includes(c) && !leansOnAnother(c));
  return beside.length > 0 ? "beside" : "asked";
}

/**
 * A clause less the reason or the condition on the writer told after its question ("…, since I work weekends", "…
 * if I'm on nights at my current job"): why or when the writer asks, not what.
 */
function questionOf(clause: string): string {
  return reasonAfter(clause)?.[0] ?? conditionAfter(clause)?.[0] ?? clause;
}

/**
 * Whether a question takes its subject from another: "that one", "those", "the first", or "it" as its subject ("is it
 * worth it", "does it pay more"); "what classes are in it" asks the classes, whatever "it" names.
 */
function leansOnAnother(question: string): boolean {
  return pointsBack(question) || IT_ASKED_OF.test(question.toLowerCase());
}

const IT_ASKED_OF = /(?:^|\b(?:is|was|does|did|will|would|can|could|should|has)\s+)it\b/;

/** Whether a text says an uncovered term or phrase. */
function says(index: MatchIndex, text: string): boolean {
  const { terms, words: ws } = index.normalizer.normalize(text);
  return namesUncovered(index, terms, ws);
}

const DO = new Set(["do", "does", "did"]);

/**
 * Whether a question asks what someone does ("what does a tech spend a shift doing", "what do they do all day"): "what"
 * the object of a doing, opening the question before do/does/did. What follows names its subject, time or setting,
 * not what is asked; "what are the hours", "what hours do they work" and "how long" ask the thing itself.
 */
function asksTheDoing(question: string): boolean {
  const ws = words(question);
  const at = ws.indexOf("what");
  return at >= 0 && DO.has(ws[at + 1] ?? "") && ws.slice(at + 2).some((w) => w === "do" || w === "doing");
}

/** Words bounding a doing in time: "till retirement", "until the weekend". */
const UNTIL = new Set(["till", "until", "til", "untill"]);

/**
 * A question less the time it bounds a doing by ("can I just cruise till retirement"): up to the time's own words
 * (an article or a possessive and a word), the point where the doing stops, not what is asked of it.
 */
function beforeItsBound(question: string): string {
  const ws = words(question);
  const kept: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!UNTIL.has(ws[i]!)) {
      kept.push(ws[i]!);
      continue;
    }
    i += BOUND_OPENERS.has(ws[i + 1] ?? "") ? 2 : 1;
  }
  return kept.join(" ");
}

const BOUND_OPENERS = new Set(["the", "my", "your", "their", "a"]);

/** A list after a question: two things or more of a few words each ("schedule, weekends, pressure and so on"). */
const LISTED_AFTER = /^(.+?),\s*((?:[^,?]+,\s*)+[^,?]+?)[\s?.!]*$/;
const LIST_ITEM =
  /^(?:and\s+|or\s+)?[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}(?:\s+(?:and|&)\s+(?:all|so on|such|stuff|that))?$/u;
const ASKING_WORD =
  /\b(?:what|how|where|when|why|which|who|is|are|do|does|did|can|could|should|would|will|i|you|they)\b/i;

/**
 * Whether a question asks on its own words before a list of the things it has in mind, the question naming nothing
 * uncovered and the list no more than short items: the uncovered things are only the list's.
 */
function listsAfterTheQuestion(index: MatchIndex, clause: string): boolean {
  const m = LISTED_AFTER.exec(clause.trim());
  if (m === null) return false;
  const [, head, list] = m;
  if (words(head!).length < 4 || says(index, head!)) return false;
  const items = list!.split(/\s*,\s*/);
  return items.length >= 2 && items.every((i) => LIST_ITEM.test(i.trim()) && !ASKING_WORD.test(i));
}
