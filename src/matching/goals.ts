// Finds the goal a writer states in the story before a question ("I want to become a technologist", "later I'd like
// to move up", "my dream is to…"): a question that asks for a route without naming where to ("what do I need?", "how
// do I get there?") asks for the route to that goal.
import { stem } from "./text.ts";

/** Who wants: the writer, in any register ("me want become…" as well as "I'd like to…"). */
const WRITER = "(?:i|me|we|im|i'm|i am|we're|we are|i'd|id|we'd)";

/** Words that may stand between the writer and the wish: "I really want", "I eventually wanna", "I do hope". */
const BETWEEN = String.raw`(?:(?:really|also|eventually|later|ultimately|someday|still|just|do|kinda|kind of|definitely|actually|now|then|would|'d|d|honestly|truly|one day|down the line|in the future)\s+)*`;

/** Verbs of wanting, hoping, planning or aiming, with or without their "to" ("want become", "wanna be"). */
const WISH = String.raw`(?:want|wants|wanna|wanted|(?<=(?:would|'d|\bid)\s+(?:(?:really|also|eventually|later|one day|ultimately|honestly|still)\s+)*)(?:like|love)|hope|hoping|plan|planning|intend|intending|aim|aiming|wish|dream of|dreaming of|set on|determined|trying|going|gonna|looking|thinking of|thinking about|considering)`;

/** What one wants to do that is a goal: become, be, move up, get into, start, switch, specialise… */
const GOAL_VERB =
  "(?:be|become|becoming|being|get|getting|go|going|move|moving|switch|switching|work|working|start|starting|begin|beginning|train|training|specialize|specialise|specializing|specialising|advance|advancing|climb|climbing|step|join|joining|enter|entering|make|try|trying|pursue|pursuing|study|studying|qualify|transition|transitioning)";

/** The writer's wish to reach something: "I want to become…", "me want become…", "I'm set on becoming…". */
const WANTS_TO = new RegExp(
  String.raw`\b${WRITER}\s+${BETWEEN}${WISH}\s+(?:(?:to|on|of|about)\s+)?${BETWEEN}(?=${GOAL_VERB}\b)`,
  "i",
);

/** A goal said as a noun: "my goal is to…", "the dream is…", "goal: become…". */
const GOAL_NOUN =
  /\b(?:my|our|the)\s+(?:(?:main|real|end|long[- ]term|ultimate|big)\s+)?(?:goal|dream|plan|aim|hope|target)\s*(?:is|was|:|-)\s*(?:to\s+)?|^(?:goal|plan|aim|dream)\s*[:-]\s*(?:to\s+)?/i;

/** What is planned, before the words that say it is: "lab tech is the plan", "becoming a tech is my goal". */
const IS_THE_GOAL = /\s+(?:is|as)\s+(?:the|my|our)\s+(?:(?:main|real|end|big)\s+)?(?:goal|plan|dream|aim)\b/i;

/**
 * Words that ask for a way to somewhere without saying where: "which steps do I need", "what's the path", "where do I
 * start", "what are the requirements", "road how?".
 */
const ROUTE = new Set(
  "need needs needed step steps path paths road roads route routes way ways requirement requirements require required start begin take get go"
    .split(" ")
    .map(stem),
);

/**
 * Whether a question only asks for a way, naming nothing it leads to: its terms (stemmed, stopwords out) are all
 * words of a way, and its words hold one ("how do I get there"; not "what is each one about").
 */
export function asksOnlyTheRoute(terms: readonly string[], words: readonly string[]): boolean {
  return terms.every((t) => ROUTE.has(t)) && words.some((w) => ROUTE.has(stem(w)));
}

/** "be a technologist" is the wish to become one. */
const TO_BE = /^(?:be|being)\s+(?=(?:a|an|the|one|full|certified|\p{L}+(?:ist|ian|or|er|tech)s?\b))/iu;

/**
 * The goal a sentence of the story states, from its verb on ("become a technologist one day"), or undefined: the
 * writer's wish to reach something, in any register, or a goal said as a noun.
 */
export function goalIn(sentence: string): string | undefined {
  const wish = WANTS_TO.exec(sentence) ?? GOAL_NOUN.exec(sentence);
  if (wish !== null) {
    const goal = sentence
      .slice(wish.index + wish[0].length)
      .trim()
      .replace(TO_BE, "become ");
    return goal === "" ? undefined : goal;
  }
  const planned = IS_THE_GOAL.exec(sentence);
  if (planned === null) return undefined;
  const goal = sentence.slice(0, planned.index).trim();
  return goal === "" ? undefined : goal;
}

/**
 * The goal the question may ask the route to: the one stated in the latest sentence of the story told before it
 * (`earlier` is nearest first), or undefined.
 */
export function goalBefore(earlier: readonly string[]): string | undefined {
  for (const sentence of earlier) {
    const goal = goalIn(sentence);
    if (goal !== undefined) return goal;
  }
  return undefined;
}
