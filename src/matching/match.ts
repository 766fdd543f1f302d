import type { Entry, Smalltalk } from "../knowledge/schema.ts";
import {
  actsOnTheAnswer,
  asksOfAnotherCountry,
  asksOfTheFigureGiven,
  asksWhoOfTheAnswer,
  describesAPlaceOf,
  itemAsAnswered,
  namesPrevious,
  rankAskedOf,
  saysMoreThanTheRequest,
  whereOfAThing,
} from "./asked-of-the-answer.ts";
import { asksOf, asksWhere, kindBits } from "./asks.ts";
import {
  askedOfAnotherSubject,
  asksOfTheCareer,
  becomingAsked,
  careerAskedOfAnItem,
  comparedWithTheCareer,
  confirmsOfTheSubject,
  fitAskedOfTheWork,
  obtainsTheSubject,
  otherSubjects,
  wayIntoTheSubject,
} from "./carried.ts";
import { asksForBoth, isCondition, messageParts, pointsBack } from "./clauses.ts";
import { readInEnglish } from "./code-switch.ts";
import { type CommandName, MAX_COMMAND_WORDS } from "./commands.ts";
import { saidWithSarcasm } from "./complaints.ts";
import { namesDomain, uncovers } from "./coverage.ts";
import { foreignCredential } from "./credentials.ts";
import { describedThing, describesAThing, thingAskedAbout, thingPointedAt } from "./described.ts";
import {
  asksForAnother,
  asksForMore,
  asksForTheUsual,
  type Conversation,
  isRecent,
  type PreviousAnswer,
  picksAnItem,
  setAside,
} from "./followup.ts";
import { outsideTheNeeds } from "./frames.ts";
import { asksOnlyTheRoute, goalBefore } from "./goals.ts";
import { onwardFromHeld } from "./held.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { type ItemList, listsOf } from "./items.ts";
import { QUALITIES } from "./labs.ts";
import { asksAnotherWay, namesItsOwnSubject, onTheQuestionBefore } from "./leaning-question.ts";
import { learnedInContext } from "./learned-context.ts";
import { learnedReads, learnedSay } from "./learned-say.ts";
import { alsoTakingLeave, bidsOnlyGoodNight, goodNightOnArrival, takingLeave } from "./leave-taking.ts";
import { forOneMessage, keptForIndex } from "./memo.ts";
import { modelLeads, modelLeadsOverNothing } from "./model-leads.ts";
import { modelOverturns } from "./model-overturns.ts";
import { modelReadsTold } from "./model-reads-told.ts";
import { modelRefuses } from "./model-refuses.ts";
import { namesItsGeneric, pointsToAnotherField } from "./names.ts";
import { narrowsTheAnswer } from "./narrowing.ts";
import { withNearest } from "./nearest-covered.ts";
import { asNeedQuestion } from "./needs.ts";
import {
  askedOtherwise,
  aspectEntries,
  besideOf,
  generalOf,
  pointsElsewhere,
  siblingsOf,
} from "./neighbours.ts";
import type { NormalizedText } from "./normalize.ts";
import { labelPicked, numberPicked, offerList } from "./offers.ts";
import { ALONE, matchAlone, otherOneAsked, readQuestion } from "./one-question.ts";
import { asksForItself, namesItsOwn } from "./own-words.ts";
import { asksAfterOwnValue, asksAsAPatient, asksWhatAReadingMeans } from "./patient.ts";
import {
  countryIn,
  namedBody,
  namedInstitution,
  namedSchool,
  particularPlace,
  withoutCompared,
} from "./places.ts";
import { questionAfterPleasantry } from "./pleasantry-first.ts";
import { clearLead } from "./rank.ts";
import { pairIn, pointsIntoAList, positionsIn } from "./references.ts";
import {
  choosesBetweenCompared,
  compares,
  listsOfEntry,
  type Referred,
  readReferences,
  saysSomething,
} from "./referred.ts";
import {
  bothOf,
  followedTo,
  type MatchResult,
  type NoneReason,
  refusedForWhatItNames,
  refuses,
  settledByContext,
} from "./result.ts";
import { intentSaying, smalltalkBySign, smalltalkOfParts } from "./smalltalk.ts";
import { aboutTheBot, isPleasantry, outranking, PIECES, reactionOf } from "./smalltalk-pieces.ts";
import { sourceAskedOf } from "./sources.ts";
import { writeSpokenMarks } from "./spoken-marks.ts";
import { standsAlone } from "./stands-alone.ts";
import { isEverydayTerm, isPackTerm, pointsAtTheSubject } from "./subject.ts";
import { asksHelpWithATask } from "./tasks.ts";
import { EVERYDAY_STEMS, GENERAL_ENGLISH, STOPWORDS, stem, words } from "./text.ts";
import { readingOf } from "./text-reading.ts";
import { isUnknownWordAlone, unknownWordAsPleasantry } from "./unknown-pleasantry.ts";
import { asksHowLongOfTheAnswer } from "./unsaid.ts";

export type { Conversation, PreviousAnswer } from "./followup.ts";
export type { Candidate } from "./rank.ts";
export type { MatchResult, NoneReason } from "./result.ts";
export { RELATED_BUTTONS } from "./result.ts";

/**
 * A message mixing English with another language as read in English (`code-switch.ts`), unless as typed it is small
 * talk or a command: "salamat po, ang galing" is thanks in the words it was said in.
 */
function inEnglish(index: MatchIndex, said: string): string {
  const read = readInEnglish(said, (w) => index.normalizer.writes(w) && index.postings.has(stem(w)));
  if (read === said) return said;
  const kind = matchMessage(index, said).kind;
  return kind === "smalltalk" || kind === "command" ? said : read;
}

/**
 * Matches one message. Never throws; any text, of any length or language, gets a result.
 * `conversation`: the answer the chat got last and the time now; a message that cannot stand on its own,
 * sent soon after that answer, is read against it. A refusal as uncovered carries the covered entry nearest it.
 */
export function match(packIndex: MatchIndex, said: string, conversation?: Conversation): MatchResult {
  const index = forOneMessage(packIndex);
  const text = asNeedQuestion(index, writeSpokenMarks(inEnglish(index, said)), (t) => matchMessage(index, t));
  const alone = matchMessage(index, text);
  if (bidsOnlyGoodNight(alone)) return goodNightOnArrival(index, alone, conversation);
  const read =
    conversation === undefined || standsAlone(index, text, alone)
      ? readAlone(index, text, alone)
      : followingUp(index, text, alone, conversation);
  return unknownWordAsPleasantry(
    index,
    text,
    withNearest(index, text, alsoTakingLeave(index, read)),
    conversation,
  );
}

/**
 * A message read on its own: the rules' result with the learned model's say, its lead when all but sure of an entry
 * (also over a refusal as another field's or for an uncovered thing told around the question), and its refusal when all
 * but sure of none.
 */
function readAlone(index: MatchIndex, text: string, alone: MatchResult): MatchResult {
  return readWith(index, text, alone, modelLeadsOverNothing);
}

/**
 * `readAlone`, with `whole` the step only a whole message takes: the model's answer to a message of no word of the
 * pack's. A question of a message read on its own keeps its refusal ("what they do" after a specialty is named asks of
 * that specialty).
 */
function readWith(
  index: MatchIndex,
  text: string,
  alone: MatchResult,
  whole: (index: MatchIndex, text: string, result: MatchResult) => MatchResult,
): MatchResult {
  const overturned = modelOverturns(index, text, modelLeads(index, text, learnedSay(index, text, alone)));
  const told = whole(index, text, modelReadsTold(index, text, overturned));
  // "…I can only study evenings, can I do the program at night, and what do techs earn?": a refusal the model reads
  // as one question's entry leaves the message's other questions asked (`alsoAskedBeside`).
  const asked = told !== overturned && told.kind === "answer" ? alsoAskedBeside(index, text, told) : told;
  return modelRefuses(index, text, asked);
}

/**
 * A message that may lean on the answer before: read against it, unless its own words answer it surely and point at
 * nothing only that answer says (`asksForItself`).
 */
function followingUp(
  index: MatchIndex,
  text: string,
  alone: MatchResult,
  conversation: Conversation,
): MatchResult {
  const inContext = inConversation(index, text, alone, conversation);
  if (alone.kind === "command" || alone.kind === "smalltalk") return inContext;
  if (settledByContext(inContext)) return inContext;
  const previous = answeredBefore(index, conversation);
  const read = ownReading(index, text, alone, inContext, previous);
  return previous === undefined ? read : learnedInContext(index, text, previous, read);
}

/** The entry the chat's last answer gave, while it is recent enough to lean on (not the entries a "did you mean" offered). */
function answeredBefore(index: MatchIndex, { previous, now }: Conversation): IndexedEntry | undefined {
  if (previous === undefined || previous.offered !== undefined) return undefined;
  return isRecent(previous, now, index.options.followUpWindowMs)
    ? index.byId.get(previous.entryId)
    : undefined;
}

/** The message's reading alone, when its own words answer it surely (`asksForItself`), else the one in context. */
function ownReading(
  index: MatchIndex,
  text: string,
  alone: MatchResult,
  inContext: MatchResult,
  previous?: IndexedEntry,
): MatchResult {
  const own = learnedSay(index, text, alone);
  return asksForItself(index, text, own, inContext, previous) ? own : inContext;
}

/**
 * The command a message names, read as `match` reads it (spelling mended: "dayly" is /daily). Only a message of a
 * few words can name one, so a longer one is not matched here.
 */
