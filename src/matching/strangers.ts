// What a message is about when it shares only general words with the pack: a thing of everyday life ("what day is
// Easter this year", "how long do I boil an egg") or a name no dictionary holds ("Diwali this year is what date").
import { readFileSync } from "node:fs";
import { shouted } from "./names.ts";
import { EVERYDAY_THINGS_FILE } from "./tables/generate.ts";
import { COMMON_ENGLISH, STOPWORDS, stem } from "./text.ts";

/**
 * Words beyond the 2,000 most common English words that WordNet names first as a time, a food, an animal or a plant
 * (`npm run tables`): holidays, months, dishes, pets. No career guide is about them.
 */
export const EVERYDAY_THINGS: ReadonlySet<string> = new Set(
  readFileSync(EVERYDAY_THINGS_FILE, "utf8").split("\n").filter(Boolean),
);

/** A word written as a name: a capital, then small letters ("Diwali", "Keiser"). */
const WRITTEN_AS_A_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * The first word of a message that says what it is about, when that is not the pack's: a thing of everyday life
 * (`EVERYDAY_THINGS`), or a word written as a name that is not among the 40,000 most common English words. Neither may
 * be a word of the pack (`isPackWord`, by stem), nor one the lexicon links to the pack beyond its everyday words (`specificLinks`: "tenure" → promote is a career's,
 * "Ramadan" → fast is not). A message typed in capitals throughout has no names.
 */
export function strangerSubject(
  text: string,
  corrected: readonly string[],
  isPackWord: (stem: string) => boolean,
  specificLinks: (stem: string) => boolean,
): string | undefined {
  const tokens = text.split(/[^\p{L}\p{N}']+/u);
  const names = shouted(tokens)
    ? new Set<string>()
    : new Set(tokens.filter((t) => WRITTEN_AS_A_NAME.test(t)).map((t) => t.toLowerCase()));
  return corrected.find((w) => {
    if (STOPWORDS.has(w)) return false;
    const s = stem(w);
    if (isPackWord(s) || specificLinks(s)) return false;
    return EVERYDAY_THINGS.has(w) || (names.has(w) && !COMMON_ENGLISH.has(w));
  });
}
