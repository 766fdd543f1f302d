// When the model learned from the pack's examples has a say in a result the rules reached, and which candidates it may
// move an answer to: a near tie, a sure reading of a message asking one thing, a refusal of a mostly unknown message.
import { agreement } from "./asks.ts";
import { messageParts, pointsBack } from "./clauses.ts";
import { namesDomain } from "./coverage.ts";
import { FRAMES } from "./frames.ts";
import { onwardFromHeld } from "./held.ts";
import type { MatchIndex } from "./index.ts";
import { beforeItsPointer, namesItsOwnSubject } from "./leaning-question.ts";
import { askedOnce, modelReading, withLearned } from "./learned.ts";
import { otherOneAsked } from "./one-question.ts";
import { asksAPrice } from "./prices.ts";
import type { MatchResult } from "./result.ts";
import { EVERYDAY_THINGS } from "./strangers.ts";
import { isEverydayTerm, isPackTerm, pointsAtTheCareer } from "./subject.ts";
import { stem, words } from "./text.ts";
import { readingOf } from "./text-reading.ts";

/**
 * The result with the say of the model learned from the pack's examples, when it has any, where the rules are unsure:
 * an answer in a near tie, a "did you mean", a refusal of a mostly unknown message. A message read against the answer
 * before is not its to change (its words alone say little: "and the other one?"), nor one said in a frame.
 */
export function learnedSay(index: MatchIndex, text: string, result: MatchResult): MatchResult {
  if (!mayHaveASay(index, text, result)) return result;
  const tie = rivalsOf(index, text, result);
  const movable = tie.size === 0 && mayMove(text, result);
  const close = movable ? closeRivalsOf(index, text, result) : NO_RIVALS;
  if (result.kind === "answer" && tie.size === 0 && !movable) return result;
  const model = index.learned();
  if (model === undefined) return result;
  // "…I stick needles in arms all day and I'm done with it. Which specialties could I pick?": the model reads the whole
  // message, story and all; the answer its reading of the one question confirms is not moved by its reading of the story.
  if (movable && result.kind === "answer" && questionConfirms(index, text, result.entry.id)) return result;
  // "…My wife is a nurse and I used to work in a warehouse. Where can I study to be a lab tech near me?": the story
  // spreads the model's reading of the whole message; a story's one question naming its own thing is read alone.
  const read = (movable ? storysOwnQuestion(index, text) : undefined) ?? text;
  const q = index.normalizer.normalize(read);
  return withLearned(model, index.byId, q, askedOnce(index, read), result, index.options, {
    tie,
    close,
    far: movable,
  });
}

/**
 * Whether the model may have a say in a result at all: an answer, a "did you mean", or a refusal for want of words no
 * rule decided that asks no price and nothing of the writer's own life; never a question said in a frame ("could I
 * afford a flat in Lisbon on 40k" is the frame step's to answer or refuse), nor one setting an entry aside ("besides
 * the ASCP, who else…": the model would read the name as asked).
 */
function mayHaveASay(index: MatchIndex, text: string, result: MatchResult): boolean {
  const unsure =
    result.kind === "answer" ||
    result.kind === "ambiguous" ||
    (result.kind === "none" && result.reason === "no-match" && result.ruled === undefined);
  return (
    unsure &&
    readingOf(index, text).framing.frames === 0 &&
    asksOfThePack(index, text, result) &&
    otherOneAsked(index, text) === undefined &&
    onwardFromHeld(index, text) === undefined &&
    !pointsOnlyBack(index, text)
  );
}

/**
 * Whether a refusal asks something an entry could give: no price ("how much is a gallon of milk": no entry's to give,
 * prices.ts, however the model reads "how much") and nothing of the writer's own life. Any other result: true.
 */
function asksOfThePack(index: MatchIndex, text: string, result: MatchResult): boolean {
  if (result.kind !== "none") return true;
  const ws = words(text);
  return !asksAPrice(ws) && !asksOfTheWritersLife(index, ws) && !aboutAStranger(index, text);
}

