// Whether one's own credential counts: "how do I get my transcripts evaluated", "who evaluates a degree earned outside
// the US". A guide to a career says what credentials it takes, not how an agency judges the one a reader holds.
import type { MatchIndex } from "./index.ts";
import type { Candidate } from "./rank.ts";

/** Words of judging what a credential is worth: evaluated, assessed, recognised, equivalent (not "accept": "will they accept my online certificate" asks whether it is enough). */
const JUDGING = /^(?:evaluat|assess|recogni[sz]|equivalen|apostille)/;

/** Words naming a credential one holds. */
const CREDENTIALS = new Set(
  `degree degrees diploma diplomas transcript transcripts qualification qualifications credits credit bsc msc bachelors
  certificate certificates license licence`.split(/\s+/),
);

/** Words that make a credential the reader's own: "my diploma", "her transcripts". */
const OWN = new Set(["my", "our", "his", "her", "their"]);

/** Words that place a credential elsewhere: "earned outside the US", "international degrees". */
const ELSEWHERE = new Set(["outside", "international", "internationally", "overseas", "abroad", "foreign"]);

/** How far the credential may stand from what makes it the reader's or places it elsewhere. */
const REACH = 4;

/**
 * Whether a question asks whether a credential the reader holds, or one earned elsewhere, counts: a word of judging
 * its worth and a credential that is the reader's ("my diploma") or from elsewhere ("a degree earned outside the US",
 * "international degrees"). "Is the ASCP credential recognized" asks about the pack's own.
 */
export function judgesOwnCredential(ws: readonly string[]): boolean {
  if (!ws.some((w) => JUDGING.test(w))) return false;
  return ws.some((w, i) => {
    if (!CREDENTIALS.has(w)) return false;
    const near = ws.slice(Math.max(0, i - REACH), i + REACH + 1);
    return near.some((n) => ELSEWHERE.has(n)) || ws.slice(Math.max(0, i - 3), i).some((n) => OWN.has(n));
  });
}

/**
 * Whether a question judges the reader's credential (`judgesOwnCredential`) and none of the entries it would get is
 * asked or answered with the judging word: they say what credentials the career takes, not what one is worth.
 */
export function asksWhatACredentialCounts(
  index: MatchIndex,
  ws: readonly string[],
  candidates: readonly Candidate[],
): boolean {
  if (!judgesOwnCredential(ws)) return false;
  const judging = index.normalizer.queryTerms(ws.filter((w) => JUDGING.test(w)).join(" "));
  return !candidates.some((c) => {
    const entry = index.byId.get(c.entry.id)!;
    return judging.some((t) => entry.bag.has(t) || entry.answer.has(t));
  });
}

/** Words of a credential held, besides `CREDENTIALS`: "my training from Peru", "her nursing studies". */
const HELD = new Set([
  "training",
  "studies",
  "education",
  "certification",
  "cert",
  "certs",
  "licenses",
  "licences",
]);

/** Words that ask whether a credential holds somewhere: "valid", "counted", "accepted", "transfer", "convert". */
const HOLDING =
  /^(?:valid|validat\w*|invalid|count|counts|counted|accept\w*|recogni[sz]\w*|equivalen\w*|transfer\w*|convert\w*|evaluat\w*|apostille\w*)$/;

/**
 * "my lab science degree is from Peru, how do I get it counted here", "I studied in Ghana, is my diploma valid in the
 * States": a credential placed in another country (`countryAt` finds one in a stretch of words) or elsewhere
 * ("abroad", "foreign"), anywhere in the message, story or question, and a word asking whether it holds. Whether it
 * does is a question for the authorities and evaluators, not the guide. "I moved here from India, is certification
 * needed here" asks what the career takes.
 */
export function foreignCredential(
  ws: readonly string[],
  countryAt: (stretch: readonly string[]) => boolean,
): boolean {
  if (!ws.some((w) => HOLDING.test(w))) return false;
  return ws.some((w, i) => {
    if (!CREDENTIALS.has(w) && !HELD.has(w)) return false;
    const near = ws.slice(Math.max(0, i - REACH), i + REACH + 1);
    return near.some((n) => ELSEWHERE.has(n)) || countryAt(near);
  });
}
