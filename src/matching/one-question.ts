// Matches one text as a single question: refuses it, reads it as small talk, or ranks the entries and decides.
// The decision gates on the top confidence *and* its margin over the runner-up, so a query that touches two
// unrelated entries equally is asked back, not answered at random.
import type { Topic } from "../knowledge/schema.ts";
import { unaskedWords } from "./asides-of-asking.ts";
import { asksWhere, placeWords, SEEKING_TERMS } from "./asks.ts";
import { bayesRanking } from "./bayes.ts";
import { asksForTheUnknown, asksWhatNoneGives, countsTheUncounted } from "./beyond.ts";
import { careerAsked } from "./career-asked.ts";
import { conditionAfter, isAsking, reasonAfter } from "./clauses.ts";
import { asksForATime } from "./clock.ts";
import { comparisonIn } from "./compared.ts";
import { paidByAnother, paidFor, paysAnothersCost } from "./cost.ts";
import { containsAll, namesUncovered, outOfScopeIn, uncoveredSaid, withoutOutOfScope } from "./coverage.ts";
import { asksWhatACredentialCounts } from "./credentials.ts";
import { devicesEntry } from "./devices.ts";
import { doerFrameWords } from "./doers.ts";
import { moneyMatter } from "./errands.ts";
import { asksAnExamsRules, asksAnExamsRulesInAClause, sittingAnExam } from "./exams.ts";
import { dangerOfAnother, FRAMES, fittingWords, frameWords } from "./frames.ts";
import { anotherFieldsGateway } from "./gateways.ts";
import type { MatchIndex } from "./index.ts";
import { anotherFieldsLab } from "./labs.ts";
import { asksInALanguage } from "./languages.ts";
import { isLaughter } from "./laughter.ts";
import { asksALength, asksHowLong, besidesTheLength, statesALength, withoutAskedUnits } from "./lengths.ts";
import { nameAsSubject } from "./names.ts";
import type { NormalizedText } from "./normalize.ts";
import { theOtherOne } from "./other-one.ts";
import { asksAnUnlistedPrice } from "./prices.ts";
import { circumstanceAfter, qualifiedApart } from "./qualifiers.ts";
import { type Candidate, frameHolders, rankWithPool } from "./rank.ts";
import { type MatchResult, type NoneReason, type NoneResult, RELATED_BUTTONS } from "./result.ts";
import { asksALegalRight } from "./rights.ts";
import { intentSaying, smalltalkOfSymbols } from "./smalltalk.ts";
import { isEverydayTerm, isPackTerm, pointsAtTheSubject } from "./subject.ts";
import { asksHelpWithATask } from "./tasks.ts";
import { EVERYDAY_STEMS, editDistance, stem } from "./text.ts";
import { readingOf, type TextReading } from "./text-reading.ts";
import { asksTheTimetable } from "./timetable.ts";

/** Whether two candidates' phrasings and keywords share at least one of the query's terms. */
function overlaps(index: MatchIndex, a: Candidate, b: Candidate, terms: ReadonlySet<string>): boolean {
  const bagA = index.byId.get(a.entry.id)!.bag;
  const bagB = index.byId.get(b.entry.id)!.bag;
  for (const t of terms) if (bagA.has(t) && bagB.has(t)) return true;
  return false;
}

/**
 * The share of the message's term weight that the pack knows; everyday words the pack happens to use count less.
 * Words only the everyday alternates use count fully only in a message that points at its subject ("this job").
 * `career`: the word of a message that points at its subject as a career ("this profession", "that line of work"):
 * one more known term, as rare as the pack's rarest, and the word itself is not unknown even when the pack lacks it.
 */
function knownShare(
  index: MatchIndex,
  terms: ReadonlySet<string>,
  linked: readonly string[],
  pointing: boolean,
  career: string | undefined,
  viaSynonym: readonly string[] = [],
  doing = false,
): number {
  const careerTerm = career === undefined ? undefined : stem(career);
  let known = careerTerm === undefined ? 0 : index.rarestWeight;
  let total = known;
  for (const t of terms) {
    if (t === careerTerm && !index.weights.has(t)) continue;
    const idf = index.weights.get(t);
    const everyday = isEverydayTerm(index, t) && !viaSynonym.includes(t);
    const w = idf !== undefined && everyday ? idf * index.options.everydayWeight : idf;
    // In a message about doing the career ("could I … doing this"), the everyday words it does not know tell of the
    // writer's life around it ("pay off my loans"), as the everyday words it knows say little of its subject.
    const unknown =
      doing && EVERYDAY_STEMS.has(t)
        ? index.unknownWeight * index.options.everydayWeight
        : index.unknownWeight;
    total += w ?? unknown;
    if (w !== undefined && !pointing && index.everydayOnly.has(t))
      known += w * index.options.everydayOnlyWeight;
    // A word the pack lacks but the lexicon relates to it ("paycheck") is known in part.
    else known += w ?? (linked.includes(t) ? index.unknownWeight * index.options.lexicalWeight : 0);
  }
  return total === 0 ? 0 : known / total;
}

/** Whether every term of the message that the pack knows is an everyday one ("day", "year", "date"). */
function knowsOnlyGeneral(
  index: MatchIndex,
  terms: ReadonlySet<string>,
  viaSynonym: readonly string[],
): boolean {
  for (const t of terms)
    if (index.weights.has(t) && (!isEverydayTerm(index, t) || viaSynonym.includes(t))) return false;
  return true;
}

function suggestedTopics(index: MatchIndex, candidates: readonly Candidate[]): Topic[] {
  const fromCandidates = [...new Set(candidates.map((c) => c.topic))];
  return fromCandidates.length > 0 ? fromCandidates : index.topics;
}

/**
 * "will a hospital pay for my schooling", "how do I pay for lab tech school": a question about paying for a thing asks
 * what it costs, which the pack may leave uncovered ("cost"), though "pay" is its word for earnings. Paying for one of
 * the pack's people ("how much do they pay for a lab tech") is still the pay.
 */
