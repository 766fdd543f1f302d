// What people read in Telegram and in the terminal chat alike: the welcome, how to ask, and when there is no answer.
import type { Engine } from "./engine.ts";
import type { MatchResult, NoneReason } from "./matching/engine.ts";

export function welcomeText(engine: Engine): string {
  return (
    `Hi! I answer questions about careers for ${engine.kb.pack.audience}: ` +
    "the job, training, certification, skills, specializations, pay and job outlook.\n\n" +
    'Just type your question in your own words, for example "how much do lab techs make" or ' +
    '"do I need a degree". Or pick a topic:'
  );
}

/** How to ask, then `notes` (what applies where the reader is), then the commands. */
export function helpText(
  commands: readonly { command: string; description: string }[],
  notes: readonly string[] = [],
): string {
  return [
    "How to ask: type a question in your own words. Typos and short questions are fine.",
    'Example: "what does a phlebotomist do?"',
    "If I'm not sure, I'll suggest the closest answers; if I don't know, I'll show the topics.",
    ...notes,
    "",
    "Commands:",
    ...commands.map((c) => `/${c.command} – ${c.description}`),
  ].join("\n");
}

/** Said after the answer to a message one of whose questions the guide does not cover. */
export const PART_UNCOVERED =
  "The guide I answer from doesn't cover the other part of your question, so I'd rather not guess.";

/** Said instead of the topics when a question the guide does not cover has a covered entry near it, offered below. */
export function nearestLead(about: string): string {
  return `The guide I answer from doesn't say anything about ${about}, so I'd rather not guess. The nearest it has:`;
}

export function noAnswerLead(reason: NoneReason): string {
  switch (reason) {
    case "foreign":
      return "Sorry, I can only answer in English for now.";
    case "empty":
      return "I couldn't find a question in that message.";
    case "uncovered":
      return "The guide I answer from doesn't cover that, so I'd rather not guess.";
    case "out-of-scope":
    case "no-match":
      return "I don't have an answer to that yet.";
  }
}

/** The replies to small talk: a send-off when the message takes leave too ("thanks so much, bye"), if the intent has one. */
export function smalltalkReplies(result: Extract<MatchResult, { kind: "smalltalk" }>): readonly string[] {
  const { leavingReplies, replies } = result.intent;
  return result.leaving && leavingReplies.length > 0 ? leavingReplies : replies;
}
