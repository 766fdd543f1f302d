// Small talk: short messages compared to the pack's small-talk phrasings by stems, with and without function words;
// longer ones read as small-talk parts and chatter; emoji and signs on their own.
import type { Smalltalk } from "../knowledge/schema.ts";
import { type Asks, asksOf, opensABlessing } from "./asks.ts";
import { botQuestion, isBotQuestionWord } from "./bot-questions.ts";
import { chatSpelled } from "./chat-spelling.ts";
import { asksSomewhere, isAsking } from "./clauses.ts";
import { DENIED_AUXILIARIES, DENYING_WORDS } from "./complaints.ts";
import type { MatchIndex } from "./index.ts";
import {
  appreciates,
  asksAfterItsPerson,
  asksAfterTheReader,
  boundAfter,
  howAreYouForm,
  isAddress,
  praisesTheBot,
  saysItHelped,
  saysMeeting,
  takesNote,
  thankedForDoing,
  wishesTimeAhead,
  wishesWellBeing,
  withoutAddress,
} from "./smalltalk-frames.ts";
import { isEverydayTerm, isPackTerm } from "./subject.ts";
import {
  COMMON_ENGLISH,
  EVERYDAY_STEMS,
  FUNCTION_WORDS,
  STOPWORDS,
  stem,
  withoutFillers,
  words,
} from "./text.ts";
import { TELLING } from "./wanted.ts";

/** A short message as small talk compares it: all its stems, and those left without function words. */
export interface SmalltalkForm {
  all: ReadonlySet<string>;
  content: ReadonlySet<string>;
}

/**
 * Words that only make small talk stronger or louder ("omg", "soo much", "a ton", "really", texting's "fr", "ong"):
 * they say no intent of their own, so a piece of small talk keeps its intent with them ("omg thank you, this helps a
 * ton", "thank you fr, that helped").
 */
const DEGREE = new Set(
  "omg omfg wow soo so much very really super totally truly ton tons lot lots bunch heaps million fr frfr ong".split(
    " ",
  ),
);

/**
 * Particles of courtesy and emphasis that say no intent of their own in the Englishes and languages many users write
 * in (Tagalog's "po", "opo": "salamat po"; West African and Caribbean English's closing "o", "ooo", "eh", "sha":
 * "good morning o", "thanks eh"; Singapore and Malaysian English's "lah"): small talk keeps its intent with them.
 */
const COURTESY = new Set(["po", "opo", "o", "ooo", "eh", "sha", "lah"]);

/** A message's words without courtesy particles, unless that leaves none ("po" alone is no small talk). */
function withoutCourtesy(ws: readonly string[]): readonly string[] {
  const plain = ws.filter((w) => !COURTESY.has(w));
  return plain.length > 0 ? plain : ws;
}

/** A subject and verb typed as one word without the apostrophe, which a phrasing may hold as a content word. */
const RUN_TOGETHER = new Set(["im", "ive", "youre"]);

export function smalltalkForm(ws: readonly string[]): SmalltalkForm {
  return {
    all: new Set(ws.map(stem)),
    content: new Set(ws.filter((w) => !FUNCTION_WORDS.has(w)).map(stem)),
  };
}

/** Dice's coefficient of a message's distinct stems and a phrasing's, from the number of stems they share. */
function dice(shared: number, a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  return (2 * shared) / (a.length + b.size);
}

/** For each stem, the phrasings (numbered in the order `smalltalkScore` reads them) whose stems hold it. */
interface StemPostings {
  all: ReadonlyMap<string, readonly number[]>;
  content: ReadonlyMap<string, readonly number[]>;
  count: number;
  /** Two counts per phrasing that `scoreOf` fills and reads before it returns: typed arrays are dear to make each time. */
  scratch: [Uint8Array, Uint8Array];
}

const postingsCache = new WeakMap<MatchIndex["smalltalk"], StemPostings>();

function postingsOf(smalltalk: MatchIndex["smalltalk"]): StemPostings {
  let postings = postingsCache.get(smalltalk);
  if (postings === undefined) {
    const all = new Map<string, number[]>();
    const content = new Map<string, number[]>();
    const post = (map: Map<string, number[]>, stems: ReadonlySet<string>, p: number) => {
      for (const s of stems) map.set(s, [...(map.get(s) ?? []), p]);
    };
    let count = 0;
    for (const { phrasings } of smalltalk)
      for (const phrasing of phrasings) {
        post(all, phrasing.all, count);
        post(content, phrasing.content, count);
        count++;
      }
    postings = { all, content, count, scratch: [new Uint8Array(count), new Uint8Array(count)] };
    postingsCache.set(smalltalk, postings);
  }
  return postings;
}

/**
 * How many of the message's distinct stems each phrasing holds: one pass over the few phrasings each stem is in,
 * rather than every stem looked up in every one of the hundreds of phrasings; counted into `shared`, cleared first.
 */
function sharedStems(
  stems: readonly string[],
  postings: ReadonlyMap<string, readonly number[]>,
  shared: Uint8Array,
) {
  shared.fill(0);
  for (const s of stems) for (const p of postings.get(s) ?? []) shared[p]!++;
  return shared;
}

const TIE_EDGE = 1e-3;

/** How the intents' phrasings use each stem: the stems two intents or more use, and how many phrasings use each. */
interface StemUse {
  shared: ReadonlySet<string>;
  phrasings: ReadonlyMap<string, number>;
}

const useCache = new WeakMap<MatchIndex["smalltalk"], StemUse>();

/** Stems in the phrasings of two intents or more ("good": "good morning", "good night") say no intent alone. */
function stemUse(smalltalk: MatchIndex["smalltalk"]): StemUse {
  let use = useCache.get(smalltalk);
  if (use === undefined) {
    const intents = new Map<string, number>();
    const phrasings = new Map<string, number>();
    for (const { vocabulary, phrasings: ps } of smalltalk) {
      for (const s of vocabulary) intents.set(s, (intents.get(s) ?? 0) + 1);
      for (const p of ps) for (const s of p.all) phrasings.set(s, (phrasings.get(s) ?? 0) + 1);
    }
    use = { shared: new Set([...intents].filter(([, n]) => n > 1).map(([s]) => s)), phrasings };
    useCache.set(smalltalk, use);
  }
  return use;
}

const DEGREE_STEMS: ReadonlySet<string> = new Set([...DEGREE].map(stem));

/**
 * Whether one word stands for a longer phrasing: the phrasings of one intent only use it (not "you", "day"), a
 * function word in more than one of them ("out": "I'm out", "peace out"; not "here" of "out here"), and every word of
 * the phrasing it leaves out says no intent alone: a word of degree, one the phrasings of several intents use, or a
 * function word that is no verb ("out" for "I'm out").
 */
function standsFor(word: string, phrasing: ReadonlySet<string>, use: StemUse | undefined) {
  if (use === undefined || use.shared.has(word) || DEGREE_STEMS.has(word)) return false;
  if (FUNCTION_WORDS.has(word) && (use.phrasings.get(word) ?? 0) < 2) return false;
  const saysNothing = (s: string) =>
    DEGREE_STEMS.has(s) || use.shared.has(s) || (FUNCTION_WORDS.has(s) && !DOING.has(s));
  for (const s of phrasing) if (s !== word && !saysNothing(s)) return false;
  return true;
}

/** Function words that are verbs of their own: "care" is not "take care", nor "ya" "see ya". */
const DOING = new Set("came come get got make see take said do did does doing have has had".split(" "));