/**
 * Whether a short message (up to ten words) is about a thing of everyday life ("corn futures gonna climb this week",
 * "is a negroni better with mezcal"; `strangers.ts`), naming nothing of the domain and pointing at no career: the
 * model's lean to an entry there comes from its everyday words ("go up", "better"). A longer message tells a story
 * the thing may only be part of ("…not a thing to bring up over a meal").
 */
function aboutAStranger(index: MatchIndex, text: string): boolean {
  const reading = readingOf(index, text);
  const ws = reading.query.words;
  const thing = reading.stranger();
  return (
    ws.length <= 10 &&
    thing !== undefined &&
    EVERYDAY_THINGS.has(thing) &&
    !namesDomain(index, text) &&
    pointsAtTheCareer(ws) === undefined
  );
}

/**
 * Whether the model may lead over a result when all but sure (`model-leads.ts`): not over a refusal of a price or of
 * the writer's own life, a message setting an entry aside, one asking whether what the writer is like counts (the frame
 * step's to read as the skills; the model leans to whether the career fits), nor an answer its reading of the message's
 * one-word question confirms (the story around it is no reason to move). Any other frame is no bar, unlike to its say
 * in a near tie: sure of an entry, the model reads "once I'm hired do I keep taking courses" right more often than the
 * frame step.
 */
export function mayLead(index: MatchIndex, text: string, result: MatchResult): boolean {
  if (!asksOfThePack(index, text, result) || otherOneAsked(index, text) !== undefined) return false;
  // "…I have a nursing associate's. So what do I do next?": the model reads what the writer holds as what is asked.
  if (onwardFromHeld(index, text) !== undefined || pointsOnlyBack(index, text)) return false;
  if ((readingOf(index, text).framing.frames & QUALITIES) !== 0) return false;
  return result.kind !== "answer" || !itsQuestionConfirms(index, text, result.entry.id);
}

const QUALITIES = 1 << FRAMES.indexOf("qualities");

/** Whether a message's one-word question after a story (`oneWordQuestion`), read alone by the model, is the entry's. */
function itsQuestionConfirms(index: MatchIndex, text: string, id: string): boolean {
  const question = oneWordQuestion(index, text);
  return question !== undefined && learnedReads(index, question, id);
}

/**
 * Whether a message's one question after a story, read alone by the model, is the entry's: a one-word question
 * (`oneWordQuestion`) or one naming its own thing (`storysOwnQuestion`). The model's reading of the whole message hears
 * the story ("my granddaughter loves the microscope… what is a cytotechnologist?" is whether the work suits her), and
 * is then no reason to move or lead away from that answer.
 */
export function questionConfirms(index: MatchIndex, text: string, id: string): boolean {
  const question = oneWordQuestion(index, text) ?? storysOwnQuestion(index, text);
  return question !== undefined && learnedReads(index, question, id);
}

/**
 * A message's one question after a story, in a sentence of its own, pointing nowhere into it and naming a thing of the
 * pack beyond everyday words before any word that takes its subject from before ("what is a cytotechnologist, maybe this
 * is for her?"; not "is it worth it?", whose "it" is the story's), if the message asks so.
 */
function storysOwnQuestion(index: MatchIndex, text: string): string | undefined {
  const question = storysOneQuestion(text);
  if (question === undefined) return undefined;
  const terms = index.normalizer.normalize(beforeItsPointer(question)).terms;
  return terms.some((t) => index.weights.has(t) && !isEverydayTerm(index, t)) ? question : undefined;
}

const NO_RIVALS: ReadonlySet<string> = new Set();

/**
 * Whether a refused question is about the writer's own life, not the career ahead of them, however the model reads its
 * everyday words (hot, cramped, next week: it learned them from the workplace's and the outlook's questions).
 */
