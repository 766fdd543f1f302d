// Reads what kind of question a text asks (where, when, who, how long, how much, why, which, what it is like, onward
// from where one is, what someone does, how, yes or no), and how
// far each entry is asked that way by its own phrasings: question words are stopwords, so the terms cannot say it.
import { readAuxiliaries } from "./auxiliaries.ts";
import { keptByText } from "./by-text.ts";
import { isAsking, sentences } from "./clauses.ts";
import { shorthandWord, wordTokens } from "./text.ts";

export const QUESTION_KINDS = [
  "where",
  "when",
  "who",
  "how-long",
  "how-much",
  "why",
  "which",
  "like",
  "onward",
  "doing",
  "how",
  "yes-no",
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Kinds by their position in QUESTION_KINDS, as bits. */
export type Asks = number;

const bit = (kind: QuestionKind): number => 1 << QUESTION_KINDS.indexOf(kind);

/** Verbs that carry a question after a question word: "where can…", "when do…", "how should…". */
const AUXILIARIES = new Set(
  "is are was were am be do does did can could should would will shall may might must have has had need r".split(
    " ",
  ),
);

/** Words that take a question as their object: "I want to know where…", "tell me who…", "any idea when…". */
const ASK_VERBS = new Set(
  "know knows wondering wonder wondered ask asking asked tell idea sure explain find figure out learn".split(
    " ",
  ),
);

/** Nouns of a place one goes to or works at: "what schools…", "which hospitals…", "find a college…". */
const PLACES = new Set(
  `place places school schools college colleges university universities uni campus campuses institution institutions
  institute institutes academy academies location locations city cities town towns hospital hospitals
  clinic clinics facility facilities workplace workplaces employer employers company companies center centers centre
  centres building buildings office offices`.split(/\s+/),
);

/** Nouns a place noun may qualify: "college program", "school diploma", "hospital jobs". */
const QUALIFIED = new Set(
  `program programs degree degrees course courses class classes diploma diplomas education student students credit
  credits level job jobs work experience setting settings staff`.split(/\s+/),
);

/** Words that seek a place: "find a school", "recommend a college", "look for a program near…". */
const SEEKING = new Set("find finding recommend recommended suggest locate search look looking".split(" "));

/** Words that may stand between a determiner or verb and its place: "a good community college", "any local schools". */
const BETWEEN = new Set(
  "a an the me us any some good decent local nearby cheap affordable online community technical trade vocational accredited kind kinds type types sort sorts of for".split(
    " ",
  ),
);

/** Units of time, and time itself: "how many years", "how much time" ask how long. */
const TIME_UNITS = new Set(
  "time year years month months week weeks day days hour hours semester semesters minute minutes".split(" "),
);

/** Whether a word is a unit of time ("hours"), which a how-long question counts. */
export const isTimeUnit = (word: string): boolean => TIME_UNITS.has(word);

/** Question words typed without their apostrophe, beside the texting shorthand every reading shares. */
const SPELLED = new Map(
  Object.entries({
    whats: "what",
    hows: "how",
    wheres: "where",
    whos: "who",
    wen: "when",
  }),
);

const tokens = (sentence: string): string[] =>
  readAuxiliaries(
    wordTokens(sentence.toLowerCase().replace(/['’]s\b/g, "")).map(
      (w) => SPELLED.get(w) ?? shorthandWord(w) ?? w,
    ),
  );

/** Whether a place noun follows within two words that may stand between: "which community colleges", "a school". */
function placeAfter(ws: readonly string[], i: number): boolean {
  for (let k = i + 1; k < ws.length && k <= i + 4; k++) {
    // "what kind of college program": the place only qualifies what is asked about.
    if (PLACES.has(ws[k]!)) return !QUALIFIED.has(ws[k + 1] ?? "");
    if (!BETWEEN.has(ws[k]!)) return false;
  }
  return false;
}

/** Whom a blessing calls on: "may God bless you", "may Allah reward you", "may the Lord keep you". */
const BLESSING = /^may (?:god|allah|the lord|lord|jesus|heaven|the almighty|almighty)\b/;

/** Whether the "may" at `first` opens a blessing, which wishes rather than asks. */
const blesses = (ws: readonly string[], first: number) => BLESSING.test(ws.slice(first, first + 3).join(" "));

/** Whether words open with a blessing's "may" ("may God bless you"): a wish, whose "may" is no pack word's. */
export const opensABlessing = (ws: readonly string[]) => blesses(ws, 0);

/** The kinds one sentence asks. */
function sentenceAsks(ws: readonly string[]): Asks {
  let asks = 0;
  const first = ws.findIndex((w) => !OPENING.has(w));
  // "can you explain…", "could someone tell me…" is a request, not a yes-or-no question; "may God bless you" a wish.
  if (first >= 0 && AUXILIARIES.has(ws[first]!) && !isRequest(ws, first) && !blesses(ws, first))
    asks |= bit("yes-no");
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const next = ws[i + 1];
    const before = ws[i - 1];
    // A question word asks when it opens the sentence, is followed by its verb ("so where can i…"), or is the object
    // of a verb of asking ("tell me where…"); "the lab where I work" and "when I finish" only tell.
    const opens = i === first || (before !== undefined && ASK_VERBS.has(before)) || before === "me";
    const carried = next !== undefined && (AUXILIARIES.has(next) || next === "to");
    // "school, where find?", "work where?": said without its auxiliary, a question word asks before a verb of seeking or
    // at the sentence's end ("that's where", "no matter where" tell).
    const bare =
      (next === undefined || SEEKING.has(next) || BEGIN.has(next)) && !TELLS_BEFORE.has(before ?? "");
    switch (w) {
      case "where":
        // "where do I start", "where would I even begin": where in a course of action, not a place.
        if (opens || carried || bare) asks |= ws.some((x) => BEGIN.has(x)) ? bit("how") : bit("where");
        break;
      case "when":
        if (opens ? next === undefined || AUXILIARIES.has(next) : carried) asks |= bit("when");
        break;
      case "who":
      case "whom":
      case "whose":
        if (opens || (carried && i <= first + 2)) asks |= bit("who");
        break;
      case "why":
        // "that's why I…" tells a reason.
        if (before !== "that" && before !== "thats" && before !== "is") asks |= bit("why");
        break;
      case "which":
      case "what":
        if (w === "which" && (opens || ASK_PREPOSITIONS.has(before ?? ""))) asks |= bit("which");
        if (w === "what" && (next === "kind" || next === "type" || next === "sort")) asks |= bit("which");
        if (placeAfter(ws, i)) asks |= bit("where");
        break;
      case "how":
        if (next === "long") asks |= bit("how-long");
        else if ((next === "many" || next === "much") && TIME_UNITS.has(ws[i + 2] ?? ""))
          asks |= bit("how-long");
        else if (next === "much" || next === "many") asks |= bit("how-much");
        else if (next === "soon") asks |= bit("when");
        else if (next === "come") asks |= bit("why");
        else if (next !== undefined && (AUXILIARIES.has(next) || next === "to")) asks |= bit("how");
        break;
      case "like":
        // "what's it like inside?", "what is a day like for them", "what does it feel like": not "I'd like to know",
        // nor "what jobs like this".
        if (asksWhatLike(ws, i)) asks |= bit("like");
        break;
      case "near":
      case "around":
      case "close":
        // "any programs near me", "schools around here", "close to home".
        if (next === "me" || next === "here" || next === "home" || (next === "to" && ws[i + 2] === "me"))
          asks |= bit("where");
        break;
      case "nearby":
        asks |= bit("where");
        break;
      case "in":
        if (next === "my" && (ws[i + 2] === "area" || ws[i + 2] === "city" || ws[i + 2] === "town"))
          asks |= bit("where");
        break;
      default:
        if (SEEKING.has(w) && placeAfter(ws, i)) asks |= bit("where");
    }
  }
  if (movesOn(ws)) asks |= bit("onward");
  if (asksWhatDone(ws)) asks |= bit("doing");
  return asks;
}

/**
 * Words of moving on from where one is to a higher or another place in the same work: "upgrade", "bridge",
 * "promoted". Becoming something from nothing is not among them: that is where one starts.
 */
const MOVING = new Set(
  `upgrade upgrading upgraded bridge bridging advance advancing advanced advancement progress progressing progression
  transition transitioning promote promoted promotion climb climbing`.split(/\s+/),
);

/** Verbs that move on with "up": "move up", "step up", "work my way up", "level up" (not "show up", "sign up"). */
const UP_VERBS = new Set(
  "move moving moved step stepping work working way level leveling levelling climb climbing rise rising bridge".split(
    " ",
  ),
);

/** Forms of "go" that go up to a role: "go up to technologist". */
const GO = new Set("go going goes went".split(" "));

const DO_FORMS = new Set("do does did doing".split(" "));

/** Words that may follow "do" as the question's own verb: "what do they do all day", "what does an MLT do in a…". */
const AFTER_DO = new Set(
  "in at on all every each during there here exactly actually anyway daily when after from as".split(" "),
);

/** How far the verb may follow "what": "what do lab techs actually do at work". */
const DO_REACH = 8;

/**
 * Whether a sentence asks what someone does: a form of "do" as the verb "what" asks for, not its auxiliary ("what
 * does an MLT do", "what would I be doing from…"; not "what do they test blood for").
 */
function asksWhatDone(ws: readonly string[]): boolean {
  for (let i = 1; i < ws.length; i++) {
    if (!DO_FORMS.has(ws[i]!)) continue;
    const what = ws.lastIndexOf("what", i - 2);
    if (what < 0 || i - what > DO_REACH) continue;
    const next = ws[i + 1];
    if (next === undefined || AFTER_DO.has(next)) return true;
  }
  return false;
}

/** Places a thing is done in or at, beside the place nouns: "at work", "in the lab". */
const SCENES = new Set([...PLACES, "work", "lab", "labs", "laboratory", "laboratories"]);
const SCENE_BETWEEN = new Set("a an the my your their his her our this that big small local".split(" "));

/**
 * In a question asking what someone does, the places after "in" or "at" ("what does an MLT do in a hospital", "what
 * do they do at work") say where it is done, not what is asked: the words that name them, read by `normalize`.
 */
export function placesOfTheDoing(ws: readonly string[]): string[] {
  if (!asksWhatDone(ws)) return [];
  const places: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (ws[i] !== "in" && ws[i] !== "at") continue;
    let k = i + 1;
    while (k < ws.length && k <= i + 3 && SCENE_BETWEEN.has(ws[k]!)) k++;
    // "in a big hospital": the words that qualify the place are the scene too.
    if (SCENES.has(ws[k] ?? "")) places.push(...ws.slice(i + 1, k + 1));
  }
  return places;
}

/** Whom a move carries: "get me to", "take you to". */
const CARRIED = new Set("me you u him her them us someone".split(" "));

/** How far "to" may follow "from" in one move: "from technician to technologist", "from an MLT to an MLS". */
const FROM_TO_REACH = 5;

/** Whether a sentence asks about moving on from where one is: a word of moving, a verb with "up", "from … to …". */
function movesOn(ws: readonly string[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (MOVING.has(w)) return true;
    if (w === "up" && i > 0 && UP_VERBS.has(ws[i - 1]!)) return true;
    // "how i go up to technologist": going up to a role (not "the pay goes up to 70k").
    if (
      w === "up" &&
      GO.has(ws[i - 1] ?? "") &&
      ws[i + 1] === "to" &&
      /^[a-z]+$/.test(ws[i + 2] ?? "") &&
      ws[i + 2] !== "money"
    )
      return true;
    if (w === "next" && ws[i + 1] === "step") return true;
    // "what would get me to technologist", "what takes you from…": someone carried on to somewhere.
    if (
      (w === "get" || w === "gets" || w === "take" || w === "takes") &&
      CARRIED.has(ws[i + 1] ?? "") &&
      ws[i + 2] === "to"
    )
      return true;
    if (w === "from") {
      const to = ws.indexOf("to", i + 2);
      if (to > i + 1 && to - i <= FROM_TO_REACH && to < ws.length - 1) return true;
    }
  }
  return thingToThing(ws);
}

/** Words before "to" that make it a verb's or an adjective's ("how to", "want to", "close to", "next to"), not a move's. */
const BEFORE_TO = new Set(
  `how what where why when who which i you u we they he she it this that is are was be do does did can could should
would will want wanna need needs go going get got have has had like able used close next due compared similar prior
according back up down listen talk speak say said time way ways related new open hard easy`.split(/\s+/),
);

/**
 * "tech to technologist how", "mlt to mls?": a short sentence opening with two things joined by "to" asks the move
 * from one to the other, as "from … to …" does.
 */
function thingToThing(ws: readonly string[]): boolean {
  if (ws.length > 5) return false;
  const to = ws.indexOf("to");
  return (to === 1 || to === 2) && to < ws.length - 1 && ws.slice(0, to).every((w) => !BEFORE_TO.has(w));
}

/** Words after which "like" still closes the question: "what's it like to work there", "like for a new tech". */
const AFTER_LIKE = new Set("to for in at inside there here day days every working on".split(" "));
/** Words before "like" that make it a verb or a wish: "I'd like", "would you like", "what do you like". */
const BEFORE_LIKE = new Set("i id would you u we they he she people to do does don't dont not".split(" "));

/** Whether the "like" at `i` closes a question what something is like: "what's it like", "what is the lab like for…". */
function asksWhatLike(ws: readonly string[], i: number): boolean {
  const before = ws[i - 1];
  if (before === undefined || BEFORE_LIKE.has(before)) return false;
  const next = ws[i + 1];
  if (next !== undefined && !AFTER_LIKE.has(next)) return false;
  const what = ws.lastIndexOf("what", i);
  return what >= 0 && i - what <= 6;
}

/** Verbs of a request put as a question: "can you explain", "could someone walk me through", "would you list". */
const REQUESTS = new Set(
  "explain describe tell give walk help list break share clarify show define outline summarize summarise go talk".split(
    " ",
  ),
);
const ADDRESSEES = new Set("you someone anyone somebody anybody u".split(" "));

function isRequest(ws: readonly string[], first: number): boolean {
  const who = ws[first + 1];
  if (who === undefined || !ADDRESSEES.has(who)) return false;
  const verb = ws[first + 2] === "please" || ws[first + 2] === "just" ? ws[first + 3] : ws[first + 2];
  return verb !== undefined && REQUESTS.has(verb);
}

const BEGIN = new Set("start starting begin beginning".split(" "));

/** Words before a question word that make it tell rather than ask: "that's where", "no matter when". */
const TELLS_BEFORE = new Set("that thats is was matter".split(" "));

/** Words a sentence may open with before it asks: "so", "ok", "hey", "and". */
const OPENING = new Set("so ok okay hey hi yo and but also well then now um uh wait".split(" "));

/** Prepositions before "which": "in which state…", "at which point…". */
const ASK_PREPOSITIONS = new Set("in at on for from of with to by".split(" "));

/**
 * The kinds of question a text asks, as bits: those of its asking sentences (the story around a question does not
 * ask), or of the whole when none reads as a question.
 */
export function asksOf(text: string): Asks {
  return keptAsks(text);
}

/** Kept by text: a question is read alone, with its story and against the bot's last answer. */
const keptAsks = keptByText(readAsks);

function readAsks(text: string): Asks {
  const all = sentences(text);
  // One sentence (most messages, every phrasing) is read whole: no need to tell its asking from its story.
  if (all.length <= 1) return all.length === 0 ? 0 : asksOfSentence(all[0]!);
  const asking = all.filter((s) => isAsking(s));
  let asks = 0;
  for (const s of asking.length > 0 ? asking : all) asks |= asksOfSentence(s);
  return asks;
}

/** What one sentence asks, kept by sentence: a story's question is read in the story and again on its own. */
const asksOfSentence = keptByText((sentence) => sentenceAsks(tokens(sentence)));

/** The bits of some kinds. */
export function kindBits(...kinds: QuestionKind[]): Asks {
  return kinds.reduce((asks, k) => asks | bit(k), 0);
}

/** The bit of a question asking how long ("how long", "how many years"). */
export const HOW_LONG: Asks = kindBits("how-long");

/** Whether the kinds include where: "where can I…", "what schools…", "near me". */
export function asksWhere(asks: Asks): boolean {
  return (asks & bit("where")) !== 0;
}

/** Whether the kinds include who: "who takes the tube in", "whose job is it". */
export function asksWho(asks: Asks): boolean {
  return (asks & bit("who")) !== 0;
}

/**
 * Stems of the verbs of seeking, of the words of nearness and of a place not named, which ask where rather than name a
 * subject when the message asks where ("where can I find…", "programs in my area": not a specialist's area; "where
 * does the result go, is it logged somewhere": not the workplace "somewhere smaller").
 */
export const SEEKING_TERMS: ReadonlySet<string> = new Set([
  "find",
  "look",
  "search",
  "locat",
  "near",
  "nearbi",
  "area",
  "local",
  "somewher",
  "anywher",
  "elsewher",
  "someplac",
]);

/** Words that say which kind of place: "community college", "trade school", "big hospitals". */
const PLACE_KINDS = new Set("community junior technical trade vocational big small local online".split(" "));

/**
 * The words naming a kind of place in a message ("my community college", "a trade school"): in a message asking
 * where, they are what the answer is to give, not what the message is about. A place not said of which kind
 * ("options for schools near me") is what is sought.
 */
export function placeWords(ws: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 1; i < ws.length; i++) {
    if (!PLACES.has(ws[i]!) || !PLACE_KINDS.has(ws[i - 1]!)) continue;
    let k = i - 1;
    while (k > 0 && PLACE_KINDS.has(ws[k - 1]!)) k--;
    out.push(...ws.slice(k, i + 1));
  }
  return out;
}