/** Question words, as stems: a phrasing that asks with one is not said without it. */
const QUESTION_WORDS = ["how", "what", "who", "where", "why", "when", "which"].map(stem);
/** Words a yes-no question opens with ("can you help with both?" asks as "what can you help with" does). */
const AUXILIARIES = new Set("can could would will do does did is are am r may might should shall".split(" "));
/** The writer as the one who does: "how do I go about it", "how can we start" ask how to do a thing, not how it is. */
const WRITER_DOING = new Set(["i", "we"]);
const WRITER_STEMS = [...WRITER_DOING].map(stem);
const asksHowTheWriterDoes = (words: readonly string[]) =>
  words.some(
    (w, i) => w === "how" && AUXILIARIES.has(words[i + 1] ?? "") && WRITER_DOING.has(words[i + 2] ?? ""),
  );

/** Words that point at someone other than the bot or the writer: "what do they do all day" asks about them. */
const SOMEONE_ELSE = new Set(["they", "them", "their", "theyre", "he", "him", "his", "she", "her"]);

export interface SmalltalkMatch {
  intent: Smalltalk;
  score: number;
  /** Every stem of the intent's phrasings. */
  vocabulary: ReadonlySet<string>;
  /** The kinds of question the intent's phrasings ask. */
  asks: Asks;
}

/** Best small-talk intent for a short message, comparing stems with and without function words. */
export function smalltalkScore(
  index: MatchIndex,
  words: readonly string[],
  maxWords = 8,
): SmalltalkMatch | undefined {
  words = chatSpelled(words);
  const plain = withoutAddress(words);
  const best = scoreOf(index, words, maxWords);
  // "cheers mate", "okay sir", "thank you, young man": words of address say no intent, unless a phrasing holds them
  // ("much love").
  if (plain.length === 0 && (best === undefined || best.score < 1)) return calling(index, words);
  if (plain.length === words.length || plain.length === 0) return best;
  const addressed = scoreOf(index, plain, maxWords);
  return addressed !== undefined && (best === undefined || addressed.score > best.score) ? addressed : best;
}

/** Words of address alone ("sir?", "bot", "buddy"): someone calls for the bot's attention, as a greeting does. */
function calling(index: MatchIndex, words: readonly string[]): SmalltalkMatch | undefined {
  const greeting = intentSaying(index, "hello");
  const found = index.smalltalk.find((s) => s.intent === greeting);
  return found && { intent: found.intent, score: 1, vocabulary: new Set(words.map(stem)), asks: found.asks };
}

/** Indian English's "what all", "who all": the "all" after a question word asks for a list, as the word alone does. */
const withoutListingAll = (ws: readonly string[]) =>
  ws.filter((w, i) => w !== "all" || !["what", "who", "where", "which"].includes(ws[i - 1] ?? ""));

/**
 * Whether `stems` holds one of `words` (of those in `among`, when given). A loop rather than a closure: it runs for
 * every phrasing of every message, where a closure each time was a sixth of what matching allocates.
 */
function holdsAny(
  stems: ReadonlySet<string>,
  words: readonly string[],
  among?: ReadonlySet<string>,
): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (stems.has(w) && (among === undefined || among.has(w))) return true;
  }
  return false;
}

function scoreOf(index: MatchIndex, words: readonly string[], maxWords: number): SmalltalkMatch | undefined {
  if (words.length === 0 || words.length > maxWords) return undefined;
  words = withoutListingAll(withoutCourtesy(words));
  const form = smalltalkForm(words);
  // Called for every message, against every phrasing: the message's stems as arrays and the best so far in plain
  // variables keep the loop from allocating.
  const all = [...form.all];
  const content = [...form.content];
  const said = content.filter((w) => !RUN_TOGETHER.has(w));
  // Ties go to the phrasing closest with function words counted ("hi bot" is a greeting, not "are you a bot"),
  // then to the intent of the last word ("ok goodbye" is goodbye, "hey thanks" is thanks).
  const last = stem(words[words.length - 1]!);
  // Small talk is between the writer and the bot; a message about someone else is a question, unless a phrasing
  // names them too.
  const aboutSomeoneElse = words.some((w) => SOMEONE_ELSE.has(w));
  const postings = postingsOf(index.smalltalk);
  const alone = all.length === 1 ? all[0] : undefined;
  const use = alone === undefined ? undefined : stemUse(index.smalltalk);
  const sharedAll = sharedStems(all, postings.all, postings.scratch[0]);
  const sharedContent = sharedStems(content, postings.content, postings.scratch[1]);
  const questionWord = all.some((w) => QUESTION_WORDS.includes(w));
  const asking = questionWord || AUXILIARIES.has(words[0]!);
  const yesNo = !questionWord && AUXILIARIES.has(words[0]!);
  const addressing = all.some((w) => SECOND_PERSON.has(w));
  const writerDoes = asksHowTheWriterDoes(words);
  // Ties go to an intent with a phrasing in the message word for word, in its order ("ok got u" holds "got you",
  // not "you ok").
  const stems = words.map(stem);
  const inOrder = new Set<Smalltalk>();
  for (let i = 0; i < stems.length; i++) {
    const hit = phrasingAt(index, stems, i);
    if (hit) inOrder.add(hit.intent);
  }
  let best: (typeof index.smalltalk)[number] | undefined;
  let bestScore = 0;
  let bestRanking = 0;
  let p = 0;
  for (const candidate of index.smalltalk) {
    const first = p;
    p += candidate.phrasings.length;
    // An intent that shares no stem with the message scores 0 on every phrasing.
    if (!holdsAny(candidate.vocabulary, all)) continue;
    // "is it still for me?" asks yes or no, which no goodbye does ("that's it for me" takes leave).
    if (candidate.intent.leaving && yesNo) continue;
    for (let k = 0; k < candidate.phrasings.length; k++) {
      const phrasing = candidate.phrasings[k]!;
      if (aboutSomeoneElse && !holdsAny(phrasing.all, all, SOMEONE_ELSE)) continue;
      // Content words alone decide only when there are two or more: "where to work" shares just "work"
      // with "how does this bot work", and that is a question, not small talk.
      // "what should I pack" is not "what should I ask": when both say more than function words, they share some of it.
      if (content.length > 0 && phrasing.content.size > 0 && sharedContent[first + k] === 0) continue;
      // "im tired", "im old" share only the run-together "im" with "im out": that says no intent, so a phrasing stands for a
      // message that says more only when it shares one of the message's other words ("im done" and "im off" still leave).
      if (said.length > 0 && phrasing.content.size > 0 && !holdsAny(phrasing.content, said)) continue;
      // "you have been most kind" says, "how have you been" asks: a phrasing's question word is in the message, or
      // the message asks yes or no about what the phrasing names ("can you help with both?"); "is this low?" shares
      // only function words with "who is this", and asks otherwise.
      if (!questionWord && holdsAny(phrasing.all, QUESTION_WORDS) && (!asking || phrasing.content.size === 0))
        continue;
      // "what is this" asks, of nothing named, what "this is helpful" says of a thing: a question of function words
      // alone is not a statement's phrasing that names one.
      if (
        questionWord &&
        content.length === 0 &&
        phrasing.content.size > 0 &&
        !holdsAny(phrasing.all, QUESTION_WORDS)
      )
        continue;
      // "how do I go about it" asks how to do a thing: only a phrasing where the writer does ("how do I use this") can.
      if (writerDoes && !holdsAny(phrasing.all, WRITER_STEMS)) continue;
      // "typical day?" is not "how's your day": a phrasing about the bot's day or doings says "you" or "your".
      if (!addressing && phrasing.content.size > 0 && addressesTheBot(phrasing.all)) continue;
      // "va" is not "ça va", "me" not "help me": one word stands for a longer phrasing only when the words it leaves
      // out say no intent of their own ("morning" for "good morning", "appreciated" for "much appreciated").
      if (alone !== undefined && phrasing.all.size > 1 && !standsFor(alone, phrasing.all, use)) continue;
      const byContent = content.length >= 2 ? dice(sharedContent[first + k]!, content, phrasing.content) : 0;
      const byAll = dice(sharedAll[first + k]!, all, phrasing.all);
      const score =
        Math.max(byAll, byContent) + TIE_EDGE * byAll + (phrasing.all.has(last) ? TIE_EDGE / 10 : 0);
      const ranking = score + (inOrder.has(candidate.intent) ? TIE_EDGE / 5 : 0);
      if (!best || ranking > bestRanking) {
        best = candidate;
        bestScore = score;
        bestRanking = ranking;
      }
    }
  }
  return best && { intent: best.intent, score: bestScore, vocabulary: best.vocabulary, asks: best.asks };
}

