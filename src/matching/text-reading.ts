// What a text says whatever surrounds it (terms, small talk, kind of question, other careers), read once per message.
import type { Smalltalk } from "../knowledge/schema.ts";
import { splitAsides, splitContrast, TIME_OPENERS } from "./asides.ts";
import { type Asks, asksOf, asksWhere, asksWho, opensABlessing } from "./asks.ts";
import { isAsking } from "./clauses.ts";
import { type CommandName, requestedCommand, typedCommand } from "./commands.ts";
import { complaintRest } from "./complaints.ts";
import { namesOutOfScope, outOfScopeIn, uncoveredInAClause } from "./coverage.ts";
import { type DescribedDevice, describedDevice, devicesEntry, inSomeBag } from "./devices.ts";
import { asksForTheDoer, asksWhichJob, JOB_ASKING, namesTheDoer, pointsAtTheJob } from "./doers.ts";
import { framingOf } from "./frames.ts";
import type { MatchIndex } from "./index.ts";
import { asksAboutWords } from "./languages.ts";
import { keptForIndex } from "./memo.ts";
import { letterCode, unknownJob, unknownName, unknownNameNearGeneric } from "./names.ts";
import type { NormalizedText } from "./normalize.ts";
import { isWorkThing, othersAsParties } from "./parties.ts";
import { othersAsPersons } from "./persons.ts";
import {
  asksOfThings,
  holdsBoundPhrasing,
  intentSaying,
  questionToTheBot,
  type SmalltalkMatch,
  smalltalkByForm,
  smalltalkScore,
} from "./smalltalk.ts";
import { isAddress } from "./smalltalk-frames.ts";
import { strangerSubject } from "./strangers.ts";
import {
  doesTheCareer,
  isEverydayTerm,
  isPackTerm,
  pointsAtTheCareer,
  pointsAtTheSubject,
} from "./subject.ts";
import { COMMON_ENGLISH, stem, words } from "./text.ts";

/** The stem of "may", which the pack uses ("may be required") and a blessing opens with. */
const MAY = stem("may");

/**
 * Whether the other careers a message names are all in clauses that set the scene, and are careers the pack's own
 * text names beside its work: "who checks the numbers before the doctor sees them" asks about the checking; "when the
 * mechanic checks my car, what tests do they run" is about the mechanic's tests.
 */
function askedAroundAnAside(index: MatchIndex, text: string, terms: ReadonlySet<string>): boolean {
  const { outside, inside } = splitAsides(text);
  const other = new Set(outOfScopeIn(index, terms).flat());
  // "when the nurse fills a tube, who takes it in": asking who, after a clause of time whose scene the pack's words
  // set, the message asks about someone other than the career the clause names, whether or not the pack names that
  // career ("when the electrician is done, who pays him" sets no such scene; "…, what tests do they run" asks about
  // the mechanic; "who checks the results so the surgeon can rely on them" asks for the surgeon).
  const asksWhoElse =
    asksWho(asksOf(outside.join(" "))) &&
    inside.some((w) => TIME_OPENERS.has(w)) &&
    index.normalizer.queryTerms(inside.join(" ")).some((t) => !other.has(t) && index.weights.has(t));
  if (!asksWhoElse && ![...other].every((w) => index.weights.has(w))) return false;
  return !namesOutOfScope(index, new Set(index.normalizer.queryTerms(outside.join(" "))));
}

/** A message's own question and the clauses that set its scene, as terms, and the weight of those clauses. */
function sceneOf(
  index: MatchIndex,
  text: string,
): { asked: string[]; aside: string[]; weight: number } | undefined {
  const scene = splitAsides(text);
  // "what else is there besides phlebotomy": what a question sets aside ranks like a clause that sets its scene.
  const { outside, inside } = scene.inside.length > 0 ? scene : splitContrast(text);
  if (inside.length === 0) return undefined;
  const asked = index.normalizer.queryTerms(outside.join(" "));
  const aside = index.normalizer.queryTerms(inside.join(" "));
  if (asked.length === 0 || aside.length === 0) return undefined;
  const own = asked.filter((t) => index.weights.has(t)).length;
  const { leaningStoryWeight, backgroundWeight } = index.options;
  const setsAside = scene.inside.length === 0;
  // What a question sets aside tells its context even when the rest says little ("besides phlebotomy, what else?").
  return { asked, aside, weight: own <= 1 && !setsAside ? leaningStoryWeight : backgroundWeight };
}

