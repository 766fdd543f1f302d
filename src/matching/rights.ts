// What the law gives or forbids: "can they legally refuse to hire me", "am I protected from being fired", "do I have a
// right to breaks". A guide to a career says what the work takes and gives, not what an employer or a school must do.
import type { MatchIndex } from "./index.ts";
import type { Candidate } from "./rank.ts";

/** Words that say what the law allows, forbids or owes, whatever they are said of. */
const LEGALITY = new Set(
  `law laws legal legally illegal illegally lawful unlawful unlawfully lawsuit lawsuits sue sued suing
  discriminate discriminates discriminated discriminating discrimination discriminatory
  harass harassed harassing harassment retaliate retaliated retaliating retaliation
  accommodate accommodated accommodation accommodations entitled entitlement entitlements wrongful wrongfully`.split(
    /\s+/,
  ),
);

/** Relatives by marriage named with "-in-law": "sister-in-law", "the in-laws" (a word before "in" or none). */
const IN_LAWS = new Set(
  "sister brother mother father son daughter parent parents sisters brothers sons daughters the my his her our their".split(
    " ",
  ),
);

/** Words that make "right" the noun of what one is owed: "a right to", "my right". */
const OWNING = new Set(["a", "the", "my", "our", "your", "their", "his", "her", "any"]);

/** Words after "protected"/"protect" that make it the law's shelter, not the lab's gear: "protected from being fired". */
const SHELTERED = new Set(["me", "us", "workers", "employees", "students", "from", "against"]);

/** Words of being sent away or turned down that the law's shelter is asked against: "protected from being fired". */
const TURNED_AWAY = /^(?:fir(?:e|ed|es|ing)|let|terminat\w*|dismiss\w*|refus\w*|reject\w*|den(?:y|ied|ies))$/;

/**
 * The words of a question that ask what the law gives or forbids: a word of legality ("legally", "discrimination",
 * "accommodations"), "right" as what one is owed ("a right to breaks"), or being protected from being turned away
 * ("am I protected from being fired"). "Is lab work right for me" and "do they wear gear to protect themselves" ask none.
 */
export function legalityWords(ws: readonly string[]): string[] {
  const found: string[] = [];
  ws.forEach((w, i) => {
    // "my sister-in-law", "his in-laws": a relative by marriage, not the law.
    if (/^laws?$/.test(w) && ws[i - 1] === "in" && (i < 2 || IN_LAWS.has(ws[i - 2]!))) return;
    if (LEGALITY.has(w) || w === "rights") found.push(w);
    else if (w === "right" && OWNING.has(ws[i - 1] ?? "") && ws[i + 1] === "to") found.push(w);
    else if (
      /^protect(?:ed|s|ion|ions)?$/.test(w) &&
      SHELTERED.has(ws[i + 1] ?? "") &&
      ws.slice(i + 1, i + 6).some((n) => TURNED_AWAY.test(n) || LEGALITY.has(n))
    )
      found.push(w);
  });
  return found;
}

/** Whom one is turned away: "fire me", "turn people down", "let someone go". */
const TURNED = new Set([
  "me",
  "us",
  "someone",
  "somebody",
  "people",
  "anyone",
  "workers",
  "him",
  "her",
  "them",
]);

/** Words that give the reason one is turned away: "for being pregnant", "because of my record", "over my age". */
const REASON = new Set(["for", "because", "over", "due"]);

/**
 * "can a lab fire me for being pregnant", "could they turn me down because of an old conviction": being turned away
 * for a reason, which asks whether that is allowed. The words of the reason (up to four after "for", "because of"…),
 * or undefined.
 */
export function turnedAwayFor(ws: readonly string[]): string[] | undefined {
  for (let i = 0; i < ws.length; i++) {
    if (
      !TURNED_AWAY.test(ws[i]!) &&
      !(/^turn(?:s|ed|ing)?$/.test(ws[i]!) && ws.slice(i + 1, i + 4).includes("down"))
    )
      continue;
    const whom = ws.slice(i + 1, i + 4).findIndex((w) => TURNED.has(w));
    if (whom < 0) continue;
    const from = i + 2 + whom;
    const why = ws.slice(from, from + 3).findIndex((w) => REASON.has(w));
    if (why < 0) continue;
    const reason = ws.slice(from + why + 1, from + why + 5).filter((w) => w !== "of" && w !== "to");
    if (reason.length > 0) return reason;
  }
  return undefined;
}

/**
 * Whether a question asks what the law gives or forbids (`legalityWords`) and none of the entries it would get is
 * asked or answered with those words, or asks about being turned away for a reason the pack does not know
 * (`turnedAwayFor`: "for being pregnant"): they say what the career is, not what anyone is bound to do.
 */
export function asksALegalRight(
  index: MatchIndex,
  ws: readonly string[],
  candidates: readonly Candidate[],
): boolean {
  // "will labs turn me down for not having a degree" gives a reason of the pack's: what the career takes.
  const reason = turnedAwayFor(ws);
  if (
    reason !== undefined &&
    !index.normalizer.queryTerms(reason.join(" ")).some((t) => index.weights.has(t))
  )
    return true;
  const said = legalityWords(ws);
  if (said.length === 0) return false;
  // "Right" and "protect" are the pack's words in other senses ("right for me"): said as the law's, nothing answers them.
  if (said.some((w) => !LEGALITY.has(w))) return true;
  const terms = index.normalizer.queryTerms(said.join(" "));
  return !candidates.some((c) => {
    const entry = index.byId.get(c.entry.id)!;
    return terms.some((t) => entry.bag.has(t) || entry.answer.has(t));
  });
}