/** A phrasing as a sequence of stems, to find it inside a longer message. */
interface SmalltalkSequence {
  intent: Smalltalk;
  stems: string[];
}

// Kept by what they are built from, which every message's view of the index shares (see `forOneMessage`).
const sequencesCache = new WeakMap<MatchIndex["smalltalk"], ReadonlyMap<string, SmalltalkSequence[]>>();
/** The most stems a sequence of `sequencesOf` has. */
const longestCache = new WeakMap<MatchIndex["smalltalk"], number>();
const askedCache = new WeakMap<MatchIndex["entries"], ReadonlySet<string>>();

/**
 * Saying one is leaving for the night or for now, by its form rather than as a phrasing ("going to bed", "off to
 * sleep", "I go now", "mi gone", "time for bed"): what the goodbye intent says inside a message, though its phrasings,
 * which the learned model is taught, do not list them.
 */
function leavingForms(): string[] {
  const who = ["", "i ", "im ", "i m ", "i am ", "me ", "mi ", "we ", "we re ", "am "];
  const forms = ["time for bed", "bed time", "bedtime"];
  for (const w of who) {
    for (const going of ["going", "go", "off", "heading", "headed"])
      for (const where of ["to bed", "to sleep", "sleep"]) forms.push(`${w}${going} ${where}`);
    forms.push(`${w}gone`, `${w}go now`, `${w}going now`, `${w}leaving now`);
  }
  // "gone" alone is no goodbye ("is the old exam gone").
  return forms.filter((f) => f !== "gone");
}

/**
 * Whether a message that asks with a question word names two things or more besides what the small-talk intent says
 * and words of address: "whats a good sat score", "whats good food in denver" ask about those things, however close
 * "what's good" is; "whats up doc", "how's it going man" greet.
 */
export function asksOfThings(ws: readonly string[], vocabulary: ReadonlySet<string>): boolean {
  const spelled = chatSpelled(ws);
  if (!spelled.some((w) => QUESTION_WORDS.includes(stem(w)))) return false;
  let things = 0;
  for (const w of spelled) if (!FUNCTION_WORDS.has(w) && !isAddress(w) && !vocabulary.has(stem(w))) things++;
  return things >= 2;
}

/**
 * Whether a phrasing that asks with a question word ("what's good", "what's up") goes straight on with a thing it asks
 * of, and names two things besides (`asksOfThings`): "whats good food in denver" asks about food, not how one is.
 */
function asksOn(index: MatchIndex, hit: SmalltalkSequence, ws: readonly string[], end: number): boolean {
  const next = ws[end];
  if (next === undefined || !QUESTION_WORDS.includes(hit.stems[0]!)) return false;
  const vocabulary = index.smalltalk.find((s) => s.intent === hit.intent)?.vocabulary;
  if (vocabulary === undefined || FUNCTION_WORDS.has(next) || isAddress(next) || vocabulary.has(stem(next)))
    return false;
  return asksOfThings(ws, vocabulary);
}

/** Every intent's phrasings as stem sequences, by first stem, longest first. */
function sequencesOf(index: MatchIndex): ReadonlyMap<string, SmalltalkSequence[]> {
  let byFirst = sequencesCache.get(index.smalltalk);
  if (byFirst === undefined) {
    const map = new Map<string, SmalltalkSequence[]>();
    const add = (intent: Smalltalk, said: string) => {
      const stems = chatSpelled(words(said)).map(stem);
      if (stems.length > 0) map.set(stems[0]!, [...(map.get(stems[0]!) ?? []), { intent, stems }]);
    };
    for (const { intent } of index.smalltalk) {
      for (const p of [...intent.phrasings, ...intent.idioms]) add(intent, p);
      if (intent.leaving) for (const form of leavingForms()) add(intent, form);
    }
    for (const list of map.values()) list.sort((a, b) => b.stems.length - a.stems.length);
    longestCache.set(index.smalltalk, Math.max(0, ...[...map.values()].map((list) => list[0]!.stems.length)));
    byFirst = map;
    sequencesCache.set(index.smalltalk, byFirst);
  }
  return byFirst;
}

/** How many stems the longest small-talk phrasing has. */
function longestSequence(index: MatchIndex): number {
  sequencesOf(index);
  return longestCache.get(index.smalltalk)!;
}

/** The longest small-talk phrasing that starts at `i`. */
function phrasingAt(index: MatchIndex, stems: readonly string[], i: number): SmalltalkSequence | undefined {
  return sequencesOf(index)
    .get(stems[i]!)
    ?.find((s) => s.stems.every((x, k) => stems[i + k] === x));
}

/** The intents the code names by what they say, by phrase, for each pack's small talk: the same few in every message. */
const namedCache = new WeakMap<MatchIndex["smalltalk"], Map<string, Smalltalk | undefined>>();

/**
 * The intent with a phrasing of exactly these words ("how are you", "goodbye", "hello"), to name it by what it says.
 * For the code's own phrases, kept; a message's words go to `intentOfWords`.
 */
export function intentSaying(index: MatchIndex, phrase: string): Smalltalk | undefined {
  let named = namedCache.get(index.smalltalk);
  if (named === undefined) {
    named = new Map();
    namedCache.set(index.smalltalk, named);
  }
  if (named.has(phrase)) return named.get(phrase);
  const intent = intentOfWords(index, phrase);
  named.set(phrase, intent);
  return intent;
}

/** `intentSaying` of a message's own words, not kept. */
function intentOfWords(index: MatchIndex, phrase: string): Smalltalk | undefined {
  const stems = chatSpelled(words(phrase)).map(stem);
  return sequencesOf(index)
    .get(stems[0]!)
    ?.find((s) => s.stems.length === stems.length && s.stems.every((x, k) => stems[k] === x))?.intent;
}

/** The intent of the small-talk phrasing a message opens with, word for word ("hello, my name is Ann": greeting). */
export function openingIntent(index: MatchIndex, ws: readonly string[]): Smalltalk | undefined {
  return openingPhrasing(index, ws)?.intent;
}

/** The longest small-talk phrasing a message opens with, word for word, and how many words it takes. */
export function openingPhrasing(
  index: MatchIndex,
  ws: readonly string[],
): { intent: Smalltalk; length: number } | undefined {
  if (ws.length === 0) return undefined;
  ws = chatSpelled(ws);
  // Most messages open with a word no phrasing opens with: the rest of their words need not be stemmed.
  if (!sequencesOf(index).has(stem(ws[0]!))) return undefined;
  // No phrasing is longer than a dozen words: the rest of a long message need not be stemmed.
  const found = phrasingAt(index, ws.slice(0, 12).map(stem), 0);
  return found && { intent: found.intent, length: found.stems.length };
}

/**
 * The intent of words by their form, whatever pack words fill it: a how-are-you frame ("how are you keeping", "how's
 * work treating you") or a letter's well-wishing ("I trust you are well") is how-are-you, a wish for the time ahead
 * ("have a lovely evening") a goodbye; a greeting may open them ("hello, how are you getting on"). "other": the
 * how-are-you form asks about something else ("how are the kids doing").
 */
