// An auxiliary verb typed as another word that sounds like it ("what dose an MLT do", "how much dose it pay"), read
// back from where it stands: general English grammar, nothing of the pack.
import { editDistance, FUNCTION_WORDS, soundKeys } from "./text.ts";

const AUXILIARIES = "does do did is are was were can could will would should has have".split(" ");

/** The auxiliaries by their first Double Metaphone key ("does" and "dose" are both TS); made when first needed. */
let bySound: ReadonlyMap<string, readonly string[]> | undefined;

/** Words after which a question's auxiliary comes: a question word, or "how much", "how many". */
const ASKING: ReadonlySet<string> = new Set("what how where when why who which much many".split(" "));

/** Words that open the subject an auxiliary is asked before: a determiner or a personal pronoun. */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(
  "a an the this that these those my your our his her their its i you u he she it they we someone anyone".split(
    " ",
  ),
);

const heard = new Map<string, string | undefined>();

/** The auxiliary `w` sounds like and is spelled near (one that begins as it does), if any. */
function auxiliaryLike(w: string): string | undefined {
  if (heard.has(w)) return heard.get(w);
  bySound ??= Map.groupBy(AUXILIARIES, (a) => soundKeys(a)[0]);
  const meant = bySound.get(soundKeys(w)[0])?.find((a) => a[0] === w[0] && editDistance(a, w) <= 2);
  if (heard.size < 10_000) heard.set(w, meant);
  return meant;
}

/**
 * Words in the slot of an auxiliary, after a question word and before a subject, that are no function word but
 * sound like an auxiliary: "how much dose a lab tech make" asks "does". A word that stands elsewhere ("a high dose of
 * it"), even first ("dose this look right": a noun may open a note as well), or is a function word already ("what his
 * the") is left as typed. Reads `ws` in
 * place.
 */
export function readAuxiliaries(ws: string[]): string[] {
  // Every text's words pass here: the slot is looked at first, as few words stand in one.
  for (let i = 1; i < ws.length - 1; i++) {
    if (!ASKING.has(ws[i - 1]!) || !SUBJECT_OPENERS.has(ws[i + 1]!)) continue;
    const w = ws[i]!;
    if (w.length < 3 || FUNCTION_WORDS.has(w) || !/^[a-z]+$/.test(w)) continue;
    const meant = auxiliaryLike(w);
    if (meant === undefined) continue;
    ws[i] = meant;
  }
  return ws;
}
