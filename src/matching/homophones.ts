// A function word typed as another word that sounds like it, as voice typing and spelling by ear write it ("weather or
// not", "is their a lot of jobs", "how do i no", "wer do they work"), read back from where it stands: general English
// grammar, nothing of the pack.

/** Words that open a clause's subject: after "weather" they say "whether" ("weather it is worth it"). */
const SUBJECTS: ReadonlySet<string> = new Set("i you u it they we he she this that to".split(" "));

/** Words that only "there" comes before, never "their" ("their is", "is their a", "their any"). */
const AFTER_THERE: ReadonlySet<string> = new Set("is are was were a an any alot lots plenty".split(" "));

/** The people who may know something, and what one knows: "how do i no", "i no nothing about it". */
const KNOWERS: ReadonlySet<string> = new Set("i you u we they".split(" "));
const KNOWN: ReadonlySet<string> = new Set(
  "what how if whether anything nothing much about that where when who why which".split(" "),
);
/** Words before a knower that ask or deny: "how do i no", "i dont no". */
const ASKING_OR_DENYING: ReadonlySet<string> = new Set("do dont don't did didnt didn't".split(" "));

/**
 * "weather" for whether, before "or not" or a clause's subject ("not sure weather it is worth it"; not "the weather
 * in Ohio"); "their" for there, before a form of "be" or a determiner ("is their a lot of jobs"); "no" for know after
 * a person, before what is known or at the end, after "do" or "dont" or before what is known ("how do i no", "i no
 * nothing about labs"; not "i no longer work there"), or after "do" and a person before a determiner ("how do they no
 * the machine is right"). Reads `ws` in place.
 */
export function readHomophones(ws: string[]): string[] {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (w !== "weather" && w !== "their" && w !== "no" && w !== "wer") continue;
    const [before, after] = [ws[i - 1], ws[i + 1]];
    if (w === "wer") {
      if (asksWhere(before, after)) ws[i] = "where";
    } else if (w === "weather") {
      const clause = after === "or" ? ws[i + 2] === "not" : after !== undefined && SUBJECTS.has(after);
      if (clause && !DETERMINERS.has(before ?? "")) ws[i] = "whether";
    } else if (w === "their") {
      if (after !== undefined && AFTER_THERE.has(after)) ws[i] = "there";
    } else if (before !== undefined && KNOWERS.has(before)) {
      const asked = ASKING_OR_DENYING.has(ws[i - 2] ?? "");
      // "how do they no the machine is right": after "do" and a person, "no" before a determiner is a verb.
      const thing = after !== undefined && (after === "if" || THE.has(after));
      if ((after !== undefined && KNOWN.has(after)) || (asked && (after === undefined || thing)))
        ws[i] = "know";
    }
  }
  return ws;
}

/** Auxiliaries "were" never stands before, that "where" opens a question with: "wer do they work", "wer can I study". */
const AFTER_WHERE: ReadonlySet<string> = new Set(
  "do does did can could should would will is are am shall to".split(" "),
);
/** Who "were" tells of before it: "they wer", "you wer". */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set("i you u we they he she it there".split(" "));

/**
 * "wer", chat's spelling of both "where" and "were", is "where" before an auxiliary "were" never stands before, or
 * "to" ("wer do lab techs work", "wer to study"), unless a subject comes before it ("they wer to start monday").
 */
function asksWhere(before: string | undefined, after: string | undefined): boolean {
  return after !== undefined && AFTER_WHERE.has(after) && !SUBJECT_PRONOUNS.has(before ?? "");
}

/** Determiners that open what is known: "do they no the results are right". */
const THE: ReadonlySet<string> = new Set("the a an this these those his her their my your its".split(" "));

/** Words before a noun: "the weather", "this weather", "good weather". */
const DETERMINERS: ReadonlySet<string> = new Set(
  "the a this that any our your my good bad nice of".split(" "),
);
