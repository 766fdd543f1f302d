// The writer's own money matters, named with nothing of the career: "is a student loan or a personal loan better",
// "where do I find scholarships for adults". What one borrows, owes or is awarded is no career guide's subject.
import { readFileSync } from "node:fs";
import { MONEY_FILE } from "./tables/generate.ts";
import { EVERYDAY_STEMS, stem } from "./text.ts";

/**
 * Words WordNet names first (in one of their first two noun senses) as a possession, what one is paid, owes or is
 * given ("loan", "scholarship", "debt", "fund"; `npm run tables`).
 */
const MONEY: ReadonlySet<string> = new Set(readFileSync(MONEY_FILE, "utf8").split("\n").filter(Boolean));

/** A word typed with a capital is a name ("here in Anchorage"), not the thing its lower case may be. */
const CAPITALISED = /\p{Lu}/u;

/**
 * The first word of `ws` that names a money matter the pack does not know: a possession (`MONEY`) beyond the 2,000
 * most common English words ("pay", "money" and "grant" are everyday, and the pack's pay is its own), not typed with
 * a capital in `text`, that the pack neither writes nor links to a word of its own beyond everyday ones
 * (`knownOrLinked`, by the word).
 */
export function moneyMatter(
  text: string,
  ws: readonly string[],
  knownOrLinked: (word: string) => boolean,
): string | undefined {
  const names = new Set(
    text
      .split(/[^\p{L}\p{N}]+/u)
      .filter((t) => CAPITALISED.test(t))
      .map((t) => t.toLowerCase()),
  );
  return ws.find((w) => MONEY.has(w) && !EVERYDAY_STEMS.has(stem(w)) && !names.has(w) && !knownOrLinked(w));
}