export function smalltalkByForm(index: MatchIndex, ws: readonly string[]): Smalltalk | "other" | undefined {
  ws = chatSpelled(ws);
  const passed = passedOn(index, ws);
  if (passed !== undefined) return passed;
  // No phrasing is longer than the longest sequence: the rest of a long message need not be stemmed.
  const opener =
    ws.length > 0 ? phrasingAt(index, ws.slice(0, longestSequence(index)).map(stem), 0) : undefined;
  const greeting = intentSaying(index, "hello");
  const rest = opener?.intent === greeting && opener !== undefined ? ws.slice(opener.stems.length) : ws;
  for (const form of rest === ws ? [ws] : [ws, rest]) {
    const how = howAreYouForm(form);
    if (how === "other") return "other";
    if (how === "frame" || wishesWellBeing(form) || asksAfterTheReader(form))
      return intentSaying(index, "how are you");
    if (wishesTimeAhead(form)) return intentSaying(index, "goodbye");
    if (saysItHelped(form)) return intentSaying(index, "thank you");
    if (saysMeeting(form)) return intentSaying(index, "hello");
    if (asksAfterItsPerson(form)) return intentSaying(index, "who are you");
    if (appreciates(form) || praisesTheBot(form)) return intentSaying(index, "thank you");
    if (takesNote(form)) return intentSaying(index, "ok");
  }
  if (thanksByDegree(index, ws)) return intentSaying(index, "thank you");
  return thanksByWhatFor(index, ws);
}

/** How much thanks are: "so much", "very much", "a lot", "a ton". */
const THANKS_DEGREE = /^(?:(?:so+ )+much|very much|a (?:lot|ton|bunch|million))$/;

/**
 * Thanks in a clipping no phrasing holds, known by the degree after it: "tq so much", "thnq very much", "dhanyavadagalu a
 * lot": a word neither English nor the pack's, then how much.
 */
function thanksByDegree(index: MatchIndex, ws: readonly string[]): boolean {
  const [first = "", ...rest] = ws;
  if (rest.length < 2 || !THANKS_DEGREE.test(rest.join(" ")) || !/^[a-z]{2,}$/.test(first)) return false;
  return !COMMON_ENGLISH.has(first) && !DEGREE.has(first) && !isPackTerm(index, stem(first));
}

/** Words of apology, which "for" follows as it follows thanks ("sorry for asking so much"). */
/** Things asked for besides being told something: "ideas for doing this", "ways for doing that". */
const REQUESTED = new Set([
  "idea",
  "ideas",
  "way",
  "ways",
  "step",
  "steps",
  "option",
  "options",
  "place",
  "places",
]);
const APOLOGY = new Set(["sorry", "apologies", "apologize", "apologise", "excuse", "forgive", "pardon"]);

/**
 * Thanks in any words, known by what they are for ("kudos for explaining that", "big respect for breaking it down"):
 * the words before "for" ask nothing, name nothing the entries are asked with and are no apology.
 */
function thanksByWhatFor(index: MatchIndex, ws: readonly string[]): Smalltalk | undefined {
  const lead = thankedForDoing(ws);
  if (lead === undefined) return undefined;
  // "sorry for asking that", "ideas for doing this", "is it ok for doing that": an apology, a request, a question.
  const notThanks = (w: string) =>
    APOLOGY.has(w) ||
    TELLING.has(w) ||
    REQUESTED.has(w) ||
    AUXILIARIES.has(w) ||
    QUESTION_WORDS.includes(stem(w));
  if (lead.some(notThanks) || lead.some((w) => SECOND_PERSON.has(stem(w)))) return undefined;
  // "big love for…" thanks with an everyday word; "money for doing that" names what the entries are asked about.
  const terms = index.normalizer.terms(lead.join(" "));
  if (terms.some((t) => askedTerms(index).has(t) && !isEverydayTerm(index, t))) return undefined;
  return intentSaying(index, "thank you");
}

/** Someone's pleasantry passed on: "my mom says hi", "gran says thank you too", "my husband sends his thanks". */
const PASSED_ON =
  /^(?:and |oh |also )?(?:my |our |the )?[a-z]+(?: [a-z]+)? (?:says|say|sends|send)(?: (?:his|her|their))? (.+?)(?: (?:too|as well|also|back|lol))*$/;

/**
 * The greeting, thanks or goodbye someone asked the writer to pass on, which the bot answers as the writer's own:
 * the intent with a phrasing of exactly those words that asks nothing ("my son says what can you do" asks).
 */
function passedOn(index: MatchIndex, ws: readonly string[]): Smalltalk | undefined {
  const found = PASSED_ON.exec(ws.join(" "));
  if (found === null) return undefined;
  const [first = ""] = words(found[1]!);
  if (AUXILIARIES.has(first) || QUESTION_WORDS.includes(stem(first))) return undefined;
  return intentOfWords(index, found[1]!);
}

/**
 * Whether words take leave somewhere: a goodbye's phrasing not bound into a longer phrase, or a wish for the time
 * ahead ("thanks so much, bye", "ty, have a good one").
 */
export function takesLeave(index: MatchIndex, ws: readonly string[]): boolean {
  ws = chatSpelled(ws);
  const stems = ws.map(stem);
  for (let i = 0; i < stems.length; i++) {
    const hit = phrasingAt(index, stems, i);
    if (hit?.intent.leaving && !boundAfter(ws, i + hit.stems.length, true)) return true;
    if (wishesTimeAhead(ws.slice(i))) return true;
  }
  return false;
}

/**
 * Whether words hold a phrasing of `intent` bound into a longer phrase by a preposition after it ("how do you say good
 * evening in Italian", "thanks to the rain", "take care of a sunburn").
 */
export function holdsBoundPhrasing(index: MatchIndex, ws: readonly string[], intent: Smalltalk): boolean {
  ws = chatSpelled(ws);
  const stems = ws.map(stem);
  for (let i = 0; i < stems.length; i++) {
    const hit = phrasingAt(index, stems, i);
    if (hit !== undefined && hit.intent === intent && boundAfter(ws, i + hit.stems.length, intent.leaving))
      return true;
  }
  return false;
}

/** Terms people ask the pack's entries with (phrasings and keywords, not answers). */
function askedTerms(index: MatchIndex): ReadonlySet<string> {
  let terms = askedCache.get(index.entries);
  if (terms === undefined) {
    terms = new Set(index.entries.flatMap((e) => [...e.bag]));
    askedCache.set(index.entries, terms);
  }
  return terms;
}

/** Pieces of a message: split after punctuation and line breaks (a piece keeps its "?"), and at emoji. */
const PIECE_BREAK = /(?<=[.,!?;:()\n])|\p{Extended_Pictographic}/u;

/** Whether words ask something, after the "so", "and", "ok" they may open with ("ok so how would I…"). */
const asks = (text: string) =>
  asksSomewhere(text.replace(/^(?:\s*(?:so|and|but|then|well|oh|um|uh|also)\b,?)+/i, ""));

/**
 * The small-talk intent of a message made of small-talk parts and chatter ("thank you so much, this was really
 * helpful, have a good day"; "Alright I have to go now, bye bye"): every piece is small talk or chatter, and at
 * least one is small talk. Several intents: the highest priority, then the last. A piece whose words outside small
 * talk include one the pack's questions are asked with, or ask something, makes the message a question; "question" when a piece asks.
 */