export function commandOf(index: MatchIndex, text: string): CommandName | undefined {
  // Spelling never mends a word away, but shorthand may make two of one ("pls" → "please"): twice the limit is safe.
  if (words(text).length > 2 * MAX_COMMAND_WORDS) return undefined;
  const result = match(index, text);
  return result.kind === "command" ? result.command : undefined;
}

/**
 * `match` in a chat whose last answer is kept elsewhere (a database): `lastAnswer` is asked only when the message
 * may lean on it, and the result is the one `match` gives with that answer.
 */
export async function matchInChat(
  packIndex: MatchIndex,
  said: string,
  now: number,
  lastAnswer: () => Promise<PreviousAnswer | undefined>,
): Promise<MatchResult> {
  const index = forOneMessage(packIndex);
  const text = asNeedQuestion(index, writeSpokenMarks(inEnglish(index, said)), (t) => matchMessage(index, t));
  const alone = matchMessage(index, text);
  if (bidsOnlyGoodNight(alone))
    return goodNightOnArrival(index, alone, { previous: await lastAnswer(), now });
  if (standsAlone(index, text, alone)) {
    const read = withNearest(index, text, alsoTakingLeave(index, readAlone(index, text, alone)));
    // A word no one knows greets or thanks by whether an answer came just before: the chat's last answer is looked up.
    return isUnknownWordAlone(index, text, read)
      ? unknownWordAsPleasantry(index, text, read, { previous: await lastAnswer(), now })
      : read;
  }
  const previous = await lastAnswer();
  return unknownWordAsPleasantry(
    index,
    text,
    withNearest(index, text, alsoTakingLeave(index, followingUp(index, text, alone, { previous, now }))),
    { previous, now },
  );
}

/** A message that may lean on the chat's last answer, read against it while that answer is recent. */
function inConversation(
  index: MatchIndex,
  text: string,
  alone: MatchResult,
  { previous, now }: Conversation,
  named = false,
): MatchResult {
  const entry = previous && index.byId.get(previous.entryId);
  // No answer to lean on: read as `match` reads a message alone, so the bot replies as the eval scores.
  if (!entry || !isRecent(previous, now, index.options.followUpWindowMs))
    return readAlone(index, text, alone);
  if (previous.offered !== undefined) return pickedFromOffer(index, text, alone, previous.offered);
  // "what about in canada?" after the pay: working in another country is not covered, asked of the answer as alone.
  if (asksOfAnotherCountry(index, text))
    return { kind: "none", reason: "uncovered", topics: index.topics, candidates: [], query: alone.query };
  // "where do those numbers come from?" after the pay: the guide's sources, not the figure's own question.
  const source = named ? undefined : sourceAskedOf(index, entry, text);
  if (source !== undefined) return followedTo(source.entry, alone.query);
  // "is that before deductions?", "does it vary by state?" after the pay: the figure the answer gave, asked of.
  if (!named && asksOfTheFigureGiven(index, entry, text, alone)) return followedTo(entry.entry, alone.query);
  // "who would be running it" after whether one needs a certification: the doer of what the answer is about, which it names.
  if (!named && asksWhoOfTheAnswer(index, entry, text, alone.query))
    return followedTo(entry.entry, alone.query);
  // "ok how do I sign up for that one" after what a certification is: what it takes is that answer's.
  if (!named && !asksForAnother(text) && obtainsTheSubject(index, entry, text, alone.query.terms))
    return followedTo(entry.entry, alone.query);
  // "do you need extra schooling for that one" after a specialty: the way into that line of work is its own entry's.
  const wayIn = named ? undefined : wayIntoTheSubject(index, entry, text, alone.query.terms, entryOf(index));
  if (wayIn !== undefined) return followedTo(index.byId.get(wayIn)!.entry, alone.query);
  // "which one should I go for if…" after the difference between two roles: the answer setting them side by side.
  if (!named && choosesBetweenCompared(index, entry.entry, text, entryOf(index)))
    return followedTo(entry.entry, alone.query);
  // "reckon I could manage that?" after the duties: whether the work suits the writer.
  const fit = named ? undefined : fitAskedOfTheWork(index, entry, text, alone.query.terms);
  if (fit !== undefined) return followedTo(index.byId.get(fit)!.entry, alone.query);
  // "so how do I get to the other side", "and the people over them?": the rank above the work just answered.
  const ranked = named ? undefined : rankAskedOf(index, entry, text, alone);
  if (ranked !== undefined) return followedTo(index.byId.get(ranked)!.entry, alone.query);
  // "how could I become one at fifty" after what a technician does: the way into the career, whatever else leans aside.
  const becoming = named ? undefined : becomingAsked(index, entry, text, alone.query.terms);
  if (becoming !== undefined) return followedTo(index.byId.get(becoming)!.entry, alone.query);
  // "where would I go for the training bit", "where do I find one of those programs" after how to become one: where, of
  // a part the answer named or of what its own words surely name.
  const whereOf =
    named || !asksWhere(asksOf(text)) ? undefined : whereOfAThingAsked(index, entry, text, alone);
  if (whereOf !== undefined) return followedTo(index.byId.get(whereOf)!.entry, alone.query);
  const spelled = itemAsAnswered(index, entry, text);
  if (spelled !== text)
    return inConversation(index, spelled, matchMessage(index, spelled), { previous, now });
  // "and for the tissue ones?" after the pay: the answer's question, of another subject, before "the tissue ones" reads
  // as a thing the answer listed ("specialization").
  const carried =
    named || asksForMore(text)
      ? undefined
      : askedOfAnotherSubject(index, entry, besideOf(index, entry), text, alone.query.terms);
  if (carried !== undefined) return followedTo(index.byId.get(carried)!.entry, alone.query);
  // "the blood drawing one, does it pay well?" after the specialties: the career's question, of an item it picks out.
  const ofAnItem = named ? undefined : careerAskedOfAnItem(index, entry, text, alone.query.terms);
  if (ofAnItem !== undefined) return followedTo(index.byId.get(ofAnItem)!.entry, alone.query);
  // "the second body, the one that isn't the AMT?" after the bodies that certify: the one other than the thing set
  // aside, before "the one" reads as pointing at it.
  const other = named ? undefined : otherOneAsked(index, text);
  if (other !== undefined) return followedTo(other.other.entry, alone.query);
  // "the second one", "how do I become the latter", "tell me about both": the things the answer named, by their words,
  // and first those the person named ("ASCP or AMT, which is better?" then "which one is quicker").
  const lists = named
    ? []
    : [...askedLists(index, previous, text), ...listsOfEntry(entry.entry, entryOf(index))];
  // "which one earns more" after two things set side by side: a measure its own words answer surely, asked of both.
  const measured = named ? undefined : measureOfBoth(index, text, alone, lists, entry.entry.id);
  if (measured !== undefined) return measured;
  // "which one looks at cells?": a description that fits one of the things best says which, before "which one" reads as
  // both of them.
  const described = named
    ? undefined
    : describedThing(index, text, lists, (rest) => saysSomething(index, rest), entry.entry.id);
  const referred =
    described ?? (named ? undefined : readReferences(text, lists, (rest) => saysSomething(index, rest)));
  if (referred) {
    const read = answerReferred(
      index,
      referred,
      alone.query,
      (said) => inConversation(index, said, matchMessage(index, said), { previous, now }, true),
      entry.entry.id,
    );
    // "how do I get to the second one" after the difference between MLT and MLS: not the comparison again, what is
    // asked of that one thing.
    const again = read.kind === "answer" && read.entry.id === entry.entry.id;
    const compared = again ? askedOfAComparedThing(index, referred, lists, entry.entry.id) : undefined;
    return compared === undefined ? read : followedTo(compared, alone.query);
  }
  const id = entry.entry.id;
  // "what tests exactly?" after the duties: the particulars of one thing the answer listed are its own entry's.
  const particular = named ? undefined : thingAskedAbout(index, text, lists, id);
  if (particular !== undefined) return followedTo(index.byId.get(particular)!.entry, alone.query);
  // "are those hard to operate?" after the duties: the one thing listed that what is said of "those" fits.
  const pointedAt = named ? undefined : thingPointedAt(index, text, lists, id);
  if (pointedAt !== undefined) return followedTo(index.byId.get(pointedAt)!.entry, alone.query);
  const own = alone.query.terms.filter((t) => index.weights.has(t));
  const unknown = alone.query.terms.some((t) => !index.weights.has(t) && !alone.query.linked.includes(t));
  // "can you explain that a bit more?", "what do you mean?": a request for more with nothing else to go on.
  const more = asksForMore(text);
  if (more && !saysMoreThanTheRequest(index, text)) return followedTo(entry.entry, alone.query);
  // "does the specialty change it" after the pay: a factor the answer named, asked of what it answered.
  if (
    !asksForAnother(text) &&
    !picksAnItem(text) &&
    actsOnTheAnswer(index, entry, alone.query.words, alone.query.terms)
  )
    return followedTo(entry.entry, alone.query);
  const beside = besideOf(index, entry);
  // "is that harder than a plain lab tech job?" after a specialty: that specialty, set against the career.
  if (comparedWithTheCareer(index, entry, text)) return followedTo(entry.entry, alone.query);
  // "he is working with a microscope also?" after the histotechnician: yes or no of that subject, in its answer's words.
  if (!asksForAnother(text) && confirmsOfTheSubject(index, entry, text, alone.query.terms))
    return followedTo(entry.entry, alone.query);

  // "is there a different one?", "what else?": one of the related entries, not the answer just given.
  const alternative = asksForAnother(text);
  // "the other one" after one of a pair or a set: the entries asked the same way about something else.
  // "so what's the usual way then": the same question without what sets the answer just given apart.
  const usual = asksForTheUsual(text) ? generalOf(index, entry) : [];
  const others = usual.length > 0 ? usual : alternative ? siblingsOf(index, entry, beside) : [];
  // "and where does he sign up?", "what about the records?": a word the answer just given never uses, which an
  // entry beside it (same topic, or related) is asked with, asks about that entry's aspect of the same subject.
  // "the imaging one", "more on the histo one": an item the answer just given lists, which an entry beside it is
  // about, even though the answer used its word.
  // "is that in demand?" after what a phlebotomist does: not the cytotechnologist's, whatever the words share.
  // "and the one that draws blood?" asks for another, by what it does.
  // "which body offers it other than ASCP?": the entry of the thing set aside is not the one asked for.
  const asideText = alternative ? setAside(text) : undefined;
  const aside = asideText === undefined ? undefined : entryOf(index)(asideText);
  const another = alternative || describesAThing(text) || picksAnItem(text) || /\bones?\b/i.test(text);
  const elsewhere = another ? new Set<string>() : otherSubjects(index, entry, alone.query.terms);
  const near = beside.filter((b) => !elsewhere.has(b));
  const aspect = aspectEntries(index, entry, near, [...own, ...alone.query.related], picksAnItem(text));
  // "first year only?", "and with overtime?" after the pay: a qualifier put to the answer, naming no aspect and no other
  // entry, and not refused for what it names (another career: "and for nurses?").
  if (
    !named &&
    aspect.length === 0 &&
    !alternative &&
    narrowsTheAnswer(text) &&
    !refusedForWhatItNames(alone) &&
    !pointsElsewhere(index, alone, id, own)
  )
    return followedTo(entry.entry, alone.query);
  // "and where?", "what's it like inside?" after an answer not asked that way: an entry beside it that is.
  const describedPlace =
    alone.kind === "none" && !refusedForWhatItNames(alone) && describesAPlaceOf(entry, text);
  const otherKind =
    alternative || aspect.length > 0
      ? { ids: [], anywhere: false }
      : askedOtherwise(index, entry, near, asksOf(text) | (describedPlace ? LIKE : 0));
  const askedSo = otherKind.ids;
  // Someone who has just read an answer wants it again only when asking for more of it or naming it; a follow-up
  // whose own words find another entry, or that asks for another one, another aspect or another kind, is not about it.
  const leaves =
    !more &&
    !namesPrevious(index, entry, beside, alone.query) &&
    (alternative || aspect.length > 0 || askedSo.length > 0 || pointsElsewhere(index, alone, id, own));
  // Its own words find an entry beside the answer just given, one the follow-up's cues allow: both say the same.
  if (
    leaves &&
    alone.kind === "answer" &&
    alone.entry.id !== aside &&
    (near.includes(alone.entry.id) ||
      (elsewhere.size > 0 && asksOfTheCareer(index, alone.entry.id)) ||
      (!named && !another && pointsElsewhere(index, alone, id, own))) &&
    [aspect, namesItsOwn(index, text, alone) ? [] : askedSo, others].every(
      (ids) => ids.length === 0 || ids.includes(alone.entry.id),
    )
  )
    return alone;
  const favoured = new Set(
    alternative
      ? others.length > 0
        ? others
        : beside
      : aspect.length > 0
        ? aspect
        : askedSo.length > 0
          ? askedSo
          : [id, ...entry.entry.related],
  );
  if (leaves) favoured.delete(id);
  for (const e of elsewhere) favoured.delete(e);
  if (aside !== undefined) favoured.delete(aside);
  // A follow-up turning to another kind of question picks among the entries beside the answer asked that way.
  const set = [...(leaves ? [id] : []), ...elsewhere, ...(aside === undefined ? [] : [aside])];
  const excluded = set.length > 0 ? new Set(set) : undefined;
  const only = leaves && askedSo.length > 0 ? new Set(askedSo) : undefined;
  // Asked a way no entry beside the answer is, it is about the entry asked that way that is closest to the answer's
  // own words: "and where?" after the duties is where they work, after how to become one where to study.
  const story = otherKind.anywhere ? [...entry.answer] : index.normalizer.terms(entry.entry.question);
  const storyWeight = otherKind.anywhere ? index.options.backgroundWeight : index.options.followUpWeight;
  const around = { story, storyWeight, favoured, excluded, only };
  // "so what's the normal way then": nothing of its own but the wish for another; the previous question says what of.
  const inContext =
    leaves && alone.query.terms.length === 0
      ? matchAlone(
          index,
          entry.entry.question,
          otherKind.anywhere ? around : { ...around, story: [], storyWeight: 0 },
        )
      : matchAlone(index, text, around);
  if (alternative && inContext.kind === "answer" && inContext.entry.id === id) {
    const next = inContext.candidates.find((c) => c.entry.id !== id);
    if (next) return { ...inContext, entry: next.entry, confidence: next.confidence };
  }
  if (inContext.kind === "answer") return inContext;
  // "and how long does that take?": a time the pack never gives, asked of the answer just read, is that answer's.
  if (
    inContext.kind === "none" &&
    inContext.reason === "uncovered" &&
    asksHowLongOfTheAnswer(index, entry, text, alone.query)
  )
    return followedTo(entry.entry, alone.query);
  // "and where?": the one entry beside the answer asked that way, though the follow-up names nothing of it.
  const [asked] = askedSo;
  // "loud in there or quiet?": the words describing the place are its own, not the pack's.
  const sure = describedPlace || (inContext.kind !== "ambiguous" && !unknown);
  if (leaves && asked !== undefined && askedSo.length === 1 && sure)
    return followedTo(index.byId.get(asked)!.entry, alone.query);
  if (alone.kind === "answer") return alone;
  if (inContext.kind === "none" && (inContext.reason === "uncovered" || inContext.reason === "out-of-scope"))
    return inContext;
  // Nothing of its own to go on ("why is that?", "and then?"): it asks about the answer just given.
  if (own.length === 0 && !leaves) return followedTo(entry.entry, alone.query);
  return inContext;
}

