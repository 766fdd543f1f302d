// Commands typed as words: "topics", "help", "hi, menu please" act like /topics, /help — the bot's own commands,
// recognised by their names (and the few everyday names for them), alone or with a greeting or "please".
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