/** A device the text names by what it does, told apart from the things another entry of the pack is asked with. */
function deviceIn(index: MatchIndex, text: string): DescribedDevice | undefined {
  const devices = devicesEntry(index);
  return devices === undefined
    ? undefined
    : describedDevice(text, (w) =>
        index.normalizer.terms(w).some((t) => !devices.entry.bag.has(t) && inSomeBag(index, t)),
      );
}

/** A value worked out the first time it is asked for. */
function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/**
 * What a text says whatever surrounds it: its terms, its small talk, the kind of question, other careers, fields'
 * names and uncovered words it names, the clauses that set its scene. A question is matched with its story and again
 * on its own (and a follow-up alone and against the last answer): each is read once per message.
 */
export interface TextReading {
  query: NormalizedText;
  smalltalk: SmalltalkMatch | undefined;
  asks: Asks;
  /** The small talk its form says ("how are you keeping"), "other" for that form about someone else. */
  form: ReturnType<typeof smalltalkByForm>;
  /** Small talk by the text alone; a frame about the career (which depends on the story around it) still overrules it. */
  isSmalltalk: boolean;
  /** The frames its asking sentences are said in, and the needs of a life they name. */
  framing: ReturnType<typeof framingOf>;
  /** The thing of everyday life or the name the message is about, when it is not the pack's. */
  stranger: () => string | undefined;
  termSet: () => ReadonlySet<string>;
  namesOther: () => boolean;
  aboutTheCareer: () => boolean;
  aroundAnAside: () => boolean;
  toTheBot: () => Smalltalk | undefined;
  /** What the bot is or can do asked by the question's parts alone, not its closeness to a phrasing. */
  toTheBotByParts: () => Smalltalk | undefined;
  /**
   * Whether it complains of the bot's replies ("that's not what I asked", "this bot is useless") and names nothing of
   * the career besides.
   */
  complains: () => boolean;
  nameNearGeneric: () => string | undefined;
  /** A code of a letter and digits the pack does not write ("H-1B", "J-1"): a visa's class, a form, a plan. */
  code: () => string | undefined;
  unknownName: () => string | undefined;
  job: () => { name: string; head: string } | undefined;
  uncovered: () => boolean;
  pointsAtTheSubject: () => boolean;
  career: () => string | undefined;
  doesTheCareer: () => boolean;
  scene: () => { asked: string[]; aside: string[]; weight: number } | undefined;
  /** Whether it describes a job or a task and asks its name or who does it ("who slices the tissue…"). */
  asksForTheDoer: () => boolean;
  /** Whether it asks about words themselves ("translate obrigada", "what does kkk stand for"). */
  aboutWords: () => boolean;
  /** The command it names, if that is all it says ("start over please"). */
  command: () => CommandName | undefined;
  /** A device it names by what it does ("the thing that spins the tubes"), none when the pack has no devices' entry. */
  device: () => DescribedDevice | undefined;
  /**
   * Whether it asks which job someone told of does ("…what is that job called", "this is what job?"), and whether it
   * points back at someone told of before it ("that job"): the story around it then says what the job does.
   */
  whichJob: () => { pointing: boolean } | undefined;
  /**
   * Whether the other careers it names are only those a task is done for or with, in a question asking who does the
   * task ("who slices the tissue for the doctor"), and careers the pack's own text names beside its work.
   */
  othersAsContext: () => boolean;
  /**
   * Whether the other careers it names only ask for, send, read or get the work's things ("if a doctor sends down
   * blood, what is it checked for"), not what the message asks about ("how much do nurses make").
   */
  othersAsParties: () => boolean;
  /**
   * Whether the other careers it names only say who a person of the writer's life is ("my wife is a dental
   * hygienist, she wants to know what the people who test blood do"), in a message naming the work's things.
   */
  othersAsPersons: () => boolean;
}