const LIKE = kindBits("like");

/** `whereOfAThing` with the message's own reading, and whether its words name that entry surely. */
function whereOfAThingAsked(index: MatchIndex, entry: IndexedEntry, text: string, alone: MatchResult) {
  const own = learnedSay(index, text, alone);
  return whereOfAThing(index, entry, text, own, namesItsOwn(index, text, own));
}

/**
 * A message after a "did you mean": "the first one", "2", "the cells one" pick one of the entries offered, as a thing
 * of a list is picked; anything else is read as a message alone, as nothing was answered.
 */
function pickedFromOffer(
  index: MatchIndex,
  text: string,
  alone: MatchResult,
  offered: readonly string[],
): MatchResult {
  const list = offerList(index, offered);
  const at = numberPicked(text);
  const numbered = at === undefined ? undefined : list.items[at]?.entry;
  if (numbered !== undefined) return followedTo(index.byId.get(numbered)!.entry, alone.query);
  // "certification" after the ASCP and the phlebotomist were offered: a word of one offered question only.
  const labelled = labelPicked(index, text, list, asksOf(text) !== 0);
  if (labelled !== undefined) return followedTo(index.byId.get(labelled)!.entry, alone.query);
  const saying = (rest: string) => saysSomething(index, rest);
  const referred = describedThing(index, text, [list], saying) ?? readReferences(text, [list], saying);
  if (referred === undefined) return learnedSay(index, text, alone);
  const picked = answerReferred(index, referred, alone.query, (said) =>
    learnedSay(index, said, matchMessage(index, said)),
  );
  // "the one with the tissue" when no entry offered is the histotechnician's: nothing was answered, so its own words,
  // answering it surely, say what it asks, not the offered entry the description fits least badly.
  return ownReading(index, text, alone, picked);
}

/**
 * The things the chat's own message before named ("histotech or cytotech?"), as a list of its question, when the
 * follow-up may point at one: each thing is matched to find its entry, so other messages do not pay for it.
 */
function askedLists(index: MatchIndex, previous: PreviousAnswer, text: string): ItemList[] {
  if (previous.asked === undefined || !(pointsIntoAList(text) || describesAThing(text))) return [];
  return listsOf(previous.asked, "", entryOf(index)).filter((l) => l.from === "question");
}

/**
 * The entry a text's own words answer, if any: what a thing a list names is about. Each text is matched once: reading a
 * list looks a one-word thing up twice (alone, then whether it shares the next thing's object).
 */
function entryOf(index: MatchIndex): (text: string) => string | undefined {
  const found = new Map<string, string | undefined>();
  return (text) => {
    if (found.has(text)) return found.get(text);
    const r = matchMessage(index, text);
    const id = r.kind === "answer" ? r.entry.id : undefined;
    found.set(text, id);
    return id;
  };
}

/**
 * A follow-up asking which of two things an answer named fares better by a measure its own words name surely, the
 * rules at `measureRulesMin` or rules and learned model alike ("which one earns more", "which of them is in more demand" after the difference between a
 * technician and a technologist): the entry of that measure, not one of the things picked by a word of its answer
 * nor the answer comparing them. Only of two things the question named; not when its words find one of the things
 * themselves ("which one is quicker").
 */
function measureOfBoth(
  index: MatchIndex,
  text: string,
  alone: MatchResult,
  lists: readonly ItemList[],
  answered: string,
): MatchResult | undefined {
  // Two things the question set side by side: "which of them" among more things picks one ("which of them for
  // someone with weak eyes" after the specialties).
  const pair = lists.find((l) => l.from === "question" && l.items.length === 2);
  if (pair === undefined || pairIn(text)?.kind !== "which") return undefined;
  const own = learnedSay(index, text, alone);
  if (own.kind !== "answer" || own.entry.id === answered) return undefined;
  const sure = own.also === undefined && own.confidence >= index.options.measureRulesMin;
  if (!sure && !namesItsOwn(index, text, own)) return undefined;
  const things = lists.flatMap((l) => l.items.map((i) => i.entry));
  return things.includes(own.entry.id) ? undefined : own;
}

