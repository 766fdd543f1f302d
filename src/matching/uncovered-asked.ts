// Whether what a message names beyond the guide (an uncovered term: hours, a visa, an exam's pass rate) is what it
// asks, or only told around the question: in the story, in a second question beside one the guide answers, or as the
// time or setting of a doing that a "what does … do" question asks about.
import { conditionAfter, messageParts, pointsBack, reasonAfter } from "./clauses.ts";
import { namesUncovered } from "./coverage.ts";
import type { MatchIndex } from "./index.ts";
import { words } from "./text.ts";

/**
 * How the message's uncovered terms stand: "none" when it says none; "told" when each stands only where the question
 * is about something else (in the story, in a reason or condition told after the question, or as the time or setting
 * of a doing a "what does … do" question asks: "what does a tech spend their working hours doing"); "beside" when a
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
  if (saying.every((c) => asksTheDoing(questionOf(c)))) return "told";
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
