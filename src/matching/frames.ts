// Reads the frame of a question said without the pack's words — whether the money would cover a need of one's life,
// whether the work will still be there, who catches a mistake, how one knows the information is true, whether
// someone like the writer would do well, a device of the work failing — from the shape of its sentences, and how far each entry is asked in each
// frame by its own phrasings. General English, true of any pack: which entry a frame points at is learned.
import { readFileSync } from "node:fs";
import { asksSomewhere, sentences } from "./clauses.ts";
import { readHomophones } from "./homophones.ts";
import { PERSON_QUALITIES_FILE, QUALITIES_FILE } from "./tables/generate.ts";
import { STOPWORDS, shorthandWord, withTheG, wordTokens } from "./text.ts";

export const FRAMES = [
  "afford",
  "lasting",
  "catching",
  "trusting",
  "fitting",
  "ongoing",
  "rising",
  "defining",
  "bearing",
  "qualities",
  "filling",
  "reaching",
  "mending",
] as const;
export type Frame = (typeof FRAMES)[number];

/** A text's frames as bits (positions in FRAMES), and the words that make them a frame rather than a subject. */
export interface Framing {
  frames: number;
  /** Words of the writer's life a frame names ("rent", "home"): not what the message is about. */
  life: string[];
  /** The writer's own condition a question of fit names ("if needles make me faint"): how it asks, not what about. */
  own: string[];
}

const bit = (frame: Frame): number => 1 << FRAMES.indexOf(frame);

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Words that say something is enough for a need: "afford", "cover", "enough", "pay for", "be able to", "let me". */
const SUFFICING =
  set(`afford affording cover covers covering enough support supporting sustain survive live living
  manage able let allow allows lets pay pays fund`);

/**
 * The needs and expenses of a life, a short list of general English (housing, bills, debts, food, family): "rent",
 * "a mortgage", "my own place", "send money home", "the kids".
 */
const LIFE =
  set(`rent rents renting mortgage mortgages bill bills car cars payment payments house houses home homes apartment
  apartments flat condo place loan loans debt debts grocery groceries food family families kid kids child children
  wife husband parents tuition wallet lifestyle living expenses expense costs utilities insurance daycare`);

/** Verbs of a life's needs that take no noun of the list: "move out", "send money home", "raise a family". */
const LIFE_VERBS = set("move send raise retire");

/** Verbs of providing for people: "support us", "feed three kids", "provide for my family". */
const PROVIDING = set("support supporting feed feeding provide providing");

/** The people one provides for: "support us", "feed them", "provide for myself". */
const PROVIDED = set("us me myself them him her my our three two four five");

/** How far the need may follow the word of sufficing: "could I cover a mortgage and a car payment". */
const AFFORD_REACH = 8;

/**
 * Idioms of money only just lasting, which say the need without naming it: "scraping by", "make ends meet", "a side
 * hustle", "a second job", "paycheck to paycheck".
 */
const GETTING_BY: readonly (readonly string[])[] = [
  ["get", "by"],
  ["getting", "by"],
  ["scrape", "by"],
  ["scraping", "by"],
  ["ends", "meet"],
  ["side", "hustle"],
  ["second", "job"],
  ["paycheck", "to", "paycheck"],
  ["broke"],
  // Keeping a home and food: "a roof over my head", "put food on the table", "keep the lights on".
  ["roof", "over"],
  ["food", "on", "the", "table"],
  ["lights", "on"],
];

/** What may follow "get by": "get by on this", "get by or not"; "get by without a degree" asks what it takes. */
const AFTER_BY = set("on or and doing with");

/** Whether the idiom at `i` is said there: `idiom` word for word, and "by" not followed by what one gets by without. */
function saysAt(ws: readonly string[], i: number, idiom: readonly string[]): boolean {
  if (!idiom.every((w, k) => ws[i + k] === w)) return false;
  const next = ws[i + idiom.length];
  return idiom.at(-1) !== "by" || next === undefined || AFTER_BY.has(next);
}

/** What a life is lived on: "raise kids on this", "live on what this pays", "support a family on one income". */
const ON_WHAT = set("this that it what one a an the my");

/** Verbs of making more of something: "fatten my wallet", "pad my pockets", "boost my paycheck". */
const SWELLING = set(
  "fatten fattens pad pads padded line lines fill fills grow grows boost boosts bump bumps",
);

/** What one's own money is kept in: "my wallet", "my pockets", "my bank account", "my paycheck". */
const PURSES = set("wallet wallets pocket pockets purse paycheck paychecks bank savings");

/** How far what one's money is kept in may follow the verb: "fatten up my wallet a bit". */
const SWELL_REACH = 3;

/**
 * "would it fatten my wallet", "will it pad our pockets": more money in what the writer keeps it in, which asks what
 * the work pays; the words of the idiom are the need.
 */
function swells(ws: readonly string[]): string[] | undefined {
  for (let i = 0; i < ws.length; i++) {
    if (!SWELLING.has(ws[i]!)) continue;
    for (let k = i + 1; k < ws.length && k <= i + SWELL_REACH; k++)
      if (PURSES.has(ws[k]!) && (ws[k - 1] === "my" || ws[k - 1] === "our")) return [ws[i]!, ws[k]!];
  }
  return undefined;
}

/** Whether a sentence asks if something is enough for a need of one's life; the need's words when it does. */
function affords(ws: readonly string[]): string[] | undefined {
  // "would I be scraping by on this", "is it enough to quit my second job": the need is in the idiom.
  for (let i = 0; i < ws.length; i++) {
    const idiom = GETTING_BY.find((idiom) => saysAt(ws, i, idiom));
    if (idiom !== undefined) return [...idiom];
  }
  const swelled = swells(ws);
  if (swelled !== undefined) return swelled;
  // "can I raise two kids on what this brings in", "could I live on this": the need, then what it is lived on.
  for (let i = 0; i < ws.length; i++) {
    if (ws[i] !== "on" || !ON_WHAT.has(ws[i + 1] ?? "")) continue;
    const before = ws.slice(Math.max(0, i - 4), i);
    const life = before.filter((w) => LIFE.has(w) || LIFE_VERBS.has(w) || w === "live" || w === "living");
    if (life.length > 0) return life;
  }
  for (let i = 0; i < ws.length; i++) {
    if (!SUFFICING.has(ws[i]!)) continue;
    // "lets" and "let" suffice only with someone let: "would it let me send money home".
    if (
      (ws[i] === "let" || ws[i] === "lets" || ws[i] === "allow" || ws[i] === "allows") &&
      ws[i + 1] !== "me"
    )
      continue;
    const life: string[] = [];
    for (let k = i + 1; k < ws.length && k <= i + AFFORD_REACH; k++) {
      const w = ws[k]!;
      if (LIFE.has(w)) life.push(w);
      else if (PROVIDING.has(w) && PROVIDED.has(ws[k + 1] === "for" ? (ws[k + 2] ?? "") : (ws[k + 1] ?? "")))
        life.push(w);
      else if (LIFE_VERBS.has(w) && (ws[k + 1] === "out" || ws[k + 1] === "money" || ws[k + 1] === "a"))
        life.push(w, ws[k + 1]!);
    }
    if (PROVIDING.has(ws[i]!) && PROVIDED.has(ws[i + 1] ?? "")) life.push(ws[i]!);
    if (life.length > 0) return life;
  }
  return undefined;
}

/**
 * Words of time ahead: "will", "gonna", "in ten years", "someday", "still", "keep" ("forever" and "always" say how
 * long one stays: "would I be stuck in a basement forever").
 */
const AHEAD = set(
  "will gonna going future years decade decades someday later ahead still keep keeps anymore",
);

/** Words of work being wanted: "need people", "hiring", "demand". */
const WANTED = set("need needs needing needed hire hires hiring demand wanted");

/** Words of work going away, whatever the tense: "disappear", "obsolete", "oversaturated". */
const GOING =
  set(`disappear disappears disappearing vanish vanishing obsolete outdated oversaturated saturated shortage
  extinct`);

