// Reads a question that describes a job or a task and asks for its name or for who does it ("what do you call the
// people who slice tissue", "who looks after the tubes before testing", "is there a job that only draws blood"): the
// words that make up the asking say how it asks, and the description, what about. General English, true of any pack.
import { isAsking, sentences } from "./clauses.ts";
import { STOPWORDS, shorthandWord, wordTokens } from "./text.ts";

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that may stand before an asking "who" in its clause: "so who", "and who actually", "do you know who". */
const BEFORE_WHO = set(
  "so and but then ok okay like um uh wait hey yo also just exactly actually know wonder",
);

/** What follows a "who" that asks about the bot, the guide or the writer, not a job: "who made you", "who says so". */
const NOT_A_DOER = set(`says said say told tells wrote writes written made makes am are r you u built created
  programmed owns i me`);

/** People a description is told of: "the people who slice…", "the lady that takes…". */
const DOERS =
  set(`person people persons one ones lady ladies guy guys man men woman women folks folk staff worker
  workers someone somebody individual individuals specialist specialists`);

/** Words that point at the ones told of: "the people who…", "those guys that…", "someone who". */
const POINTERS = set("the those these that this a an");

/** Words a name is asked with: "what do you call", "what is it called", "the name for", "their title". */
const NAMING = set("call called name names named title titles term word");

/** Kinds of work a name may be asked of: "which job is…", "is there a role that…", "what is that work". */
const KINDS =
  set(`job jobs role roles position positions specialty specialties speciality profession occupation
  work career`);

/** Words that open a description after a kind of work: "a job that…", "the role where…", "a job just…". */
const DESCRIBING = set("that who which where when just only");

/** Words of asking which: "what", "which", "whats". */
const WHICH = set("what whats which wat wht");

/** Words of the writer: "I'm the kind of person who…" tells of the writer, it asks no one's name. */
const WRITER = set("i im me my kind type sort");

/** What the asking's own words are, whatever the description: the frame the matcher ranks like a story. */
const FRAME_WORDS = new Set([...NAMING, ...KINDS, ...DOERS, "part", "field", "exactly", "even", "actually"]);

/** The words one of the shapes needs: a "who", a word of naming, a kind of work or people told of. */
const ANCHORS = new Set(["who", "whos", "whose", ...NAMING, ...KINDS, ...DOERS]);

