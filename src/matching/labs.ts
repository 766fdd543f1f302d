// Another field's lab: "a crime lab analyst", "environmental lab techs", "the forensic lab". A word naming a kind of lab
// that the pack never writes is another field's, and the words the lab shares with the pack do not name its domain.
import { readFileSync } from "node:fs";
import { QUALITIES_FILE, SCIENCES_FILE } from "./tables/generate.ts";
import { STOPWORDS, stem, USUAL_ENGLISH } from "./text.ts";

/**
 * Common words with an adjective sense saying what something is like (`npm run tables`): before "lab" they describe
 * it ("a busy lab", "a big lab"), not name its field.
 */
export const QUALITIES: ReadonlySet<string> = new Set(
  readFileSync(QUALITIES_FILE, "utf8").split("\n").filter(Boolean),
);

/**
 * The natural sciences and medicine's specialties, with their derivations (`npm run tables`): a clinical lab's
 * departments are named after them ("the hematology lab", "a chemistry lab tech", "micro").
 */
const SCIENCES: readonly string[] = readFileSync(SCIENCES_FILE, "utf8").split("\n").filter(Boolean);
const SCIENCE_SET: ReadonlySet<string> = new Set(SCIENCES);

/** Whether a word names a science or clips one's name ("micro", "bio"). */
export function namesAScience(word: string): boolean {
  return SCIENCE_SET.has(word) || SCIENCES.some((s) => s.startsWith(word));
}

const LABS = new Set(["lab", "labs", "laboratory", "laboratories"]);

/** Words for who works in a lab, after its name: "crime lab analyst", "environmental lab techs". */
const WORKERS = new Set(
  `tech techs technician technicians technologist technologists analyst analysts assistant assistants scientist
  scientists worker workers job jobs`.split(/\s+/),
);

/**
 * The words of another field's lab in `ws`: a word right before "lab" that the pack does not know (`isPackWord`, by
 * stem), nor links to its own words (`linked`), that is no stopword, no figure and no word describing what a lab is
 * like (one of the 10,000 most common with such an adjective sense; a rarer word is read as a field's, as the names of
 * jobs are), no science a clinical lab's department is named after (`namesAScience`), no slip of a word the pack writes before "lab" (`slipOfThePacks`: "medial lab tech"), and that does not
 * follow a pack word ("blood bank lab" is the pack's), with the lab and the worker after it: "crime lab analyst",
 * "environmental lab techs". Undefined when there is none, or no worker follows ("working in a government lab").
 */
export function anotherFieldsLab(
  ws: readonly string[],
  isPackWord: (stem: string) => boolean,
  linked: (stem: string) => boolean,
  slipOfThePacks: (word: string) => boolean,
): { start: number; end: number } | undefined {
  for (let i = 1; i < ws.length; i++) {
    if (!LABS.has(ws[i]!)) continue;
    const x = ws[i - 1]!;
    if (x.length < 3 || STOPWORDS.has(x) || /\d/.test(x) || isPackWord(stem(x)) || linked(stem(x))) continue;
    if ((USUAL_ENGLISH.has(x) && QUALITIES.has(x)) || namesAScience(x) || slipOfThePacks(x)) continue;
    const before = ws[i - 2];
    if (before !== undefined && !STOPWORDS.has(before) && isPackWord(stem(before))) continue;
    // "working in a government lab" names a workplace, which may be the career's; "a crime lab analyst" another job.
    let end = i + 1;
    while (end < ws.length && end <= i + 2 && WORKERS.has(ws[end]!)) end++;
    if (end > i + 1) return { start: i - 1, end };
  }
  return undefined;
}