export function smalltalkOfParts(
  index: MatchIndex,
  text: string,
  allWords: readonly string[],
  findsAnswer: (words: string) => boolean = () => true,
): Smalltalk | "question" | undefined {
  // Most messages hold no small-talk phrasing word for word: they are not read piece by piece.
  const stems = chatSpelled(allWords).map(stem);
  const pieces = text.split(PIECE_BREAK);
  // "how's your evening treating you? busy or quiet?": a how-are-you said by its form, then asked after in a word or two.
  const askedAfter = asksAfterTheNight(index, pieces, allWords.length);
  if (!askedAfter && !stems.some((_, i) => phrasingAt(index, stems, i) !== undefined)) return undefined;
  // What is left asks something of its own ("can you help me with my math homework"): a question. A story asks
  // at its end, so the pieces are read last first, and the first that asks ends the reading.
  const read: {
    intents: Smalltalk[];
    leaving?: boolean;
    rest: string;
    asked: boolean;
    praise: boolean;
    blessing: boolean;
  }[] = [];
  const thanking = openingIntent(index, allWords)?.praise === true;
  // "hi, I'm new here", "hello everyone, first time using this": after a greeting, saying one has just arrived is
  // chatter, though its everyday words are words the entries are asked with.
  const greeted = openingIntent(index, allWords) === intentSaying(index, "hello");
  for (const [at, piece] of [...pieces.entries()].reverse()) {
    const query = index.normalizer.normalize(piece);
    if (query.words.length === 0) continue;
    if (askedAfter && at > 0 && guessesTheReadersState(index, query.words, query.terms)) {
      read.push({ intents: [], rest: "", asked: false, praise: false, blessing: false });
      continue;
    }
    const spelled = chatSpelled(query.words);
    const { intents, rest, whole, leaving } = coverPiece(index, spelled);
    // "hi, quick question?": padding that announces a question asks nothing itself.
    const leftover = index.normalizer.terms(withoutFillers(rest).join(" "));
    // "hola, ¿cuánto gana un técnico?": a greeting before a question in another language is not all there is.
    if (leftover.length > 0 && query.foreign) return undefined;
    // "alright, bye, I'll look in again tomorrow": saying one comes back another time takes leave; it asks nothing.
    if (!piece.includes("?") && comesBackLater(query.words)) {
      read.push({ intents: [], leaving: true, rest: "", asked: false, praise: false, blessing: false });
      continue;
    }
    if (
      leftover.length > 0 &&
      asks(whole ? piece : `${rest.join(" ")}${piece.trim().endsWith("?") ? "?" : ""}`)
    ) {
      // "Thanks, is so useful for me": after thanks, "is" without "it" and no question mark says what the answer
      // was, as writers whose languages drop the subject do, when it names nothing the entries are asked with.
      if (praisesWithoutSubject(index, piece, query.words, leftover, thanking)) {
        read.push({ intents: [], rest: rest.join(" "), asked: false, praise: true, blessing: false });
        continue;
      }
      // "Who built you? Is a human typing this?": a piece asking what the bot is or can do is small talk too.
      const toTheBot = questionToTheBot(index, piece, query.words, query.terms, query.corrected);
      // "thank you, is this for real": a piece that finds an answer of its own asks about the career, not the bot.
      if (toTheBot === undefined || findsAnswer(piece)) return "question";
      read.push({ intents: [toTheBot], rest: "", asked: false, praise: false, blessing: false });
      continue;
    }
    read.push({
      intents,
      leaving,
      rest: rest.join(" "),
      asked:
        leftover.some((t) => askedTerms(index).has(t)) &&
        !(greeted && saysItArrives(index, rest, leftover)) &&
        !((greeted || thanking) && tellsNews(query.words) && !pieces.some(asks)),
      praise: intents.length === 0 && speaksOfTheAnswer(index, query.words),
      blessing: spelled.some((w) => BLESSING_STEMS.has(stem(w))),
    });
  }
  const found: Smalltalk[] = [];
  /** Leftover words that name something the entries are asked with: they may still find nothing to answer. */
  const maybeQuestions: string[] = [];
  // After a goodbye ("gotta go, my shift starts soon") the words say where the person goes, not what they ask.
  let gone = false;
  // After thanks, a statement about the answer ("that beat every website I read") is praise; after
  // asking what the bot is, one about the bot is why it was asked ("are you a bot? you reply so fast").
  let thanked = false;
  const whoAreYou = intentSaying(index, "who are you");
  // "ok bye, God bless you", "ok ciao, Dios te bendiga": a blessing beside a goodbye wishes the leaver well, it
  // does not thank.
  const leaves = read.some(({ intents }) => intents.some((i) => i.leaving));
  for (const { intents, leaving, rest, asked, praise, blessing } of read.reverse()) {
    found.push(...(leaves && blessing ? intents.filter((i) => !i.praise) : intents));
    // "ty ty, off to my shift now": after thanks, saying where one goes takes leave.
    const errand = gone || leaving === true || (thanked && GOING_TO.test(rest));
    gone ||= intents.some((i) => i.leaving);
    thanked ||= intents.some((i) => i.praise || i === whoAreYou);
    if (!errand && asked && !(thanked && praise)) maybeQuestions.push(rest);
  }
  if (found.length === 0) return undefined;
  // A word the entries are asked with makes it a question, unless those words on their own find nothing to
  // answer: "good morning from night shift", "that's all I needed" are chatter. Matching them is the dear test,
  // so it comes after every piece has passed the cheap ones (a long story that asks at its end never needs it).
  if (maybeQuestions.some(findsAnswer)) return undefined;
  return found.reduce((best, i) => (i.priority >= best.priority ? i : best));
}

/**
 * Whether a short message opens with a how-are-you piece ("how's your evening treating you?", "hru") and goes on in more
 * pieces: what follows may guess at how the reader is.
 */
function asksAfterTheNight(index: MatchIndex, pieces: readonly string[], length: number): boolean {
  if (pieces.length < 2 || length > 12) return false;
  const first = chatSpelled(index.normalizer.normalize(pieces[0]!).words);
  const { intents, rest } = coverPiece(index, first);
  return intents.length === 1 && rest.length === 0 && intents[0] === intentSaying(index, "how are you");
}

/**
 * Whether a piece after a how-are-you guesses at how the reader is, in up to four words with no question word and
 * nothing the entries are asked with beyond everyday words: "slow or slammed?", "busy?", "long day?".
 */
function guessesTheReadersState(index: MatchIndex, ws: readonly string[], terms: readonly string[]): boolean {
  if (ws.length > 4 || ws.some((w) => QUESTION_WORDS.includes(stem(w)))) return false;
  return terms.every((t) => !askedTerms(index).has(t) || isEverydayTerm(index, t));
}

/** Words that name the conversation or where it happens: "I'm new here", "first time on this app". */
const THE_CONVERSATION = new Set(["here", "bot", "chat", "app", "site", "page", "thing"]);
/** Words of wanting or planning, which make a statement a request ("hi, I'm thinking of doing this"). */
const WANTING = new Set(
  "want wants wanna need needs like interested thinking considering hoping plan planning".split(" "),
);

/**
 * Whether words after a greeting say the writer has just arrived, and ask nothing: they point at the conversation
 * ("here", "this" last or before a word of it: "first time using this", "new to this app"), want nothing, and the
 * only words the entries are asked with are everyday ones ("new", "first", "time").
 */
function saysItArrives(index: MatchIndex, rest: readonly string[], leftover: readonly string[]): boolean {
  const everyday = (t: string) => !askedTerms(index).has(t) || isEverydayTerm(index, t);
  if (rest.some((w) => WANTING.has(w)) || !leftover.every(everyday)) return false;
  return rest.some(
    (w, i) =>
      THE_CONVERSATION.has(w) ||
      (w === "this" && (i === rest.length - 1 || THE_CONVERSATION.has(rest[i + 1]!))),
  );
}

/** Nouns of questions, which a message may announce without asking one: "a few questions coming up", "got some q's". */
const QUESTION_NOUNS = new Set(["question", "questions", "q", "qs", "query", "queries"]);
/** Words that bring in what something is about: "questions about the pay" names what it asks. */
const ABOUT = new Set(["about", "abt", "bout", "on", "regarding", "concerning", "re", "of"]);
/** Words of a request said as a statement, besides wanting: "I'm trying to figure out…", "looking for…". */
const REQUESTING = new Set(
  "explain describe know help learn understand find looking searching wondering wonder curious confused unsure sure trying figure figuring deciding decide".split(
    " ",
  ),
);
/** Verbs that ask for something when the writer is their object: "tell me", "show us", "send me the link". */
const FOR_ME = new Set(["tell", "show", "give", "send", "share", "walk"]);
/** Words of the day being lived: "busy morning at the hospital today", "just back from class", "finally home". */
const THE_DAY = new Set(["today", "tonight", "just", "finally"]);
/** Verbs that report what someone said or wrote: "I heard they make good money" tells a claim to be checked. */
const REPORTING = new Set([
  "heard",
  "hear",
  "told",
  "said",
  "says",
  "read",
  "saw",
  "apparently",
  "supposedly",
]);

