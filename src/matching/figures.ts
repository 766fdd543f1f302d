// Follow-ups put to a figure the answer just gave ("is that before deductions?", "does it vary by state?", "do new grads start
// that high?" after the pay): what the figure counts, covers or turns on is that answer's to say, not another entry's.
import { narrowsTheAnswer } from "./narrowing.ts";

/** A question word-order of "that" or "it" (the figure), optionally named as one: "is that", "does the number". */
const THE_FIGURE = "(?:that|it|this)(?: (?:number|figure|amount|salary|pay|wage|rate|percent|percentage))?";

/**
 * The ways a question is put to a figure: what it is counted before or after, per, for or with ("is that before deductions",
 * "is it per hour", "is that for the whole country", "is that across the whole nation", "is that gross or net"); what it
 * covers or turns on ("does that include overtime", "does it vary by state", "will that go up"); whether it is less
 * or more there ("is it less out in the country?"); what comes on top of it; or it said as a degree ("that high",
 * "that much").
 */
const OF_THE_FIGURE = [
  new RegExp(
    `\\b(?:is|was|'s|are) ${THE_FIGURE} (?:before|after|pre|post|with|without|including|excluding|for|per|in|from|a|an|the|just|only|gross|net|average|median|national|typical|starting|base|hourly|yearly|annual|monthly|weekly|less|more|lower|higher|different|the same)\\b`,
  ),
  new RegExp(
    `\\b(?:does|do|did|would|will|can|could|might|may) ${THE_FIGURE} (?:include|includes|cover|count|vary|differ|change|shift|depend|go (?:up|down)|rise|increase|grow|drop|fall|stay)\\b`,
  ),
  /\bon top of (?:that|it|this)\b/,
  /\bthat (?:high|low|much)\b/,
];

/** Whether a message asks a question of a figure the answer gave ("is that before deductions?", "does that include benefits"). */
export function asksOfTheFigure(text: string): boolean {
  const s = text.toLowerCase();
  return OF_THE_FIGURE.some((r) => r.test(s)) || countsBeforeOrAfter(s);
}

/**
 * Whether the figure is asked of before or after something taken off or added ("before tax or after?", "is that
 * pre-tax"): words a question alone would be refused for (taxes are no career's) count the figure here.
 */
export function countsBeforeOrAfter(text: string): boolean {
  return BEFORE_OR_AFTER.test(text) && (narrowsTheAnswer(text) || OF_THE_FIGURE[0]!.test(text.toLowerCase()));
}

/** "before tax", "after taxes", "pre-tax", "before or after deductions". */
const BEFORE_OR_AFTER = /\b(?:before|after|pre|post)[- ]?(?:or (?:before|after) )?[\p{L}]+/iu;

/** What a figure is said to turn on: "by state and workplace" of "does it vary by state and workplace". */
const FACTORS =
  /\b(?:vary|varies|varying|differ|differs|change|changes|shift|shifts|depend|depends|depending|based)\s+(?:\w+\s+)?(?:by|on|with|across|between|from)\b[^?!.;]*/gi;

/**
 * What a figure is asked to be counted either before or after, up to three words: "before or after weekend bonuses"
 * (one side alone, "after certification", may name what the follow-up asks about).
 */
const COUNTED_AGAINST = /\b(?:before or after|after or before|pre or post)\s+(?:[\p{L}]+\s*){1,3}/giu;

/**
 * The text without the factors a figure is said to turn on, nor what it is counted before or after, which are not what
 * the follow-up asks about.
 */
export function withoutFactors(text: string): string {
  return text.replace(FACTORS, " ").replace(COUNTED_AGAINST, " ");
}
