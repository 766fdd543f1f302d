// "Pay for" as a verb with a thing after it: the question asks what the thing costs, not what the work pays.
import { STOPWORDS } from "./text.ts";

/** Words before "pay" that make it the noun, what the work earns: "the pay for…", "what's the starting pay for…". */
const PAY_AS_NOUN = new Set([
  ...[
    "the",
    "a",
    "an",
    "of",
    "s",
    "whats",
    "what",
    "good",
    "decent",
    "average",
    "starting",
    "hourly",
    "yearly",
  ],
  ...[
    "annual",
    "base",
    "their",
    "your",
    "my",
    "his",
    "her",
    "our",
    "its",
    "any",
    "better",
    "more",
    "less",
    "same",
  ],
]);

/** Auxiliaries, subjects and "to" that make "pay" a verb within a few words before it: "will a hospital pay for…". */
const VERB_BEFORE = new Set([
  ...["do", "does", "did", "can", "could", "will", "would", "should", "might", "may", "to", "i", "who"],
]);

/** What stands before a noun phrase without being part of it. */
const DETERMINERS = new Set([
  ...["a", "an", "any", "some", "the", "my", "your", "their", "our", "his", "her", "own", "its"],
  ...["me", "us", "them", "you", "him", "all", "this", "that", "these", "those"],
]);

const MAX_PHRASE = 3;

/** The content words of the noun phrase from `at`, after its determiners; empty when none. */
function phraseAt(ws: readonly string[], at: number): string[] {
  let i = at;
  while (i < ws.length && DETERMINERS.has(ws[i]!)) i++;
  const words: string[] = [];
  while (i < ws.length && words.length < MAX_PHRASE && !STOPWORDS.has(ws[i]!)) words.push(ws[i++]!);
  return words;
}

/**
 * "will a hospital pay for my schooling", "how do I pay for the course": the words of the thing paid for, its head
 * last. Undefined when "pay" is the noun ("the pay for a lab tech"), when the payment is needed ("will I need to pay
 * for an exam" asks whether the exam is required; "have to" reads as need) or when no thing follows ("do they pay for
 * you to train").
 */
export function paidFor(ws: readonly string[]): string[] | undefined {
  for (let i = 1; i < ws.length - 1; i++) {
    if (!(ws[i] === "pay" || ws[i] === "pays" || ws[i] === "paying") || ws[i + 1] !== "for") continue;
    if (PAY_AS_NOUN.has(ws[i - 1]!)) continue;
    if (ws[i - 1] === "to" && ws[i - 2] === "need") continue;
    if (!ws.slice(Math.max(0, i - 4), i).some((w) => VERB_BEFORE.has(w))) continue;
    const words = phraseAt(ws, i + 2);
    if (words.length > 0) return words;
  }
  return undefined;
}

/**
 * Verbs of paying someone else's costs, in their forms: "will my employer reimburse me", "how do I get my program
 * funded", "is there any funding", "can the state subsidize it". Unlike "pay", none says what work earns.
 */
const PAYING_FOR_ANOTHER = new Set([
  ...["reimburse", "reimburses", "reimbursed", "reimbursing", "reimbursement", "reimbursements"],
  ...[
    "fund",
    "funds",
    "funded",
    "funding",
    "subsidize",
    "subsidizes",
    "subsidized",
    "subsidise",
    "subsidised",
  ],
  // Not "sponsor": "who sponsors the certification" asks who awards it.
  ...["defray", "defrays"],
]);

/** Whether a text says paying someone else's costs (see `PAYING_FOR_ANOTHER`). */
export function paysAnothersCost(ws: readonly string[]): boolean {
  return ws.some((w) => PAYING_FOR_ANOTHER.has(w));
}

/** Verbs of paying a cost: "will the state pay for my course", "does the grant cover tuition". */
// Not "paid": "the highest paid techs" is what they earn.
const PAYING = new Set(["pay", "pays", "paying", "cover", "covers", "covered", "covering"]);

/** Auxiliaries that open a question before its subject: "will the state…", "does the college…". */
const AUXILIARIES = new Set([
  ...["do", "does", "did", "will", "would", "can", "could", "should", "may", "might", "must", "shall"],
  ...["is", "are", "was", "were", "who", "what", "how", "if", "and", "or", "but", "then"],
]);

/** Words between a subject and its verb of paying: "the college have to pay", "my job help cover". */
const BETWEEN = new Set([
  ...[
    "help",
    "helps",
    "to",
    "have",
    "has",
    "need",
    "needs",
    "going",
    "gonna",
    "got",
    "also",
    "even",
    "still",
  ],
  ...["actually", "really", "fully", "ever", "usually", "ever", "partly", "partially", "just"],
]);