function asksTheCost(
  index: MatchIndex,
  ws: readonly string[],
  terms: ReadonlySet<string>,
  life?: ReadonlySet<string>,
): boolean {
  const thing = paidFor(ws);
  if (thing === undefined) return false;
  const thingTerms = index.normalizer.terms(thing.join(" "));
  const head = thingTerms.at(-1);
  if (head === undefined || index.domainTerms.some((t) => t.includes(head))) return false;
  // "could this pay for a house someday": a need of the writer's life that the work's pay would meet, not a price.
  if (life !== undefined && thingTerms.some((t) => life.has(t))) return false;
  return namesUncovered(index, [...terms, ...index.normalizer.terms("cost")], ws);
}

/**
 * Whether the other careers a question names are only what its comparison is set against, its subject naming none
 * and no word the pack does not know ("what's the pay like compared to nursing"; not "what does a PA make compared to
 * a nurse practitioner", a name): the subject is the career asked.
 */
function othersOnlySetAgainst(index: MatchIndex, text: string): boolean {
  const comparison = comparisonIn(text);
  if (comparison === undefined) return false;
  // Set against a thing of everyday life ("better than fixing cars"), the message is about that thing still.
  const against = outOfScopeIn(index, new Set(index.normalizer.queryTerms(comparison.against)));
  return (
    against.length > 0 &&
    against.every((t) => !index.outOfScopeThings.has(t.join(" "))) &&
    careerAsked(index, comparison.asked) === "unnamed" &&
    index.normalizer.queryTerms(comparison.asked).every((t) => index.weights.has(t))
  );
}

/**
 * Whether a comparison's subject is another career and the pack's own is only what it is set against: the subject
 * asks of another career (`careerAsked`) and the side after "than" names the domain ("do nurses make more than lab
 * techs"; not "do lab techs make more than nurses").
 */
function anotherMeasuredAgainstOurs(index: MatchIndex, text: string): boolean {
  const comparison = comparisonIn(text);
  if (comparison === undefined || careerAsked(index, comparison.asked) !== "other") return false;
  const against = new Set(index.normalizer.queryTerms(comparison.against));
  return index.domainTerms.some((t) => containsAll(against, t));
}

/**
 * Whether a phrase's terms hold a word of the pack's domain terms ("lab techs", "the mlt program"); with `head`, whether
 * its last term is one ("lab techs", not "a lab tech program").
 */
function namesTheDomain(index: MatchIndex, phrase: readonly string[], head = false): boolean {
  const all = index.normalizer.queryTerms(phrase.join(" "));
  const terms = head ? all.slice(-1) : all;
  return terms.some((t) => index.domainTerms.some((d) => d.some((p) => p.split(" ").includes(t))));
}

/** The terms a pack writes beside "lab", and what each word asked about was found to be, by the pack's compounds. */
const besideLabOf = new WeakMap<ReadonlySet<string>, { terms: string[]; slips: Map<string, boolean> }>();

/** Whether a word is two letters or fewer from a term the pack writes beside "lab" ("medial" for "medical"). */
export function slipBeforeLab(index: MatchIndex, word: string): boolean {
  // Worked out once per pack and word: every text of every message that names a lab asks it again.
  let beside = besideLabOf.get(index.compounds);
  if (beside === undefined) {
    const lab = stem("lab");
    const terms: string[] = [];
    for (const pair of index.compounds) {
      const [a, b] = pair.split(" ");
      const other = a === lab ? b : b === lab ? a : undefined;
      if (other !== undefined) terms.push(other);
    }
    beside = { terms, slips: new Map() };
    besideLabOf.set(index.compounds, beside);
  }
  let slip = beside.slips.get(word);
  if (slip === undefined) {
    slip = beside.terms.some((t) => Math.abs(t.length - word.length) <= 2 && editDistance(word, t) <= 2);
    if (beside.slips.size < 10_000) beside.slips.set(word, slip);
  }
  return slip;
}

/** "You" said of anyone: "do you stand all day". */
const ANYONE = /\b(?:you|u|ya|your|ur)\b/;
const BEARING = 1 << FRAMES.indexOf("bearing");

/** A pronoun or place word that takes the career under discussion as known: "would it cover the rent", "here". */
const TAKES_IT_AS_KNOWN = /\b(?:it|its|here)\b/;

/**
 * Whether a message is said in a frame that points at an entry (one holding `frameLeadMin` of the frame's phrasings)
 * and is about the career: it, or the story around it, names the domain or points at its subject ("could I cover a
 * mortgage with this", "would it let me send money home"). "can I afford a house on my pay" points at nothing and is read as usual.
 */
function framesTheCareer(
  index: MatchIndex,
  frames: number,
  query: NormalizedText,
  storyPoints: boolean,
): boolean {
  if (frames === 0 || index.options.framesWeight === 0) return false;
  if (frameHolders(index, frames).length === 0) return false;
  const terms = new Set(query.terms);
  return (
    storyPoints ||
    pointsAtTheSubject(query.words) ||
    // "do you stand the whole shift", "are you on your feet all day": a bot has no body; "you" is whoever does the work.
    ((frames & BEARING) !== 0 && ANYONE.test(query.words.join(" "))) ||
    TAKES_IT_AS_KNOWN.test(query.words.join(" ")) ||
    index.domainTerms.some((t) => containsAll(terms, t))
  );
}

/**
 * "can I start at the bottom and get the bigger title if I take night classes": a message in a frame that points at an
 * entry, whose words besides the frame's own ("bottom", "bigger", "title") are the pack's as much as the known-share
 * test asks of any message and everyday English otherwise, is about the career though it does not point at it; "will I
 * be the boss at my restaurant someday" is left with a word the pack does not know.
 */
function framedByTheRest(index: MatchIndex, frames: number, reading: TextReading): boolean {
  if (frames === 0 || index.options.framesWeight === 0) return false;
  if (frameHolders(index, frames).length === 0) return false;
  const { query } = reading;
  const shape = new Set(index.normalizer.normalize(frameWords(query.words).join(" ")).terms);
  const rest = new Set(query.terms.filter((t) => !shape.has(t)));
  // "can my family live on one income": one word besides the frame's ("income") says too little of what it is about.
  if (rest.size < 2 || reading.namesOther()) return false;
  // "could I afford a house in Denver on 50k": a word beyond everyday English that the pack does not know is what the
  // message is about.
  if ([...rest].some((t) => !index.weights.has(t) && !EVERYDAY_STEMS.has(t))) return false;
  return (
    knownShare(
      index,
      rest,
      query.linked,
      false,
      reading.career(),
      query.viaSynonym,
      reading.doesTheCareer(),
    ) >= index.options.knownShareMin
  );
}

