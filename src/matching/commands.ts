// Commands typed as words: "topics", "help", "hi, menu please" act like /topics, /help — the bot's own commands,
// recognised by their names (and the few everyday names for them), alone or with a greeting or "please"; and asked for
// in a sentence with the writer's own particles and request verbs around the name ("gie us a tip", "topics dikhao").
import { stem } from "./text.ts";

export const COMMAND_NAMES = ["start", "help", "topics", "tip", "daily", "settings"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** What people type for each command, beyond its name; matched on stems, after the courtesy words are dropped. */
const SPOKEN: Record<CommandName, string[]> = {
  start: ["start", "start over", "restart", "begin", "get started", "start again", "from the top"],
  help: [
    "help",
    "help please",
    "need help",
    "instructions",
    "assist",
    "assist me",
    "need assistance",
    "assistance",
  ],
  topics: [
    "topics",
    "topic list",
    "list topics",
    "list of topics",
    "browse topics",
    "show topics",
    "menu",
    "main menu",
    "show menu",
    "home",
  ],
  tip: ["tip", "a tip", "give me a tip", "tip of the day", "random tip"],
  daily: [
    "daily",
    "daily tip",
    "daily tips",
    "subscribe",
    "subscribe daily tips",
    "tip every day",
    "tips every day",
    "tip each day",
    "tip a day",
    "tip every morning",
    "tips every morning",
    "morning tip",
    "morning tips",
    "sign up",
    "sign up for tips",
    "sign up for daily tips",
    "subscribe to daily tips",
    "subscribe to tips",
  ],
  settings: ["settings", "my settings", "preferences", "setting"],
};

/**
 * Words that may surround a command without changing it: greetings, courtesy (Filipino English's "po" too: "tip po";
 * Indian English's "kindly"; West African English's closing "o", "oh": "help o"), words of address ("sir", "bro"),
 * "show me", "the", "/", the punctuation voice typing spells out ("help period"), the ways of asking for a thing
 * ("send me a tip", "I'd like the topics", "can I get the menu", "I want to subscribe", "what topics are there") and of
 * going to one ("open settings", "take me back to the menu", "let's start over", "change my settings").
 */
const COURTESY = new Set(
  `hi hello hey yo hiya heya howdy sup ok okay pls please plz po kindly o oh eh the me show give can i you a an my now
bot sir madam maam mam ji bro dear period comma exclamation send get want wanna like d would could need gimme have to
just love see view look at check quick another little new open go back take let lets what which all your there are
available change edit update adjust`.split(/\s+/),
);

/**
 * "What's the setting like there?", "how's the menu like": asking what a thing is like, not asking for it (unlike
 * "what topics would you like to show me").
 */
const WHAT_IT_IS_LIKE = /^(?:what|whats|how|hows)\b(?!.*\byou like\b).*\blike\b/;

/** A time-of-day salutation before a command ("good day sir, kindly assist", "good morning, topics please"). */
const SALUTATION = /^(?:good (?:morning|afternoon|evening|day)|greetings(?: of the day)?)\b ?/;

const BY_FORM: ReadonlyMap<string, CommandName> = new Map(
  COMMAND_NAMES.flatMap((name) =>
    SPOKEN[name].map((form) => [formOf(form.split(" ")), name] as [string, CommandName]),
  ),
);

function formOf(ws: readonly string[]): string {
  return ws
    .filter((w) => !COURTESY.has(w))
    .map(stem)
    .join(" ");
}

/** The most words a message naming a command has, greetings and courtesies included. */
export const MAX_COMMAND_WORDS = 8;

/**
 * The command a short message names, if that is all it says: at most eight words, and once the greetings and
 * courtesy words are gone, exactly one command's spoken form.
 */
export function typedCommand(words: readonly string[]): CommandName | undefined {
  if (words.length === 0 || words.length > MAX_COMMAND_WORDS) return undefined;
  if (WHAT_IT_IS_LIKE.test(words.join(" "))) return undefined;
  const form = formOf(words.join(" ").replace(SALUTATION, "").split(" ").filter(Boolean));
  const name = form === "" ? undefined : BY_FORM.get(form);
  // "what can you help me", "what u can assist": what the bot can help with is asked, not help itself (the reply
  // says what it can do).
  return name === "help" && ASKING_WHAT.has(words[0]!) ? undefined : name;
}

/** Question words asking which thing, not for one: "what can you help" asks what the bot can do. */
const ASKING_WHAT = new Set(["what", "whats", "which"]);

/** The most words a message asking for a command in a sentence has ("daily tip abeg, I want to be getting it everyday"). */
const MAX_REQUEST_WORDS = 12;

/**
 * The words that name each command's object when asked for in a sentence, matched on stems: a request is read by
 * which of these it holds ("show us the topics", "sign us up for the daily thing").
 */
const OBJECTS: Record<CommandName, readonly string[]> = {
  start: ["start", "restart"],
  help: ["help", "assist", "assistance", "instructions"],
  topics: ["topic", "menu"],
  tip: ["tip"],
  daily: ["daily", "subscribe"],
  settings: ["setting", "preference"],
};

/** A word that narrows a tip to the career the bot is about ("a career tip"), said only of a tip. */
const OF_A_TIP = new Set(["career", "lab"]);

/**
 * How often a tip comes ("a tip every morning", "getting it everyday", "the daily thing"): with a tip or the daily
 * tips named, the request is the daily tips; alone, it names nothing.
 */
const EVERY_DAY = new Set(["every", "each", "day", "morning", "everyday", "thing"]);

/**
 * Words that ask for a thing or hand it over without naming it, beyond the courtesies above: English's and Scots'
 * ("gie us", "gonnae", "put me on", "sign us up for"), and the request verbs and particles of romanised Hindi
 * ("dikhao", "de do", "kar do", "koi tip do na", "aaj ki ek tip"), said around an English command's name.
 */
const REQUESTING = new Set(
  `us we our one some for up on it be getting got going to gonnae gie gimme put sign turn switch bring hit list share
tell ek koi aaj ki ka ke de do dena dedo kar karo karna kardo dikhao dikha dikhana batao bata bhejo bhej kholo khol
chahiye chalu hai hain na zara kaunse konsa kaun`.split(/\s+/),
);

/**
 * Words of address and the particles a sentence is said with, beyond the courtesies above, in the Englishes the bot's
 * users write: Nigerian English and pidgin ("help abeg", "topics sha"), Scots ("hen"), Cajun English ("mais", "cher"),
 * Indian English ("yaar", "bhai"), Singapore's ("lah"), and the everyday ones ("pal", "bruv", "fam", "mate").
 */
const PARTICLES = new Set(
  `abeg biko sha sef jor oga abi ehn oya hen cher chere mais yaar bhai bhaiya lah leh lor pal mate bruv fam buddy dude
man boss chief friend`.split(/\s+/),
);

/**
 * A question's own words: a message holding them asks about a thing, not for a command ("how do I start"), as does
 * "what" unless it picks the command's object ("show us what topics you got"; "you help me what?" asks what it can do).
 */
const ASKING = new Set("how why when where who is does did was were should if".split(" "));

/**
 * The command a message asks for in a sentence: a command's object named, with only words that ask for it, say how
 * often, address the bot, or that no list holds (a writer's own particles: "abeg", "dikhao") around it — "show us
 * the topics", "cher give me a tip", "koi career tip do na", "sign us up for the daily thing". A word of the pack or of
 * everyday English beyond those keeps it a question ("any tips for passing the ASCP", "tip of the needle", "daily
 * duties of a lab tech"). `isKnown` says whether a word is the pack's or English.
 */
export function requestedCommand(
  typed: readonly string[],
  isKnown: (w: string) => boolean,
): CommandName | undefined {
  if (typed.length === 0 || typed.length > MAX_REQUEST_WORDS) return undefined;
  if (WHAT_IT_IS_LIKE.test(typed.join(" "))) return undefined;
  const name = nameRequested(typed, isKnown);
  return name === "help" && ASKING_WHAT.has(typed[0]!) ? undefined : name;
}

/** The one command whose object the words name, every other word asking for it, saying how often or addressing. */
function nameRequested(typed: readonly string[], isKnown: (w: string) => boolean): CommandName | undefined {
  const named = new Set<CommandName>();
  let often = false;
  let ofATip = false;
  for (const [i, w] of typed.entries()) {
    const object = objectNamed(w);
    if (object !== undefined) named.add(object);
    else if (EVERY_DAY.has(w)) often = true;
    else if (OF_A_TIP.has(w)) ofATip = true;
    else if (ASKING.has(w) || (ASKING_WHAT.has(w) && objectNamed(typed[i + 1] ?? "") === undefined))
      return undefined;
    else if (COURTESY.has(w) || REQUESTING.has(w) || PARTICLES.has(w)) continue;
    else if (isKnown(w) || namesAThing(typed, i)) return undefined;
  }
  // "sign us up for the tips": signing up is for the daily tips.
  if (typed.includes("sign") && typed.includes("up")) named.add("daily");
  const beyondTips = [...named].some((name) => name !== "daily" && name !== "tip");
  if (named.has("daily") || (often && named.has("tip"))) return beyondTips ? undefined : "daily";
  if (often || named.size !== 1) return undefined;
  const [name] = named;
  return ofATip && name !== "tip" ? undefined : name;
}

/** Words after which a word names what a thing is of or about ("a tip on pipetting", "the daily horoscope"). */
const OF_A_THING = new Set(["daily", "on", "for", "about", "with", "of", "in", "my", "your", "the"]);

/**
 * Whether a word no list holds, at `i`, names a thing rather than being a writer's particle: it follows a word that
 * takes a thing ("a tip on pipetting", "daily horoscope"), or stands right before a command's object as its kind
 * ("centrifuge settings"; "settings kholo", "help abeg" have theirs after).
 */
function namesAThing(typed: readonly string[], i: number): boolean {
  const next = typed[i + 1];
  return OF_A_THING.has(typed[i - 1] ?? "") || (next !== undefined && objectNamed(next) !== undefined);
}

/** The command whose object a word names ("tips", "settings"). */
function objectNamed(w: string): CommandName | undefined {
  const stemmed = stem(w);
  return COMMAND_NAMES.find((name) => OBJECTS[name].some((o) => stem(o) === stemmed));
}
