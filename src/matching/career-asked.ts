// Whose career a question asks about: the pack's own (a job or credential its domain terms name), another (a job, lab,
// exam or field the pack does not name), or none named. Read on the asking clauses, not the story around them: "I'm a
// CNA, …" tells the writer's job; what "…so what does an MLT actually handle?" asks about is the lab tech.

import { messageParts } from "./clauses.ts";
import { comparisonIn } from "./compared.ts";
import { containsAll, outOfScopeIn } from "./coverage.ts";
import { anotherFieldsGateway } from "./gateways.ts";
import type { MatchIndex } from "./index.ts";
import { anotherFieldsLab } from "./labs.ts";
import { slipBeforeLab } from "./one-question.ts";
import { isEverydayTerm, isPackTerm } from "./subject.ts";
import { COMMON_ENGLISH, STOPWORDS, stem, words } from "./text.ts";
import { readingOf } from "./text-reading.ts";

export type CareerAsked = "ours" | "other" | "unnamed";

/**
 * The career a message asks about: the one its asking clauses name (the pack's when they name it beside another: "I'm
 * a nurse, how do I become a lab tech"); when they name none ("is the exam hard?", "what does that career pay?"),
 * another one the story names, not as the writer's own job, beside none of the pack's; else none named.
 */
export function careerAsked(index: MatchIndex, text: string): CareerAsked {
  const { asking, background } = messageParts(text);
  const clauses = asking.length > 0 ? asking : [text];
  const asked = clauses.map((c) => careerIn(index, c));
  if (asked.includes("ours")) return "ours";
  if (asked.includes("other")) return "other";
  // A message asking in no clause of its own is its own story: no other sentence to name the career.
  if (asking.length === 0) return "unnamed";
  // "My niece is weighing dental hygiene school. What does that career pay?": the career the story names is the one
  // asked of; the writer's own job ("I'm a CNA.") is who asks, not what about.
  const told = background.filter((b) => !OWN_JOB.test(b.toLowerCase())).map((b) => careerIn(index, b, true));
  return told.includes("other") && !told.includes("ours") ? "other" : "unnamed";
}