/**
 * "could a computer end up doing all of this instead of people": in a message in a frame, the frame's own words that
 * the entries holding it are never asked with ("computer", "instead") say how it asks, not what about; they rank like
 * the story around a question, whatever else the message says.
 */
function shapeElsewhere(index: MatchIndex, reading: TextReading): { shape: string[]; fitting: string[] } {
  const framing = frameShape(index, reading);
  const fitting =
    framing.length > 0 && (reading.framing.frames & FITTING) !== 0
      ? index.normalizer.terms(fittingWords(reading.query.words).join(" ")).filter((t) => framing.includes(t))
      : [];
  return { shape: [...framing, ...doerShape(index, reading)], fitting };
}

const FITTING = 1 << FRAMES.indexOf("fitting");

/**
 * "the person who cuts and stains tissue, what is their title", "is that part of this field": in a question asking
 * the name of a job or who does a task, the words of the asking ("title", "job", "people", "field") say how it asks,
 * and the description what about.
 */
function doerShape(index: MatchIndex, reading: TextReading): string[] {
  if (!reading.asksForTheDoer()) return [];
  return index.normalizer
    .normalize(doerFrameWords(reading.query.words).join(" "))
    .terms.filter((t) => index.weights.has(t));
}

/**
 * "the lady who took my blood, what is that job": in a question asking which job someone told of does, the
 * description that job is found by, the question's words beside the asking's and, when it points back, the story's.
 */
function namedJob(
  reading: TextReading,
  sought: readonly string[],
  shape: readonly string[],
  story: readonly string[],
): string[] | undefined {
  const asked = reading.whichJob();
  if (asked === undefined) return undefined;
  const own = sought.filter((t) => !shape.includes(t));
  return asked.pointing ? [...own, ...story] : own;
}

function frameShape(index: MatchIndex, reading: TextReading): string[] {
  const { frames } = reading.framing;
  if (frames === 0 || index.options.framesWeight === 0) return [];
  const holders = frameHolders(index, frames).map((p) => index.entries[p]!);
  if (holders.length === 0) return [];
  // "could I still do it if needles make me faint": the writer's own condition says how a question of fit asks.
  return index.normalizer
    .normalize([...frameWords(reading.query.words), ...reading.framing.own].join(" "))
    .terms.filter((t) => index.weights.has(t) && !holders.some((e) => e.bag.has(t)));
}

/**
 * "do I need a degree for this or can I get in with just my GED": a question that offers alternatives asks about one
 * subject, and its first alternative names it; the others ("…or will everyone fight for the same spots") may say
 * nothing the pack knows.
 */
function firstAlternativeKnown(
  index: MatchIndex,
  ws: readonly string[],
  known: (terms: ReadonlySet<string>, linked: readonly string[]) => boolean,
): boolean {
  const at = ws.indexOf("or");
  if (at < 0) return false;
  const first = index.normalizer.normalize(ws.slice(0, at).join(" "));
  return first.terms.length > 0 && known(new Set(first.terms), first.linked);
}

/** What surrounds a question: the terms of the story around it and how much they weigh, and favoured entries. */
export interface Surroundings {
  story: readonly string[];
  storyWeight: number;
  /** The sentence a question points back to, read at `leaningStoryWeight`. */
  near?: readonly string[];
  /** Entries a follow-up is likely about: the previous answer and its related entries. */
  favoured?: ReadonlySet<string>;
  /** The message around the question points at its subject ("if I do this, …"): see `pointsAtTheSubject`. */
  pointing?: boolean;
  /** Entries another question of the same message is answered with: this one asks something else. */
  excluded?: ReadonlySet<string>;
  /** The only entries it may be answered with (a follow-up turning to another kind of question). */
  only?: ReadonlySet<string>;
  /** False when the message, read in pieces, asks something besides its small talk. */
  smalltalk?: boolean;
}

export const ALONE: Surroundings = { story: [], storyWeight: 0 };

/** What each message has matched, by text and surroundings (`forOneMessage` gives each message its own view). */
const matchedOfMessage = new WeakMap<MatchIndex, Map<string, MatchResult>>();

/** The surroundings as a key: two that rank every entry alike give the same key. */
function surroundingsKey(around: Surroundings): string {
  const { story, storyWeight, near = [], favoured, pointing, excluded, only, smalltalk } = around;
  const ids = (set: ReadonlySet<string> | undefined) => (set === undefined ? "-" : [...set].join(" "));
  return [
    story.length === 0 ? "" : `${storyWeight} ${story.join(" ")}`,
    near.join(" "),
    favoured === undefined || favoured.size === 0 ? "" : ids(favoured),
    pointing === true,
    excluded === undefined || excluded.size === 0 ? "" : ids(excluded),
    ids(only),
    smalltalk === false,
  ].join("\u0000");
}

/**
 * Matches one message as a single question, with the story around it only breaking ties. A message's steps often
 * match the same question the same way (a question alone, then again as its message's only question): once each.
 */
export function matchAlone(index: MatchIndex, text: string, around: Surroundings = ALONE): MatchResult {
  let matched = matchedOfMessage.get(index);
  if (matched === undefined) {
    matched = new Map();
    matchedOfMessage.set(index, matched);
  }
  const key = `${text}\u0000${surroundingsKey(around)}`;
  let result = matched.get(key);
  if (result === undefined) {
    result = readQuestion(index, text, around).result();
    matched.set(key, result);
  }
  return result;
}

/**
 * A question read as far as it can be without ranking the entries. Ranking costs most of a long text's matching, and
 * a message's questions often decide without the ranking of its whole text.
 */
export interface Question {
  query: NormalizedText;
  /** The result, when the text is settled before any ranking (a command, small talk, a refusal). */
  settled: MatchResult | undefined;
  /** Whether the ranking may still find it small talk; otherwise it ranks to an answer, "did you mean" or no match. */
  mayBeSmalltalk: boolean;
  /** The result: the settled one, or the one the ranking gives. */
  result: () => MatchResult;
}

