// What a comparison asks about: its subject, measured against what follows "than" or "compared to". "do nurses make
// more money than lab techs" asks the nurses' pay, set beside the career's; "do lab techs earn more than cashiers"
// asks the career's own. "vs" sets two things side by side alike ("dental hygienist vs lab tech pay"): no subject.
// General English, true of any pack.
/**
 * Where a measure turns to what its subject is set against: "than" (not "other than", "rather than", "sooner than"),
 * "compared to", "compared with", "next to", "relative to".
 */
const AGAINST =
  /(?<!\b(?:other|rather|sooner)\s+)\bthan\b|\b(?:compared?|comparing|next|relative)\s+(?:to|with)\b/iu;

/** A comparison's two sides, as written: what it asks about and what that is set against. */
export interface Comparison {
  asked: string;
  against: string;
}

/**
 * The sides of a text's first comparison, or undefined when it makes none. Only a measure with something on both
 * sides ("what do nurses make compared to", "more than one" have nothing or no one after it, and are read as usual).
 */
export function comparisonIn(text: string): Comparison | undefined {
  const m = AGAINST.exec(text);
  if (m === null) return undefined;
  const [asked, against] = [text.slice(0, m.index), text.slice(m.index + m[0].length)];
  return /\p{L}/u.test(asked) && /\p{L}/u.test(against) ? { asked, against } : undefined;
}