/**
 * Whether words after a greeting or thanks tell the reader something and ask nothing: they announce questions
 * without naming what about ("a few questions coming up", "got a couple for you later"), or tell of the writer's day
 * ("just back from class", "busy morning at the hospital today"), wanting, requesting and reporting nothing.
 */
function tellsNews(ws: readonly string[]): boolean {
  const requests = (w: string, i: number) =>
    WANTING.has(w) ||
    REQUESTING.has(w) ||
    TELLING.has(w) ||
    REPORTING.has(w) ||
    (FOR_ME.has(w) && /^(?:me|us)$/.test(ws[i + 1] ?? ""));
  if (ws.some(requests)) return false;
  const announced = ws.findIndex((w) => QUESTION_NOUNS.has(w));
  if (announced >= 0) return !ws.slice(announced + 1).some((w) => ABOUT.has(w));
  return ws.some((w) => THE_DAY.has(w));
}

/**
 * Saying one will come back another time, the subject left out or not: "I'll look in again", "I'll be back
 * tomorrow", "gonna look again soon" (a plan with a time ahead and no question mark).
 */
const COMES_BACK =
  /^(?:(?:i|we) (?:ll|will|shall) |will |shall |(?:i m |im )?going to )(?:check|come|be|look|ask|get|revert|read|try|think|talk|chat|message|text|write|see|return|review|continue|catch|go)\b(?: \w+){0,3} (?:later|again|tomorrow|soon|back)(?: \w+){0,3}$/;
export const comesBackLater = (ws: readonly string[]) => COMES_BACK.test(ws.join(" "));

/** Saying where one goes now: "off to my shift", "heading back to work", "I'm off to class". */
const GOING_TO =
  /^(?:(?:i m|im|i am|we re|were|i ll be|ill be|me|mi) )?(?:off|heading|headed|going back|heading back|headed back|back) to\b/;

/** Words of a blessing, as stems ("God bless you", "Dios te bendiga", "Deus te abençoe"). */
const BLESSING_STEMS: ReadonlySet<string> = new Set(
  ["bless", "blessed", "bendiga", "bendiciones", "abencoe"].map(stem),
);

/**
 * Whether a piece after opening thanks praises the answer without a subject ("is very helpful for me", "was really
 * clear"): it opens with "is" or "was", asks with no question mark, and names nothing the entries are asked with.
 */
function praisesWithoutSubject(
  index: MatchIndex,
  piece: string,
  ws: readonly string[],
  leftover: readonly string[],
  thanking: boolean,
): boolean {
  if (!thanking || piece.includes("?") || (ws[0] !== "is" && ws[0] !== "was")) return false;
  const praise = index.smalltalk.find((s) => s.intent.praise)?.vocabulary;
  return !leftover.some((t) => askedTerms(index).has(t) && !praise?.has(t));
}

/** What a statement about the answer opens with: "that was…", "this is…", "it's…", "you're…", "your answer…". */
const THE_ANSWER = new Set(["that", "this", "it", "you", "your", "yours"]);

/**
 * Whether a piece is a statement about the answer just given: it opens with "that", "this", "it", "you" or "your",
 * and the word after is not one the entries are asked with ("that was clearer than…", "you explained it better
 * than…"; not "this job sounds hard", "it pays well").
 */
function speaksOfTheAnswer(index: MatchIndex, ws: readonly string[]): boolean {
  const [first, second] = ws;
  if (first === undefined || !THE_ANSWER.has(first)) return false;
  return second === undefined || !askedTerms(index).has(index.normalizer.terms(second)[0] ?? "");
}

/** Whether the word before `i` denies what follows: "not helpful", "wasn't useful", "didn't help", "never mind". */
function deniedAt(ws: readonly string[], i: number): boolean {
  const before = ws[i - 1];
  return DENYING_WORDS.has(before ?? "") || (before === "t" && DENIED_AUXILIARIES.has(ws[i - 2] ?? ""));
}

/**
 * The intents whose phrasings a piece contains (longest first, word for word by stem), or the one its words are
 * close to as a whole (short pieces: "who built you" ~ "who made you"); `rest`: the words no phrasing covers.
 */
function coverPiece(
  index: MatchIndex,
  ws: readonly string[],
): { intents: Smalltalk[]; rest: string[]; whole?: boolean; leaving?: boolean } {
  // "very good", "thanks a ton": a piece that is a phrasing keeps its words of degree.
  const exact = intentOfWords(index, ws.join(" "));
  if (exact !== undefined) return { intents: [exact], rest: [] };
  // "thanks a lot for the details": the article of a word of degree goes with it, so "for" still follows the thanks.
  // "may God bless you": the wish's "may" asks nothing.
  const blessing = opensABlessing(ws);
  const plain = ws.filter(
    (w, i) =>
      !DEGREE.has(w) &&
      !COURTESY.has(w) &&
      !(w === "a" && DEGREE.has(ws[i + 1] ?? "")) &&
      !(i === 0 && blessing),
  );
  const typed = ws;
  if (plain.length > 0 && plain.length < ws.length) ws = plain;
  // "how's work treating you", "have a lovely evening": read by their form, whatever words fill it; a form saying how
  // much ("you help me a lot") with its words of degree.
  const form = smalltalkByForm(index, ws) ?? (ws === typed ? undefined : smalltalkByForm(index, typed));
  if (form === "other") return { intents: [], rest: [...ws] };
  if (form !== undefined) return { intents: [form], rest: [], leaving: false };
  const stems = ws.map(stem);
  const intents: Smalltalk[] = [];
  const rest: string[] = [];
  let edge = false;
  let leaving = false;
  // "thank you for helping me": after thanks and "for", a phrasing says what for even at the piece's close.
  let thankedFor = false;
  let boundHere = false;
  for (let i = 0; i < stems.length; ) {
    const hit = phrasingAt(index, stems, i);
    // "thanks to the rain", "what's up with my phone": a phrasing bound into a longer phrase is not small talk;
    // "not helpful", "wasn't useful", "didn't help": nor is one denied.
    const bound =
      hit !== undefined &&
      (deniedAt(ws, i) ||
        boundAfter(ws, i + hit.stems.length, hit.intent.leaving) ||
        asksOn(index, hit, ws, i + hit.stems.length));
    // A word bound in the middle ("what sort of things…" holds "sorted") leaves the piece to be read as a whole.
    boundHere ||= bound && (i === 0 || hit.stems.length > 1);
    // "I have to go help my mom now": after a goodbye, the words say where the person goes; a phrasing among them
    // ("help" reads as "helpful") is part of the errand unless it closes the piece ("gotta go thanks"), or, after
    // thanks and "for", unless it takes leave ("thanks for the help bye").
    const errand =
      hit !== undefined &&
      leaving &&
      !(ws.slice(i + hit.stems.length).every(isAddress) && (!thankedFor || hit.intent.leaving));
    if (hit && !bound && !errand) {
      intents.push(hit.intent);
      i += hit.stems.length;
      // "gg thx bot": words of address after a phrasing leave it at the piece's close.
      edge ||= i - hit.stems.length === 0 || ws.slice(i).every(isAddress);
      // Words after a goodbye say where the person goes: "gotta go pick up the kids", not "moving up later"; words
      // after thanks and "for" say what for ("thank you for giving the details").
      thankedFor ||= hit.intent.praise === true && ws[i] === "for" && i < stems.length;
      leaving ||= (hit.intent.leaving || thankedFor) && i < stems.length;
    } else if (isAddress(ws[i]!)) i++;
    else rest.push(ws[i++]!);
  }
  // Small talk opens or closes a piece; in its middle it is a word of something else ("translate hello into German").
  if (edge) return { intents, rest, leaving };
  if (intents.length > 0 || boundHere) return { intents: [], rest: [...ws] };
  // Close to a phrasing as a whole, when every word of it is the intent's or a function word.
  const close = smalltalkScore(index, ws);
  const unexplained = close && ws.filter((w) => !close.vocabulary.has(stem(w)));
  return close !== undefined &&
    close.score >= index.options.smalltalkMin &&
    unexplained!.every((w) => STOPWORDS.has(w))
    ? { intents: [close.intent], rest: unexplained!, whole: true }
    : { intents, rest };
}