/** `matchAlone` up to the ranking of the entries. */
export function readQuestion(index: MatchIndex, text: string, around: Surroundings = ALONE): Question {
  const { story, storyWeight, near = [], favoured, pointing: aroundPoints = false, excluded, only } = around;
  // A question read again apart from what is told beside it (a reason, a condition, a description), that told as its
  // story: weighed as the story already around it is, or as background when there was none.
  const toldBeside = (asked: string, told: readonly string[], more: Partial<Surroundings> = {}) =>
    readQuestion(index, asked, {
      ...around,
      story: [...story, ...told],
      storyWeight: story.length > 0 ? storyWeight : index.options.backgroundWeight,
      ...more,
    });
  const reading = readingOf(index, text);
  const { query, asks, form } = reading;
  // "good evening, what's on tv tonight": read again as no small talk when a piece of it asks something else.
  // "translate obrigada", "how do you say thank you in Japanese": a pleasantry asked about is not said.
  const aboutWords = reading.aboutWords();
  // "help me write a caption for my tiktok": help asked with a task is a request for the task, not what the bot can do.
  const quiet = around.smalltalk === false || aboutWords || asksHelpWithATask(text);
  const smalltalk = quiet ? undefined : reading.smalltalk;
  const framed =
    framesTheCareer(index, reading.framing.frames, query, around.pointing === true) ||
    framedByTheRest(index, reading.framing.frames, reading);
  const isSmalltalk = !quiet && reading.isSmalltalk && !framed;
  const none = (reason: NoneReason, candidates: Candidate[] = []): MatchResult => ({
    kind: "none",
    reason,
    topics: suggestedTopics(index, candidates),
    candidates,
    query,
  });
  // Refused by a rule about what is asked, which the learned model leaves alone.
  const ruledOut = (): MatchResult => ({ ...(none("no-match") as NoneResult), ruled: true });
  const settle = (result: MatchResult): Question => ({
    query,
    settled: result,
    mayBeSmalltalk: false,
    result: () => result,
  });
  const asSmalltalk = (): MatchResult => ({
    kind: "smalltalk",
    intent: smalltalk!.intent,
    confidence: smalltalk!.score,
    query,
  });

  if (query.words.length === 0 || (query.words.length === 1 && text.trim().length === 1)) {
    // "?", "👋", "🙏", a lone "W": a sign says something too; a blank message says nothing.
    const sign = smalltalkOfSymbols(index, text);
    if (sign) return settle({ kind: "smalltalk", intent: sign, confidence: 1, query });
    if (query.words.length === 0) return settle(none("empty"));
  }
  // "hahaha", "kkkkk", "jajaja", "lmaooo": laughter alone acknowledges what was said.
  const ack = quiet || !query.words.every(isLaughter) ? undefined : intentSaying(index, "ok");
  if (ack !== undefined) return settle({ kind: "smalltalk", intent: ack, confidence: 1, query });
  const command = reading.command();
  if (command !== undefined) return settle({ kind: "command", command, query });
  if (form !== undefined && form !== "other" && !quiet)
    return settle({ kind: "smalltalk", intent: form, confidence: 1, query });
  // "that's not what I asked", "you're not helping": a complaint about the replies is answered with how to ask.
  const howToAsk = quiet || !reading.complains() ? undefined : intentSaying(index, "what can you do");
  if (howToAsk !== undefined) return settle({ kind: "smalltalk", intent: howToAsk, confidence: 1, query });
  // "hola", "salamat po", "merci beaucoup": small talk in another language is still small talk.
  if (query.foreign) return settle(isSmalltalk ? asSmalltalk() : none("foreign"));
  // "what's the gadget that whirls the tubes round": a device named by what it does is asked as the pack's word for a
  // device, the description its story (its tubes are not what is asked about), the pack's entry of devices favoured.
  const devices = favoured === undefined && !isSmalltalk ? devicesEntry(index) : undefined;
  const device = devices === undefined ? undefined : reading.device();
  // What the device works on is a thing of the pack's work ("the tubes", "the slides"): "the phone that takes good
  // photos", "the tool that cuts the grass", "what do you cook rice in" describe devices of another life.
  const ofTheWork =
    device !== undefined &&
    index.normalizer
      .terms(device.objects)
      .some((t) => index.weights.has(t) && !EVERYDAY_STEMS.has(t) && !devices!.entry.bag.has(t));
  if (device !== undefined && devices !== undefined && ofTheWork)
    return toldBeside(
      `${device.before}${devices.word} ${device.after}`,
      index.normalizer.terms(device.description),
      { favoured: new Set([devices.entry.entry.id]) },
    );
  if (query.terms.length === 0 && !framed) {
    if (isSmalltalk) return settle(asSmalltalk());
    // "wait are you an actual person": every word is a function word, and together they ask what the bot is.
    const toTheBot = quiet ? undefined : reading.toTheBotByParts();
    return settle(toTheBot ? { kind: "smalltalk", intent: toTheBot, confidence: 1, query } : none("empty"));
  }

  const termSet = reading.termSet();
  // A story that names the domain ("my dad says lab techs…") puts the question in it.
  const storySet = new Set([...story, ...near]);
  const onTopic = index.domainTerms.some((t) => containsAll(termSet, t) || containsAll(storySet, t));
  // "who checks the numbers before the doctor sees them": another career named only in a clause that sets the
  // scene is not what is asked, when the pack itself names it beside its work.
  const namesOther = reading.namesOther();
  // "could I pay my bills and a car payment doing this": a message about doing the career that names only things of
  // the out-of-scope list, not another career, names them as part of the writer's life.
  // Asked only of a message that names another career (most name none).
  let careerAsked: boolean | undefined;
  const aboutTheCareer = () =>
    (careerAsked ??= framed
      ? outOfScopeIn(index, termSet).every((t) => index.outOfScopeThings.has(t.join(" ")))
      : reading.aboutTheCareer());
  // "if a doctor sends down blood, what is it checked for": another career that only asks for, sends or gets the
  // work's things is a party to the work asked about.
  const offTopic =
    namesOther &&
    !aboutTheCareer() &&
    !reading.aroundAnAside() &&
    !reading.othersAsContext() &&
    !reading.othersAsParties() &&
    !reading.othersAsPersons() &&
    !othersOnlySetAgainst(index, text);
  if (offTopic && !onTopic) {
    // "are you a nurse too?": another career, asked of the bot.
    const toTheBot = isSmalltalk || quiet ? undefined : reading.toTheBotByParts();
    if (toTheBot !== undefined) return settle({ kind: "smalltalk", intent: toTheBot, confidence: 1, query });
    return settle(isSmalltalk ? asSmalltalk() : none("out-of-scope"));
  }
  // "do nurses make more money than lab techs", "are paramedics paid better than MLTs": a comparison asks of its
  // subject, another career here; the career it is set against is named, not asked.
  if (namesOther && !framed && anotherMeasuredAgainstOurs(index, text)) return settle(none("out-of-scope"));
  // "is this an actual person answering or a computer?": about the bot, not the guide's sources.
  // "are you a lab tech yourself?": naming the domain, only the question's parts say it is about the bot.
  const toTheBot =
    framed || aboutWords ? undefined : onTopic ? reading.toTheBotByParts() : reading.toTheBot();
  if (toTheBot !== undefined) return settle({ kind: "smalltalk", intent: toTheBot, confidence: 1, query });
  // "what MCAT score do I need", "do I need the PTCB exam": another field's exam or credential, by its name.
  if (reading.nameNearGeneric()) return settle(none("out-of-scope"));
  // "can I work as a lab tech on an H-1B", "does it count for a J1": a code of a letter and digits the pack does not
  // write (a visa's class, a form, a plan) is what the question is about.
  if (reading.code()) return settle(none("uncovered"));
  // "how do I become a dialysis tech": another job, by a word the pack does not know before a word for a job,
  // unless the message names the domain beside it ("as a dialysis tech, can I become an MLT?").
  // "how much do CNAs make", "how hard is the PANCE": a name the pack does not know, with nothing of the domain
  // and nothing pointing at the subject ("do I need a GED for this").
  const name = reading.unknownName();
  if (!onTopic && !reading.pointsAtTheSubject() && name) return settle(none("out-of-scope"));
  // "does CLIA say a lab tech needs a degree", "Gallaudet have the program?": what a body the pack does not know says,
  // requires or offers, whatever the question names of the domain.
  if (name !== undefined && !framed && nameAsSubject(query.words, name)) return settle(none("uncovered"));
  const job = reading.job();
  if (job !== undefined) {
    const rest = new Set(query.terms.filter((t) => t !== job.head));
    if (!index.domainTerms.some((t) => containsAll(rest, t) || containsAll(storySet, t)))
      return settle(none("out-of-scope"));
  }
  // "how do I become a crime lab analyst", "what do environmental lab techs test water for": another field's lab, whose
  // words the pack shares ("lab", "lab tech") do not name the domain; the rest of the message, or its story, has to.
  if (onTopic && !framed && !reading.pointsAtTheSubject()) {
    const lab = anotherFieldsLab(
      query.words,
      (t) => isPackTerm(index, t),
      (t) => index.normalizer.linksOf(t).some((l) => !isEverydayTerm(index, l)),
      (w) => slipBeforeLab(index, w),
    );
    if (lab !== undefined) {
      const rest = [...query.words.slice(0, lab.start), ...query.words.slice(lab.end)].join(" ");
      const restTerms = new Set(index.normalizer.queryTerms(rest));
      if (!index.domainTerms.some((t) => containsAll(restTerms, t) || containsAll(storySet, t)))
        return settle(none("out-of-scope"));
    }
  }
  // "how hard is the real estate license exam", "how do I get a teaching certificate": another field's way in, whose
  // generic word the pack shares, is not the career's unless the rest of the message or its story names the domain.
  if (!framed && !reading.pointsAtTheSubject()) {
    const gate = anotherFieldsGateway(
      query.words,
      (t) => isPackTerm(index, t),
      (t) => index.normalizer.linksOf(t).some((l) => !isEverydayTerm(index, l)),
    );
    if (gate !== undefined) {
      const rest = [...query.words.slice(0, gate.start), ...query.words.slice(gate.end)].join(" ");
      const restTerms = new Set(index.normalizer.queryTerms(rest));
      if (!index.domainTerms.some((t) => containsAll(restTerms, t) || containsAll(storySet, t)))
        return settle(none("out-of-scope"));
    }
  }
  // "would it let me send money home": the needs of a life a frame names are not the message's subject.
  const life = framed ? new Set(index.normalizer.normalize(reading.framing.life.join(" ")).terms) : undefined;
  const asked = life ? query.terms.filter((t) => !life.has(t)) : query.terms;
  const uncovered = life ? namesUncovered(index, asked, query.words) : reading.uncovered();
  // "The associate's, how many years?": a length is the word of the entry asked about when that entry speaks of one (its
  // "two years", "less time than a degree"); any other uncovered thing ("how long does the visa take") refuses.
  const lengthOnly =
    uncovered &&
    asksHowLong(index, asks, query.terms) &&
    uncoveredSaid(index, asked, query.words).every((t) => asksALength(index, t));
  // "how long does the two-year one take if I go part time": how long a route takes, asked under the writer's own
  // condition, is asked of the route; the condition is its story (the length of the route is what the entry speaks of).
  const conditioned = uncovered && asksHowLong(index, asks, query.terms) ? conditionAfter(text) : undefined;
  if (conditioned !== undefined && asksHowLong(index, readingOf(index, conditioned[0]).asks))
    return toldBeside(conditioned[0], [conditioned[1]]);
  // "what is the certificate program, how long to finish it": a question the guide answers, then after a comma how long
  // it takes, which the guide does not give: the first is answered, and the reply says the length is not covered.
  const lengthApart = uncovered ? lengthAfter(index, text) : undefined;
  if (lengthApart !== undefined)
    return partlyCovered(toldBeside(lengthApart[0], [lengthApart[1]]), (candidates) =>
      none("uncovered", candidates),
    );
  if (uncovered && !lengthOnly) {
    // "is there any way in without finishing college, cause tuition is killing me": a reason told after the question
    // says why one asks; the question is read without it, the reason as its story.
    const told = reasonAfter(text);
    if (told !== undefined && !uncoveredIn(index, told[0])) return toldBeside(told[0], [told[1]]);
    // "what would I be running on a night shift", "what do they test in the blood they draw for an insurance exam": a
    // thing the guide does not cover, said only where it qualifies the question, is not what it asks. The rest is
    // answered when it names a thing of the pack's own and answers on its own; the reply says the rest is not covered.
    // "how do I become a lab tech if I'm working full time with overtime": the writer's own circumstance, told after
    // the question as its condition, is its story.
    const circumstance = circumstanceAfter(text);
    if (
      circumstance !== undefined &&
      !uncoveredIn(index, circumstance[0]) &&
      namesAThingOfThePack(index, circumstance[0])
    )
      return partlyCovered(toldBeside(circumstance[0], [circumstance[1]]), (candidates) =>
        none("uncovered", candidates),
      );
    const apart = qualifiedApart(text);
    if (
      apart !== undefined &&
      !uncoveredIn(index, apart.asked) &&
      !apart.examples.some((head) => uncoveredIn(index, head)) &&
      namesAThingOfThePack(index, apart.asked)
    )
      return partlyCovered(toldBeside(apart.asked, [apart.qualifying]), (candidates) =>
        none("uncovered", candidates),
      );
    return settle(none("uncovered"));
  }
  if (asksTheCost(index, query.words, termSet, life)) return settle(none("uncovered"));
  // "will my employer reimburse me", "is there any funding for…": someone else paying the costs is what they cost.
  if (!framed && paysAnothersCost(query.words) && namesUncovered(index, index.normalizer.terms("cost"), []))
    return settle(none("uncovered"));
  // "will the state cover my tuition", "does the college have to pay for my interpreter": someone else paying the
  // asker's costs is what they cost, though the frame of the pay being enough reads "cover my tuition" as a need.
  if (
    paidByAnother(
      query.words,
      (phrase, head) => namesTheDomain(index, phrase, head),
      (w) => index.normalizer.queryTerms(w).some((t) => index.weights.has(t)),
    ) !== undefined &&
    namesUncovered(index, index.normalizer.terms("cost"), [])
  )
    return settle(none("uncovered"));
  // "can I take the AMT exam in Spanish": the language of the work or the exam, which the guide does not name.
  if (asksInALanguage(query.words, index.spokenLanguages())) return settle(none("uncovered"));

  // A message mostly made of words the pack never uses ("how do I store fresh basil") is about something else,
  // however well its one familiar word matches, unless it names the domain. The words of the everyday alternates
  // ("rent", "family") are the pack's only when the message points at its subject ("this job", "do they").
  const pointing = aroundPoints || reading.pointsAtTheSubject();
  // The other career of an aside is a word the pack knows as not its own: it counts neither way.
  // A thing of the writer's life ("a car payment") is still a word the pack does not know.
  const others = namesOther && !aboutTheCareer() ? withoutOutOfScope(index, termSet) : termSet;
  // The words asking a length ("long") are the pack's way of not saying it, not words it does not know.
  const weighed = lengthOnly ? new Set(besidesTheLength(index, [...others])) : others;
  const career = reading.career();
  const known = (terms: ReadonlySet<string>, linked: readonly string[]) =>
    knownShare(index, terms, linked, pointing, career, query.viaSynonym, reading.doesTheCareer()) >=
    index.options.knownShareMin;
  // "is a student loan or a personal loan better", "where do I find scholarships for adults": the writer's own money
  // matter, with nothing of the career named or pointed at, is not the pack's, however its other words match.
  if (
    !onTopic &&
    !framed &&
    !pointing &&
    career === undefined &&
    favoured === undefined &&
    only === undefined &&
    moneyMatter(
      text,
      query.words,
      (w) =>
        index.normalizer.queryTerms(w).some((t) => index.weights.has(t)) ||
        index.normalizer.linksOf(stem(w)).some((l) => !isEverydayTerm(index, l)),
    ) !== undefined
  )
    return settle(isSmalltalk ? asSmalltalk() : ruledOut());
  if (
    !onTopic &&
    !framed &&
    !known(weighed, query.linked) &&
    !firstAlternativeKnown(index, query.words, known)
  )
    // "is skydiving dangerous": the danger of a thing the pack does not know is that thing's, whatever a model of the
    // work's own dangers would say.
    return settle(isSmalltalk ? asSmalltalk() : dangerOfAnother(query.words) ? ruledOut() : none("no-match"));
  // "what's the name of the job that fixes leaky roofs": in a question asking the name of a job or who does a task,
  // the asking's words ("job", "name", "the people") say nothing of what it is about; the description alone must be
  // the pack's as much as any message, its everyday wordings' words counting in full ("who puts dye on thin slices").
  if (!onTopic && !framed && reading.asksForTheDoer()) {
    const shape = new Set(doerShape(index, reading));
    const described = new Set([...weighed].filter((t) => !shape.has(t)));
    const describedKnown =
      knownShare(index, described, query.linked, true, career, query.viaSynonym, reading.doesTheCareer()) >=
      index.options.knownShareMin;
    if (described.size > 1 && !describedKnown) return settle(isSmalltalk ? asSmalltalk() : none("no-match"));
  }
  // "what day is Easter this year", "is it hard to grow tomatoes": every word the pack knows is an everyday one, and the
  // one word it does not know is a thing of everyday life or a name. That word is what the message is about.
  const subject =
    !onTopic && career === undefined && knowsOnlyGeneral(index, weighed, query.viaSynonym)
      ? reading.stranger()
      : undefined;
  if (subject !== undefined && [...weighed].every((t) => index.weights.has(t) || t === stem(subject)))
    return settle(isSmalltalk ? asSmalltalk() : ruledOut());
  // "what year is it", "what's the date today", "when do the shops close": a point in time asked in everyday words
  // alone, about nothing the message points at, is the world's clock or calendar, not the career's. A follow-up
  // ("and when?") is read against the answer before it.
  if (
    !onTopic &&
    !framed &&
    career === undefined &&
    !pointing &&
    favoured === undefined &&
    only === undefined &&
    asksForATime(query.words, asks) &&
    knowsOnlyGeneral(index, weighed, query.viaSynonym)
  )
    return settle(isSmalltalk ? asSmalltalk() : ruledOut());

  const rankIt = (): MatchResult => {
    // "who catches it when the controls drift": a clause that sets the scene ranks like the story around a question.
    const scene = story.length === 0 && near.length === 0 ? reading.scene() : undefined;
    // "where can I find a program", "looking for a school": seeking is how the message asks where, not what about.
    // "how long is the certificate, months or years": the units a length is counted in say how it asks, not what of.
    const read = scene?.asked ?? query.terms;
    const terms = lengthOnly ? withoutAskedUnits(read, query.words) : read;
    // "where do people study this, my community college?": a kind of place a question asking where names is what its
    // answer is to give, not what the question is about.
    const places = asksWhere(asks)
      ? new Set(index.normalizer.terms(placeWords(query.words).join(" ")))
      : undefined;
    const sought = asksWhere(asks) ? terms.filter((t) => !SEEKING_TERMS.has(t) && !places?.has(t)) : terms;
    const { shape, fitting } = shapeElsewhere(index, reading);
    const { ranked, pool, plainBest } = rankWithPool(index, sought.length > 0 ? sought : terms, {
      story: scene?.aside ?? story,
      storyWeight: scene?.weight ?? storyWeight,
      near,
      nearWeight: index.options.leaningStoryWeight,
      favoured,
      excluded,
      only,
      related: query.related,
      subject: query.subject,
      modifiers: query.modifiers,
      shape,
      fitShape: fitting,
      described: reading.asksForTheDoer() ? sought.filter((t) => !shape.includes(t)) : undefined,
      named: namedJob(reading, sought, shape, [...story, ...near]),
      // A follow-up answered among the entries asked its way: how it asks has chosen them already.
      asks: only === undefined ? asks : 0,
      frames: only === undefined ? reading.framing.frames : 0,
    });
    const [top, second] = ranked;
    const { options } = index;
    const answer = (chosen: Candidate): MatchResult => ({
      kind: "answer",
      entry: chosen.entry,
      confidence: chosen.confidence,
      candidates: ranked.slice(0, 3),
      query,
    });
    // How a message asks only ranks entries its words already reach: it never lifts a message out of "no answer".
    // A frame that points at an entry of a message about the career may ("would it let me send money home").
    if (!top || top.confidence < options.suggestMin || (plainBest < options.suggestMin && !framed))
      return isSmalltalk ? asSmalltalk() : none("no-match", ranked.slice(0, 3));
    // "besides the ASCP, is there another body that certifies": the one entry asked like the one set aside, when the
    // ranking finds either of them or an entry beside both.
    const pair = otherOneAsked(index, text);
    if (pair !== undefined && !isSmalltalk) {
      const { other, aside } = pair;
      const { id } = other.entry;
      if (top.entry.id === id || top.entry.id === aside || top.entry.related.includes(id)) {
        const own = ranked.find((c) => c.entry.id === id) ?? {
          ...top,
          entry: other.entry,
          topic: other.topic,
        };
        const chosen = { ...own, confidence: Math.max(own.confidence, top.confidence) };
        const rest = ranked.filter((c) => c.entry.id !== id && c.entry.id !== aside);
        return {
          kind: "answer",
          entry: chosen.entry,
          confidence: chosen.confidence,
          candidates: [chosen, ...rest].slice(0, 3),
          query,
        };
      }
    }
    // "how many hours is the exam", "how many days a week do they work": a count of something no entry it would get
    // is asked with and the pack never gives a number of.
    if (countsTheUncounted(index, query.words, ranked.slice(0, 3)))
      return none("uncovered", ranked.slice(0, 3));
    // "what does the college charge for the program", "how much is the exam": a price the asker pays, where the entries
    // it would get speak of what the work pays, not of prices. A frame of the pay being enough ("could I afford rent
    // doing this") is about earnings.
    if (!framed && !isSmalltalk && asksAnUnlistedPrice(index, query.words, ranked.slice(0, 3)))
      return none("uncovered", ranked.slice(0, 3));
    // "can I bring a calculator into the boards", "is the ASCP exam graded on a curve": how an exam is run, in words
    // the pack does not know.
    if (
      !framed &&
      !isSmalltalk &&
      asksAnExamsRules(index, query.words) &&
      asksAnExamsRulesInAClause(index, text)
    )
      return none("uncovered", ranked.slice(0, 3));
    // "how do I get my transcripts evaluated", "who evaluates a degree earned outside the US": whether the reader's own
    // credential counts, which the entries it would get do not judge.
    if (!framed && !isSmalltalk && asksWhatACredentialCounts(index, query.words, ranked.slice(0, 3)))
      return none("uncovered", ranked.slice(0, 3));
    // "can a lab legally turn me down for my epilepsy", "do I have a right to breaks": what the law gives or forbids,
    // which none of the entries it would get speaks of; said in a frame of the career too ("would I do well if …").
    if (!isSmalltalk && asksALegalRight(index, query.words, ranked.slice(0, 3)))
      return none("uncovered", ranked.slice(0, 3));
    // "what shifts do they work", "do lab techs work christmas": the work's timetable, which the guide does not give;
    // "what do they do on a shift" is the day's work, and the hour a day starts is left to the pack's words.
    if (!framed && !isSmalltalk && only === undefined && asksTheTimetable(text))
      return none("uncovered", ranked.slice(0, 3));
    // "is there maternity leave for lab techs", "do hospitals give them a signing bonus": a thing to have that the pack
    // does not know, which none of the entries it would get is asked or answered with.
    if (!framed && !isSmalltalk && asksForTheUnknown(index, query.words, ranked.slice(0, 3)))
      return none("uncovered", ranked.slice(0, 3));
    // "when does registration open", "where are the testing centres": a time or a place none of the entries it would get
    // is asked for, with words they do not hold (of a length, besides the words asking it: "how long is the waitlist").
    if (
      !framed &&
      !isSmalltalk &&
      only === undefined &&
      asksWhatNoneGives(
        index,
        asks,
        besidesWhatIsNotAsked(
          index,
          query.words,
          lengthOnly ? besidesTheLength(index, query.terms) : query.terms,
        ),
        ranked.slice(0, 3),
      )
    )
      return none("uncovered", ranked.slice(0, 3));
    // "thanks a lot, that helped" is thanks, however well "help" matches an entry: the intent's phrasings
    // already account for every content word, so nothing in the message is left to answer.
    if (isSmalltalk && smalltalk !== undefined) {
      const allSmalltalk = query.terms.every((t) => smalltalk.vocabulary.has(t));
      if (smalltalk.score >= top.confidence || allSmalltalk) return asSmalltalk();
    }

    const margin = top.confidence - (second?.confidence ?? 0);
    // A near tie between two entries that link to each other costs the reader nothing: the runner-up is a
    // related button under the answer. Only unrelated near ties are asked back.
    const linked =
      second !== undefined && top.entry.related.slice(0, RELATED_BUTTONS).includes(second.entry.id);
    if (top.confidence >= options.answerMin && (margin >= options.marginMin || (linked && margin > 0)))
      return answer(top);

    // A near tie on words alone: naive Bayes over the same phrasings breaks it when it clearly prefers one —
    // unless the two explain different parts of the message ("ascp and phlebotomy"): that is two questions.
    if (top.confidence >= options.answerMin && second && overlaps(index, top, second, termSet)) {
      const [favourite] = bayesRanking(index, query.terms, pool);
      const pick =
        favourite && favourite.p >= options.bayesMin
          ? ranked.find((c) => c.entry.id === favourite.id)
          : undefined;
      if (pick && top.confidence - pick.confidence < options.suggestWindow) return answer(pick);
    }

    const close = ranked.filter(
      (c) => c.confidence >= Math.max(options.suggestMin, top.confidence - options.suggestWindow),
    );
    const candidates = (close.length >= 2 ? close : ranked).slice(0, 3);
    return { kind: "ambiguous", candidates, query };
  };
  // A question of length is answered only by an entry that speaks of one, and that its words pick on their own (not a
  // near tie of two routes settled by the phrasings' model: "how long is the associate program" is not the
  // certificate's); else it is not covered, as before.
  const rankedForLength = (): MatchResult => {
    const r = rankIt();
    if (r.kind === "none") return r.reason === "no-match" ? none("uncovered", r.candidates) : r;
    if (r.kind !== "answer") return none("uncovered", r.kind === "ambiguous" ? r.candidates : []);
    const [top, second] = r.candidates;
    const picked =
      top === undefined ||
      (top.entry.id === r.entry.id && top.confidence - (second?.confidence ?? 0) >= index.options.marginMin);
    return picked && statesALength(index.byId.get(r.entry.id)!) ? r : none("uncovered", r.candidates);
  };
  return {
    query,
    settled: undefined,
    mayBeSmalltalk: isSmalltalk,
    result: lengthOnly ? rankedForLength : rankIt,
  };
}

