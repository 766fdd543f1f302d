// What a question asks to count ("how many hours", "how many questions"), and whether the pack ever counts it.
import { FUNCTION_WORDS, stem, words } from "./text.ts";

/** Words that say an amount: digits, number words, and the vague amounts a text counts with ("a few years"). */
const AMOUNT =
  /^(?:\d[\d,.]*|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|few|several|couple|dozen)$/;

/** The words counted after "how many" or "how much" at `how`: up to four, to the first function word. */
function countedAfter(ws: readonly string[], how: number): string[] {
  const thing: string[] = [];
  for (const w of ws.slice(how + 2, how + 6)) {
    if (FUNCTION_WORDS.has(w)) break;
    thing.push(w);
  }
  return thing;
}

/**
 * The stems of the words the pack counts: a word its texts write after an amount ("a few years", "two-year",
 * "6%": percent) or ask "how many" or "how much" of ("how many new lab tech jobs"). A question counting anything
 * else asks for a figure no entry gives.
 */
export function countedStems(
  texts: Iterable<string>,
  /** `words`, or what a caller keeps of it: the index build reads the same texts for its other tables. */
  wordsOf: (text: string) => readonly string[] = words,
): Set<string> {
  const counted = new Set<string>();
  for (const text of texts) {
    const ws = text.includes("%") ? words(text.replace(/%/g, " percent")) : wordsOf(text);
    ws.forEach((w, i) => {
      if (!AMOUNT.test(w)) return;
      const next = ws.slice(i + 1, i + 4).find((n) => !AMOUNT.test(n));
      if (next !== undefined && !FUNCTION_WORDS.has(next)) counted.add(stem(next));
    });
    for (const [i, w] of ws.entries())
      if (w === "how" && (ws[i + 1] === "many" || ws[i + 1] === "much"))
        for (const next of countedAfter(ws, i)) counted.add(stem(next));
  }
  return counted;
}

/**
 * The words a question asks to count, after "how many": up to four, to the first function word ("how many hours
 * do you get" → hours; "how many new lab tech jobs are there" → new, lab, tech, jobs). None when it counts nothing
 * ("how many do they hire").
 */
export function countedIn(ws: readonly string[]): string[] {
  for (let i = 0; i + 2 < ws.length; i++) {
    if (ws[i] !== "how" || ws[i + 1] !== "many") continue;
    const thing = countedAfter(ws, i);
    if (thing.length > 0) return thing;
  }
  return [];
}

/**
 * The words a question asks the amount of, after "how much": up to four, to the first function word ("how much water
 * should I drink" → water). None when it measures nothing ("how much do they make", "how much is it").
 */
export function measuredIn(ws: readonly string[]): string[] {
  for (let i = 0; i + 2 < ws.length; i++) {
    if (ws[i] !== "how" || ws[i + 1] !== "much") continue;
    const thing = countedAfter(ws, i);
    if (thing.length > 0) return thing;
  }
  return [];
}