/** Words of machines taking work over, with a word of time ahead: "robots will take it", "will AI replace us". */
const REPLACING = set("replace replaced replacing automate automated automation robot robots ai");

/** Words of work that lasts, with a word of time ahead: "steady work for the years ahead", "a secure job". */
const STEADY = set("steady stable secure security safe");

/** Machines that may take work over: "will a computer do this instead of people". */
const MACHINES = set(
  "robot robots ai computer computers machine machines software automation algorithm algorithms",
);

/**
 * Verbs of machines taking work over: "a computer could replace them" (not the machines alone, "use the robots", nor
 * what they are, "automated analyzers").
 */
const REPLACE_VERBS = set("replace replaces replaced replacing");

/** Whom machines do work instead of: "instead of people", "instead of us". */
const WORKERS = set("people humans human us them techs workers staff");

/** Words of hard times for work: "recession", "layoffs", "when the economy tanks". */
const HARD_TIMES = set("recession recessions downturn downturns layoffs layoff economy");

/** Words of lasting through them: "survives", "recession proof", "safe". */
const THROUGH = set("survive survives surviving proof safe secure last lasts hold");

/** Whom a need of one's own names: "do I still need a degree" asks what it takes, not whether work is wanted. */
const SELF = set("i im you u we me");

/** What is wanted when work is: "jobs", "openings", "people", "positions", "a spot for me". */
const OPENINGS = set("jobs job openings work positions people demand spot spots place");

/** How far what is wanted may follow "there": "will there still be a spot for me", "will there be a lot more jobs". */
const THERE_REACH = 5;

/** Whether machines do the work instead of people: "could a computer end up doing this instead of people". */
function replaced(ws: readonly string[]): boolean {
  if (!ws.some((w) => MACHINES.has(w))) return false;
  return ws.some(
    (w, i) =>
      REPLACE_VERBS.has(w) ||
      (w === "instead" && ws[i + 1] === "of" && WORKERS.has(ws[i + 2] ?? "")) ||
      ((w === "take" || w === "taking" || w === "takes") && ws[i + 1] === "over"),
  );
}

/**
 * Whether a sentence asks if the work will still be wanted: a word of time ahead and one of wanting ("will they
 * still need people"), of machines taking over or of lasting, a word of going ("disappear"), or wanting more.
 */
function lasts(ws: readonly string[]): boolean {
  if (!keepsFromDating(ws) && ws.some((w) => GOING.has(w))) return true;
  if (replaced(ws)) return true;
  // "is this work that survives when the economy tanks", "is it recession proof".
  if (ws.some((w) => HARD_TIMES.has(w)) && ws.some((w) => THROUGH.has(w))) return true;
  const ahead = ws.some((w) => AHEAD.has(w));
  if (ahead && ws.some((w) => REPLACING.has(w) || STEADY.has(w))) return true;
  // "will there be jobs in the future", "will there still be openings", "a spot for me" (not "a place to study").
  const there = ws.indexOf("there");
  if (
    ahead &&
    there > 0 &&
    ws.some((w, i) => i > there && i <= there + THERE_REACH && OPENINGS.has(w) && ws[i + 1] !== "to")
  )
    return true;
  return ws.some((w, i) => {
    if (!WANTED.has(w)) return false;
    // "will I need a degree", "do you still need to…", "make me easier to hire": a requirement, not a demand.
    const before = ws.slice(Math.max(0, i - 3), i);
    if (before.some((s) => SELF.has(s)) || ws[i - 1] === "to") return false;
    const next = ws[i + 1];
    // "are employers hiring more": hiring is wanting; "do they need more school" is a requirement.
    if (next === "more" && w.startsWith("hir")) return true;
    return ahead && next !== "a" && next !== "an" && next !== "to";
  });
}

/** Verbs of catching or checking a mistake: "catch", "confirm", "make sure", "double check". */
const CATCHING = set(`catch catches catching notice notices spot spots check checks checking confirm confirms
  confirming verify verifies verifying ensure ensures validate validates review reviews flag flags sure`);

/** Words of something wrong or right: "mistakes", "off", "messing up", "is reading correctly", "reliable". */
const WRONG =
  set(`mistake mistakes error errors wrong off false drift drifts drifting problem problems bogus faulty
  inaccurate incorrect mess messes messing messed`);

/** Words of being right, as what is checked ("is right", "reading correctly"), not how a thing is done ("stored right"). */
const RIGHT = set("right correct correctly accurate accurately reliable properly");
const BEING = set("is are be was were being");

/** Verbs of knowing that a thing is right: "how do they know the numbers are right", "how can you tell". */
const KNOWING = set("know tell");
const AUXILIARIES = set("do does did would can could will");

/**
 * Whether a sentence asks how someone else checks that a thing is right or not wrong: "how do they make sure a machine
 * isn't giving bogus numbers", "how do they know the readings are right" (not "how do I know", which asks the writer's
 * own way of knowing, nor "how do they make sure the tubes are stored right", how a thing is done).
 */
function howChecked(ws: readonly string[]): boolean {
  const how = ws.indexOf("how");
  if (how < 0 || !AUXILIARIES.has(ws[how + 1] ?? "") || WRITER.has(ws[how + 2] ?? "")) return false;
  const verb = ws.findIndex((w, i) => i > how + 2 && i <= how + 4 && (CATCHING.has(w) || KNOWING.has(w)));
  return verb >= 0 && ws.some((w, i) => i > verb && (WRONG.has(w) || (RIGHT.has(w) && checkedRight(ws, i))));
}

/** Whether a sentence asks who catches or checks something wrong: "who catches that", "whose job is it to catch…". */
function catches(ws: readonly string[]): boolean {
  const who = ws.findIndex((w) => w === "who" || w === "whose");
  if (who < 0) return howChecked(ws);
  // The verb is the question's own: "who catches", "who actually checks", "whose job is it to catch".
  const reach = ws[who] === "whose" ? 6 : 2;
  const verb = ws.findIndex((w, i) => i > who && i <= who + reach && CATCHING.has(w));
  if (verb < 0) return false;
  // What is caught is a mistake, or the matter just told of: "who catches that", "who checks it".
  // "who makes sure it keeps" opens a clause: only a mistake or rightness says what is checked there.
  const object = ws[verb] === "sure" ? undefined : ws[verb + 1];
  return (
    object === "that" ||
    object === "it" ||
    object === "this" ||
    (verb === ws.length - 1 && ws[who] === "whose") ||
    ws.some((w, i) => i > verb && (WRONG.has(w) || (RIGHT.has(w) && checkedRight(ws, i))))
  );
}

/** Whether the word of being right at `i` says what is checked: after a form of "be" or a verb in -ing. */
function checkedRight(ws: readonly string[], i: number): boolean {
  const before = ws[i - 1] ?? "";
  return BEING.has(before) || before.endsWith("ing");
}

/** Words of truth and its source: "true", "legit", "making it up", "sources". */
const TRUTH = set("truth trust lying lie lies invent invented making made source sources");

/**
 * Words that say whether a thing is true, as what is said of it ("is this true", "is it legit or…"; not "is this a
 * real person", which asks about the bot).
 */
const TRUE = set("true real legit accurate reliable trustworthy fake");
const AFTER_TRUE = set("or and not at to for info information");

/** What the information is: "you", "this", "all this", "this info". */
const TOLD = set("you your u ur this info information facts");

/** What one gets information as: "where did you get all that", "where does it get its facts". */
const GOTTEN = set("all its it that facts answers");

/** Verbs of telling and writing: "who says", "who told you", "who wrote this". */
const TELLING = set("says said say told tells wrote writes written made");