/**
 * A message of emoji and signs only: the intent that lists them ("👋", "🙏"). Emoji may repeat ("👋👋"); a sign of
 * punctuation counts only alone: "?" asks what to ask, "???" or "?!" says nothing.
 */
export function smalltalkOfSymbols(index: MatchIndex, text: string): Smalltalk | undefined {
  const signs = [...new Set(text.replace(/\s|\u200d|\ufe0f|[\u{1f3fb}-\u{1f3ff}]/gu, ""))];
  const compact = text.trim();
  if (signs.length !== 1 || (/^\p{P}$/u.test(signs[0]!) && compact !== signs[0])) return undefined;
  return index.smalltalk.find((s) => s.intent.symbols.includes(signs[0]!))?.intent;
}

/** The intent of the first emoji in a message that an intent lists ("gracias 🙏"); signs of punctuation do not count. */
export function smalltalkBySign(index: MatchIndex, text: string): Smalltalk | undefined {
  for (const [sign] of text.matchAll(/\p{Extended_Pictographic}/gu)) {
    const intent = index.smalltalk.find((s) => s.intent.symbols.includes(sign))?.intent;
    if (intent) return intent;
  }
  return undefined;
}

/** Words that address the bot. */
const YOU = new Set(["you", "your", "yourself", "yours"]);
/** The same as stems, with the spoken "ya": a phrasing that addresses the bot and names a thing is not said without it. */
const SECOND_PERSON: ReadonlySet<string> = new Set([...YOU, "ya"].map(stem));
const SECOND_PERSON_STEMS = [...SECOND_PERSON];
const addressesTheBot = (stems: ReadonlySet<string>) => holdsAny(stems, SECOND_PERSON_STEMS);

/** Words of the conversation itself: "what can you answer", "is a person typing this", "are these replies automatic". */
const CONVERSING = new Set(
  `answer answering answers reply replying replies respond responding type typing write writing talk talking chat
chatting text texting speak speaking read reading message messages correspond corresponding communicate
communicating`.split(/\s+/),
);

/** What the bot might be: a machine, which says on its own what the question is about… */
const MACHINE =
  `bot robot computer machine ai automated automatic program software chatbot gpt chatgpt script`.split(
    /\s+/,
  );
/** …or a person, which does only with a word of the conversation or one pointing at it ("is anybody there"). */
const PERSON = `human person people real actual someone somebody anyone anybody agent live`.split(/\s+/);
const PERSON_OR_MACHINE = new Set([...MACHINE, ...PERSON]);
const MACHINE_WORDS: ReadonlySet<string> = new Set(MACHINE);
const HERE = new Set(["you", "u", "this", "it", "here", "there", "these", "end", "bot"]);
/**
 * Words after which the people named are those something is for or about, not the other end of the chat: "is it for
 * shy people", "is it good for someone like me", "is that about real people".
 */
const FOR_WHOM = new Set(["for", "about", "like", "than", "among", "around", "toward", "towards", "against"]);

/** Whether the person or machine at `i` is named after "for", "about", "like"…: someone the question is about. */
const forWhom = (ws: readonly string[], i: number) => ws.slice(0, i).some((w) => FOR_WHOM.has(w));

/**
 * Whether the word at `i` points at the bot: "this" and "these" only alone or before what the bot might be ("who is
 * this", "is this a person", "is this automated"), not before a thing they pick out ("who wins this season").
 */
function pointsHere(ws: readonly string[], i: number): boolean {
  const w = ws[i]!;
  if (!HERE.has(w)) return false;
  if (w !== "this" && w !== "these") return true;
  const next = ws[i + 1];
  return (
    next === undefined || FUNCTION_WORDS.has(next) || PERSON_OR_MACHINE.has(next) || CONVERSING.has(next)
  );
}

/** Machines someone owns ("my computer", "the program I bought"); the bot itself is "the bot", "the AI". */
const OWNED_MACHINES = new Set(["computer", "machine", "program", "software", "robot", "script"]);
const THINGS_OWNED = new Set(["the", "my", "our", "his", "her", "their"]);

/**
 * "is this a real person or automated?", "am I writing to a computer", "do I have a person here": a question about
 * what the bot is opens as a yes-no question about the present (a form of "be", "do I"), or "who am I talking to";
 * or, as many say it, in a statement's order or without the verb ("you are a robot or a person?", "yuh a real
 * person?", "so who I'm talking to").
 */