/**
 * Subjects that pay nobody's costs: the asker and the people spoken to or of, the work and what it earns ("would the
 * salary cover my rent", "could this job pay for a house"): paying from one's own pay is the pay being enough.
 */
const NO_PAYER = new Set([
  ...["i", "me", "we", "us", "you", "u", "it", "they", "them", "he", "she", "this", "that", "one", "someone"],
  ...["pay", "salary", "salaries", "wage", "wages", "income", "paycheck", "paychecks", "money", "earnings"],
  ...["job", "jobs", "career", "work", "position", "role", "gig", "field", "profession", "tech", "techs"],
]);

/** Things of studying that a payer may be asked to cover: "cover my tuition", "cover certificate programs". */
const STUDY_COSTS = new Set([
  ...["tuition", "fee", "fees", "cost", "costs", "expenses", "books", "loan", "loans", "school", "schooling"],
  ...["college", "class", "classes", "course", "courses", "program", "programs", "programme", "programmes"],
  ...["training", "certificate", "degree", "exam", "exams", "interpreter", "tutoring", "tutor"],
]);

/** Things a course or exam covers as its content, never a payer: "does the exam cover math". */
const CONTENTS = new Set([
  ...["exam", "exams", "test", "tests", "course", "courses", "class", "classes", "program", "programs"],
  ...["guide", "bot", "book", "books", "certification", "training", "curriculum", "syllabus"],
]);

/** What follows paying that says how much, not for what: "pay well", "pay more in cities". */
const AMOUNT = new Set([
  ...["well", "good", "better", "best", "more", "less", "much", "enough", "decent", "extra", "okay", "ok"],
  ...["hourly", "weekly", "monthly", "yearly", "per", "lot", "lots", "bad", "poorly", "alright"],
]);

/**
 * "will the state cover my tuition", "does the college have to pay for my interpreter", "vocational rehab pay my
 * school?": someone besides the asker and the work (a subject that is none of `NO_PAYER` and no word of the domain)
 * paying a thing (not one of the domain's people: "do hospitals pay lab techs more" is the pay). "Cover" pays only a
 * cost of studying (`STUDY_COSTS`), and a course or an exam covers its content ("does the exam cover math"). One
 * bound to pay ("school must pay?", "does the college have to pay") need not say for what. The words of the thing
 * paid (none when it is not said), or undefined.
 */
export function paidByAnother(
  ws: readonly string[],
  namesDomain: (phrase: readonly string[], head?: boolean) => boolean,
  isPackWord: (w: string) => boolean,
): string[] | undefined {
  for (let i = 1; i < ws.length; i++) {
    if (!PAYING.has(ws[i]!)) continue;
    // "annual pay, kindly?", "the starting pay for new grads": "pay" after such a word is what the work earns.
    if (ws[i] === "pay" && PAY_AS_NOUN.has(ws[i - 1]!)) continue;
    const covers = ws[i]!.startsWith("cover");
    const needed = ws[i - 1] === "to" && ["need", "needs", "have", "has"].includes(ws[i - 2]!);
    // "school must pay?", "does the college have to pay": bound to pay, whatever for.
    const bound = needed || ws[i - 1] === "must";
    let s = ws[i - 1] === "must" ? i - 2 : i - 1;
    while (s >= 0 && BETWEEN.has(ws[s]!)) s--;
    const subject: string[] = [];
    while (s >= 0 && subject.length < 5 && !AUXILIARIES.has(ws[s]!)) subject.unshift(ws[s--]!);
    const named = subject.filter((w) => !DETERMINERS.has(w) && !STOPWORDS.has(w));
    if (named.length === 0 || subject.length === 5) continue;
    if (subject.some((w) => NO_PAYER.has(w)) || namesDomain(subject)) continue;
    if (covers && named.some((w) => CONTENTS.has(w))) continue;
    const after = ws[i + 1] === "for" ? i + 2 : i + 1;
    // "would they pay me more": paying a person is what the work earns.
    if (after === i + 1 && ["me", "us", "you", "them", "him", "her"].includes(ws[after]!)) continue;
    const thing = phraseAt(ws, after);
    if (thing.length === 0 && bound && !covers) return thing;
    if (thing.length === 0 || AMOUNT.has(thing[0]!) || namesDomain(thing, true)) continue;
    if (covers && !thing.some((w) => STUDY_COSTS.has(w))) continue;
    // "will my daughter need to pay for an exam" asks whether a thing the pack speaks of is required ("have to" reads
    // as need); "does the college need to pay for my interpreter" names a thing it never speaks of.
    if (needed && isPackWord(thing.at(-1)!)) continue;
    return thing;
  }
  return undefined;
}
