// The subject a question gives rather than asks for: "are hospitals still hiring" asks about the hiring, and names the
// employer only as what it is about; "which hospitals hire" asks for the employer.

/** Verbs of taking people on or needing: "are clinics hiring", "will my daughter need…". */
const TAKING_ON = new Set(
  "hire hires hiring hired employ employs employing recruit recruits recruiting need needs needing want wants wanting".split(
    " ",
  ),
);

/** Auxiliaries that open a question before its subject: "are hospitals…", "will clinics…", "do labs…". */
const OPENERS = new Set("are is will would do does did were was can could".split(" "));

/** Words between the subject and its verb: "still be hiring", "going to need", "actually hiring". */
const BETWEEN = new Set(
  "only also still just actually really even ever often usually mostly always never not be going gonna to keep start".split(
    " ",
  ),
);

/** Determiners a subject may open with: "are the big hospitals hiring", "will my daughter need". */
const DETERMINERS = new Set("a an the my your their his her our these those some most many local".split(" "));

/** How many content words a given subject may have: "are local hospitals hiring", "are research labs hiring". */
const SUBJECT_WORDS = 3;

/**
 * The words of the subject an auxiliary opens before a verb of taking people on or needing ("are hospitals still
 * hiring", "are clinics going to need more techs", "will my daughter need to…", "what do hospitals need"): what the
 * question is asked about, not what it asks. A subject asked for ("which hospitals hire", "who employs") is what is asked: no auxiliary opens it.
 * `isFunctionWord`: whether a word is a stopword (a subject is content words after its determiners).
 */
export function givenSubjects(ws: readonly string[], isFunctionWord: (w: string) => boolean): string[] {
  const out: string[] = [];
  for (let i = 1; i < ws.length; i++)
    if (TAKING_ON.has(ws[i]!)) out.push(...subjectOf(ws, i, isFunctionWord));
  return out;
}

function subjectOf(ws: readonly string[], verb: number, isFunctionWord: (w: string) => boolean): string[] {
  let k = verb - 1;
  while (k >= 0 && BETWEEN.has(ws[k]!)) k--;
  const subject: string[] = [];
  for (let a = k; a >= 0; a--) {
    const w = ws[a]!;
    if (OPENERS.has(w)) return subject;
    if (DETERMINERS.has(w)) continue;
    if (isFunctionWord(w) || TAKING_ON.has(w)) return [];
    subject.unshift(w);
    if (subject.length > SUBJECT_WORDS) return [];
  }
  return [];
}