/** A sentence telling the writer's own job, now or before: "I'm a CNA", "I've been a nurse", "I work as a cook". */
const OWN_JOB =
  /\b(?:i\s*['’]?\s*m|i am|i was|i\s*['’]?\s*ve been|i have been|i used to be|i work(?:ed)? as|i\s*['’]?\s*m working as|i work in)\s+(?:(?:a|an|the|just|currently|now|still|already|certified|licensed|full|part|time|working|as)\s+)*/;

/**
 * The career a clause asks about: the pack's, when one of its domain terms that names a job or credential (not only a
 * place or thing of the work, as "lab" and "specimen" are) stands outside any other field's lab, way in or job
 * ("crime lab technician", "dental hygiene school", "dialysis tech"); another, when one the pack does not name (an
 * out-of-scope term, a health occupation, such a lab, way in or job, a name the pack does not know) stands where a
 * question puts what it asks about (`askedAt`); none else. Another career named elsewhere in the clause is a party to
 * the work, a place or the writer's own ("the lump the doctor took out", "somewhere like a vet", "our CNA classes").
 * `told`: a sentence of the story, where any other career named counts ("my cousin is looking at nursing school").
 */
function careerIn(index: MatchIndex, clause: string, told = false): CareerAsked {
  const reading = readingOf(index, clause);
  const ws = reading.query.words;
  const spans = otherFieldsSpans(index, ws);
  const rest = ws.filter((_, i) => !spans.some((s) => i >= s.start && i < s.end));
  const job = reading.job();
  const restTerms = new Set(
    index.normalizer.queryTerms(rest.join(" ")).filter((t) => job === undefined || !t.startsWith(job.head)),
  );
  // "do nurses make more than lab techs": the pack's career named only after "than" is what the subject is set against.
  if (careerTerms(index).some((d) => containsAll(restTerms, d)) && !oursOnlyAgainst(index, clause))
    return "ours";
  return othersAt(index, reading, spans, words(clause)).some(
    (o) => told || askedAt(o.words ?? ws, o.at, o.beside),
  )
    ? "other"
    : "unnamed";
}

/**
 * Whether every other career a message names is one the pack names beside its work ("the doctor", "a nurse"): a party
 * to the work, not another field's job, lab, way in or name ("a plumber", "a crime lab analyst", "the PANCE").
 */
export function namesOnlyParties(index: MatchIndex, text: string): boolean {
  const reading = readingOf(index, text);
  const others = othersAt(index, reading, otherFieldsSpans(index, reading.query.words), words(text));
  return others.length > 0 && others.every((o) => o.beside);
}

/** Where words name another field's lab or way in ("crime lab technician", "dental hygiene school"). */
function otherFieldsSpans(index: MatchIndex, ws: readonly string[]) {
  const isPack = (t: string) => isPackTerm(index, t);
  const linked = (t: string) => index.normalizer.linksOf(t).some((l) => !isEverydayTerm(index, l));
  return [
    anotherFieldsLab(ws, isPack, linked, (w) => slipBeforeLab(index, w)),
    anotherFieldsGateway(ws, isPack, linked),
  ].filter((s) => s !== undefined);
}

/** Whether a clause compares, naming none of the pack's careers on the side it asks about ("do nurses earn more than"). */
function oursOnlyAgainst(index: MatchIndex, clause: string): boolean {
  const comparison = comparisonIn(clause);
  if (comparison === undefined) return false;
  const asked = new Set(index.normalizer.queryTerms(comparison.asked));
  return !careerTerms(index).some((d) => containsAll(asked, d));
}

/**
 * Where a clause names careers the pack does not (other fields' labs and ways in, jobs, names, out-of-scope terms),
 * each with whether the pack names it beside its work ("doctor", "nurse": a party to it when a scene tells of it).
 */
function othersAt(
  index: MatchIndex,
  reading: ReturnType<typeof readingOf>,
  spans: readonly { start: number }[],
  typed: readonly string[],
): { at: number; beside: boolean; words?: readonly string[] }[] {
  const ws = reading.query.words;
  const at: { at: number; beside: boolean; words?: readonly string[] }[] = spans.map((s) => ({
    at: s.start,
    beside: false,
  }));
  const job = reading.job();
  if (job !== undefined) at.push({ at: placeOf(ws, job.name.split(" ")[0]!), beside: false });
  // A name the speller read as another word ("CPD", "JST") stands where it was typed.
  for (const name of [reading.unknownName(), reading.nameNearGeneric()])
    if (name !== undefined)
      at.push(
        placeOf(ws, name) < 0 && placeOf(typed, name) >= 0
          ? { at: placeOf(typed, name), beside: false, words: typed }
          : { at: placeOf(ws, name), beside: false },
      );
  const other = new Set(outOfScopeIn(index, reading.termSet()).flat());
  if (other.size > 0)
    ws.forEach((w, i) => {
      const named = index.normalizer.terms(w).filter((t) => other.has(t));
      if (named.length > 0) at.push({ at: i, beside: named.every((t) => index.weights.has(t)) });
    });
  return at;
}

/** Where a word stands in a clause; -1 (read as asked) when the speller wrote it otherwise. */
const placeOf = (ws: readonly string[], w: string) => ws.indexOf(w.toLowerCase());

/** Words after which a question puts what it asks about: "does a…", "become a…", "as an…", "between a…". */
const ASKERS = new Set(
  `do does did can could will would should is are was were what whats which become becoming as between into`.split(
    /\s+/,
  ),
);
/** Words joining two things asked alike: "between a medic and a firefighter", "nurses or paramedics". */
const JOINING = new Set(["and", "or", "vs", "versus"]);
/** Moving into a career: "switch to nursing", "go to pharmacy". */
const MOVING = new Set(
  "switch switching switched move moving moved go going went change changing changed transfer transferring".split(
    " ",
  ),
);
/** Words opening a scene: "when the mechanic checks my car, …", "so the surgeon can rely on them". */
const SCENE = new Set("when whenever if so after before once while because since until".split(" "));
const ARTICLES = new Set(["a", "an", "the"]);
/** "do" as the verb of a writer's own doing ("we do CPD"), not a question's auxiliary. */
const DOING = new Set(["do", "did"]);
const WRITER = new Set(["i", "we"]);

/**
 * Whether the word at `at` stands where a question puts what it asks about: first in the clause ("paramedic pay?"),
 * after a word that asks of it ("how much does a podiatrist make", "become an anesthesiologist", "as a crime lab
 * analyst", "switch to nursing") or after one so asked ("between a medic and a firefighter"), an article and one modifier at most
 * between; or opening a scene when the pack never names that career beside its work ("when the electrician is done,
 * who pays him"; "so the doctor can read it" tells of a party to the work). Not where the writer tells their own job
 * ("I was a cook"). -1 (not found) counts as asked.
 */
function askedAt(ws: readonly string[], at: number, beside = false): boolean {
  if (at < 0) return true;
  let i = at - 1;
  if (i >= 0 && !STOPWORDS.has(ws[i]!) && !ASKERS.has(ws[i]!)) i--;
  if (i >= 0 && ARTICLES.has(ws[i]!)) i--;
  if (i < 0) return true;
  const w = ws[i]!;
  if (JOINING.has(w)) return i > 0 && askedAt(ws, i - 1, beside);
  if (SCENE.has(w)) return !beside;
  if (w === "to") return MOVING.has(ws[i - 1] ?? "");
  if (!ASKERS.has(w)) return false;
  // "…refreshers, as we do CPD in banking", "I do bookkeeping": the writer's own doing, told, not asked.
  if (DOING.has(w) && WRITER.has(ws[i - 1] ?? "")) return false;
  // "I work as a cook", "I was a nurse": the writer's own job.
  return !(w === "as" || w === "was") || !ws.slice(Math.max(0, i - 3), i).includes("i");
}

/** The pack's domain terms that name a job or credential, not only a place or thing of the work; once per pack. */
const careersOf = new WeakMap<readonly string[][], readonly string[][]>();

/**
 * The domain terms that name a job or credential: a phrase ("lab tech"), or a word that is no common English word or
 * names a doer ("phlebotomist", "ascp", "technologist"); "lab" and "specimen" name where and what any lab works.
 */
function careerTerms(index: MatchIndex): readonly string[][] {
  let terms = careersOf.get(index.domainTerms);
  if (terms === undefined) {
    const things = new Set([...COMMON_ENGLISH].filter((w) => w.length > 3 && !DOER.test(w)).map(stem));
    terms = index.domainTerms.filter((t) => t.length > 1 || !things.has(t[0]!));
    careersOf.set(index.domainTerms, terms);
  }
  return terms;
}

/** How English names a doer: "technologist", "technician", "examiner", "assistant". */
const DOER = /(?:ist|ian|er|or|ant)s?$/;