function asksOfTheWritersLife(index: MatchIndex, ws: readonly string[]): boolean {
  return asksWhyOfOwn(ws) || asksOfThePast(ws) || asksOfAnOwnThing(index, ws);
}

const WHY_OF = new Set(["is", "are", "was", "were", "does", "do", "did", "has", "have"]);

/** "why is my kitchen always so hot", "why does our hallway smell": a reason asked for a state of the writer's things. */
function asksWhyOfOwn(ws: readonly string[]): boolean {
  const i = ws.indexOf("why");
  return i >= 0 && WHY_OF.has(ws[i + 1] ?? "") && (ws[i + 2] === "my" || ws[i + 2] === "our");
}

const PAST = new Set(["was", "were", "did", "had"]);
const QUESTION_WORDS = new Set(["what", "which", "when", "where", "who", "why", "how"]);

/**
 * "what year was I born", "where did we park", "which year did the flood hit": the past, the writer's own or an
 * event's asked by a question word and a past auxiliary within its first words.
 */
function asksOfThePast(ws: readonly string[]): boolean {
  if (ws.some((w, i) => PAST.has(w) && (ws[i + 1] === "i" || ws[i + 1] === "we"))) return true;
  if (!QUESTION_WORDS.has(ws[0] ?? "")) return false;
  return ws.slice(1, 4).some((w) => PAST.has(w));
}

const ASKS_OF = new Set(["will", "is", "are", "does", "do", "can", "should", "would"]);
const OPENS_A_QUESTION = new Set(["why", "how", "when", "where", "what"]);

const OWN = new Set(["my", "our"]);
const WRITER = new Set(["i", "we"]);

/**
 * "will my cough clear up by next week", "is our fence too short", "will I still need my glasses next year": a question
 * put of a thing of the writer's that the pack never names.
 */
function asksOfAnOwnThing(index: MatchIndex, ws: readonly string[]): boolean {
  return ws.some((w, i) => {
    // The question's own opening ("will my…", "why is my…"), not a clause inside it ("the lady who does my mom's…").
    const opens = i === 0 || (i === 1 && OPENS_A_QUESTION.has(ws[0]!));
    if (!opens || !ASKS_OF.has(w)) return false;
    // The thing right after the opening, or after the writer and a few words of theirs ("will I still need my…").
    const own = OWN.has(ws[i + 1] ?? "")
      ? i + 1
      : WRITER.has(ws[i + 1] ?? "")
        ? ws.findIndex((v, j) => j > i + 1 && j <= i + 4 && OWN.has(v))
        : -1;
    const thing = own < 0 ? undefined : ws[own + 1];
    return thing !== undefined && !isPackTerm(index, stem(thing));
  });
}

/**
 * The candidates an answer may be moved to by the learned model: only in a near tie by the rules' own measure (the
 * first two under `marginMin` apart, where naive Bayes may settle it too), those within the "did you mean" window that
 * are asked no less the way the message asks. An answer decided by a story or a second question has none.
 */
function rivalsOf(index: MatchIndex, text: string, result: MatchResult): ReadonlySet<string> {
  if (result.kind !== "answer" || result.also !== undefined) return NO_RIVALS;
  const [top, second] = result.candidates;
  const { marginMin, suggestWindow } = index.options;
  if (top === undefined || second === undefined || top.confidence - second.confidence >= marginMin)
    return NO_RIVALS;
  const close = result.candidates.filter((c) => top.confidence - c.confidence < suggestWindow);
  if (!close.some((c) => c.entry.id === result.entry.id)) return NO_RIVALS;
  const parts = messageParts(text);
  if (parts.asking.length > 1 || parts.background.length > 0) return NO_RIVALS;
  const asks = readingOf(index, text).asks;
  const asked = (id: string) => agreement(index.byId.get(id)!.asking, asks);
  const own = asked(result.entry.id);
  return new Set(
    close.filter((c) => c.entry.id !== result.entry.id && asked(c.entry.id) >= own).map((c) => c.entry.id),
  );
}