/** Whether a sentence asks how one knows the information is true or where it comes from. */
function trusts(ws: readonly string[]): boolean {
  const told = ws.some((w) => TOLD.has(w));
  if (!told) return false;
  // "who says this", "who told you all this", "who wrote this".
  const who = ws.indexOf("who");
  if (who >= 0 && TELLING.has(ws[who + 1] ?? "")) return true;
  // "where does this come from", "where did you get this", "where does the bot get its facts"; not "where would I go
  // to get trained for this".
  const where = ws.indexOf("where");
  if (
    where >= 0 &&
    ws.some(
      (w, i) =>
        i > where &&
        (((w === "come" || w === "comes") && ws[i + 1] === "from") ||
          ((w === "get" || w === "got") && ws.slice(i + 1, i + 3).some((x) => TOLD.has(x) || GOTTEN.has(x)))),
    )
  )
    return true;
  // "how do I know this is true", "is this info legit", "are you making it up".
  const truth = ws.some(
    (w, i) => TRUTH.has(w) || (TRUE.has(w) && (i === ws.length - 1 || AFTER_TRUE.has(ws[i + 1]!))),
  );
  return truth && (ws.includes("know") || ws[0] === "is" || ws[0] === "are");
}

/** Verbs of doing well at or liking a line of life: "do well", "enjoy", "hate", "suit", "be happy". */
const FARING =
  set(`enjoy like love hate happy suit suits suited fit fits thrive survive cope last good well cut
  sound sounds right alright okay ok fine`);

/** What someone is said to be as a kind of person: "am I the type of person who…", "the sort of person for this". */
const KINDS = set("type kind sort");

/** Words of the writer's own condition after "if": "if blood makes me queasy", "if I'm shy". */
const OWN = set("i im me my");

/** What the writer is or has in a condition: "if I am colour-blind", "if I have a bad back", "if I get woozy". */
const BEING_OR_HAVING = set("am m have");

/** Negations and lacks in a condition: "if I don't have a degree" asks what it takes, not whether one fits. */
const LACKING = set("not t dont don didnt no without never only just");

/**
 * "can I still do this if blood makes me queasy", "could I manage if I'm clumsy": a condition of the writer's own,
 * nothing lacked in it, after a yes-or-no question about the writer.
 */
function despite(ws: readonly string[], writer: number): string[] | undefined {
  const cond = ws.indexOf("if", writer + 1);
  if (cond < 0) return undefined;
  const clause = ws.slice(cond + 1);
  // What the writer is or has ("if I'm shy", "if my back is bad", "if blood makes me queasy"), not what they would do
  // ("if I study at night", a way there).
  const own =
    clause[0] === "im" ||
    clause[0] === "my" ||
    (clause[0] === "i" && BEING_OR_HAVING.has(clause[1] ?? "")) ||
    clause.includes("me");
  return own && !clause.some((w) => LACKING.has(w)) ? clause : undefined;
}

/** Words for someone one may be like: "someone like me", "people like me", "a person like me". */
const SOMEONE = set("someone somebody anyone anybody people person folks guys girls women men");

/** "is this for someone like me", "is it for people like me", "is this for me": the work as made for the writer, or not. */
function forSomeoneLikeMe(ws: readonly string[]): boolean {
  // The work is what is asked of ("is this…", "is it…"): "will there be a spot for people like me" asks for openings.
  if (!THE_SUBJECT.has(ws[1] ?? "")) return false;
  return ws.some((w, i) => {
    if (w !== "for") return false;
    // "is this for me?", "is this job for me": the work for the writer, said last ("is that message for me" is not).
    if (ws[i + 1] === "me" && i + 2 === ws.length) return ws.slice(2, i).every((x) => FOR_THIS.has(x));
    const k = ws[i + 1] === "a" ? i + 2 : i + 1;
    return SOMEONE.has(ws[k] ?? "") && ws[k + 1] === "like" && ws[k + 2] === "me";
  });
}

/** A person of a kind near the writer: "am I the type of person who'd like this". */
function aKindOfPerson(ws: readonly string[], writer: number): boolean {
  return ws.some(
    (w, i) => w === "person" && ws[i - 1] === "of" && KINDS.has(ws[i - 2] ?? "") && Math.abs(i - writer) <= 5,
  );
}

/** Words that put the writer in the question: "I", "me", "someone like me". */
const WRITER = set("i me im");

/** Whether a sentence asks if someone like the writer would do well or be happy at it: "would I hate this". */
function fits(all: readonly string[], own?: string[]): boolean {
  // "how do I know if I'm the type of person who…", "I want to know whether I would be suited": the question
  // embedded after "if" or "whether" that the writer opens.
  const embedded = all.findIndex(
    (w, i) =>
      (w === "whether" || (w === "if" && WONDERING.has(all[i - 1] ?? ""))) && OWN.has(all[i + 1] ?? ""),
  );
  const ws = embedded > 0 && !YES_NO.test(all[0] ?? "") ? ["is", ...all.slice(embedded + 1)] : all;
  const first = ws[0];
  // A question about the writer's fit opens as a yes-or-no question: "would", "could", "would this fit someone like me".
  if (first === undefined || !YES_NO.test(first)) return false;
  const writer = ws.findIndex((w) => WRITER.has(w));
  if (writer < 0) return false;
  // "would I hate this", "would someone like me do well", "would this fit someone like me", "is it right for me".
  const fares = ws.some(
    (w, i) => FARING.has(w) && Math.abs(i - writer) <= 4 && !(w === "like" && ws[i + 1] === "me"),
  );
  // "will I need to be good at maths": a requirement, unless the question is about the writer ("…for me").
  if (ws.includes("need") && !ws.includes("me")) return false;
  if (fares || aChoiceForMe(ws) || aKindOfPerson(ws, writer) || forSomeoneLikeMe(ws)) return true;
  const condition = despite(ws, writer);
  if (condition !== undefined) own?.push(...condition);
  return condition !== undefined;
}

/** Verbs after which "if" opens a question, not a condition: "know if I'd like it", not "if I want to be good". */
const WONDERING = set("know wonder wondering wondered see tell ask asking sure unsure");