/**
 * What is asked of one thing a question named beside another ("MLT and MLS") and a follow-up picks by its place, when
 * that thing's own entry is the answer just given (the difference between the two): the follow-up's words with the thing
 * named, read alone, when they find another entry ("how do I get to the second one" is how to become a technologist),
 * not the comparison again.
 */
function askedOfAComparedThing(
  index: MatchIndex,
  referred: Referred,
  lists: readonly ItemList[],
  answered: string,
): Entry | undefined {
  const [item] = referred.items;
  if (referred.items.length !== 1 || referred.kind !== "position" || item?.entry !== answered)
    return undefined;
  if (!lists.some((l) => l.from === "question" && l.items.includes(item))) return undefined;
  const own = readAlone(index, referred.text, matchMessage(index, referred.text));
  return own.kind === "answer" && own.also === undefined && own.entry.id !== answered ? own.entry : undefined;
}

/**
 * The answer to a message that points at things a list named: the one thing, when it says nothing else; else what it
 * says with the things named. Pointing at two at once ("both", "the difference between the two", "which one") gets
 * both, unless an entry compares the two (the difference between a technician and a technologist) or the message
 * picks one of them by what it asks ("which one is quicker").
 */
function answerReferred(
  index: MatchIndex,
  referred: Referred,
  query: NormalizedText,
  matchSaid: (text: string) => MatchResult,
  answered?: string,
): MatchResult {
  const ids = [...new Set(referred.items.flatMap((i) => (i.entry === undefined ? [] : [i.entry])))];
  const answer = (id: string, also?: string): MatchResult => ({
    kind: "answer",
    entry: index.byId.get(id)!.entry,
    confidence: 0,
    candidates: [],
    query,
    ...(also === undefined ? {} : { also: index.byId.get(also)!.entry }),
  });
  const one = referred.items.length === 1;
  // "can the first become the second": two places pointed at ask something of both, whatever else they say.
  if (referred.bare && referred.places === 1 && ids.length === (one ? 1 : 2)) return answer(ids[0]!, ids[1]);
  const said = matchSaid(referred.text);
  // "the fourth one, is it hard?": a question about the one thing picked is about it. Read after the answer, its other
  // words may turn to an entry beside that answer; when the words with the thing named find the thing's entry on their
  // own, that is what is asked.
  if (one && ids.length === 1 && said.kind === "answer" && said.entry.id !== ids[0]) {
    const own = matchMessage(index, referred.text);
    if (own.kind === "answer" && own.entry.id === ids[0]) return own;
    // "ok how do i get the ascp one" after the certifications: read back to the answer just given, it asks about the
    // thing it picked out of that answer.
    if (said.entry.id === answered) return answer(ids[0]!);
  }
  if (one || referred.places > 1 || ids.length !== 2) return said;
  if (said.kind === "answer") {
    if (compares(index, said.entry.id, referred.items)) return said;
    const at = ids.indexOf(said.entry.id);
    // "which one earns more" after the difference between two roles: a question of the two things the answer named
    // that another entry answers surely (the pay), not the two themselves.
    const elsewhere = answered !== undefined && at < 0 && referred.kind === "which";
    if (elsewhere && said.confidence >= index.options.ownFollowUpMin) return followedTo(said.entry, query);
    if (at >= 0)
      return referred.kind === "which" || said.also
        ? said
        : { ...said, also: index.byId.get(ids[1 - at]!)!.entry };
  }
  return answer(ids[0]!, ids[1]);
}

/**
 * One message on its own. In a message of several sentences the asking ones decide; background sentences only
 * break ties, and a message that asks two things gets both answers.
 */
function matchMessage(index: MatchIndex, text: string): MatchResult {
  // "gracias, but do I need a degree?", "ok tho how long is the training": the question after the pleasantry decides,
  // unless it is small talk itself ("hello, how are you?").
  const question = questionAfterPleasantry(index, text);
  if (question !== undefined) {
    const asked = matchMessage(index, question);
    // "ok cool what else can u do": a question to the bot after a pleasantry is what is asked.
    if (asked.kind === "smalltalk" && aboutTheBot(index, asked.intent)) return asked;
    if (
      asked.kind !== "smalltalk" &&
      asked.kind !== "command" &&
      !(asked.kind === "none" && asked.reason === "empty")
    )
      return asked;
  }
  // "k u a real person?": without words that ask, its question mark asks, when what it asks is what the bot is.
  const toTheBot = question === undefined ? questionAfterPleasantry(index, text, true) : undefined;
  if (toTheBot !== undefined) {
    const asked = matchMessage(index, toTheBot);
    if (asked.kind === "smalltalk" && aboutTheBot(index, asked.intent)) return asked;
  }
  return pointsIntoAList(text)
    ? (pointsWithin(index, text) ?? matchParts(index, text))
    : matchParts(index, text);
}

/** The most words a thing a message's own story lists is named in. */
const NAMED_WORDS = 3;

/**
 * "…there's the ASCP and the AMT. What's the difference between the two?": a question pointing at things the message
 * itself named before it, read with their words, as a follow-up is read with those of the answer before it.
 */
function pointsWithin(index: MatchIndex, text: string): MatchResult | undefined {
  const [question] = messageParts(text).asking.slice(-1);
  const at = question === undefined ? -1 : text.lastIndexOf(question);
  if (question === undefined || at < 0) return undefined;
  // A question that points at nothing, whatever the things of a list are called, points into none of them: the story
  // before it need not be read for lists, which matches every thing they name (a tenth of a long story's time).
  if (positionsIn(question, () => true).length === 0 && pairIn(question) === undefined) return undefined;
  // Only things named in a few words: a longer stretch is a clause of the story ("some are signed by a tech"). Most
  // stories name no such list, and are then read for none.
  const entry = entryOf(index);
  const lists = listsOf("", text.slice(0, at), entry, NAMED_WORDS);
  // In a question run on without stops, the things named before the pointing words.
  const within = pairIn(question) ?? positionsIn(question, () => false)[0];
  const before = within === undefined ? "" : question.slice(0, within.start);
  // The things named nearest the pointing words first: they are what it points at, of lists alike.
  const named = [...listsOf("", before, entry, NAMED_WORDS), ...lists.reverse()];
  const referred = readReferences(question, named, (rest) => saysSomething(index, rest));
  if (referred === undefined) return undefined;
  const [head, tail] = [text.slice(0, at), text.slice(at + question.length)];
  const result = answerReferred(index, referred, index.normalizer.normalize(text), (said) =>
    matchParts(index, `${head}${said}${tail}`),
  );
  // Read with the things named, the message must still find one of them, or an entry comparing them.
  const ids = referred.items.map((i) => i.entry);
  return result.kind === "answer" &&
    (ids.includes(result.entry.id) || compares(index, result.entry.id, referred.items))
    ? result
    : undefined;
}

/**
 * The intent a message's small talk answers as it is meant: thanks or an acknowledgement marked as sarcasm ("great
 * answer, so helpful 🙄") or said beside a complaint ("thanks, but that wasn't helpful") complains, and is answered
 * with how to ask; a goodbye said in passing takes leave.
 */
function saidAs(index: MatchIndex, text: string, intent: Smalltalk, ws: readonly string[]): Smalltalk {
  const approving = intent.praise === true || intent === intentSaying(index, "ok");
  if (approving && (saidWithSarcasm(text) || readingOf(index, text).complains()))
    return intentSaying(index, "what can you do") ?? intent;
  return takingLeave(index, intent, ws);
}

