// Another field's way in: an exam, a licence, a certificate or a scholarship named by a word the pack does not know
// ("the hesi exam", "a cosmetology license", "a teaching certificate", "a tribe scholarship"), in lower case too.
import { namesAScience, QUALITIES } from "./labs.ts";
import { STOPWORDS, stem, USUAL_ENGLISH } from "./text.ts";

/** Words for what lets one into a field or pays one's way there, which a field's or a body's name is put before. */
const GATEWAYS = new Set(
  `exam exams examination license licence licenses licences certificate certificates certification certifications
  cert certs permit permits scholarship scholarships`.split(/\s+/),
);

/** "Test" is the lab's word too ("a Pap test"): it is an exam only beside a word of sitting one ("pass the teas test"). */
const TESTS = new Set(["test", "tests"]);
/** How far from "test" a word of sitting it may stand: "pass the teas test", "is the hesi test hard to pass". */
const SITTING_REACH = 4;
const SITTING =
  /^(?:pass|passed|passing|fail|failed|failing|study|studying|studied|prep|prepping|score|scored|scores|retake|retaking)$/;

/**
 * The words of another field's exam, licence, certificate or scholarship in `ws`: a word right before one of
 * `GATEWAYS` that the pack does not know (`isPackWord`, by stem) nor links to its own words (`linked`), that is no
 * stopword, no figure and no word of what a thing is like ("a hard exam", "an online certificate"; one of the 10,000
 * most common with such an adjective sense), no science ("a chemistry exam"), and that does not follow a pack word
 * ("the ascp board exam", "a phlebotomy practice exam"). Undefined when there is none.
 */
export function anotherFieldsGateway(
  ws: readonly string[],
  isPackWord: (stem: string) => boolean,
  linked: (stem: string) => boolean,
): { start: number; end: number } | undefined {
  for (let i = 1; i < ws.length; i++) {
    const near = [
      ...ws.slice(Math.max(0, i - 1 - SITTING_REACH), i - 1),
      ...ws.slice(i + 1, i + 1 + SITTING_REACH),
    ];
    const test = TESTS.has(ws[i]!) && near.some((w) => SITTING.test(w));
    if (!GATEWAYS.has(ws[i]!) && !test) continue;
    const x = ws[i - 1]!;
    if (x.length < 3 || STOPWORDS.has(x) || /\d/.test(x) || isPackWord(stem(x)) || linked(stem(x))) continue;
    if ((USUAL_ENGLISH.has(x) && QUALITIES.has(x)) || namesAScience(x)) continue;
    const before = ws[i - 2];
    if (before !== undefined && !STOPWORDS.has(before) && isPackWord(stem(before))) continue;
    return { start: i - 1, end: i + 1 };
  }
  return undefined;
}
