// The rules of an exam — how it is scored or set out, what one may bring, extra time — asked about the exam itself in
// words the pack does not know: a guide that names its exams does not say how they are run.

import { unaskedWords } from "./asides-of-asking.ts";
import { unknownThing } from "./beyond.ts";
import type { MatchIndex } from "./index.ts";
import { FUNCTION_WORDS } from "./text.ts";

/** Words naming an exam whatever stands before them. */
const EXAMS = new Set(["exam", "exams", "examination", "boards"]);
/** "Test" names an exam after a word of credentials ("the certification test"); otherwise it may be the lab's work. */
const TESTS = new Set(["test", "tests"]);
const CREDENTIALING = new Set([
  "certification",
  "cert",
  "certifying",
  "board",
  "licensing",
  "licensure",
  "entrance",
]);

/** Sitting an exam is taking it ("eligible to sit for the ASCP exam"): who may is the certification entries' subject. */
const TAKING = new Set(["sit", "sits", "sitting", "sat"]);

/** How far from the exam's name a word of its rules may stand: "bring a calculator into the exam". */
const REACH = 5;

/** Words that make an exam a particular one: "the exam", "my boards". */
const DEFINITE = new Set(["the", "this", "that", "my", "your", "their", "these", "those"]);

/**
 * Where `ws` names a particular exam: "exam" or "boards" after a word that makes it definite or names it ("the exam",
 * "the AP bio exam", "ASCP boards"; not "some exam": a rule asked is a particular exam's), or "test" after a
 * credential or one of the pack's one-word names ("the certification test").
 */
function examsIn(index: MatchIndex, ws: readonly string[]): number[] {
  const names = (w: string) =>
    CREDENTIALING.has(w) || index.domainTerms.some((t) => t.length === 1 && t[0] === w);
  const at: number[] = [];
  ws.forEach((w, i) => {
    if (i === 0) return;
    const before = ws.slice(Math.max(0, i - 3), i);
    if (EXAMS.has(w) && (names(ws[i - 1]!) || before.some((b) => DEFINITE.has(b)))) at.push(i);
    else if (TESTS.has(w) && names(ws[i - 1]!)) at.push(i);
  });
  return at;
}

/**
 * Whether a question about an exam ("can I bring a calculator to the boards", "is the exam graded on a curve") holds,
 * within `REACH` words of the exam's name, a word the pack does not know (`unknownThing`: beyond everyday English, no
 * term of the entries, linked to none of their words beyond everyday ones): it asks how the exam is run, which the
 * entries do not say.
 */
export function asksAnExamsRules(index: MatchIndex, ws: readonly string[]): boolean {
  const exams = examsIn(index, ws);
  if (exams.length === 0) return false;
  // "the ASCP exam everybody keeps mentioning", "the exam I'd definitely need to pass": who talks about the exam, or
  // how sure the writer wants the answer, is no rule of it.
  const talk = unaskedWords(ws);
  return ws.some(
    (w, i) =>
      exams.some((e) => Math.abs(e - i) <= REACH) &&
      !talk.has(i) &&
      !FUNCTION_WORDS.has(w) &&
      !EXAMS.has(w) &&
      !TAKING.has(w) &&
      unknownThing(index, w),
  );
}

/**
 * Whether a text asks an exam's rules within one of its clauses: a word of another clause ("…the ASCP exam, or is a
 * formal program required first") is not said of the exam.
 */
export function asksAnExamsRulesInAClause(index: MatchIndex, text: string): boolean {
  return text
    .split(/[,;:.!?()\n]+/)
    .some((clause) => asksAnExamsRules(index, index.normalizer.normalize(clause).words));
}

/** How far after a word of sitting the exam it sits may be named: "sit for the ASCP board exam". */
const SAT_REACH = 4;

/**
 * The positions of `ws` that say sitting an exam ("when can I sit the ASCP boards", "sit for the AMT"): a word of
 * sitting with an exam, or one of the pack's one-word names, within `SAT_REACH` words after it. It is taking the
 * exam, which the entries say in other words.
 */
export function sittingAnExam(index: MatchIndex, ws: readonly string[]): number[] {
  const packName = (w: string) => index.domainTerms.some((t) => t.length === 1 && t[0] === w);
  // "sit the bar exam": an exam named by a word neither the pack's name nor a credential's is another field's.
  const plain = (w: string) => FUNCTION_WORDS.has(w) || CREDENTIALING.has(w) || packName(w);
  const examAfter = (i: number) => {
    for (let k = i + 1; k <= i + SAT_REACH && k < ws.length; k++) {
      const exam = EXAMS.has(ws[k]!) || TESTS.has(ws[k]!);
      if (packName(ws[k]!) || (exam && ws.slice(i + 1, k).every(plain))) return true;
      if (!plain(ws[k]!)) return false;
    }
    return false;
  };
  return ws.flatMap((w, i) => (TAKING.has(w) && examAfter(i) ? [i] : []));
}