/**
 * Whether the learned model may move an answer in no near tie when it is sure (`withLearned`): only an answer that is
 * the ranking's first; never a second question's, nor one of a message asking in several clauses.
 */
function mayMove(text: string, result: MatchResult): boolean {
  if (result.kind !== "answer" || result.also !== undefined) return false;
  const [top] = result.candidates;
  return top !== undefined && top.entry.id === result.entry.id && messageParts(text).asking.length <= 1;
}

/**
 * The candidates an answer the model may move (`mayMove`) may go to when it is sure: those within `learnedWindow` of
 * it asked no less the way the message asks (the model does not weigh how a question is asked as the rules do).
 */
function closeRivalsOf(index: MatchIndex, text: string, result: MatchResult): ReadonlySet<string> {
  if (result.kind !== "answer") return NO_RIVALS;
  const [top] = result.candidates;
  if (top === undefined) return NO_RIVALS;
  const close = result.candidates.filter(
    (c) => c !== top && top.confidence - c.confidence < index.options.learnedWindow,
  );
  if (close.length === 0) return NO_RIVALS;
  const asks = readingOf(index, text).asks;
  const asked = (id: string) => agreement(index.byId.get(id)!.asking, asks);
  const own = asked(result.entry.id);
  return new Set(close.filter((c) => asked(c.entry.id) >= own).map((c) => c.entry.id));
}

/**
 * Whether the learned model, reading a text alone, gives the entry at least `min` (`learnedMin` unless said) and more
 * than any other class: its say on one question of a message (it is taught whole messages, stories and all), or on a
 * message sent after an answer (`own-words.ts`).
 */
export function learnedReads(
  index: MatchIndex,
  text: string,
  id: string,
  min = index.options.learnedMin,
): boolean {
  const p = modelReading(index, text);
  if (p === undefined) return false;
  const its = p.get(id) ?? 0;
  return its >= min && [...p.values()].every((v) => v <= its);
}

/**
 * Words pointing at one of the things a story named: "that one", "those two", "the latter". Not "the other one": the
 * rules read the sentence pointed to, which names the one it is not.
 */
const ONE_OF =
  /\b(?:that|this|which|the second|the first|the former|the latter) one\b|\b(?:the|those|these) two\b|\bthe (?:former|latter)\b/i;

/**
 * "…Most of my class is taking the ASCP, but a friend is doing the AMT instead. What is that one?": a message's one
 * question after a story that names nothing of the pack and points back into the story, which the rules read with the
 * sentence it points to; the model, reading the whole story, hears what the story names most.
 */
function pointsOnlyBack(index: MatchIndex, text: string): boolean {
  const { asking, background } = messageParts(text);
  const question = asking[0];
  if (asking.length !== 1 || background.length === 0 || question === undefined || !ONE_OF.test(question))
    return false;
  return !index.normalizer.normalize(question).terms.some((t) => index.weights.has(t));
}

/**
 * A message's one question after a story, in a sentence of its own, naming one pack word, pointing nowhere and naming no
 * one ("…Which specialties could I pick?"), if the message asks so.
 */
function oneWordQuestion(index: MatchIndex, text: string): string | undefined {
  const question = storysOneQuestion(text);
  if (question === undefined || !namesItsOwnSubject(question)) return undefined;
  const owns = index.normalizer.normalize(question).terms.filter((t) => index.weights.has(t));
  return owns.length === 1 ? question : undefined;
}

/** A message's one question after a story, in a sentence of its own with no lead-in, pointing nowhere into the story. */
function storysOneQuestion(text: string): string | undefined {
  const { asking, background, leadIns } = messageParts(text);
  const question = asking[0];
  if (asking.length !== 1 || background.length === 0 || leadIns[0] !== "" || question === undefined)
    return undefined;
  return pointsBack(question) ? undefined : question;
}