function matchParts(index: MatchIndex, text: string): MatchResult {
  // The whole text is ranked only when a step below turns on that ranking: it costs most of a long message's
  // matching, and when the message's questions decide, their own rankings are what count.
  const read = readQuestion(index, text);
  const { query } = read;
  let ranked = read.settled;
  const whole = (): MatchResult => {
    ranked ??= read.result();
    return ranked;
  };
  // Whether the whole text is small talk, ranking it only when its reading leaves that open.
  const smalltalkWhole = () =>
    ranked !== undefined || read.mayBeSmalltalk ? whole().kind === "smalltalk" : false;
  // Whether the whole text is refused for `reason`: only no match may need the ranking, as every other refusal
  // settles a text before it is ranked.
  const wholeRefused = (reason: NoneReason) => {
    const result = reason === "no-match" ? whole() : ranked;
    return result?.kind === "none" && result.reason === reason;
  };
  if (ranked?.kind === "command") return ranked;
  // "my degree is from Peru, how do I get it counted here": whether a credential from another country holds, said
  // across the story and the question.
  if (foreignCredential(query.words, (stretch) => countryIn(stretch, index.otherCountries) !== undefined))
    return { kind: "none", reason: "uncovered", topics: index.topics, candidates: [], query };
  // "my ferritin is 8, is that dangerous": a value of the writer's own body asked after is a patient's question,
  // though its small talk ("is this low") or its words may read otherwise.
  // "what does a positive ANA test mean": what a reading of a measure the pack does not know means is a patient's too.
  if (
    (asksAfterOwnValue(query.words, (t) => isPackTerm(index, t)) ||
      asksWhatAReadingMeans(query.words, (t) => isPackTerm(index, t))) &&
    !namesDomain(index, text)
  )
    return { kind: "none", reason: "uncovered", topics: index.topics, candidates: [], query };
  // "thank you so much, this was really helpful, have a good day": small talk in several parts, nothing to answer.
  // Its words say the intent before an emoji does ("adiós 👋 me voy" is goodbye). Read in parts, each part says its
  // intent and the one that matters most answers ("good morning, how are you?"), where the whole message's words
  // only say which intent they are closest to ("thank you, dear, you have been most kind" is not how-are-you).
  // "how do I know this is true": a question in a frame is not its last word's acknowledgement ("true"); a question
  // about the bot itself is no frame's ("Who built you? Is a human typing this?").
  // Ranked for it only when a part of the message is small talk: most long stories have none.
  const framedAnswer = () => readingOf(index, text).framing.frames !== 0 && whole().kind === "answer";
  // "help me study for my quiz": help asked with a task is a question of that task, whatever "help me" says alone.
  const parted = readingOf(index, text).aboutWords()
    ? undefined
    : asksHelpWithATask(text)
      ? "question"
      : !smalltalkWhole() || PIECES.test(text.trim())
        ? smalltalkOfParts(index, text, query.words, (rest) => matchAlone(index, rest).kind === "answer")
        : outranking(index, text, query.words, whole());
  const chatter =
    parted !== undefined && framedAnswer() && !(typeof parted === "object" && aboutTheBot(index, parted))
      ? undefined
      : parted;
  // "good evening, what's on tv tonight": a piece asks something else, so the message is no small talk as a whole.
  if (chatter === "question") {
    if (smalltalkWhole()) ranked = matchAlone(index, text, { ...ALONE, smalltalk: false });
  } else if (chatter !== undefined) {
    const said = smalltalkWhole() ? whole() : undefined;
    if (said?.kind !== "smalltalk" || chatter !== said.intent)
      return { kind: "smalltalk", intent: saidAs(index, text, chatter, query.words), confidence: 1, query };
  }
  const said = smalltalkWhole() ? whole() : undefined;
  if (said?.kind === "smalltalk") return { ...said, intent: saidAs(index, text, said.intent, query.words) };
  // "gracias 🙏", "bom dia 👋": a few words the pack does not know say their intent by their sign.
  if (query.words.length <= 4 && (wholeRefused("no-match") || wholeRefused("foreign"))) {
    const sign = smalltalkBySign(index, text);
    if (sign) return { kind: "smalltalk", intent: sign, confidence: 1, query };
  }
  const parts = messageParts(text);
  const { leadIns, before } = parts;
  const asking = parts.asking.map((question, i) =>
    i > 0 && leadIns[i] !== leadIns[i - 1] ? withItsLeadIn(index, question, leadIns[i]!) : question,
  );
  // "wow that pays well", "ok the lab sounds cool": a reaction to the answer asks nothing, whatever it names.
  if (asking.length === 0 && leadIns.length === 0) {
    const reaction = reactionOf(index, text, query.words);
    if (reaction !== undefined) return { kind: "smalltalk", intent: reaction, confidence: 1, query };
  }
  // "Evening, do lab techs keep taking courses? Cheers mate.": the pleasantries around a question are no story.
  const background = parts.background.filter((b) => !isPleasantry(index, b));
  if (asking.length === 1 && background.length === 0 && parts.background.length > 0) {
    const own = matchAlone(index, asking[0]!);
    if (own.kind === "answer" || own.kind === "ambiguous") return own;
  }
  // "what do phlebotomists make in Canada": working in another country is not covered, whichever one it is; a
  // country in the story around the question ("in Colombia I studied…, is a certification needed here?") is not asked.
  const asked = asking.length > 0 ? words(asking.join(" ")) : query.words;
  // "is the MLT program at Keiser accredited", "what do MLTs make at Mayo Clinic": one school's or employer's terms
  // are not covered either; the guide speaks of the career as a whole.
  const isPackWord = (w: string) => isPackTerm(index, stem(w));
  // The question's words with their spelling mended ("communty college"), as the pack reads them.
  // Only normalised (kept per message): the rest of a reading (small talk, frames) is not needed of questions joined.
  const mended = () => (asking.length > 0 ? index.normalizer.normalize(asking.join(" ")).words : query.words);
  // A word that says what a school is like, or no more than everyday English: "local", "good", "the".
  const isPlainWord = (w: string) => STOPWORDS.has(w) || GENERAL_ENGLISH.has(w) || QUALITIES.has(w);
  // Where a place, a school or an employer is looked for: the questions, or the whole message when none asks.
  const questions = asking.length > 0 ? asking.join(" ") : text;
  // Refused as something other than no match: that is settled before any ranking.
  const refusedOutright = ranked?.kind === "none" && ranked.reason !== "no-match";
  if (!refusedOutright && asksAsAPatient(index, text, asking))
    return { kind: "none", reason: "uncovered", topics: index.topics, candidates: [], query };
  if (
    (countryIn(
      withoutCompared(outsideTheNeeds(asked, readingOf(index, text).framing.life), index.otherCountries),
      index.otherCountries,
    ) !== undefined ||
      // Only in a question, not in a story run on without stops ("…my cousin works the desk at Mercy General and
      // says…"): up to 20 words.
      (asked.length <= 20 &&
        (particularPlace(questions, isPackWord) !== undefined ||
          // "does Riverside Community College have the program": one school's offer, named anywhere in the question.
          namedInstitution(questions, isPackWord, isPlainWord) !== undefined ||
          namedSchool(mended(), isPackWord, isPlainWord) !== undefined ||
          // "Does Delgado still have openings…", "does the college in Spokane have night classes": one school by name.
          // A word the speller mended ("Skils need…") is a slip, not a name.
          namedBody(questions, (w) => isPackWord(w) || !mended().includes(w), isPlainWord) !== undefined))) &&
    // Refused already as a whole, a message of one question keeps its reason; of several, no question is answered.
    (whole().kind !== "none" || asking.length > 1)
  )
    return { kind: "none", reason: "uncovered", topics: index.topics, candidates: [], query };
  if (asking.length === 0) return whole();
  // What the message says besides its one question (an announcement, a label, a remark after it) says nothing.
  if (asking.length === 1 && background.length === 0)
    return asking[0] === text.trim() ? whole() : matchAlone(index, asking[0]!);
  const story = index.normalizer.queryTerms(background.join(" "));
  // "Before I start, what kinds of questions can you answer?": a question to the bot after words that say nothing
  // the pack knows is small talk still.
  if (asking.length === 1 && !story.some((t) => index.weights.has(t) && !isEverydayTerm(index, t))) {
    const own = matchAlone(index, asking[0]!);
    if (own.kind === "smalltalk") return own;
  }
  // A question that points back ("what is that one?") or says little of its own ("how do I get started?")
  // reads the story at full weight.
  const owns = asking.map((question) =>
    index.normalizer.normalize(question).terms.filter((t) => index.weights.has(t)),
  );
  // "…cant tell them apart. which is which": a question of question words alone asks about what was just said.
  // "…Everyone keeps talking about the ASCP. when do I take it": a question naming nothing of the pack that says "it"
  // says it of what the sentence just before names.
  const saysItOfTheStory = (i: number) =>
    SAYS_IT.test(asking[i]!) &&
    leadIns[i] === "" &&
    owns[i]!.length <= 1 &&
    index.normalizer
      .queryTerms(before[i] ?? "")
      .some((t) => index.weights.has(t) && !isEverydayTerm(index, t));
  const pointing = asking.map(
    (question, i) =>
      pointsBack(question) || index.normalizer.normalize(question).terms.length === 0 || saysItOfTheStory(i),
  );
  // "If I do this, could I end up somewhere close to home?": the lead-in's "this" is the question's subject too.
  const messagePoints = pointsAtTheSubject(query.words);
  // A question read as a message of its own (the message's pointing kept): several checks below ask for it, some once
  // per question of the message, so each question is read so once.
  const readings = new Map<string, MatchResult>();
  const questionAlone = (question: string): MatchResult => {
    let r = readings.get(question);
    if (r === undefined) {
      r = matchAlone(index, question, { ...ALONE, pointing: messagePoints });
      readings.set(question, r);
    }
    return r;
  };
  // "I draw blood all day and I'm sick of it. Which specialties could I pick?": a message's only question, in a sentence
  // of its own, naming one pack word, pointing nowhere and naming no one: its own reading may keep its answer over the
  // story's when the learned model reads it alone as that answer (a question of one word scores every entry near the
  // top, so its lead alone says little; the job the story tells is not what is asked).
  const namesWhatItAsks = (i: number) =>
    asking.length === 1 &&
    leadIns[i] === "" &&
    owns[i]!.length === 1 &&
    !pointing[i] &&
    !SOMEONE_ELSE.test(asking[i]!);
  const leaning = asking.map((_, i) => pointing[i] || owns[i]!.length <= 1);
  // A question leaning on a lead-in about something else is about that too: "my car makes a weird noise, how do I
  // repair it" stays out of scope, and a message mostly unknown to the pack is not rescued by a leaning question of
  // everyday words ("my phone charges super slow, how to fix"; but "…burnt out from restaurants, would this suit me").
  // "I studied lab science overseas, does my training count here": a question after a lead-in the guide does not
  // cover is not covered either, unless it names the domain itself ("I work weekends, how do I become a lab tech").
  // "…considering respiratory therapy instead. What is the credentialing exam for that field?", "Pharmacy tech PTCB
  // exam, how hard is the test?": a question that points back to a field, job or exam ("that field", "that one"), or
  // names the generic word of the sentence before ("the test"), when that sentence is about another field, asks about
  // that field, whatever its own words say. "This job" is the career the bot is about, and "that switch" no field.
  const onAnotherField = (i: number) =>
    wholeRefused("out-of-scope") &&
    !namesDomain(index, asking[i]!) &&
    before[i] !== undefined &&
    before[i] !== "" &&
    (pointsToAnotherField(asking[i]!) || namesItsGeneric(asking[i]!, before[i]!)) &&
    (() => {
      const pointedTo = matchAlone(index, before[i]!);
      return pointedTo.kind === "none" && pointedTo.reason === "out-of-scope";
    })();
  const keepsRefusal = (i: number) =>
    onAnotherField(i) ||
    (leadIns[i] !== "" &&
      // "if I switch to nursing how much would I make": a question asked under a condition is asked of it.
      (((leaning[i] || isCondition(leadIns[i]!)) &&
        (wholeRefused("out-of-scope") ||
          (owns[i]!.every((t) => EVERYDAY_STEMS.has(t)) && wholeRefused("no-match")))) ||
        (wholeRefused("uncovered") &&
          uncovers(index, leadIns[i]!) &&
          !namesDomain(index, asking[i]!) &&
          !apartFromItsStory(i))));
  // "been an mlt six years… same bench work every night shift i want to move up i dont know… how do people advance
  // their career from here": a question that says what it asks in words of its own, after a story run on before it,
  // does not lean on the story's uncovered thing (a detail of the writer's life, not what is asked). Nor does one
  // pointing at nothing in the story and no condition, its own words answering it though not clearly, when no question
  // of the message asks an uncovered thing of its own: as after the same story told in sentences of its own ("…i work
  // part time at the store… so what do i need to do to get started and can i do it without a degree"). A question of
  // one word of the pack or none ("…so does it count") leans on the story all the same.
  const apartFromItsStory = (i: number) => {
    if (leaning[i] || isCondition(leadIns[i]!) || words(leadIns[i]!).length < STORY_RUN) return false;
    const own = questionAlone(asking[i]!);
    return (
      own.kind === "answer" &&
      (clearLead(own.candidates, index.options.suggestWindow) ||
        asking.every((q) => questionAlone(q).kind !== "none"))
    );
  };
  // "…she got certified through American Medical Technologists instead. I'd never heard of them. What's that
  // certification about?": a sentence just before that names nothing of the pack's own (it points back too) passes
  // the pointing on to the one before it.
  const namesThePack = (terms: readonly string[]) =>
    terms.some((t) => index.weights.has(t) && !isEverydayTerm(index, t));
  const pointedTo = (i: number): string => {
    // A second question may point back to the first as well as to the story: only a message's one question passes on.
    const told = before[i] ?? "";
    if (
      told === "" ||
      asking.length > 1 ||
      leadIns[i] !== "" ||
      namesThePack(index.normalizer.queryTerms(told))
    )
      return told;
    const earlier = (parts.earlier[i] ?? []).slice(1, 3);
    return earlier.find((p) => namesThePack(index.normalizer.queryTerms(p))) ?? told;
  };
  // "…Later I want to become a technologist. What do I need?": a question that says little of its own asks the route to
  // the goal the writer states before it ("what do I need to become a technologist"); the rest of the story is
  // background. Its own words still answer it when they lead clearly.
  const towardsGoal = (
    question: string,
    goal: string,
    route: boolean,
    i: number,
    excluded?: ReadonlySet<string>,
  ): MatchResult | undefined => {
    // "which steps do I need" + "become a technologist": the goal says where to, the way there is how it asks.
    const asked = route ? goal : `${question.replace(/[\s?!.]+$/, "")} ${goal}`;
    const read = matchAlone(index, asked, {
      story,
      near: route ? owns[i] : undefined,
      storyWeight: index.options.backgroundWeight,
      pointing: messagePoints,
      excluded,
    });
    // Read towards the goal it finds nothing: the question is read as any other.
    if (read.kind !== "answer" && read.kind !== "ambiguous") return undefined;
    // A question that asks only for a way ("which steps do I need?") names no place of its own to keep.
    if (route) return read;
    const own = matchAlone(index, question, { ...ALONE, pointing: messagePoints, excluded });
    const keepsOwn =
      own.kind === "answer" &&
      (read.kind !== "answer" ||
        (own.entry.id !== read.entry.id &&
          own.confidence >= read.confidence &&
          clearLead(own.candidates, index.options.suggestWindow)));
    return keepsOwn ? own : read;
  };
  const aboutEverydayThing = (question: string): MatchResult | undefined => {
    if (readingOf(index, question).stranger() === undefined && !aboutOtherThings(question)) return undefined;
    const own = questionAlone(question);
    return own.kind === "none" ? { ...own, query } : undefined;
  };
  // "…I am lab technician in Texas and next month I have vacation. What documents do I need to bring for travel with
  // my children by airplane?": a question naming two things or more the pack does not know, and nothing of its domain.
  const aboutOtherThings = (question: string) => {
    const { terms } = index.normalizer.normalize(question);
    const unknown = terms.filter((t) => !index.weights.has(t) && !index.normalizer.knows(t));
    return new Set(unknown).size >= 2 && !namesDomain(index, question);
  };
  const asksTheRoute = (i: number) =>
    asksOnlyTheRoute(owns[i]!, index.normalizer.normalize(asking[i]!).words);
  // The goal a question is asked towards, if any. "…I want to get into healthcare. …what do they do": a question about
  // someone else asks no way for the writer.
  const goalOf = (i: number, near: readonly string[]) =>
    (asksTheRoute(i) || (leaning[i] && near.length === 0)) && !SOMEONE_ELSE.test(asking[i]!)
      ? goalBefore(parts.earlier[i] ?? [])
      : undefined;
  // "My counsellor thinks lab work could be for me. I've no clue what the job involves hour to hour, I'd like it spelled
  // out.": a message's one question, read with the story, keeps the answer its own words give when the learned model
  // reading it alone is sure of that answer; the story only lends its words, it does not ask.
  const ownOverStory = (
    i: number,
    withStory: MatchResult & { kind: "answer" },
    excluded?: ReadonlySet<string>,
  ): MatchResult => {
    if (!asksOfItsOwn(i)) return withStory;
    const own = matchAlone(index, asking[i]!, { ...ALONE, pointing: messagePoints, excluded });
    return own.kind === "answer" && own.entry.id !== withStory.entry.id && ownQuestionDecides(i, own.entry.id)
      ? own
      : withStory;
  };
  // Whether a message's one question, naming its own subject and no one the story may name ("what does she do all
  // day" after a cousin's new job is that job's), is read by the learned model alone as that entry.
  const asksOfItsOwn = (i: number) =>
    asking.length === 1 && !pointing[i] && namesItsOwnSubject(asking[i]!) && !SOMEONE_ELSE.test(asking[i]!);
  const ownQuestionDecides = (i: number, id: string) =>
    asksOfItsOwn(i) && learnedReads(index, asking[i]!, id);
  // "…I got my associate's in general science years ago and have worked retail since. So what's my next move?": a
  // message's one question asking only what comes next, after a story of what the writer already holds or has done,
  // asks the way on from there, not about what they hold: into the career when what they hold is outside it, up in it
  // when it is of the career's own domain ("passed my board exam for lab techs", "been a phlebotomist three years").
  const nextGoal = (i: number): string | undefined => {
    const onward = i === 0 ? onwardFromHeld(index, text) : undefined;
    if (onward === undefined) return undefined;
    // The pack's first domain term names what it is about ("mlt").
    return onward === "up" ? "move up" : `become ${index.domainTerms[0]!.join(" ")}`;
  };
  const answerOne = (question: string, i: number, excluded?: ReadonlySet<string>): MatchResult => {
    if (keepsRefusal(i)) return whole();
    // "…i work at a lab all day so i dont have time to cook fancy. how do i make soup actually taste good": a question
    // about a thing of everyday life that finds nothing on its own words is not made the career's by the story.
    const aboutAThing = aboutEverydayThing(question);
    if (aboutAThing !== undefined) return aboutAThing;
    // "…his supervisor is a technologist and earns more. What is the difference between them?": what a question
    // points back to is most likely the sentence just before it; the rest of the story stays background.
    const near = pointing[i] && before[i] ? index.normalizer.queryTerms(pointedTo(i)) : [];
    const stated = goalOf(i, near);
    const goal = stated ?? nextGoal(i);
    const route = stated === undefined ? goal !== undefined : asksTheRoute(i);
    const onGoal = goal === undefined ? undefined : towardsGoal(question, goal, route, i, excluded);
    if (onGoal !== undefined) return onGoal;
    const withStory = matchAlone(index, question, {
      story,
      storyWeight:
        leaning[i] && near.length === 0 ? index.options.leaningStoryWeight : index.options.backgroundWeight,
      near,
      pointing: messagePoints,
      excluded,
    });
    // A question read with the story at full weight because it says little or points back ("I draw blood all day
    // and I'm tired of needles. Which specialties could I move to?") keeps its own answer when that
    // leads clearly and is no less sure than the story's: the story lends words to a thin question, it does not
    // overrule a clear one.
    if (withStory.kind === "answer") {
      if (!leaning[i]) return ownOverStory(i, withStory, excluded);
      const own = matchAlone(index, question, { ...ALONE, pointing: messagePoints, excluded });
      const keepsOwn =
        own.kind === "answer" &&
        own.entry.id !== withStory.entry.id &&
        own.confidence >= withStory.confidence &&
        (clearLead(own.candidates, index.options.suggestWindow) ||
          (namesWhatItAsks(i) && learnedReads(index, question, own.entry.id)));
      return keepsOwn ? own : withStory;
    }
    // "vet tech lookin at histotech, what do they actually do all day": a part of a question is not small talk.
    if (withStory.kind === "smalltalk") return whole();
    // The story only breaks ties: a question its own words answer clearly keeps that answer, however long the
    // story that blurs it ("…I'm patient and I like routines. Is this the kind of career that would suit me?").
    const own = matchAlone(index, question, { ...ALONE, pointing: messagePoints, excluded });
    // Nor does the story take an answer away: a message's one question that its own words answer keeps that answer
    // when the story leaves it asked back or unanswered.
    const keepsOwn =
      own.kind === "answer" &&
      (asking.length === 1 || clearLead(own.candidates, index.options.suggestWindow));
    return keepsOwn ? own : withStory;
  };
  // "…the money was never great. How do I get started and how much do they earn?": two questions ask two things, so
  // one that says little of its own and cannot decide is not torn between its own entries and the other question's
  // answer, towards which the story it read at three quarters drew it (the money words, towards pay).
  // "…same test every day. Can specialize? Which specialty exist?": questions that each say, on their own words, the
  // same thing have said what the message asks; the story around them does not read them as something else.
  // Each question is matched on its own only while those before it agree: the first that does not settles it.
  if (asking.length > 1 && asking.every((_, i) => goalOf(i, []) === undefined)) {
    const a = questionAlone(asking[0]!);
    const agrees = (q: string) => {
      const r = questionAlone(q);
      return r.kind === "answer" && a.kind === "answer" && r.entry.id === a.entry.id;
    };
    // "What must I do to get into it instead, and is there a quicker certificate?": the rules read both as the
    // certificate, the learned model reading the first alone as the way in; a question it reads as another entry has
    // not said the same thing.
    const modelAgrees = (q: string) => {
      const r = readOnItsOwn(index, q);
      return r.kind !== "answer" || (a.kind === "answer" && r.entry.id === a.entry.id);
    };
    if (a.kind === "answer" && asking.slice(1).every(agrees) && asking.every(modelAgrees)) return a;
    // "What's it like in there, is it loud? And do you handle sick people's stuff?": questions each read as a message of
    // its own, the learned model's say included, as the same entry have said the same thing too.
    const own = readOnItsOwn(index, asking[0]!);
    const ownAgrees = (q: string) => {
      const r = readOnItsOwn(index, q);
      return r.kind === "answer" && own.kind === "answer" && r.entry.id === own.entry.id && !r.also;
    };
    if (asking.every(ownAgrees)) return own;
  }
  const firstPass = asking.map((question, i) => answerOne(question, i));
  const secondPass = firstPass.map((r, i) => {
    if (r.kind !== "ambiguous" || !leaning[i]) return r;
    const taken = new Set(firstPass.flatMap((o, j) => (j !== i && o.kind === "answer" ? [o.entry.id] : [])));
    if (!r.candidates.some((c) => taken.has(c.entry.id))) return r;
    return answerOne(asking[i]!, i, taken);
  });
  // "Question first: what hardware…? Background: I've rebuilt radios… Want to know what machines I'd be on.": when the
  // story leaves every question unanswered or asked back, a question its own words answer keeps that answer, as a
  // message's only question does; the story breaks ties, it does not take every answer away.
  const results = secondPass.some((r) => r.kind === "answer" || refuses(r))
    ? secondPass
    : secondPass.map((r, i) => {
        if (keepsRefusal(i) || pointing[i]) return r;
        const own = questionAlone(asking[i]!);
        return own.kind === "answer" ? own : r;
      });
  // "Does Oregon want a state licence, and how would I get one?": the second question is about the first
  // one's subject, which the guide does not cover; it does not get an answer of its own. Nor does one that says "it"
  // of another field's subject ("how long is the LPN program, and is it better than lab tech?"), and a question
  // the guide does not cover is not asked back for the sake of one that found no answer ("…, and what does it cost?").
  const refused = results.find(refuses);
  // A question leans on one asked before it, not on one that comes after ("First, what certifications are there?
  // Second, how long does the training take?" asks the first of its own), unless both lean on the same lead-in ("I
  // trained in the Philippines, will my diploma count here and can I get a visa").
  const at = refused === undefined ? -1 : results.indexOf(refused);
  // "…how long it take to be a lab technician and how much I can make?": a question naming its own subject in a word of
  // the pack that no other entry shares as much (the pay) asks that, whatever the one before it asked.
  const onRefused = (i: number) =>
    (leaning[i] || SAYS_IT.test(asking[i]!)) && (i > at || leadIns[i] !== "") && !standsOnItsOwn(i);
  const standsOnItsOwn = (i: number) => {
    if (pointing[i] || SAYS_IT.test(asking[i]!) || words(asking[i]!).length < 4) return false;
    if (!owns[i]!.some((t) => !isEverydayTerm(index, t))) return false;
    const r = results[i]!;
    if (r.kind !== "answer") return false;
    if (clearLead(r.candidates, index.options.suggestWindow)) return true;
    // "…Are weekends part of it? And what's the usual salary?": the story read around a question of one pack word may
    // blur its lead; its own words, leading clearly to the same entry, still say what it asks.
    const own = questionAlone(asking[i]!);
    return (
      own.kind === "answer" &&
      own.entry.id === r.entry.id &&
      clearLead(own.candidates, index.options.suggestWindow)
    );
  };
  if (refused && results.every((r, i) => r === refused || r.kind !== "answer" || onRefused(i)))
    return refused;
  // "…the ASCP one and the AMT one. Can you tell me about both?": the two closest entries, both answered.
  const leaned = onTheQuestionBefore(index, asking, results, leaning);
  // Two questions agreeing on an entry have said what they ask: the story does not break a tie for them.
  const agreed = leaned.some((r, i) => r !== results[i]);
  const both = leaned.map((r, i) => (asksForBoth(asking[i]!) ? bothOf(r, index.options.suggestWindow) : r));
  const answers = both.filter((r) => r.kind === "answer");
  // "…Is it quiet? Is the lighting normal? What is the environment generally like?": the entry more of the questions
  // find is what the message asks first.
  const found = (r: MatchResult) =>
    answers.filter((a) => a.kind === "answer" && r.kind === "answer" && a.entry.id === r.entry.id).length;
  const distinct = answers
    .filter((r, i) => answers.findIndex((a) => a.entry.id === r.entry.id) === i)
    .sort((a, b) => found(b) - found(a));
  const [first, second] = distinct;
  // A single question that points back is read with the sentence it points to, not with the whole story.
  const context = () => {
    const near =
      asking.length === 1 && pointing[0] && before[0]
        ? matchAlone(index, `${pointedTo(0)} ${asking[0]}`)
        : whole();
    return asking.length === 1 && asksForBoth(asking[0]!) ? bothOf(near, index.options.suggestWindow) : near;
  };
  // The story breaks a near tie: the whole message picks an entry the question alone nearly chose. Not for a question
  // that says little of its own and points nowhere, not even at someone the story names ("they"): it already read the
  // whole story at three quarters, and the whole message would give the story the last word ("…never went past high
  // school. A neighbour runs samples in a hospital lab. how do i even begin" asks how to begin, not about a degree).
  const readTheStory = asking.length === 1 && leaning[0] && !pointing[0] && !THIRD_PERSON.test(asking[0]!);
  const { suggestWindow } = index.options;
  // Only an entry the question nearly chose can be picked: without one, the whole message is not read for it.
  const nearlyChosen = first?.candidates.some(
    (c) => c.entry.id !== first.entry.id && first.confidence - c.confidence < suggestWindow,
  );
  // "…not sure I want to run blood tests forever. What other specializations are there that I could branch into
  // later?": a question whose own words choose clearly has said what it asks; the story does not choose again.
  // A lead-in told in the question's own sentence ("been a technician 3 yrs, what gets me to technologist level") is
  // part of what it asks: the whole message may still choose.
  const ownClear = () => {
    // A story run on before the question without a stop ("…my sister just started as a lab tech at the children's
    // hospital and she seems happy with it I'm curious what kind of money they make") is a story all the same.
    if (asking.length !== 1 || (leadIns[0] !== "" && words(leadIns[0]!).length < STORY_RUN)) return false;
    const own = questionAlone(asking[0]!);
    return (
      own.kind === "answer" && own.entry.id === first?.entry.id && clearLead(own.candidates, suggestWindow)
    );
  };
  // The one answer the questions and the story settle on.
  const settledOn = (): MatchResult | undefined => {
    if (!first || second || first.also || readTheStory || agreed || !nearlyChosen || ownClear()) return first;
    const story = context();
    const runnerUp =
      story.kind === "answer" && story.entry.id !== first.entry.id
        ? first.candidates.find((c) => c.entry.id === story.entry.id)
        : undefined;
    if (!runnerUp || first.confidence - runnerUp.confidence >= suggestWindow) return first;
    // "…been eyeing healthcare for a while. How does one get into lab work? I'm 40 and stock shelves, so no science to
    // speak of.": the story tips a near tie only where the question's own words leave it open; the learned model
    // reading the question alone, sure of the question's own answer, has decided it.
    return ownQuestionDecides(0, first.entry.id) ? first : story;
  };
  const chosen = settledOn();
  // "…I can't do a full degree right now. Is there a shorter certificate I could do, and where would I even look for
  // one?": two questions that each find their own entry when sent alone ask two things, though the story read around
  // them draws both to one.
  if (asking.length > 1 && chosen?.kind === "answer" && !second && !chosen.also && refused === undefined) {
    const apart = askedApart(index, asking, leaned, chosen);
    if (apart) return apart;
  }
  if (chosen !== first)
    return chosen?.kind === "answer" && refused === undefined
      ? (bothAsked(index, asking, chosen) ?? chosen)
      : chosen!;
  // "how do they catch wrong results, and who keeps the patients' files in order?": a second answer that none of the
  // questions finds when sent alone gives way to one that a question, sent alone, finds surely.
  if (second && refused === undefined && !foundAlone(index, asking, second.entry.id)) {
    const apart = askedApart(index, asking, leaned, first!);
    if (apart) return apart;
  }
  if (first) {
    const paired = second ? { ...first, also: second.entry } : first;
    const answered = refused === undefined ? (bothAsked(index, asking, paired) ?? paired) : paired;
    // "what do they make and do they get health insurance?": the pay is answered, and the reply says the rest is not
    // covered rather than leaving it unanswered without a word.
    return refused?.kind === "none" && refused.reason === "uncovered" && answered.kind === "answer"
      ? { ...answered, partlyUncovered: true }
      : answered;
  }
  // A question that leans on the story for its subject ("what is that one?") is read with the story.
  // So is one that points back and finds nothing in its own words ("What can he expect in that respect?").
  const onStory = results.every(
    (r, i) =>
      r.kind === "none" &&
      (r.reason === "empty" ||
        r.query.terms.length <= 1 ||
        (r.reason === "no-match" && pointing[i]! && asking.length === 1)),
  );
  // "…what is that one and do employers accept it": a question of no words of its own says nothing; another that found
  // candidates speaks for the message.
  return onStory
    ? context()
    : (results.find((r) => !(r.kind === "none" && r.reason === "empty")) ?? results[0]!);
}

