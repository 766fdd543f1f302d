// Whether the other careers a message names only say who a person of the writer's life is ("my wife is a dental
// hygienist", "my aunt's a nurse and she says…", "my doctor friend"): they tell who is passing the question on or
// giving advice, not what is asked. General English, true of any pack.

/** People of the writer's life: family, partners, friends, neighbours. */
const PERSONS = new Set(
  `mom mum mother dad father parent sister sis brother aunt auntie uncle cousin wife husband hubby spouse partner
  fiance fiancee girlfriend boyfriend gf bf friend bestie buddy son daughter niece nephew grandma grandpa grandmother
  grandfather granny neighbor neighbour roommate coworker colleague`.split(/\s+/),
);

/** Someone already named: "she is a nurse", "he was a paramedic". */
const PRONOUNS = new Set(["he", "she"]);

/** Words between a person and the career they are ("is", "'s" as typed away, "works as", "used to be", "still"). */
const LINKS = new Set([
  "is",
  "was",
  "s",
  "am",
  "m",
  "are",
  "were",
  "work",
  "works",
  "worked",
  "working",
  "as",
  "used",
  "to",
  "be",
  "been",
  "has",
  "an",
  "a",
  "now",
  "still",
  "also",
  "currently",
  "retired",
]);

/** What a person passes on rather than asks: "she says…", "my aunt keeps telling me…", "he wants to know…". */
const REPORTS = new Set([
  "says",
  "said",
  "say",
  "tells",
  "told",
  "telling",
  "keeps",
  "kept",
  "thinks",
  "thought",
  "swears",
  "reckons",
  "wants",
  "asks",
  "asked",
  "asking",
  "wonders",
  "wondering",
  "mentioned",
  "suggested",
  "recommended",
]);

/** Being, which may join a person to a career without an article in second-language English ("my mother is nurse"). */
const BE = new Set(["is", "was", "s", "am", "m", "are", "were"]);

/** How many words may qualify the career ("a dental hygienist", "an ER night nurse"). */
const QUALIFIERS = 2;

/**
 * Whether every word naming another career (`isOther`) says who a person of the writer's life is, and the message
 * does not go on to ask about that person: a person (`PERSONS` after "my"/"our", or "he"/"she") joined to the career
 * by "is a", "'s an", "works as a"… ("my wife is a dental hygienist"), or the career qualifying the person ("my doctor
 * friend"), with no "he", "she", "his", "her" or "him" after it but one passing something on ("she says", "he wants
 * to know"): "my sister is a nurse, does she need a license" asks about the nurse. The writer's own career ("I'm a
 * nurse") is left to the rules of the career asked about: "do I need continuing education" asks it of nursing.
 */
export function othersAsPersons(words: readonly string[], isOther: (word: string) => boolean): boolean {
  const at = words.flatMap((w, i) => (isOther(w) ? [i] : []));
  if (at.length === 0 || !at.every((i) => isWhoSomeoneIs(words, i))) return false;
  const last = at.at(-1)!;
  return !words.some(
    (w, k) =>
      k > last && (PRONOUNS.has(w) || ["his", "her", "him"].includes(w)) && !REPORTS.has(words[k + 1] ?? ""),
  );
}

/**
 * Whether the career at `i` is what a person is ("my aunt is a nurse", "my mother is nurse"), or qualifies one ("my
 * nurse friend").
 */
function isWhoSomeoneIs(words: readonly string[], i: number): boolean {
  if (PERSONS.has(words[i + 1] ?? "") && ownedAt(words, i)) return true;
  // Back over the career's qualifiers to its article, then over the words that link it to the person.
  let k = i - 1;
  let qualifiers = 0;
  while (k >= 0 && !LINKS.has(words[k]!) && qualifiers < QUALIFIERS) {
    k--;
    qualifiers++;
  }
  const end = k;
  while (k >= 0 && LINKS.has(words[k]!)) k--;
  const links = words.slice(k + 1, end + 1);
  // "is a", "works as a", or plain being: "my mother is nurse".
  if (!links.some((w) => w === "a" || w === "an" || w === "as") && !BE.has(links.at(-1) ?? "")) return false;
  const person = words[k] ?? "";
  return PRONOUNS.has(person) || (PERSONS.has(person) && ownedAt(words, k));
}

/** Whether "my" or "our" comes right before `i`, or one word before that ("my older sister", "my ER friend"). */
function ownedAt(words: readonly string[], i: number): boolean {
  return [words[i - 1], words[i - 2]].some((w) => w === "my" || w === "our");
}