const ABOUT_THE_BOT =
  /^(?:\W*(?:so|wait|sorry|um|ok|hey|hi|hello|just)\b\W*)*(?:is|are|am|r|do i|who am i|who is|who's|who i am|who i'?m|(?:you|u|yuh|yu)(?: are| re| r|'re| ah| a| an)?)\b/i;

/**
 * A polite lead-in before that question, asked indirectly: "may I ask whether I am writing to a person", "pardon me,
 * but am I…", "could you tell me if this is automated", "may I know who I am chatting with".
 */
const POLITE_LEAD_IN =
  /^\W*(?:(?:pardon|excuse) me\W+(?:but\W+)?|(?:sorry\W+)?(?:(?:may|might|can|could) i (?:ask|know|enquire|inquire)(?: you)?|(?:can|could|would) you (?:tell|let) me(?: know)?|i (?:would|d) like to know|i (?:wonder|was wondering|am wondering|m wondering)|please (?:tell|let) me(?: know)?|tell me|(?:kindly|please) (?:advise|clarify|explain|share|confirm)(?: me)?)\W+(?:whether|if)?\W*)/i;
/** A greeting the question opens with: "Good afternoon. Is this a person…". */
const GREETING_FIRST =
  /^\W*(?:(?:hi|hello|hey|greetings|good (?:morning|afternoon|evening|day))\b\W*(?:(?:sir|madam|dear|there|all)\b\W*)?)+/i;
/** A polite tag closing the question: "…, if I may ask?", "…, if you don't mind me asking". */
const POLITE_TAG =
  /[,\s]*\b(?:if i (?:may|might) (?:ask|enquire|inquire)|if you don'?t mind(?: me asking)?|please)\W*$/i;
/** A question without the greeting it opens with and the polite tag it closes with. */
const politeCore = (text: string) => text.trim().replace(GREETING_FIRST, "").replace(POLITE_TAG, "?");
/** An indirect question's order ("whether I am", "who I am talking to") put back as a direct one's. */
const INDIRECT =
  /^(?:whether |if )?(i am|i m|this is|it is|you are|there is|there s|who i am|who it is|who this is)\b/i;
const DIRECT: Record<string, string> = {
  "i am": "am i",
  "i m": "am i",
  "this is": "is this",
  "it is": "is it",
  "you are": "are you",
  "there is": "is there",
  "there s": "is there",
  "who i am": "who am i",
  "who it is": "who is it",
  "who this is": "who is this",
};

/** The question about the bot without its polite lead-in, in a direct question's order. */
function withoutLeadIn(text: string): string {
  const lead = POLITE_LEAD_IN.exec(text);
  if (lead === null) return text;
  const rest = text.slice(lead[0].length).replace(/['’]/g, " ");
  return rest.replace(
    INDIRECT,
    (_, order: string) => DIRECT[order.toLowerCase().replace(/\s+/g, " ")] ?? order,
  );
}
/** Stems of the lead-in's words, which ask nothing of the pack. */
const LEAD_IN_STEMS = new Set(
  [
    "may",
    "might",
    "ask",
    "know",
    "pardon",
    "excuse",
    "enquire",
    "inquire",
    "wonder",
    "wondering",
    "tell",
    "let",
    "like",
    "whether",
  ].map(stem),
);

/**
 * A question put to the bot itself ("what sort of things can I ask you here?", "is this an actual person answering
 * or a computer?"): it says "you", asks, and every word of it is the closest intent's or everyday English the pack
 * does not use; that intent's phrasings speak to the bot too. Looser than small talk as a whole (Dice ≥
 * `smalltalkMin` · 0.6, up to 12 words), because "you" already says whom it is about. Without `closeEnough`, only
 * the question's parts as `bot-questions.ts` reads them decide ("wait are you an actual person"), not its closeness
 * to an intent's phrasings.
 */
export function questionToTheBot(
  index: MatchIndex,
  text: string,
  ws: readonly string[],
  terms: readonly string[],
  corrections: readonly (readonly [string, string])[] = [],
  closeEnough = true,
): Smalltalk | undefined {
  // A greeting, a polite lead-in or tag ("good afternoon, may I ask whether…, if I may ask") make the question
  // longer, not different.
  if (words(withoutLeadIn(politeCore(text))).length > 14) return undefined;
  ws = chatSpelled(ws);
  if (!closeEnough) return byItsParts(index, text, ws, terms);
  // "am I texting with AI": a word of the conversation the speller read as a pack word ("test") is still that.
  const conversing = corrections.filter(([typed]) => CONVERSING.has(typed) || PERSON_OR_MACHINE.has(typed));
  const asTyped = new Map(conversing.map(([typed, meant]) => [meant, typed]));
  const identity = whatTheBotIs(
    index,
    text,
    ws.map((w) => asTyped.get(w) ?? w),
    terms.filter((t) => !conversing.some(([, meant]) => stem(meant) === t)),
  );
  if (identity !== undefined) return identity;
  const byParts = byItsParts(index, text, ws, terms);
  if (byParts !== undefined) return byParts;
  if (!ws.some((w) => YOU.has(w)) || !isAsking(text) || smalltalkByForm(index, ws) === "other")
    return undefined;
  const close = smalltalkScore(index, ws, 12);
  if (
    close === undefined ||
    close.score < index.options.smalltalkMin * 0.6 ||
    !close.vocabulary.has("you") ||
    holdsBoundPhrasing(index, ws, close.intent) ||
    // "what do you do in a typical day" asks what someone does, which "how's your day" does not.
    (asksOf(text) & ~close.asks) !== 0
  )
    return undefined;
  // "what are you programmed to help with": how the bot was made is about the bot too.
  const explained = (t: string) =>
    close.vocabulary.has(t) ||
    ANSWERING_STEMS.has(t) ||
    MACHINE_STEMS.has(t) ||
    (!index.weights.has(t) && EVERYDAY_STEMS.has(t));
  return terms.every(explained) ? close.intent : undefined;
}

/**
 * A question about the bot read by its parts (`bot-questions.ts`): who or what it is, or what it can be asked, when
 * every word the pack knows is one of the parts or names the bot's maker ("is this thing run by a college").
 */
function byItsParts(
  index: MatchIndex,
  text: string,
  ws: readonly string[],
  terms: readonly string[],
): Smalltalk | undefined {
  // "be honest, is a human typing these replies?": the question may follow a lead-in that names nothing of the pack.
  const lead = /^[^,:;]*[,:;]\s*(.+)$/su.exec(text);
  // "kindly advise what sort of questions you can take": a polite lead-in asks for the question after it.
  const direct = withoutLeadIn(politeCore(text));
  const asked =
    botQuestion(ws, isAsking(text)) ??
    (lead ? botQuestion(chatSpelled(words(lead[1]!)), isAsking(lead[1]!)) : undefined) ??
    (direct !== text ? botQuestion(chatSpelled(words(direct)), isAsking(direct)) : undefined);
  if (asked === undefined) return undefined;
  // The parts' words, alone and as the phrases they make ("good at" is a skill's phrase, said of the bot here).
  const parts = ws.filter((w) => isBotQuestionWord(w) || FUNCTION_WORDS.has(w));
  const own = new Set([
    ...[...parts, ...asked.excused].flatMap((w) => [stem(w), ...index.normalizer.terms(w)]),
    ...index.normalizer.terms(parts.join(" ")),
    ...index.normalizer.terms(asked.excused.join(" ")),
  ]);
  if (!terms.every((t) => own.has(t) || !index.weights.has(t))) return undefined;
  return intentSaying(index, asked.kind === "identity" ? "who are you" : "what can you do");
}

const CONVERSING_STEMS: ReadonlySet<string> = new Set([...CONVERSING].map(stem));
/** What the bot does with a question ("what kind of stuff can you answer"); "do you type a lot" is about the job. */
const ANSWERING_STEMS: ReadonlySet<string> = new Set(
  ["answer", "reply", "respond", "handle", "cover", "offer", "provide"].map(stem),
);
const PERSON_OR_MACHINE_STEMS: ReadonlySet<string> = new Set([...PERSON_OR_MACHINE].map(stem));
const HERE_STEMS: ReadonlySet<string> = new Set([...HERE].map(stem));
const MACHINE_STEMS: ReadonlySet<string> = new Set(MACHINE.map(stem));

/**
 * A question whether the bot is a person or a machine, put to it ("are you", "is this", "am I talking to"): the intent
 * whose phrasings say most of those words, when the message's other words are the conversation's or the pack's
 * strangers ("is this an actual person answering or a computer?"); "is this job automated" asks about the job.
 */
function whatTheBotIs(
  index: MatchIndex,
  text: string,
  ws: readonly string[],
  terms: readonly string[],
): Smalltalk | undefined {
  const direct = withoutLeadIn(politeCore(text));
  if (!ABOUT_THE_BOT.test(direct)) return undefined;
  // "who is on the other end of this": "who" asks after a person already.
  const asksWho = /^(?:\W*(?:so|wait|sorry|um|ok|hey|hi|hello|just)\b\W*)*who\b/i.test(direct);
  if (!asksWho && !ws.some((w, i) => PERSON_OR_MACHINE.has(w) && !forWhom(ws, i))) return undefined;
  // "are people nice" asks about people; "is anybody there", "is a human typing this" about the other end.
  if (!ws.some((w, i) => MACHINE_WORDS.has(w) || CONVERSING.has(w) || pointsHere(ws, i))) return undefined;
  // "is the computer program I bought any good", "is my computer fast enough": a machine of someone's is a thing.
  if (ws.some((w, i) => OWNED_MACHINES.has(w) && THINGS_OWNED.has(ws[i - 1] ?? ""))) return undefined;
  const own = (t: string) =>
    PERSON_OR_MACHINE_STEMS.has(t) ||
    CONVERSING_STEMS.has(t) ||
    HERE_STEMS.has(t) ||
    LEAD_IN_STEMS.has(t) ||
    !index.weights.has(t);
  if (!terms.every(own)) return undefined;
  let best: { intent: Smalltalk; said: number } | undefined;
  for (const { intent, vocabulary } of index.smalltalk) {
    const said = [...PERSON_OR_MACHINE_STEMS].filter((s) => vocabulary.has(s)).length;
    if (said > (best?.said ?? 0)) best = { intent, said };
  }
  return best?.intent;
}