/**
 * The message's chosen answer with a second one, when its questions sent one by one (each read as a message of its own,
 * the learned model's say included) find that answer and another, at `apartMin`. A question that takes its subject from
 * before ("…, and what does it buy me?") is not sent alone: its words say little of their own; it counts as finding
 * what the message read it as.
 */
function askedApart(
  index: MatchIndex,
  asking: readonly string[],
  read: readonly MatchResult[],
  chosen: MatchResult & { kind: "answer" },
): MatchResult | undefined {
  // One question cannot ask two things apart: it finds the chosen answer or another, never both. Reading it as a
  // message of its own (the learned model's say included) would cost a long story a fifteenth of its time for nothing.
  if (asking.length < 2) return undefined;
  const own = asking.map((question) =>
    namesItsOwnSubject(question) ? readOnItsOwn(index, question) : undefined,
  );
  // The chosen answer is what one of the questions asks, on its own or, for one that takes its subject from before, as
  // the message read it; another asks what it finds on its own, surely.
  const answers = (r: MatchResult | undefined, id: string) =>
    r?.kind === "answer" && !r.also && r.entry.id === id;
  if (!own.some((r, j) => answers(r ?? read[j], chosen.entry.id))) return undefined;
  // Surely: at `apartMin`, or as the learned model reads the question alone.
  const other = own.find(
    (r, j) =>
      r?.kind === "answer" &&
      !r.also &&
      r.entry.id !== chosen.entry.id &&
      (r.confidence >= index.options.apartMin || learnedReads(index, asking[j]!, r.entry.id)),
  );
  return other?.kind === "answer" ? { ...chosen, also: other.entry } : undefined;
}