/** The names of the kinds in a set of bits (for tests and the debug view). */
export function kindsOf(asks: Asks): QuestionKind[] {
  return QUESTION_KINDS.filter((k) => (asks & bit(k)) !== 0);
}

/**
 * How far each entry is asked each way, beyond the pack as a whole: for each kind, the share of the entry's phrasings
 * that ask it, less that share across all the pack's phrasings, scaled to 0..1 (0: no more than any entry; 1: every
 * phrasing). `asksByEntry`: what each of an entry's phrasings asks (`asksOf`). One row of QUESTION_KINDS.length
 * numbers per entry.
 */
export function askingProfiles(asksByEntry: readonly (readonly Asks[])[]): Float32Array[] {
  const n = QUESTION_KINDS.length;
  const counts = asksByEntry.map((phrasings) => {
    const c = new Float32Array(n);
    for (const asks of phrasings) for (let k = 0; k < n; k++) if ((asks & (1 << k)) !== 0) c[k]!++;
    return c;
  });
  const total = asksByEntry.reduce((s, p) => s + p.length, 0);
  const base = new Float32Array(n);
  for (const c of counts) for (let k = 0; k < n; k++) base[k]! += c[k]! / Math.max(1, total);
  return counts.map((c, e) => {
    const size = Math.max(1, asksByEntry[e]!.length);
    return Float32Array.from(c, (x, k) =>
      base[k]! >= 1 ? 0 : Math.max(0, x / size - base[k]!) / (1 - base[k]!),
    );
  });
}

/**
 * The kinds that tell entries apart: "how do I…" and yes-or-no questions are asked of nearly every subject, and
 * counting them moved answers away from the words that decide them ("how can I develop the skills…").
 */
const TELLING: Asks = ~(bit("how") | bit("yes-no"));

/** How well an entry's profile agrees with what a message asks: its strongest kind among those asked. */
export function agreement(profile: Float32Array, asks: Asks): number {
  let best = 0;
  const telling = asks & TELLING;
  for (let k = 0; k < profile.length; k++)
    if ((telling & (1 << k)) !== 0 && profile[k]! > best) best = profile[k]!;
  return best;
}