/** The entry a question asks for beside the one it sets aside, that one found by its words alone (`theOtherOne`). */
export function otherOneAsked(index: MatchIndex, text: string): ReturnType<typeof theOtherOne> {
  return theOtherOne(index, text, (words) => {
    const read = matchAlone(index, words);
    return read.kind === "answer" ? read.entry.id : undefined;
  });
}

/**
 * A question read apart from what qualifies it, answered only when it finds an answer, which says that the rest is
 * not covered; anything else refuses the whole as not covered.
 */
function partlyCovered(read: Question, refuse: (candidates: Candidate[]) => MatchResult): Question {
  const covered = (r: MatchResult): MatchResult =>
    r.kind === "answer"
      ? { ...r, partlyUncovered: true }
      : refuse(r.kind === "ambiguous" || r.kind === "none" ? r.candidates : []);
  if (read.settled !== undefined)
    return { ...read, settled: covered(read.settled), result: () => covered(read.settled!) };
  return { ...read, mayBeSmalltalk: false, result: () => covered(read.result()) };
}

/** Whether a text names a thing of the pack's own: a term it weighs beyond everyday words and the domain's name. */
function namesAThingOfThePack(index: MatchIndex, text: string): boolean {
  const domain = new Set(index.domainTerms.flat());
  return index.normalizer.queryTerms(text).some((t) => index.weights.has(t) && !domain.has(t));
}