/**
 * "…Is there a short course, not two years? And where would I find one near me?": questions that each, read as a message
 * of their own, find an entry the learned model reading them alone gives `apartSureMin` too, ask those entries. When the
 * message's answer is one of them and its second answer is not the other, the other is its second answer: the story
 * read around the questions drew them together, each on its own says what it asks.
 */
function bothAsked(
  index: MatchIndex,
  asking: readonly string[],
  chosen: MatchResult & { kind: "answer" },
): MatchResult | undefined {
  if (asking.length < 2) return undefined;
  const sure = sureOfEach(index, asking);
  const ownSecond = (i: number) => asksOfItsOwn(index, asking, i);
  // "…Tell me plainly: how does one get into the work, and must I hold a certificate?": the rules'
  // second answer is what one question surely asks, their first what neither does; the other question's own entry
  // takes the first one's place, in the order the questions ask them.
  const kept = sure.findIndex((e) => e !== undefined && e.id === chosen.also?.id);
  const taking =
    kept < 0 ? -1 : sure.findIndex((e, k) => k !== kept && e !== undefined && e.id !== chosen.also?.id);
  if (!sure.some((e) => e?.id === chosen.entry.id) && taking >= 0 && ownSecond(taking))
    return { ...chosen, entry: sure[Math.min(kept, taking)]!, also: sure[Math.max(kept, taking)]! };
  if (!sure.some((e) => e?.id === chosen.entry.id)) {
    // "My hands shake when I'm nervous and I'm no people person. What's the lab like to work in, and what skills would I
    // need?": two questions each sure of an entry of its own, neither pointing back, ask those two, though the story
    // read around them drew the message to a third.
    const [one, two] = sure;
    if (asking.length !== 2 || one === undefined || two === undefined || one.id === two.id) return undefined;
    if (!ownSecond(0) || !ownSecond(1)) return undefined;
    return { ...chosen, entry: one, also: two };
  }
  const other = sure.find((e, i) => e !== undefined && e.id !== chosen.entry.id && ownSecond(i));
  return other === undefined || chosen.also?.id === other.id ? undefined : { ...chosen, also: other };
}

