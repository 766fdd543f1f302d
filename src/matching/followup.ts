// Follow-ups: a message that cannot stand on its own ("why is that?", "and the top 10%?", "what about
// histotechs?"), sent within a few minutes of an answer in the same chat, is read against that answer.

/** The answer a chat got last, and when: the caller keeps it (per chat) and passes it in with the clock's time. */
export interface PreviousAnswer {
  entryId: string;
  at: number;
}

export interface Conversation {
  previous?: PreviousAnswer;
  /** The time now, from the caller's clock (milliseconds). */
  now: number;
}

/** How a follow-up starts: a conjunction or a short question that carries on from the answer before. */
const CARRIES_ON =
  /^(?:and|but|so|ok(?:ay)?,? so|then|also|plus|what about|how about|what if|why|how come|is (?:it|that|this|there)|are (?:they|those|these|there)|does (?:it|that|this)|do (?:they|i need)|can (?:they|i do that)|which one|which ones|who|where)\b/;

/** Words that point back at something already said: "it", "that", "those", "the first one". */
const POINTS_BACK =
  /\b(?:it|its|that|this|these|those|they|them|their|then|one|ones|same|instead|else|either|both|the (?:first|second|other|latter|former))\b/;

/** Whether a message reads as carrying on from the previous answer rather than standing on its own. */
export function carriesOn(text: string): boolean {
  const s = text.toLowerCase().trim();
  return CARRIES_ON.test(s) || POINTS_BACK.test(s);
}

/** Whether the previous answer is recent enough to read a message against. */
export function isRecent(previous: PreviousAnswer | undefined, now: number, windowMs: number): boolean {
  return previous !== undefined && now - previous.at >= 0 && now - previous.at <= windowMs;
}

/** Whether a follow-up asks for something other than the answer just given: "a different one", "what else". */
export function asksForAnother(text: string): boolean {
  return /\b(?:different|other|another|instead|alternative|alternatives|else)\b/.test(text.toLowerCase());
}

/**
 * Whether a follow-up picks one item out of the answer just given: "the blood drawing one", "the imaging part",
 * "more on the histo one", "tell me more about the certificate one".
 */
export function picksAnItem(text: string): boolean {
  return /\bthe\s+(?:[\p{L}\d-]+\s+){1,3}(?:one|ones|part|kind|type|route|option)\b|\bmore (?:on|about|abt)\b/iu.test(
    text,
  );
}
