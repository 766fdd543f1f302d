// Texting slang read by the words around it: general English usage, never a field's own words or abbreviations.

/**
 * Tags that close a yes-no question ("lab jobs in demand or nah", "cert needed y/n"): they ask, and say nothing
 * about what. Only at the end of a sentence or before a comma: "or no degree at all" is not a tag.
 */
const YES_NO_TAG =
  /\s*(?:\bor (?:nah+|naw+|nope|no)|\by\/n|\byes or no|\byay or nay|\baffirm\/neg)(?=\s*(?:[?!.,;:)]|$|\p{Extended_Pictographic}))/giu;

/** Two-letter shorthand with a slash, typed as one word: "b/c", "w/e", "w/out". */
const SLASHED: Readonly<Record<string, string>> = {
  "b/c": "because",
  "w/e": "whatever",
  "w/out": "without",
  "w/in": "within",
};
const SLASHED_PATTERN = /\b(?:b\/c|w\/e|w\/out|w\/in)\b/gi;

/**
 * "rn" typed in lower case at the end of a clause is "right now" ("are they hiring rn"); in capitals, or after an
 * article or a word that names it ("an rn", "rn or lpn"), it is a nurse.
 */
const RIGHT_NOW =
  /(?<=\p{L}\s+)(?<!\b(?:a|an|the|as|or|and|to|vs|of|my|his|her|their|registered|be|become|becoming)\s+)\brn\b(?=\s*(?:[?!.,;:]|$|\p{Extended_Pictographic}|\b(?:lol|lmao|tho|though|fr)\b))/gu;

/** Whether a sentence closes with a yes-no tag ("lab techs paid good or nah", "mlts paid decent fr?"): it asks. */
export function endsWithYesNoTag(sentence: string): boolean {
  return CLOSING_TAG.test(sentence.trim());
}
const CLOSING_TAG =
  /(?:\bor (?:nah+|naw+|nope|no|not)|\by\/n|\byes or no|\byay or nay|\bfr(?:fr)?|\bno cap)[\s?!.\p{Extended_Pictographic}]*$/iu;

/** Slang read from the raw text, before it is tokenised: the tags, slashed shorthand and "rn". */
export function readTextingMarks(text: string): string {
  // Each pattern runs only on a text that holds its telltale letters: most texts (every phrasing of a large pack)
  // hold none, and the look-behinds are dear.
  let read = /\b(?:or|y|yes|yay|affirm)\b/i.test(text) ? text.replace(YES_NO_TAG, " ") : text;
  if (read.includes("/")) read = read.replace(SLASHED_PATTERN, (m) => ` ${SLASHED[m.toLowerCase()]} `);
  return /\brn\b/i.test(read) ? read.replace(RIGHT_NOW, "right now") : read;
}

/** Words before "diff" that make it a noun, "difference": "the diff", "any diff", "whats the diff". */
const DIFFERENCE_BEFORE: ReadonlySet<string> = new Set("the a any big main real much no".split(" "));
/** Words after "diff" that make it a noun: "diff between", "diff in pay", "diff vs". */
const DIFFERENCE_AFTER: ReadonlySet<string> = new Set(
  "between btw bw of in is with w vs versus for if".split(" "),
);

/**
 * "diff" is "difference" after an article or before "between", "of", "in"… or at the end ("whats the diff", "diff
 * between mlt and mls"), else "different" ("diff areas", "2 diff programs").
 */
export function diffAs(before: string | undefined, after: string | undefined): string {
  return after === undefined || DIFFERENCE_BEFORE.has(before ?? "") || DIFFERENCE_AFTER.has(after)
    ? "difference"
    : "different";
}

/**
 * A word of a thing being bad before a word of results ("broke numbers", "busted results", "janky readings"): the
 * results are wrong, not the machine broken nor the writer out of money.
 */
const BAD: ReadonlySet<string> = new Set(
  "broke busted messed janky wonky bogus whack funky jacked".split(" "),
);
const RESULTS: ReadonlySet<string> = new Set(
  "numbers number results result readings reading values value counts count data nums".split(" "),
);

/** Words for money in slang ("make bank", "secure the bag", "pull in bread"), money only after a word of earning. */
const MONEY_SLANG: ReadonlySet<string> = new Set(
  "bag bread racks stacks bank bands guap cheddar dough bucks cash moolah".split(" "),
);
/** Words of earning or getting money that slang's money words follow. */
const EARNING: ReadonlySet<string> = new Set(
  "make makes making made earn earns earning pull pulls pulling bring brings bringing rake rakes raking secure securing chase chasing stack stacking".split(
    " ",
  ),
);
/** Words that may stand between the verb and the money: "make good bank", "pull in serious bread". */
const BETWEEN: ReadonlySet<string> = new Set(
  "the a some good big real decent serious in more less much any enough that this solid nice okay ok".split(
    " ",
  ),
);

/** Everyday phrases for getting started, read as the plain words: "roadmap", "foot in the door", "how do i get in". */
const PHRASES: readonly [string[], string[]][] = (
  [
    ["road map", "steps"],
    ["roadmap", "steps"],
    ["game plan", "steps"],
    ["get my foot in the door", "get started"],
    ["get your foot in the door", "get started"],
    ["get a foot in the door", "get started"],
    ["foot in the door", "start"],
    ["path to", "become"],
    ["pathway to", "become"],
    ["route to", "become"],
    ["road to", "become"],
    ["way into", "get into"],
    ["jump into", "get into"],
    ["dive into", "get into"],
    ["get in to", "get into"],
    ["break in to", "get into"],
    ["get the bag", "earn money"],
    ["getting the bag", "earning money"],
    ["got the bag", "earned money"],
    ["six figs", "six figures"],
    ["6 figs", "six figures"],
    ["on god", ""],
  ] as const
).map(([a, b]) => [a.split(" "), b === "" ? [] : b.split(" ")]);
/** The phrases by their first word, in their order, so a word starting none costs one look-up. */
const PHRASES_BY_FIRST: ReadonlyMap<string, (typeof PHRASES)[number][]> = Map.groupBy(
  PHRASES,
  ([p]) => p[0]!,
);