/** The entry each question, read as a message of its own, finds and the learned model reading it alone gives `apartSureMin`. */
function sureOfEach(index: MatchIndex, asking: readonly string[]): (Entry | undefined)[] {
  return asking.map((question) => {
    const r = readOnItsOwn(index, question);
    return r.kind === "answer" &&
      !r.also &&
      learnedReads(index, question, r.entry.id, index.options.apartSureMin)
      ? r.entry
      : undefined;
  });
}

/**
 * "…the two-year one or the short one? And which one is harder?": a question pointing back asks of what was named
 * before it, whatever its own words find; it asks no second thing of its own. Unless it asks another way than the
 * question before it ("Is there a short course, and where would I go for that?"): where, who, how much of that thing;
 * or it picks one of the things named by a thing of the pack's own ("…and which one pays more?": the pay of each).
 */
function asksOfItsOwn(index: MatchIndex, asking: readonly string[], i: number): boolean {
  const question = asking[i]!;
  if (/\bwhich one\b/i.test(question)) return picksByAThingOfThePack(index, question);
  return !pointsBack(question) || (i > 0 && asksAnotherWay(question, asking[i - 1]!));
}

/**
 * "which one pays more", "which one is more in demand": "which one" picks among things named before by what the pack
 * speaks of beyond everyday words; "which one is harder", "which one is the nicer pick" pick by a quality alone.
 */
function picksByAThingOfThePack(index: MatchIndex, question: string): boolean {
  const rest = question.replace(/\bwhich one\b/gi, " ");
  return (
    !pointsBack(rest) &&
    index.normalizer.normalize(rest).terms.some((t) => index.weights.has(t) && !isEverydayTerm(index, t))
  );
}

/**
 * "…could I take the degree at night only, and which schools are accredited?": the answer the learned model
 * gave a message the rules refused for an uncovered thing told or asked beside, with a second answer: the entry another
 * of its questions, read on its own, surely finds.
 */
function alsoAskedBeside(
  index: MatchIndex,
  text: string,
  answer: MatchResult & { kind: "answer" },
): MatchResult & { kind: "answer" } {
  const { asking } = messageParts(text);
  if (asking.length < 2 || answer.also) return answer;
  const sure = sureOfEach(index, asking);
  const other = sure.find(
    (e, i) => e !== undefined && e.id !== answer.entry.id && asksOfItsOwn(index, asking, i),
  );
  return other === undefined ? answer : { ...answer, also: other };
}

/** Whether a question of the message, read as a message of its own, finds the entry. */
function foundAlone(index: MatchIndex, asking: readonly string[], id: string): boolean {
  return asking.some((question) => {
    const r = readOnItsOwn(index, question);
    return r.kind === "answer" && (r.entry.id === id || r.also?.id === id);
  });
}

/**
 * A question of a message read as a message of its own: the rules, the learned model's say and its lead when all but
 * sure, as a message standing alone is read.
 */
function readOnItsOwn(index: MatchIndex, question: string): MatchResult {
  return readOfMessage(index, question);
}

/** Each message's questions read on their own (`forOneMessage` gives each message its own view of the index). */
const readOfMessage = keptForIndex((index, question) =>
  readWith(index, question, matchMessage(index, question), (_, __, result) => result),
);

/**
 * "…Is it a good job for me? I never got a degree, can I still do it?": a yes-or-no question of no words of the pack's,
 * after a lead-in of a clause in its own sentence that names one, asks of what the lead-in says: after another
 * question, it is read with its lead-in, a question of its own, not one leaning on the question before it. (A message's
 * first question leans on its lead-in as on the story; a question joined on to another in one sentence shares the
 * other's lead-in: "If I started as a tech, is there a way up, and what would that take?")
 */
function withItsLeadIn(index: MatchIndex, question: string, lead: string): string {
  if (lead === "") return question;
  const packTerms = (t: string) => index.normalizer.queryTerms(t).filter((w) => index.weights.has(w));
  const yesOrNo = /^(?:can|could|would|will|is|am|do|does|should|may)\b/i.test(question.trim());
  return yesOrNo && words(lead).length >= 3 && packTerms(question).length === 0 && packTerms(lead).length > 0
    ? `${lead}, ${question}`
    : question;
}

/** Words of a lead-in in the question's own sentence from which it tells a story rather than qualifying the question. */
const STORY_RUN = 12;

/** A pronoun for someone or something other than the writer and the bot: its subject may be in the story. */
const THIRD_PERSON = /\b(?:they|them|their|theyre|they're|he|him|his|she|her|it|its|it's)\b/i;

/** A pronoun for someone other than the writer ("it" may be no one: "what would it take"). */
const SOMEONE_ELSE = /\b(?:they|them|their|theyre|they're|he|him|his|she|her)\b/i;

/** A pronoun that takes its subject from another question of the message. */
const SAYS_IT = /\b(?:it|its|it's)\b/i;