const YES_NO = /^(?:would|will|could|does|do|is|am|would've|can)$/;

/** Words of being past the time for something: "too old", "too late". */
const AGED = set("old late");

/** Words after "too old" that leave it about the career under discussion: "too old for this job", "too late now". */
const FOR_THIS = set("job career field work line profession anymore");

/**
 * "am I too old for this", "is 47 too late for me", "52 too old to start fresh?": whether the writer's age rules the career
 * out: "too old" said of the writer or of a figure of age, "too late" only beside a figure of age ("is it too late for
 * me to take the SAT" asks about a date), and nothing after it but what one would do ("to retrain", "to start") and
 * words pointing at the career: "at 52 is it too late to quit smoking" is about something else.
 */
function tooOld(ws: readonly string[]): boolean {
  const aged = ws.findIndex((w, i) => w === "too" && AGED.has(ws[i + 1] ?? ""));
  if (aged < 0) return false;
  const age = ws.some((w) => /^\d{2}$/.test(w));
  if (!age && !(ws[aged + 1] === "old" && ws.some((w) => WRITER.has(w)))) return false;
  const after = ws.slice(ws[aged + 2] === "to" ? aged + 4 : aged + 2);
  return after.every((w) => STOPWORDS.has(w) || FOR_THIS.has(w));
}

/** An age said in words: "at fifty", "in my forties", "fifty-some". */
const AGE_WORDS = set(
  `twenty thirty forty fifty sixty seventy twenties thirties forties fifties sixties seventies`,
);

/** Words of starting out in a line of work: "start", "begin", "retrain", "switch". */
const STARTING = set("start starting begin beginning retrain retraining switch switching");

/** Who an age is said of: "young people", "older ones", "old folks". */
const OF_AN_AGE = set("young younger old older");

/** The words of an age, which say how a question of starting at one asks, as "too old" does. */
const AN_AGE = new Set([...AGE_WORDS, ...OF_AN_AGE, "age"]);

/** Question words that ask the way or a fact: "how would I start at my age" asks how, not whether. */
const WH = set("how what which when where who why");

/**
 * "do people start this at fifty-some", "is it for young people only or can a man my age start", "at 45 could I begin":
 * a yes-or-no question weighing an age, the writer's ("my age") or a figure of one, against starting the work.
 */
function startsAtAnAge(ws: readonly string[]): boolean {
  if (ws.some((w) => WH.has(w)) || !ws.some((w) => STARTING.has(w))) return false;
  return ws.some(
    (w, i) =>
      (w === "age" && ws[i - 1] === "my") ||
      (ws[i - 1] === "at" && (/^\d{2}$/.test(w) || AGE_WORDS.has(w))) ||
      (ws[i - 1] === "my" && AGE_WORDS.has(w)) ||
      (OF_AN_AGE.has(w) && (ws[i + 1] === "people" || ws[i + 1] === "ones" || ws[i + 1] === "folks")),
  );
}

/** What a line of life is for someone: "a bad idea", "the right choice", "a good move". */
const CHOICES = set("idea choice option move pick path");

/**
 * "is this a bad idea for me", "is it the right choice for someone like me": a choice said to be the writer's, and
 * nothing after it ("is it a good idea for me to get certified first" asks about the certification).
 */
function aChoiceForMe(ws: readonly string[]): boolean {
  const me = ws.lastIndexOf("me");
  if (me < 0 || (me < ws.length - 1 && ws[me + 1] !== "or")) return false;
  return ws.some((w, i) => CHOICES.has(w) && i < me && me - i <= 4 && ws.slice(i + 1, me).includes("for"));
}

/** Words of keeping clear of a state: "avoid going obsolete", "never get outdated". */
const AVOIDING = set("avoid avoiding prevent not never");

/** Words of one's know-how gone out of date: "obsolete", "outdated". */
const DATED = set("obsolete outdated");

/**
 * "how can I avoid going obsolete", "how do you not go obsolete when the analyzers change": keeping one's own
 * know-how from going out of date, which is the learning going on (not whether the work lasts: "will it go obsolete").
 */
function keepsFromDating(ws: readonly string[]): boolean {
  return ws.some((w, i) => AVOIDING.has(w) && ws.slice(i + 1, i + 4).some((x) => DATED.has(x)));
}

/** Words of learning: "studying", "classes", "school", "the books". */
const LEARNING =
  set(`learn learning study studying studies school schooling class classes course courses books training
  education`);

/** Words of an end: "does the studying ever stop", "is school ever over". */
const ENDING = set("stop stops end ends over finish finished done");

/**
 * Whether a sentence asks if the learning goes on once one works: "does the studying ever stop", "do you have to keep
 * up", "is it one and done" (not "when does the course end": "ever" says for good).
 */
function goesOn(ws: readonly string[]): boolean {
  if (keepsFromDating(ws)) return true;
  const learning = ws.some((w) => LEARNING.has(w));
  if (learning && stillOnceWorking(ws)) return true;
  return ws.some(
    (w, i) =>
      (w === "ever" && learning && ws.slice(i + 1, i + 4).some((x) => ENDING.has(x))) ||
      (w === "one" && ws[i + 1] === "and" && ws[i + 2] === "done") ||
      ((w === "keep" || w === "keeps") &&
        (ws[i + 1] === "up" ||
          LEARNING.has(ws[i + 1] ?? "") ||
          (ws[i + 1] === "hitting" && ws[i + 3] === "books"))),
  );
}

/** Words of the work begun: "after I start the job", "once I'm working". */
const WORKING = set("start starting started work working job hired certified employed");

/**
 * "after start job still need classes every year?", "later still must learn more?": learning "still" needed once one
 * works, said in the plain words of someone learning English ("later", or "after" and "once" with the work begun).
 * "do I still need classes if I have a bachelor's" and "after high school do I still need classes" ask what it takes.
 */
function stillOnceWorking(ws: readonly string[]): boolean {
  if (!ws.includes("still")) return false;
  if (ws.includes("later")) return true;
  return ws.some(
    (w, i) => (w === "after" || w === "once") && ws.slice(i + 1, i + 4).some((x) => WORKING.has(x)),
  );
}

/** Words of a rank in a workplace: "the bottom", "the one in charge", "the top", "the ladder". */
const RANKS = set("bottom top ladder rung rungs ceiling charge boss title");

/** What is said of a rank that says a move between ranks: "start at the bottom", "be in charge", "be the boss". */
const OF_RANK = set("at the in a bigger higher next lowest highest");

/** What may follow a rank that is not a thing it qualifies ("the top pay", "a senior tech" are not ranks). */
const AFTER_RANK = set("of and or in here there someday one day later level forever if so once when after");

/**
 * Whether a sentence asks about rising through the ranks: a rank said with what places the writer or anyone in it
 * ("start at the bottom", "end up in charge", "climb the ladder", "be the boss"; not "would they be my boss", whose
 * boss someone else is).
 */
function rises(ws: readonly string[]): boolean {
  // "who is in charge of the samples" asks whose task a thing is.
  if (ws.includes("who") || ws.includes("whose")) return false;
  return ws.some(
    (w, i) =>
      ((RANKS.has(w) && OF_RANK.has(ws[i - 1] ?? "")) ||
        (STANDINGS.has(w) && HEIGHTS.has(ws[i - 1] ?? ""))) &&
      (i === ws.length - 1 ||
        AFTER_RANK.has(ws[i + 1]!) ||
        (STANDINGS.has(w) && CLAUSE_OPENING.has(ws[i + 1]!))),
  );
}

/** Where one stands in a workplace, said by its height: "a higher position", "the lower level". */
const STANDINGS = set("level position");

/** The heights of a standing: "higher", "lower", "entry" ("entry level"), "senior". */
const HEIGHTS = set("higher lower highest lowest bottom top entry senior");

/** Words that open the next clause after a standing: "at the lower level, can I later…", "a higher position and". */
const CLAUSE_OPENING = set("can could will would i so then but");

/** Verbs of asking what a thing is: "explain it", "describe this job", "translate that". */
const EXPLAINING = set("explain describe define translate summarize sum");

/** What is explained when it is the subject under discussion: "this", "it", "that". */
const THE_SUBJECT = set("this it that");

/** Negations before a verb: "couldn't explain" (read as "couldn", "t"), "cant explain", "never explained". */
const NOT = set("not never t couldnt cant cannot dont didnt wont");

/** What may follow "this" or "that" when they are the subject under discussion: "this job", "that to me", "this". */
const AFTER_THE_SUBJECT =
  set(`job role career work field profession occupation position line to for me in like please
  so simply`);

/** Someone under discussion: "describe what she does". */
const PEOPLE = set("she he they");

/** Forms of being and doing that close "what this job is", "what she does". */
const IS_OR_DOES = set("is are does do was");

/**
 * Whether a sentence asks what the subject under discussion is, in so many words: "explain this job to me", "describe
 * it in a sentence", "explain what this job is" (not "explain the difference", which names its subject, nor "explain
 * what that organization's credential is").
 */
function defines(ws: readonly string[]): boolean {
  return ws.some((w, i) => {
    // "I couldn't explain it" tells of the writer; "explain it to me" asks.
    if (!EXPLAINING.has(w) || ws.slice(Math.max(0, i - 2), i).some((x) => NOT.has(x))) return false;
    const next = ws[i + 1] ?? "";
    // "describe it", "explain this job to me"; not "describe that shorter option", a thing the story names.
    if (THE_SUBJECT.has(next)) {
      const after = ws[i + 2];
      return next === "it" || after === undefined || AFTER_THE_SUBJECT.has(after);
    }
    // "explain what this job is", "describe what she does": what the subject is, closed by a form of being or doing.
    if (next !== "what") return false;
    const close = ws.findIndex((x, k) => k > i + 2 && k <= i + 5 && IS_OR_DOES.has(x));
    const named = ws.slice(i + 2, close);
    return (
      close > 0 &&
      named.some((x) => THE_SUBJECT.has(x) || PEOPLE.has(x)) &&
      named.every((x) => THE_SUBJECT.has(x) || PEOPLE.has(x) || AFTER_THE_SUBJECT.has(x))
    );
  });
}

/** The spans of a working day: "all day", "their eight hours", "the whole shift", "morning to evening". */
const DAYS = set("day days shift shifts workday workdays night nights");

/** What makes a day or a shift the span filled: "all day", "the whole shift", "a typical day", "every day". */
const OF_A_SPAN =
  set(`all whole entire full every each typical average ordinary normal usual working their your
  my per`);

/** Counts of hours a day holds: "eight hours", "8 hours", "their ten hours". */
const HOUR_COUNTS = set("eight nine ten twelve 8 9 10 12 those their the");

/** The ends of a working day said as a span by name: "nine to five". */
const SPAN_ENDS: readonly (readonly [string, string])[] = [
  ["nine", "five"],
  ["9", "5"],
];

/**
 * Words of a working day's beginning and its end, which said on either side of "to", "till" or "and" name the day
 * between: "from dawn till dusk", "start to finish", "between arriving and going home",
 * "once work resumes until it closes".
 */
const DAY_STARTS =
  set(`morning mornings dawn start starting begin beginning arrive arrives arriving arrival resume
  resumes resuming`);
const DAY_ENDS =
  set(`evening evenings night dusk end finish finishing leave leaves leaving close closes closing home
  knock`);

/** Words joining a span's two ends: "dawn till dusk", "from the first sample until the last". */
const UNTIL = set("to till until til through");

/** How far the end of the day may follow its beginning: "from when I first get in in the morning until I go home". */
const SPAN_REACH = 8;

/** Verbs of registering one's arrival or leaving at work, said with "in" or "out": "clock in", "punch out". */
const CLOCKING = set("clock clocks clocking clocked punch punches punching punched");

/** The words one of the spans needs: what may frame a text as asking what fills a working day. */
const SPAN_WORDS = new Set([
  ...DAYS,
  "hours",
  ...CLOCKING,
  ...DAY_STARTS,
  ...SPAN_ENDS.map(([from]) => from),
]);

/**
 * Whether the day's beginning at `i` is followed by its end, joined by "to", "till" ("from morning to evening") or,
 * after "between", by "and" ("between arriving and going home").
 */
function spansFrom(ws: readonly string[], i: number): boolean {
  const between = ws.slice(Math.max(0, i - 2), i).includes("between");
  const join = ws.findIndex(
    (x, k) => k > i && k <= i + SPAN_REACH && (UNTIL.has(x) || (between && x === "and")),
  );
  return join > 0 && ws.slice(join + 1, join + 4).some((x) => DAY_ENDS.has(x));
}

/** Whether a sentence names a span of working time: a day or a shift, hours counted, clocking in or out, its two ends. */
function namesASpan(ws: readonly string[]): boolean {
  return ws.some(
    (w, i) =>
      (DAYS.has(w) && ws.slice(Math.max(0, i - 2), i).some((x) => OF_A_SPAN.has(x))) ||
      (w === "hours" && HOUR_COUNTS.has(ws[i - 1] ?? "")) ||
      (CLOCKING.has(w) && (ws[i + 1] === "in" || ws[i + 1] === "out")) ||
      (DAY_STARTS.has(w) && spansFrom(ws, i)) ||
      SPAN_ENDS.some(
        ([from, to]) => w === from && ws.slice(i + 1, i + 3).some((x) => UNTIL.has(x)) && ws.includes(to),
      ),
  );
}

/** Verbs that ask what fills a span without naming a doing: "what do they do", "what fills", "what takes up". */
const FILLING_VERBS = set(
  "do does doing did done fill fills filling spend spends spending involve involves occupy occupies occupying",
);

/**
 * The words that may stand between "what" and the doing when no one is named by the work they do: "what is a lab person
 * actually doing", "what would I be doing", "what do these folks do" (not "what does a cytotechnologist do", nor "what do
 * they do", whose "they" may be someone a story before it names: "…looking into phlebotomy, what do they do all day").
 */
const ANY_DOER =
  set(`is are does do did would will could should can be a an the these those that this you i we it actually really exactly even usually typically all else lab person people folks folk guy guys worker
  workers staff someone somebody tech techs technician technicians`);

/** Verbs by which others set the writer to a doing: "what do they want us doing". */
const SETTING_TO = set("have has want wants get gets make makes need needs");

/**
 * Whether the words between "what" and the doing name no one by the work they do: `ANY_DOER`'s words, adverbs of
 * manner ("what exactly occupies", "what precisely fills"), and others setting the writer to it ("do they want us
 * doing"), whose doer is the writer.
 */
function askedOfAnyDoer(between: readonly string[]): boolean {
  const setsWriter = between.some(
    (w, k) => SETTING_TO.has(w) && (between[k + 1] === "me" || between[k + 1] === "us"),
  );
  return between.every(
    (w) =>
      ANY_DOER.has(w) ||
      (w.length > 5 && w.endsWith("ly")) ||
      (setsWriter && (SETTING_TO.has(w) || w === "me" || w === "us" || w === "they")),
  );
}

/** What a question of one thing filling the day is asked of: "is it just…", "would I only be…", "is that all…". */
const WHO_FILLS = set("it i you they that this we");

/** "is it just…", "is it mostly…", "would I only be…": whether one thing fills it, asked of the work. */
const ONE_THING = set("just only mostly all");

/** What a test yields, which travels once it is done: "the results", "my numbers", "the report". */
const YIELDS = set(
  "result results number numbers report reports value values finding findings reading readings",
);

/** Verbs of a thing travelling: "get to", "go", "reach", "end up", "make it to", "is sent". */
const TRAVELLING = set(
  "get gets got go goes went reach reaches reached end ends make makes sent send travel travels",
);

/** Who or what a result travels to: "the doctor", "my doc", "the nurse", "my chart", "the patient's file". */
const RECEIVERS =
  set(`doctor doctors doc docs physician physicians nurse nurses provider providers chart charts file
  files record records patient patients`);

/**
 * Whether a sentence asks how or where a test's yield travels: "how does the lab's figure reach the physician",
 * "how does my report reach the nurse", "where do the results go after" (not "how do I get my results", the writer
 * getting them, nor "will the results come back fast").
 */
function reaches(ws: readonly string[]): boolean {
  return ws.some((w, i) => {
    if (!YIELDS.has(w)) return false;
    // "how do the results…", "where does my report…": the yield is what the question asks of ("how does a lab confirm
    // its numbers before a result goes to the doctor" asks of the lab).
    const asked = ws.slice(Math.max(0, i - 4), i).findLast((x) => x === "how" || x === "where");
    if (asked === undefined) return false;
    const verb = ws.findIndex((x, k) => k > i && k <= i + 3 && TRAVELLING.has(x));
    if (verb < 0) return false;
    return asked === "where" ? ws[verb] !== "get" : ws.slice(verb + 1).some((x) => RECEIVERS.has(x));
  });
}

/**
 * Whether a sentence asks what fills a span of working time, in no word of the work's tasks: "what fills up their
 * eight hours", "from dawn till dusk what is a tech doing", "is it just looking down a microscope all day" (not
 * "what would I be operating all day", which names the doing, nor "do they stand all day", asked of the body).
 */
function fillsTheDay(ws: readonly string[]): boolean {
  if (!namesASpan(ws)) return false;
  const verb = ws.findLastIndex(
    (w, k) => FILLING_VERBS.has(w) || ((w === "takes" || w === "take") && ws[k + 1] === "up"),
  );
  const what = ws.findLastIndex((w, k) => k < verb && (w === "what" || w === "whats"));
  // "what does a histotechnician do all day" names whose day it is: that job's question, not the work's in general.
  if (what >= 0 && askedOfAnyDoer(ws.slice(what + 1, verb))) return true;
  return ws.some(
    (w, i) =>
      (w === "is" || w === "would" || w === "will") &&
      WHO_FILLS.has(ws[i + 1] ?? "") &&
      ws.slice(i + 2, i + 4).some((x) => ONE_THING.has(x)),
  );
}

/** Words of the body's posture at work: "stand all day", "on your feet", "a sit down job". */
const POSTURE = set("stand standing stood sit sitting seated");

/** What says how long or how much one stands or sits: "all day", "the whole shift", "for hours", "sit down". */
const AT_LENGTH = set("all whole entire long hours much lot down");

/** Whose feet one is on: "on your feet", "on my feet all shift". */
const WHOSE = set("my your their our his her");

/** Words of danger to the body: "dangerous", "risky", "is it safe", "toxic fumes". */
const HAZARD = set(`dangerous danger dangers risky hazardous hazard hazards unsafe safe safety toxic harmful
  exposed exposure`);

/** What follows a word of danger when it says something else is safe to do: "is it safe to take it online". */
const AFTER_HAZARD = set("to for of that");

/** Verbs of keeping a thing safe, which say how it is handled, not danger to the one working: "keep it safe". */
const KEEPING = set("keep keeps kept keeping stay stays store stored storing");

/** The work as what is dangerous: "is the job risky", "are there hazards" ("is it dangerous?" alone may be a result). */
const WORKPLACE = set("job work lab labs field career there place");

/** Words naming the workplace as a place: "in the lab", "is the place loud", "the room". */
const THE_PLACE = set("lab labs place room rooms workplace department basement");

/** Words before "there" that make it a place one is in: "in there", "back there", "down there". */
const INTO_THERE = set("in back over down out up");

/** What an adjective may be said of when a place is described: "is it loud", "is the lab cold". */
const OF_THE_PLACE = set("it the lab labs place room workplace");

/** Words that only soften or strengthen an adjective: "is it really loud", "is it kind of cold". */
const DEGREE = set("really very so too pretty kinda super always usually mostly quite a bit kind of");

/**
 * What adjectives can say (`npm run tables`, from WordNet: an adjective's first sense is a quality): "loud", "calm",
 * "cold", "quiet".
 */
const QUALITIES: ReadonlySet<string> = new Set(
  readFileSync(QUALITIES_FILE, "utf8").split("\n").filter(Boolean),
);

/**
 * "is it loud and hectic back there", "is the lab cold": a yes-or-no question saying what the workplace is like by
 * adjectives, naming it as a place ("in there", "back there", "the lab", "the room"); not "is it hard to get in", which
 * judges a deed, nor "is it cold outside", which names no workplace.
 */
function describesThePlace(ws: readonly string[]): boolean {
  // Said with "be": "is it…", "will it be…" ("do labs outside hospitals hire" says what labs do).
  const future = ws[0] === "will" || ws[0] === "would";
  if (!future && ws[0] !== "is" && ws[0] !== "are") return false;
  let k = 1;
  while (k < ws.length && k < 4 && OF_THE_PLACE.has(ws[k]!)) k++;
  // "is it…", "is the lab…": the subject said; "is ongoing learning expected" has none.
  if (k === 1 || (ws[1] === "the" && k === 2)) return false;
  const subject = ws.slice(1, k);
  const there = ws.some((w, i) => w === "there" && INTO_THERE.has(ws[i - 1] ?? ""));
  if (!there && !subject.some((w) => THE_PLACE.has(w))) return false;
  if (future && ws[k] !== "be") return false;
  if (ws[k] === "be") k++;
  while (k < ws.length && DEGREE.has(ws[k]!)) k++;
  return QUALITIES.has(ws[k] ?? "") && ws[k] !== "like" && ws[k + 1] !== "to";
}

/**
 * "is skydiving dangerous", "are motorbikes risky": danger asked last of something the sentence names that is not the
 * workplace nor pointed at ("is it dangerous", "is the lab safe" are the work's), which is what the question is about.
 */
export function dangerOfAnother(words: readonly string[]): boolean {
  const last = words.length - 1;
  if (last < 2 || !HAZARD.has(words[last]!) || (words[0] !== "is" && words[0] !== "are")) return false;
  const subject = words.slice(1, last);
  return !subject.some((w) => WORKPLACE.has(w) || THE_SUBJECT.has(w) || PEOPLE.has(w) || w === "they");
}

/** "if the blood sits too long": a limit passed, said of a thing left waiting, not of standing at length. */
const tooLong = (ws: readonly string[], at: number): boolean => ws[at] === "long" && ws[at - 1] === "too";

/** Those one may spend the working day among: "do you see patients", "around people". */
const AMONG = set("patient patients people public folks customers clients");

/** Where, or with what, one works out of their sight: "in the back", "with the tubes", "behind closed doors". */
const APART =
  set(`back behind basement alone tube tubes vial vials sample samples specimen specimens machine machines
  analyzer analyzers analyser analysers instrument instruments bench benches`);

/** What one wears against the work's dangers: "protective gear", "gloves and a mask", "PPE". */
const WORN = set("protective ppe glove gloves goggles mask masks gown gowns respirator respirators");

/** The words that may make a sentence one of people or apart, or of protection worn (`bears`): a look-up of its own. */
const AMONG_APART_WORN = new Set([...AMONG, ...WORN]);

/**
 * "would I be with patients or just with the tubes in the back": an either/or between the people one might work among
 * and the samples or machines one would work apart from them with. What the working day is like, not what is done in
 * it: each side names one of the two and not the other. Not "back to school", a way back.
 */
function amongOrApart(ws: readonly string[]): boolean {
  const apart = (w: string, i: number) => APART.has(w) && !(w === "back" && ws[i + 1] === "to");
  return ws.some((w, k) => {
    if (w !== "or") return false;
    const side = (from: number, to: number) => {
      const part = ws.slice(from, to);
      return {
        among: part.some((x) => AMONG.has(x)),
        apart: part.some((x, i) => apart(x, from + i)),
      };
    };
    const before = side(0, k);
    const after = side(k + 1, ws.length);
    return (
      (before.among && !before.apart && after.apart && !after.among) ||
      (before.apart && !before.among && after.among && !after.apart)
    );
  });
}

/** The work's devices as things that may fail: "the machines", "an analyzer", "the microscope". */
const DEVICE =
  set(`machine machines analyzer analyzers analyser analysers instrument instruments equipment device
  devices microscope microscopes centrifuge centrifuges gadget gadgets`);

/** Words saying by themselves that a thing fails: "breaks", "broken", "jammed", "a malfunction", "glitching". */
const FAILS =
  set(`break breaks broke broken breaking breakdown breakdowns jam jams jammed jamming fail fails failed
  failing malfunction malfunctions malfunctioning glitch glitches glitching`);

/** Words of trouble, which say a thing fails when it has or gives them: "gives problems", "has issues". */
const TROUBLE = set("problem problems trouble troubles issue issues");

/** What a thing does when it has trouble: "gives problems", "starts having issues". */
const HAVING = set("give gives giving gave has have having had get gets getting got cause causes causing");

/** Verbs that, with a word after them, say a thing fails: "goes down", "acts up", "stops working". */
const FAILING_PAIRS: ReadonlyMap<string, string> = new Map([
  ["go", "down"],
  ["goes", "down"],
  ["went", "down"],
  ["going", "down"],
  ["act", "up"],
  ["acts", "up"],
  ["acting", "up"],
  ["acted", "up"],
  ["stop", "working"],
  ["stops", "working"],
  ["stopped", "working"],
  ["not", "working"],
]);

/** The words that may make a sentence one of a failing device (`mends`): a look-up of its own. */
const FAILING_WORDS = new Set([...FAILS, ...TROUBLE, "down", "up", "working"]);

/**
 * Whether a sentence is of a device of the work failing: "who takes care of the analyzers when they give trouble", "what
 * happens if the centrifuge acts up" (not "is it a problem if I'm slow with machines": trouble only a device has or
 * gives, or has with it, is its failing).
 */
function mends(ws: readonly string[]): boolean {
  if (!ws.some((w) => DEVICE.has(w))) return false;
  return ws.some(
    (w, i) =>
      FAILS.has(w) ||
      (TROUBLE.has(w) &&
        (ws.slice(Math.max(0, i - 3), i).some((x) => HAVING.has(x)) || ws[i + 1] === "with")) ||
      (FAILING_PAIRS.has(w) && FAILING_PAIRS.get(w) === ws[i + 1]),
  );
}

/**
 * Whether a sentence asks what the work does to the body: standing or sitting at length ("do they stand all day",
 * "is it a sit down job", "on your feet the whole shift"), what the place is like (`describesThePlace`), among whom
 * the day is spent (`amongOrApart`), danger ("is it dangerous with all the germs", "is it safe in there"; not "is
 * it safe to take the exam online") or what is worn against it ("do they wear gloves and masks").
 */
function bears(ws: readonly string[]): boolean {
  if (describesThePlace(ws) || amongOrApart(ws) || ws.some((w) => WORN.has(w))) return true;
  return ws.some(
    (w, i) =>
      (POSTURE.has(w) &&
        ws.slice(i + 1, i + 3).some((x, k) => AT_LENGTH.has(x) && !tooLong(ws, i + 1 + k))) ||
      (w === "feet" && ws[i - 2] === "on" && WHOSE.has(ws[i - 1] ?? "")) ||
      (HAZARD.has(w) &&
        !ws.slice(Math.max(0, i - 3), i).some((x) => KEEPING.has(x)) &&
        (i < ws.length - 1
          ? !AFTER_HAZARD.has(ws[i + 1]!)
          : ws.slice(Math.max(0, i - 3), i).some((x) => WORKPLACE.has(x)))),
  );
}

/**
 * What someone can be said to be like (`npm run tables`, from WordNet: an adjective an attribute is named after):
 * "clumsy", "picky", "patient", "slow".
 */
const PERSON_QUALITIES: ReadonlySet<string> = new Set(
  readFileSync(PERSON_QUALITIES_FILE, "utf8").split("\n").filter(Boolean),
);

/** Words of something counting for or against one in the work: "does that help", "would that count against me", "matter". */
const MATTERING =
  set(`matter matters help helps hurt hurts count counts problem problems useful plus advantage
  disadvantage handicap`);

/** What points back at what the writer said of themselves: "does that help", "would it hurt me". */
const POINTING_BACK = set("that this it those these");

/** Words that only soften or strengthen what the writer says they are: "I'm like super picky", "im kinda slow". */
const HEDGES =
  set(`like super very really so kinda kind of pretty quite a bit little too extremely also always
  naturally somewhat rather fairly bit`);

/** The writer saying what they are like: "I'm picky and organized", "im kinda slow", "I am very patient". */
function saysWhatTheWriterIsLike(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const at =
      ws[i] === "im" ? i + 1 : ws[i] === "i" && (ws[i + 1] === "am" || ws[i + 1] === "m") ? i + 2 : -1;
    if (at < 0) continue;
    let k = at;
    while (k < ws.length && k < at + 4 && HEDGES.has(ws[k]!)) k++;
    // "I'm a nurse", "I'm from Ohio", "I'm 45": who or where the writer is; "I'm detail oriented but slow": what like.
    if (NOT_A_QUALITY.has(ws[k] ?? "") || /^\d/.test(ws[k] ?? "")) continue;
    const said = ws.slice(k, k + DESCRIBED_REACH);
    // What the writer says ends where the question begins: "…forgetful, does it matter much".
    const end = said.findIndex((w) => YES_NO.test(w) || POINTING_BACK.has(w));
    if ((end < 0 ? said : said.slice(0, end)).some((w) => PERSON_QUALITIES.has(w))) return true;
  }
  return false;
}

