// Voice typing that spells out its punctuation ("…a nurse period my question is…", "…say question mark"): the
// spoken marks are written as marks, so a dictated story splits into sentences as a typed one does.

/** Words before "period" that make it a stretch of time, not a full stop: "a trial period", "the waiting period". */
const TIME_BEFORE =
  /\b(?:a|an|the|this|that|these|those|each|every|any|some|same|whole|entire|my|your|our|their|his|her|its|short|long|brief|given|certain|specific|set|fixed|trial|probation|probationary|waiting|grace|training|time|pay|study|rotation|transition|orientation|adjustment|introductory|clinical|practicum|notice|holiday|busy|quiet|slow|peak|exam|testing|school|class|free|first|second|third|last|next|final|lunch|break|one|two|three|four|five|six)\s+$/;

/** Words after "period" that make it part of a phrase: "period of time", "period pain", "period is". */
const PHRASE_AFTER =
  /^\s+(?:of|is|was|will|would|lasts?|lasted|pains?|cramps?|ends?|ended|starts?|started)\b/;

/** A spoken mark: its words, and what it stands for. */
const SPOKEN =
  /(?<=\p{L}|\d)(\s*,?\s+)(question mark|exclamation (?:point|mark)|full stop|new (?:line|paragraph)|period|comma)(?=\s|$|[.,!?])/giu;

const MARKS: Record<string, string> = {
  "question mark": "?",
  "exclamation point": "!",
  "exclamation mark": "!",
  "full stop": ".",
  "new line": "\n",
  "new paragraph": "\n",
  period: ".",
  comma: ",",
};

/**
 * The text with spoken punctuation written as marks: "question mark", "exclamation point", "full stop", "new line" and
 * "comma" after a word, and "period" after a word that does not make it a stretch of time and before one that does not
 * carry it on ("the training period is six weeks", "a period of time" stay). "The question mark" and "a comma" are
 * named things, not spoken marks.
 */
export function writeSpokenMarks(text: string): string {
  if (!/question mark|exclamation|full stop|new line|new paragraph|period|comma/i.test(text)) return text;
  return text.replace(SPOKEN, (whole, space: string, said: string, at: number, all: string) => {
    const before = all.slice(0, at + space.length);
    if (/\b(?:a|an|the|this|that|what|which|each|every)\s+$/i.test(before)) return whole;
    const key = said.toLowerCase().replace(/\s+/g, " ");
    if (key === "period") {
      const after = all.slice(at + whole.length);
      if (TIME_BEFORE.test(before.toLowerCase()) || PHRASE_AFTER.test(after.toLowerCase())) return whole;
    }
    return MARKS[key]!;
  });
}