/** Whether a stop, comma or other mark stands between two words of `name` in the text ("EMR, tech"). */
function splitByAMark(text: string, name: string): boolean {
  const ws = name.split(" ").map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return ws.slice(1).some((w, k) => new RegExp(`\\b${ws[k]}\\s*[,;:.!?]+\\s*${w}`, "i").test(text));
}

/** The texts each message has read, by the message's view of the index (`forOneMessage`). */
const readingsOfMessage = keptForIndex(readText);

export function readingOf(index: MatchIndex, text: string): TextReading {
  return readingsOfMessage(index, text);
}

/**
 * Whether a question holds a word that no phrasing of the small talk it is closest to says, beside one that does, when
 * that small talk asks nothing of the bot ("supervisor later?", "good for introverts?" are no goodbye or nod): it asks
 * about that word. Not a word of address ("thanks mate?"); a question to the bot ("are you a human or a program?") is one.
 */
export function asksOfAWordUnsaid(
  index: MatchIndex,
  text: string,
  query: NormalizedText,
  smalltalk: SmalltalkMatch,
): boolean {
  if (smalltalk.score >= 1 || !isAsking(text)) return false;
  if (ASKED_OF_THE_BOT.some((p) => intentSaying(index, p) === smalltalk.intent)) return false;
  const address = new Set(query.words.filter(isAddress).map(stem));
  return query.terms.some((t) => t.length >= 3 && !smalltalk.vocabulary.has(t) && !address.has(t));
}

/** Small talk that asks the bot something, by a phrasing of each. */
const ASKED_OF_THE_BOT = ["who are you", "what can you do", "how are you"];

/** The most words a complaint about the replies is read in: a longer message tells more than that. */
const COMPLAINT_WORDS = 16;