/** Words after "I'm" that say who or where the writer is, not what they are like. */
const NOT_A_QUALITY = set("a an the from in at on with not no going gonna trying about");

/** How far after "I'm" the writer may still be saying what they are like: "I'm detail oriented but kinda slow". */
const DESCRIBED_REACH = 6;

/**
 * Whether a sentence asks if what the writer said they are like counts for or against them in the work ("…does that
 * help", "would it hurt me", said after "I'm picky and slow" in `whole`).
 */
function qualifies(ws: readonly string[], whole: readonly string[]): boolean {
  const first = ws[0];
  if (first === undefined || !YES_NO.test(first)) return false;
  const mattering = ws.findIndex((w) => MATTERING.has(w));
  return (
    mattering > 0 &&
    ws.slice(0, mattering).some((w) => POINTING_BACK.has(w)) &&
    ws.slice(mattering + 1).every((w) => STOPWORDS.has(w) || IN_THE_WORK.has(w)) &&
    saysWhatTheWriterIsLike(whole)
  );
}

/**
 * What may follow the word of counting: the work under discussion or nothing ("would that count against me", "does it help in
 * this job", "is that a plus for lab work"); "for losing weight", "with a roommate" say what else it counts for.
 */
const IN_THE_WORK =
  set(`here there this job jobs work working field career line profession lab labs me my doing
  much anything all really at or not`);