/**
 * A question and, after its last comma, how long something takes ("what is the certificate program, need how long to
 * finish"): the question asks of a thing of the pack's own, three words or more, and names nothing uncovered; the rest
 * asks a length and says its uncovered thing. Undefined otherwise.
 */
function lengthAfter(index: MatchIndex, text: string): [question: string, length: string] | undefined {
  const at = text.lastIndexOf(",");
  if (at < 0) return undefined;
  const question = text.slice(0, at).trim();
  const length = text.slice(at + 1).trim();
  if (question.split(/\s+/).length < 3 || !isAsking(question) || uncoveredIn(index, question))
    return undefined;
  if (!namesAThingOfThePack(index, question) || !uncoveredIn(index, length)) return undefined;
  return asksHowLong(index, readingOf(index, length).asks) ? [question, length] : undefined;
}

/** Whether a text names something the guide does not cover. */
function uncoveredIn(index: MatchIndex, text: string): boolean {
  const { terms, words } = index.normalizer.normalize(text);
  return namesUncovered(index, terms, words);
}

/**
 * The terms less those of words that say nothing of what is asked: who talks about the thing ("…everybody keeps
 * mentioning"), how sure the answer should be ("definitely", "definately"), sitting an exam ("when can I sit the
 * ASCP exam" asks when one takes it). A term another word also says is kept.
 */
function besidesWhatIsNotAsked(
  index: MatchIndex,
  ws: readonly string[],
  terms: readonly string[],
): readonly string[] {
  const aside = new Set([...unaskedWords(ws), ...sittingAnExam(index, ws)]);
  if (aside.size === 0) return terms;
  const kept = new Set(index.normalizer.queryTerms(ws.filter((_, i) => !aside.has(i)).join(" ")));
  const dropped = new Set([...aside].flatMap((i) => index.normalizer.queryTerms(ws[i]!)));
  return terms.filter((t) => kept.has(t) || !dropped.has(t));
}