function readText(index: MatchIndex, text: string): TextReading {
  const query = index.normalizer.normalize(text);
  // "how are you keeping", "how's work treating you", "have a lovely evening": small talk by its form, whatever pack
  // words fill it; "how are the kids doing" is that form about something else.
  const form = smalltalkByForm(index, query.words);
  const closest = form === "other" ? undefined : smalltalkScore(index, query.words);
  const smalltalk = closest && !holdsBoundPhrasing(index, query.words, closest.intent) ? closest : undefined;
  const asks = asksOf(text);
  const isPackWord = (t: string) => isPackTerm(index, t);
  const stranger = once(() =>
    strangerSubject(text, query.words, isPackWord, (t) =>
      index.normalizer.linksOf(t).some((l) => !isEverydayTerm(index, l)),
    ),
  );
  const framing = framingOf(text, query.words);
  // A word of the pack that the intent does not explain makes it a question ("moving up later" is not goodbye), and
  // so does another career ("what does a nurse do all day" is not "hi all"), and asking where ("any programs near
  // me": not "who programmed you"), and so does asking about a thing of everyday life ("how many days until Christmas"
  // is not how the bot's day is going) or a kind of question the intent's phrasings never ask ("when is mother's day"
  // is not "g'day", "how many minutes in a day" not "how's your day").
  const isSmalltalk =
    smalltalk !== undefined &&
    !asksWhere(asks) &&
    !asksOfThings(query.words, smalltalk.vocabulary) &&
    !(isAsking(text) && stranger() !== undefined) &&
    !asksOfAWordUnsaid(index, text, query, smalltalk) &&
    (asks & ~smalltalk.asks) === 0 &&
    smalltalk.score >= index.options.smalltalkMin &&
    query.terms.every(
      (t) =>
        smalltalk.vocabulary.has(t) ||
        (!index.weights.has(t) && !namesOutOfScope(index, new Set([t]))) ||
        // "may God bless you": the wish's "may" is not the pack's.
        (t === MAY && opensABlessing(query.words)),
    );
  const termSet = once(() => new Set(query.terms));
  const doing = once(() => doesTheCareer(query.words));
  const doer = once(() => asksForTheDoer(text, query.words));
  const whichJob = once(() =>
    query.words.some((w) => JOB_ASKING.has(w)) && asksWhichJob(text)
      ? { pointing: pointsAtTheJob(text) }
      : undefined,
  );
  return {
    query,
    smalltalk,
    form,
    asks,
    isSmalltalk,
    framing,
    stranger,
    termSet,
    namesOther: once(() => namesOutOfScope(index, termSet())),
    aboutTheCareer: once(
      () => doing() && outOfScopeIn(index, termSet()).every((t) => index.outOfScopeThings.has(t.join(" "))),
    ),
    aroundAnAside: once(() => askedAroundAnAside(index, text, termSet())),
    toTheBot: once(() => questionToTheBot(index, text, query.words, query.terms, query.corrected)),
    toTheBotByParts: once(() =>
      questionToTheBot(index, text, query.words, query.terms, query.corrected, false),
    ),
    complains: once(() => {
      if (query.words.length > COMPLAINT_WORDS) return false;
      const rest = complaintRest(query.words);
      return rest !== undefined && index.normalizer.queryTerms(rest).every((t) => !index.weights.has(t));
    }),
    nameNearGeneric: once(() => unknownNameNearGeneric(text, query.words, isPackWord, query.corrected)),
    code: once(() =>
      letterCode(
        text,
        (w) => isPackWord(stem(w)) || index.clientTerms.some((t) => t.length === 1 && t[0] === w),
      ),
    ),
    unknownName: once(() => unknownName(text, query.words, isPackWord, query.corrected)),
    job: once(() => {
      const job = unknownJob(query.words, isPackWord);
      // "results in EMR, tech or clerk": words a stop or a comma keeps apart name no job together.
      return job !== undefined && splitByAMark(text, job.name) ? undefined : job;
    }),
    uncovered: once(() => uncoveredInAClause(index, text, query)),
    pointsAtTheSubject: once(() => pointsAtTheSubject(query.words)),
    career: once(() => pointsAtTheCareer(query.words)),
    doesTheCareer: doing,
    scene: once(() => sceneOf(index, text)),
    asksForTheDoer: doer,
    aboutWords: once(() => asksAboutWords(query.words)),
    command: once(() => {
      // The words as typed too: the speller reads a writer's own particles as other words ("karo" as "kayo").
      const isKnown = (w: string) => COMMON_ENGLISH.has(w) || isPackWord(stem(w));
      return (
        typedCommand(query.words) ??
        requestedCommand(words(text), isKnown) ??
        requestedCommand(query.words, isKnown)
      );
    }),
    device: once(() => deviceIn(index, text)),
    whichJob,
    othersAsContext: once(() => {
      if (!doer()) return false;
      const other = new Set(outOfScopeIn(index, termSet()).flat());
      if (![...other].every((t) => index.weights.has(t))) return false;
      return !namesTheDoer(query.words, (w) => other.has(stem(w)));
    }),
    othersAsParties: once(() => {
      const other = new Set(outOfScopeIn(index, termSet()).flat());
      const termsOf = (w: string) => index.normalizer.queryTerms(w);
      return othersAsParties(query.words, (w) => termsOf(w).some((t) => other.has(t)), isWorkThing);
    }),
    othersAsPersons: once(() => {
      // Read in the words as typed: "mom's a" is not to be joined into other words.
      const typed = words(text);
      if (!typed.some(isWorkThing)) return false;
      const other = new Set(outOfScopeIn(index, termSet()).flat());
      const termsOf = (w: string) => index.normalizer.queryTerms(w);
      return othersAsPersons(typed, (w) => termsOf(w).some((t) => other.has(t)));
    }),
  };
}