/** Verbs of getting in that mean starting the career when nothing follows them ("how do i get in", "can i break in"). */
const ENTERING: ReadonlySet<string> = new Set(["get", "getting", "break", "breaking"]);
/** Words that may close a clause after "get in": the career pointed at, or a hedge. */
const AFTER_ENTERING: ReadonlySet<string> = new Set(["there", "this", "it", "fr", "tho", "though", "lol"]);

/** "hr" is an hour after "per", "an", "a" or an amount ("$20 an hr", "20/hr"); otherwise it may be HR, the department. */
const PER_HOUR: ReadonlySet<string> = new Set(["per", "an", "a", "money", "each", "every"]);

const MAKE: ReadonlySet<string> = new Set(["make", "makes", "made", "making"]);
const OBJECTS: ReadonlySet<string> = new Set(
  "me you u us them him her people everyone everybody techs".split(" "),
);
/** Things one is made to do, after "make you": "take", "keep", "retake"… (not "rich", "money", "feel"). */
const OBLIGED_TO: ReadonlySet<string> = new Set(
  "take keep do pay get go learn study work wear redo retake renew repeat attend sit pass train complete finish sign buy join show prove use start travel stay".split(
    " ",
  ),
);

/** Words that read "4" as "for" and "2" as "to" after them: "classes 4 this", "how 2 get certified". */
const FOR_BEFORE: ReadonlySet<string> = new Set(
  "this that it me you u him her them us real sure the a an my your ur".split(" "),
);
const TO_BEFORE: ReadonlySet<string> = new Set(
  "be get work become do make the me you u go know see start study learn".split(" "),
);

/**
 * "cc" is a community college where a school stands: after an article, a possessive or a preposition of place ("at a
 * cc", "my cc"), or before a word of its courses ("cc classes"); elsewhere it may be a copy or cubic centimetres.
 */
const COLLEGE_BEFORE: ReadonlySet<string> = new Set(
  "a the my your ur our his her their local at from in to this that any which".split(" "),
);
const COLLEGE_AFTER: ReadonlySet<string> = new Set(
  "program programs class classes course courses credit credits student students degree degrees".split(" "),
);

/**
 * Slang read by its neighbours, on the words of a message after everyday shorthand is spelled out: money words after
 * a word of earning, the idioms of getting started, "n" between words as "and", "4" and "2" as "for" and "to".
 */
export function readSlang(ws: readonly string[]): string[] {
  const out: string[] = [];
  const single = (i: number) => ws[i]?.length === 1;
  for (let i = 0; i < ws.length; ) {
    const phrase = PHRASES_BY_FIRST.get(ws[i]!)?.find(
      ([p]) => p.every((w, k) => ws[i + k] === w) && !(p.at(-1) === "to" && doingNext(ws[i + p.length])),
    );
    if (phrase !== undefined) {
      out.push(...phrase[1]);
      i += phrase[0].length;
      continue;
    }
    const w = ws[i]!;
    const next = ws[i + 1];
    // "they make u keep taking classes": someone made to do something needs to do it (not "make you rich").
    if (MAKE.has(w) && OBJECTS.has(next ?? "") && OBLIGED_TO.has(ws[i + 2] ?? "")) {
      out.push(next!, "need");
      i += 2;
      continue;
    }
    if (BAD.has(w) && (RESULTS.has(next ?? "") || (next === "up" && RESULTS.has(ws[i + 2] ?? ""))))
      out.push("wrong");
    else if (MONEY_SLANG.has(w) && earnedBefore(out)) out.push("money");
    else if (w === "hr" && (PER_HOUR.has(out.at(-1) ?? "") || /^\d/.test(out.at(-1) ?? ""))) out.push("hour");
    else if (w === "cc" && (COLLEGE_BEFORE.has(out.at(-1) ?? "") || COLLEGE_AFTER.has(next ?? "")))
      out.push("community", "college");
    else if (w === "n" && i > 0 && next !== undefined && !single(i - 1) && !single(i + 1)) out.push("and");
    else if (w === "4" && i > 0 && next !== undefined && FOR_BEFORE.has(next)) out.push("for");
    else if (w === "2" && i > 0 && next !== undefined && TO_BEFORE.has(next)) out.push("to");
    else if (w === "in" && ENTERING.has(out.at(-1) ?? "") && (next === undefined || AFTER_ENTERING.has(next)))
      out.push("into");
    else out.push(w);
    i++;
  }
  return out;
}

/** "a path to supervising": a path to doing something is not a way into the job ("the path to becoming one" is). */
function doingNext(w: string | undefined): boolean {
  return w?.endsWith("ing") === true && w !== "becoming" && w !== "being";
}

/**
 * Whether a word of earning comes just before, with at most two small words between ("make good bank"); not "make"
 * in a question how something is made ("how do they make bread").
 */
function earnedBefore(out: readonly string[]): boolean {
  for (let k = out.length - 1, skipped = 0; k >= 0 && skipped <= 2; k--, skipped++) {
    const w = out[k]!;
    if (EARNING.has(w)) return !(w.startsWith("ma") && out.slice(Math.max(0, k - 5), k).includes("how"));
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}
