// Other fields' exams, schools and credentials, recognised without listing them: a name the pack does not know
// ("MCAT", "PTCB", "USMLE") right next to a generic word ("score", "exam", "license") is about something else.
import { COMMON_ENGLISH, STOPWORDS, stem } from "./text.ts";

/** Words that take a name: an exam, a credential, a school, a visa. */
const GENERIC = new Set(
  "exam exams test tests score scores certification certificate cert license licence licensing school schools program programs board boards step visa diploma course degree".split(
    " ",
  ),
);

/** How far from the generic word the name may stand: "the PTCB exam", "MCAT score", "USMLE step 1". */
const REACH = 2;

/** Words written as names are written: an acronym ("MCAT", "PTCB") or letters with digits ("H-1B"). */
function namesIn(text: string): Set<string> {
  const tokens = text.split(/[^\p{L}\p{N}]+/u);
  const names = tokens.filter(
    (t) => /\p{Lu}.*\p{Lu}/u.test(t) || (/\p{L}/u.test(t) && /\p{N}/u.test(t) && t.length <= 6),
  );
  return new Set(names.map((t) => t.toLowerCase()));
}

/**
 * The first word of the message that reads as a name the pack does not know next to a generic word: written as
 * a name in `text`, not an English word, not a word of the pack (`isPackWord`, by stem).
 */
export function unknownNameNearGeneric(
  text: string,
  words: readonly string[],
  isPackWord: (stem: string) => boolean,
): string | undefined {
  const names = namesIn(text);
  if (names.size === 0) return undefined;
  return words.find((w, i) => {
    if (!names.has(w) || STOPWORDS.has(w) || COMMON_ENGLISH.has(w)) return false;
    if (isPackWord(stem(w)) || GENERIC.has(w)) return false;
    for (let k = Math.max(0, i - REACH); k <= Math.min(words.length - 1, i + REACH); k++)
      if (k !== i && GENERIC.has(words[k]!)) return true;
    return false;
  });
}