const tokens = (sentence: string): string[] =>
  wordTokens(sentence.toLowerCase().replace(/['’]s\b/g, "")).map((w) => shorthandWord(w) ?? w);

/** Whether words from `from` hold a word of content beyond the frame's: something is described. */
const describesFrom = (ws: readonly string[], from: number): boolean =>
  ws.slice(from).some((w) => !STOPWORDS.has(w) && !FRAME_WORDS.has(w) && !WHICH.has(w));

/** Whether a sentence asks who does something: "who slices…", "so who is it that types…", "whose job is it to…". */
function asksWhoDoes(ws: readonly string[]): boolean {
  return ws.some((w, i) => {
    if (w !== "who" && w !== "whos" && w !== "whose") return false;
    const before = ws[i - 1];
    if (before !== undefined && !BEFORE_WHO.has(before)) return false;
    const next = ws[i + 1];
    // "Tissue cut thin, put on a slide. Who do?": the description is the message around it.
    if (next === undefined || (next === "do" && ws[i + 2] === undefined)) return i > 0 || ws.length <= 2;
    if (NOT_A_DOER.has(next) || (next === "is" && (ws[i + 2] === "this" || ws[i + 2] === "it"))) return false;
    return describesFrom(ws, i + 1);
  });
}

/** Whether a sentence asks a name: "what do you call…", "what is that called", "is there a name for", "job name what". */
function asksAName(ws: readonly string[]): boolean {
  const which = ws.some((w) => WHICH.has(w)) || (ws.includes("is") && ws.includes("there"));
  if (!which) return false;
  return ws.some((w, i) => {
    if (!NAMING.has(w)) return false;
    // "call" asks a name, not "calls for", "on call", "call me"; "called" closes "what is it called".
    if (w === "call") return ws[i + 1] !== "for" && ws[i - 1] !== "on" && ws[i + 1] !== "me";
    if (w === "called") return true;
    // "the name for", "their title", "job name what", "a term for".
    const before = ws[i - 1] ?? "";
    return (
      (POINTERS.has(before) || before === "their" || before === "job" || before === "official") &&
      (w === "word" || w === "term" ? ws[i + 1] === "for" : true)
    );
  });
}

/**
 * Whether a sentence asks which kind of work something is: "which job is looking at cells", "is there a job that only
 * draws blood", "what is the job of someone who…" (not "what's the job outlook": a description follows the kind).
 */
function asksWhichWork(ws: readonly string[]): boolean {
  return ws.some((w, i) => {
    if (!KINDS.has(w)) return false;
    const before = ws.slice(Math.max(0, i - 4), i);
    if (!before.some((x) => WHICH.has(x)) && !before.includes("there")) return false;
    const next = ws[i + 1] ?? "";
    const after = ws[i + 2] ?? "";
    // "a job that…", "the job of someone who…", "the job of analyzing…", "which job is looking…", "what job is that";
    // not "the job of a lab tech" (a job named, not described) nor "jobs for lab techs" (whether there is work).
    const opens =
      DESCRIBING.has(next) ||
      next.endsWith("ing") ||
      (next === "of" && (DOERS.has(after) || DOERS.has(ws[i + 3] ?? "") || after.endsWith("ing"))) ||
      (next === "is" && (after.endsWith("ing") || after === "that" || after === "this" || after === "it"));
    return opens && describesFrom(ws, i + 1);
  });
}

/**
 * Whether a sentence tells of people by what they do: "the people who cut tissue", "the lady that takes blood" (not
 * "I'm the kind of person who checks twice", a person the writer is).
 */
function tellsOfDoers(ws: readonly string[]): boolean {
  return ws.some(
    (w, i) =>
      DOERS.has(w) &&
      (ws[i + 1] === "who" || ws[i + 1] === "that") &&
      POINTERS.has(ws[i - 1] ?? "") &&
      !ws.slice(Math.max(0, i - 5), i).some((x) => WRITER.has(x)) &&
      describesFrom(ws, i + 2),
  );
}

/** What a sentence asks of people told of before it: "what is that job", "is that part of this field", "their title". */
const OF_THEM = /\b(?:that|this|their|them|they|it)\b/;

/**
 * Whether a text describes a job or a task and asks for its name or who does it: a sentence asks who does something,
 * asks a name or which kind of work it is, or tells of people by what they do while the message asks about them.
 */
export function asksForTheDoer(text: string, words?: readonly string[]): boolean {
  // Most messages hold none of the words any of these shapes needs, and are not read sentence by sentence.
  if (words !== undefined && !words.some((w) => ANCHORS.has(w))) return false;
  const all = sentences(text);
  const asking = all.filter((s) => isAsking(s));
  if (asking.length === 0) return false;
  for (const s of asking) {
    const ws = tokens(s);
    if (asksWhoDoes(ws) || asksAName(ws) || asksWhichWork(ws)) return true;
  }
  return all.some((s) => tellsOfDoers(tokens(s))) && asking.some((s) => OF_THEM.test(s.toLowerCase()));
}

/**
 * Whether a text asks which job something is, or a job's or its people's name: "the person who looks at the cells from
 * my Pap smear, what's that job called", "which job is looking at cells" (not "what's the name of the test my doctor
 * ordered": no job or people in it). Such a question is about the career, whatever test of the writer's sets it.
 */
export function asksAJobsName(text: string): boolean {
  // A question after a comma asks too, typed without its mark: "…under a microscope, what's that job called".
  return sentences(text)
    .flatMap((s) => [s, ...s.split(/,\s*/).slice(1)])
    .filter((s) => isAsking(s))
    .some((s) => {
      const ws = tokens(s);
      return asksWhichWork(ws) || (asksAName(ws) && ws.some((w) => KINDS.has(w) || DOERS.has(w)));
    });
}

/** The words of a text that make up the asking of a name or a doer ("job", "called", "the people"): not its subject. */
export function doerFrameWords(words: readonly string[]): string[] {
  return words.filter((w) => FRAME_WORDS.has(w));
}

/** Words before the one a name is asked of: "what do you call a nurse who…", "who is the nurse…", "is it a nurse". */
const BEFORE_THE_DOER = set("call is it a an the");

/**
 * Whether a word naming another career (`isOther`) stands where the doer of the description is ("what do you call a
 * nurse who draws blood", "the pharmacist who…"), rather than where someone the work is done for or with is ("slices
 * tissue for the pathologist", "the records doctors use").
 */
export function namesTheDoer(words: readonly string[], isOther: (word: string) => boolean): boolean {
  return words.some((w, i) => {
    if (!isOther(w)) return false;
    const next = words[i + 1];
    if (next === "who" || next === "that") return true;
    const before = words.slice(Math.max(0, i - 2), i);
    return before.length > 0 && before.every((x) => BEFORE_THE_DOER.has(x)) && before[0] !== "the";
  });
}

/** The words a question asking which job needs one of: a kind of work or a word of naming. */
export const JOB_ASKING: ReadonlySet<string> = new Set([...KINDS, ...NAMING]);

/** "what is that job", "what all that job is", "what's this job exactly": which job the one told of does. */
const WHAT_THAT_JOB =
  /\b(?:what|whats|wat|which)\b(?:\s+(?:is|s|all|kind|sort|type|of|exactly|really|even|actually))*\s+(?:that|this|dat|dis)\s+(?:job|role|work|career|profession|occupation|position)\b(?:\s+(?:exactly|really|even|actually|then|called|is|was|be|named))*(?:\s+(?:and|or)\b|\s*$)/;

/** "this is what job?", "that's what kind of job", "what job is that": the job asked of something pointed at. */
const THAT_IS_WHAT_JOB =
  /\b(?:(?:that|this|it)\s+(?:is|s)\s+(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(?:job|role|work|career|profession)|(?:what|which)\s+(?:kind\s+of\s+|sort\s+of\s+|type\s+of\s+)?(?:job|role|career|profession)\s+(?:is|s)\s+(?:that|this|it)(?:\s+(?:exactly|really|even|actually|then|called))*(?:\s+(?:and|or)\b|\s*$))/;

/**
 * "is that one of the special jobs", "is that a type of lab tech job", "is that what this job is": whether what is
 * pointed at is a job, asked of it.
 */
const IS_THAT_A_JOB =
  /^(?:(?:so|and|but|ok|okay)\s+)?(?:is|are)\s+(?:that|this|it|she|he|they|those|these)\s+(?:a|an|the|one|what|its)\s+(?:(?:of|the|what|its|own|kind|type|sort|same|separate|different|special|this|that|lab|tech)\s+){0,5}(?:job|jobs|role|roles|specialty|specialties|speciality|career|profession|position)\b/;

/**
 * Whether a question asks which job someone told of does, by its name or by pointing at it: "the lady who took my
 * blood, what is that job called", "…she cuts the tissue thin. What is that job?", "this is what job?". The
 * description is then what the job is found by, the story's as much as the question's.
 */
export function asksWhichJob(question: string): boolean {
  if (asksAJobsName(question)) return true;
  const clauses = sentences(question).flatMap((s) => [s, ...s.split(/[,;:]\s*/)]);
  return clauses.some((s) => {
    const plain = tokens(s).join(" ");
    return WHAT_THAT_JOB.test(plain) || THAT_IS_WHAT_JOB.test(plain) || IS_THAT_A_JOB.test(plain);
  });
}

/** Whether a question asking which job points at someone told of before it ("that job", "this job", "it"). */
export function pointsAtTheJob(question: string): boolean {
  return /\b(?:that|this|dat|dis|it|they|them|their|she|he|her|his)\b/.test(question.toLowerCase());
}