// A function word typed as one that sounds like it is read back, and a dropped final g put back ("how do they no the
// machine aint messin up").
const tokens = (sentence: string): string[] =>
  readHomophones(
    wordTokens(sentence.toLowerCase().replace(/['’]s\b/g, "")).map((w) => shorthandWord(w) ?? withTheG(w)),
  );

/** Words a sentence may open with before it asks. */
const OPENING = set("so ok okay hey hi yo and but also well then now um uh wait");

/**
 * Each word's classes among those the frames need, as bits: one look-up a word. One number holds 32 bits: a 33rd
 * class would share the first one's bit, and a word of the one would stand for a word of the other.
 */
const CLASS_OF = new Map<string, number>();
let classes = 0;
function classBit(...sets: ReadonlySet<string>[]): number {
  if (classes === 32) throw new Error("frames.ts: more than 32 classes of words");
  const b = 1 << classes++;
  for (const words of sets) for (const w of words) CLASS_OF.set(w, (CLASS_OF.get(w) ?? 0) | b);
  return b;
}
const C = {
  sufficing: classBit(SUFFICING),
  life: classBit(LIFE, LIFE_VERBS, PROVIDING),
  going: classBit(GOING),
  wanted: classBit(WANTED),
  ahead: classBit(AHEAD),
  lasting: classBit(REPLACING, STEADY, set("there")),
  more: classBit(set("more")),
  catching: classBit(CATCHING),
  told: classBit(TOLD),
  truth: classBit(TRUTH, TRUE),
  who: classBit(set("who whose")),
  where: classBit(set("where")),
  writer: classBit(WRITER),
  // "for" as in "is this for someone like me".
  faring: classBit(new Set([...FARING, ...CHOICES, "for"])),
  too: classBit(set("too")),
  aged: classBit(AGED),
  starting: classBit(STARTING),
  how: classBit(set("how")),
  ever: classBit(set("ever")),
  ending: classBit(ENDING),
  keep: classBit(set("keep keeps")),
  still: classBit(set("still")),
  done: classBit(set("done")),
  explaining: classBit(EXPLAINING),
  rank: classBit(RANKS, STANDINGS),
  knowing: classBit(KNOWING),
  getting: classBit(set("by meet hustle second paycheck broke roof table lights"), SWELLING),
  on: classBit(set("on")),
  machines: classBit(MACHINES, HARD_TIMES, set("instead")),
  bearing: classBit(new Set([...POSTURE, ...HAZARD, "feet", ...THE_PLACE, "there"])),
  embedded: classBit(set("if whether person")),
  mattering: classBit(MATTERING),
};

/**
 * The frames whose words a text holds (each frame's needs, read as a bag): most messages hold none, and are not read
 * sentence by sentence (the matcher reads a message's parts several times).
 */
function mayFrame(ws: readonly string[]): number {
  let c = 0;
  for (const w of ws) c |= CLASS_OF.get(w) ?? 0;
  const has = (b: number) => (c & b) !== 0;
  let may = 0;
  if (has(C.getting) || ((has(C.sufficing) || has(C.on)) && has(C.life)) || (has(C.on) && has(C.sufficing)))
    may |= bit("afford");
  if (
    has(C.going | C.machines) ||
    (has(C.wanted) && has(C.more)) ||
    (has(C.ahead) && has(C.lasting | C.wanted))
  )
    may |= bit("lasting");
  if ((has(C.who) && has(C.catching)) || (has(C.how) && has(C.catching | C.knowing))) may |= bit("catching");
  if (has(C.keep) || (has(C.ever) && has(C.ending)) || has(C.done) || has(C.still) || has(C.going))
    may |= bit("ongoing");
  if (has(C.rank)) may |= bit("rising");
  if (has(C.explaining)) may |= bit("defining");
  if (has(C.told) && has(C.who | C.where | C.truth)) may |= bit("trusting");
  if ((has(C.writer) && has(C.faring | C.embedded)) || (has(C.too) && has(C.aged)) || has(C.starting))
    may |= bit("fitting");
  if (has(C.bearing) || ws.some((w) => AMONG_APART_WORN.has(w))) may |= bit("bearing");
  if (has(C.mattering) && has(C.writer)) may |= bit("qualities");
  // The span's words take no class of their own (32 are taken): one more look-up a word, for the few with a span in them.
  if (ws.some((w) => SPAN_WORDS.has(w))) may |= bit("filling");
  if (ws.some((w) => YIELDS.has(w))) may |= bit("reaching");
  if (ws.some((w) => FAILING_WORDS.has(w))) may |= bit("mending");
  return may;
}

/**
 * The words of a text that make up the shapes of the frames ("will", "ever", "stop", "bottom", "enough"): in a text in
 * a frame they say how it asks, and what is left says what it asks about.
 */
export function frameWords(words: readonly string[]): string[] {
  // "start" is the frame's only beside an age ("can I start at fifty"): "can I start at the bottom" asks about starting.
  const aged = words.some((w) => AN_AGE.has(w));
  // "too old to start fresh": what one is too old for is the frame's, as its asking is; so is the kind in "the type of
  // person who…", which asks who one is, not about a type of anything.
  return words.filter(
    (w, i) =>
      (CLASS_OF.has(w) && (aged || !STARTING.has(w))) ||
      AN_AGE.has(w) ||
      (words[i - 1] === "to" && AGED.has(words[i - 2] ?? "") && words[i - 3] === "too") ||
      (KINDS.has(w) && words[i + 1] === "of" && words[i + 2] === "person"),
  );
}

/**
 * The words of a question of fit that say only how it asks ("would this fit someone like me", "am I the type of person
 * who…"): with nothing else asked, they name no subject, and the frame alone answers.
 */
export function fittingWords(words: readonly string[]): string[] {
  return words.filter(
    (w, i) =>
      FARING.has(w) || CHOICES.has(w) || (KINDS.has(w) && words[i + 1] === "of" && words[i + 2] === "person"),
  );
}

const NONE: Framing = Object.freeze({ frames: 0, life: [] as string[], own: [] as string[] });

/**
 * The frames of a text: those of each of its sentences that asks. `words`, the text's words as the matcher has read
 * them already, spare reading it again when they hold no frame's words.
 */
export function framingOf(text: string, words?: readonly string[]): Framing {
  // The matcher's words may have read a frame's word as another ("support us" heard as one word): the typed ones too.
  if (words !== undefined && mayFrame(words) === 0 && mayFrame(text.toLowerCase().split(/[^a-z]+/)) === 0)
    return NONE;
  const whole = tokens(text);
  const may = mayFrame(whole);
  if (may === 0) return NONE;
  const mayBe = (frame: Frame) => (may & bit(frame)) !== 0;
  let frames = 0;
  const life: string[] = [];
  const own: string[] = [];
  const all = sentences(text);
  for (const s of all) {
    // "I'm clumsy, would that be a problem": the question after the writer's lead-in, asked by its opening word.
    if (mayBe("qualities") && s.split(/[,:;]/).some((clause) => qualifies(tokens(clause), whole)))
      frames |= bit("qualities");
    // "I need to pay rent" tells; "would it pay the rent" asks.
    if (!asksSomewhere(s)) continue;
    const words = all.length === 1 ? whole : tokens(s);
    const ws = words.slice(
      Math.max(
        0,
        words.findIndex((w) => !OPENING.has(w)),
      ),
    );
    const needs = mayBe("afford") ? affords(ws) : undefined;
    if (needs !== undefined) {
      frames |= bit("afford");
      life.push(...needs);
    }
    if (mayBe("lasting") && lasts(ws)) frames |= bit("lasting");
    if (mayBe("catching") && catches(ws)) frames |= bit("catching");
    if (mayBe("ongoing") && goesOn(ws)) frames |= bit("ongoing");
    if (mayBe("rising") && rises(ws)) frames |= bit("rising");
    if (mayBe("defining") && defines(ws)) frames |= bit("defining");
    if (mayBe("trusting") && trusts(ws)) frames |= bit("trusting");
    if (mayBe("bearing") && bears(ws)) frames |= bit("bearing");
    if (mayBe("filling") && fillsTheDay(ws)) frames |= bit("filling");
    if (mayBe("reaching") && reaches(ws)) frames |= bit("reaching");
    if (mayBe("mending") && mends(ws)) frames |= bit("mending");

    // "I get bored fast and I'm sloppy, would I hate this": the question after a lead-in.
    if (
      mayBe("fitting") &&
      (s.split(/[,:]/).some((clause) => fits(tokens(clause), own)) || tooOld(ws) || startsAtAnAge(ws))
    )
      frames |= bit("fitting");
  }
  return { frames, life, own };
}

/** The names of the frames in a set of bits (for tests and the debug view). */
export function framesOf(frames: number): Frame[] {
  return FRAMES.filter((f) => (frames & bit(f)) !== 0);
}

/**
 * How far each entry is asked in each frame: its share of the pack's phrasings said in the frame, relative to the
 * entry holding most of them (1 for that one). A frame whose leading entry holds under `leadMin` of them points at
 * no entry and counts 0 for all. One row of FRAMES.length numbers per entry.
 */
export function frameShares(
  phrasingsByEntry: readonly (readonly string[])[],
  leadMin: number,
): Float32Array[] {
  const n = FRAMES.length;
  const counts = phrasingsByEntry.map((phrasings) => {
    const c = new Float32Array(n);
    for (const p of phrasings) {
      const { frames } = framingOf(p);
      for (let f = 0; f < n; f++) if ((frames & (1 << f)) !== 0) c[f]!++;
    }
    return c;
  });
  const total = new Float32Array(n);
  const top = new Float32Array(n);
  for (const c of counts)
    for (let f = 0; f < n; f++) {
      total[f]! += c[f]!;
      top[f] = Math.max(top[f]!, c[f]!);
    }
  const points = (f: number) => total[f]! > 0 && top[f]! / total[f]! >= leadMin;
  return counts.map((c) => Float32Array.from(c, (x, f) => (points(f) ? x / top[f]! : 0)));
}

/** An entry's strongest affinity among the frames a message is said in (1: it leads one of them). */
export function frameAffinity(shares: Float32Array, frames: number): number {
  let best = 0;
  for (let f = 0; f < shares.length; f++)
    if ((frames & (1 << f)) !== 0 && shares[f]! > best) best = shares[f]!;
  return best;
}

/** How far after a need of the writer's life its words may run: "send money home to Haiti", "support my mom in Peru". */
const NEED_REACH = 3;

/**
 * The words with those of the needs a frame names left out, and the few after each ("could I pay rent and still send
 * money Haiti"): a country named there is where the money goes, not where the work is.
 */
export function outsideTheNeeds(ws: readonly string[], life: readonly string[]): readonly string[] {
  if (life.length === 0) return ws;
  const needs = new Set(life);
  const out = [...ws];
  ws.forEach((w, i) => {
    if (needs.has(w)) for (let k = i; k <= i + NEED_REACH && k < out.length; k++) out[k] = "";
  });
  return out;
}
