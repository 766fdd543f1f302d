// Finds the question in a message: splits it into sentences and clauses and tells the asking ones from the
// background ("I'm 29 and have worked in retail for years"), and a second question joined to the first by
// "and" ("how much do they make and do I need a degree?").

/** Words a question starts with, slang included ("r they hiring"). */
const QUESTION_START =
  /^(?:what|whats|what's|how|hows|how's|who|whos|who's|where|wheres|where's|when|why|which|whose|is|are|was|were|am|do|does|did|can|could|should|would|will|shall|may|r|any|anything|tell|explain|describe|pls|please)\b/;

/** Phrases that ask wherever they stand in a sentence. */
const ASKING_PHRASE =
  /\b(?:i want to know|i'd like to know|i would like to know|wondering|curious|tell me|can you|could you|do you know|explain|is it|is there|are there|should i|how do i|how can i|what (?:is|are|does|do|would|kind|sort|type)|which|any idea|need to know)\b/;

/** A second question joined by a conjunction: "…, and what does it pay", "… and is it growing". */
const JOINED_QUESTION =
  /(?:,\s*|\s+)(?:and|also|plus|but|or)\s+(?:also\s+)?(?=(?:what|whats|what's|how|who|where|when|why|which|is|are|do|does|did|can|could|should|would|will)\b(?!'|n't))/;

export interface MessageParts {
  /** Sentences or clauses that ask something, in order; each one a question of its own. */
  asking: string[];
  /** The rest: age, job, a relative's advice. Context for ties, never the question. */
  background: string[];
}

/** Sentences: split after . ! ? ; and line breaks (a decimal point "11.2" is not a sentence end). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[!?;\n])|(?<=\.)(?=\s|$)/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

export function isAsking(sentence: string): boolean {
  const s = sentence.toLowerCase().trim();
  return s.endsWith("?") || QUESTION_START.test(s) || ASKING_PHRASE.test(s);
}

/** Splits a sentence where a second question is joined on by "and", "also", "plus", "but" or "or". */
export function questionsIn(sentence: string): string[] {
  const parts: string[] = [];
  let rest = sentence;
  for (
    let m = JOINED_QUESTION.exec(rest.toLowerCase());
    m !== null;
    m = JOINED_QUESTION.exec(rest.toLowerCase())
  ) {
    parts.push(rest.slice(0, m.index));
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  // A fragment of one or two words ("and why") is not a question of its own: the sentence stays whole.
  const trimmed = parts.map((p) => p.trim());
  return trimmed.every((p) => p.split(/\s+/).length >= 3) ? trimmed : [sentence.trim()];
}

export function messageParts(text: string): MessageParts {
  const asking: string[] = [];
  const background: string[] = [];
  for (const s of sentences(text)) {
    if (!isAsking(s)) {
      background.push(s);
      continue;
    }
    const parts = questionsIn(s);
    // The clause before a joined question asks only if it reads as a question itself.
    if (parts.length === 1) asking.push(s);
    else for (const p of parts) (isAsking(p) ? asking : background).push(p);
  }
  return { asking, background };
}

/** Words that point back into the story: "what is that one?", "what separates those two?", "the first one". */
const POINTS_BACK =
  /\b(?:that|those|these|this|such)\b(?! (?:is|are|was|would|will|can|means?)\b)|\bthe (?:two|first|second|former|latter|same)\b/;

/** Whether a question needs the story for its subject: it points back into it. */
export function pointsBack(question: string): boolean {
  return POINTS_BACK.test(question.toLowerCase());
}
