// Words that point at things of a list just read: "the second one", "the latter", "number 3", "the first two",
// "both", "the two", "which one", "the difference between the two". Read against one of the lists (items.ts), they
// are replaced by the things' own words, so the message can be matched as if it had named them.
import type { ItemList } from "./items.ts";
import { editDistance, stem } from "./text.ts";

/** Where a message points at things of a list, and which: by position (0 the first, -1 the last), or two at once. */
export type Reference =
  | { kind: "position"; start: number; end: number; positions: number[] }
  | { kind: "both" | "which" | "between"; start: number; end: number };

/** A Map, not an object: a word of a message is no key of Object's prototype ("constructor" is no ordinal). */
const ORDINALS: ReadonlyMap<string, number> = new Map([
  ["first", 0],
  ["1st", 0],
  ["former", 0],
  ["second", 1],
  ["2nd", 1],
  ["third", 2],
  ["3rd", 2],
  ["fourth", 3],
  ["4th", 3],
  ["fifth", 4],
  ["5th", 4],
  ["last", -1],
  ["final", -1],
  ["latter", -1],
]);
/** Ordinals long enough to be read through a slip of one letter ("secund"); "latter" is not, as "later" is a word. */
const SPELLED_OUT = ["first", "second", "third", "fourth", "fifth"];
const NUMBERS: ReadonlyMap<string, number> = new Map([
  ["two", 2],
  ["2", 2],
  ["three", 3],
  ["3", 3],
]);

/** Words a list's things are called by, whatever the list ("the second option", "the last thing you said"). */
const LIST_NOUNS = new Set(
  "one ones option options route routes path paths thing things item items choice choices kind kinds type types"
    .split(" ")
    .map(stem),
);

/** What an ordinal counts when it is not a list's things: times, steps, stretches of time, places in a queue. */
const IN_TIME = new Set(
  "time times step steps year years day days week weeks month months semester semesters term terms attempt attempts try tries half round rounds date shift shifts minute minutes hour hours place line stage phase level job jobs person people thing things"
    .split(" ")
    .map(stem)
    .filter((s) => !LIST_NOUNS.has(s)),
);

/** "from first to second", "from the 1st into the 2nd": a way from one thing of a list to another. */
const FROM_TO =
  /\bfrom (?:the )?(?:first|1st|second|2nd|former|latter) (?:one )?(?:to|into) (?:the )?(?:first|1st|second|2nd|former|latter)\b/i;

/** "you listed", "you mentioned", "u said": the answer's own words pointed at. */
const YOU_SAID =
  /^\s+(?:that\s+)?(?:you|u|ya)\s+(?:listed|mentioned|mention|said|named|gave|wrote|put|brought up)\b/i;

const WORD = /[\p{L}\d#']+/gu;

interface Token {
  word: string;
  start: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The ordinal a word after "the" is a slip of, by word: each text of a message is read for its positions. */
const slipsOfOrdinals = new Map<string, number | undefined>();

function ordinalOf(word: string, afterThe: boolean): number | undefined {
  const exact = ORDINALS.get(word);
  if (exact !== undefined) return exact;
  if (!afterThe || word.length < 5) return undefined;
  if (slipsOfOrdinals.has(word)) return slipsOfOrdinals.get(word);
  // One edit changes the length by one at most: most words are not measured at all.
  const near = SPELLED_OUT.filter(
    (o) => Math.abs(o.length - word.length) <= 1 && editDistance(word, o) === 1,
  );
  const ordinal = near.length === 1 ? ORDINALS.get(near[0]!) : undefined;
  if (slipsOfOrdinals.size < 10_000) slipsOfOrdinals.set(word, ordinal);
  return ordinal;
}

/**
 * The places a message points at things of a list by position: "the second one", "the latter", "ok the 2nd",
 * "number 3", "the first two", "the last duty you said". `callsTheList` says whether a word is what the list's things
 * are called ("duty" of "the main duties are…"): after an ordinal, only such a word, a word for any list's things
 * ("option", "route") or no word that says anything makes it a reference ("the first step" is not one).
 */
export function positionsIn(text: string, callsTheList: (stem: string) => boolean): Reference[] {
  const ts = tokens(text);
  const found: Reference[] = [];
  const fromToText = FROM_TO.test(text);
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    // "number 3", "#2", "option 2"
    const numbered = /^(?:number|no|#|option|choice)$/.test(t.word) && /^\d$/.test(ts[i + 1]?.word ?? "");
    if (numbered || /^#\d$/.test(t.word)) {
      const digit = numbered ? ts[i + 1]! : t;
      found.push({
        kind: "position",
        start: t.start,
        end: digit.end,
        positions: [Number(digit.word.replace("#", "")) - 1],
      });
      if (numbered) i++;
      continue;
    }
    // "from first to second": ordinals set on either end of a way from one to the other point as "the" does.
    const fromTo = fromToText && /^(?:from|to|into)$/.test(ts[i - 1]?.word ?? "");
    const afterThe = ts[i - 1]?.word === "the";
    const position = ordinalOf(t.word, afterThe);
    if (position === undefined) continue;
    let end = i;
    let positions = [position];
    // "the first two", "the last three"
    const count = NUMBERS.get(ts[i + 1]?.word ?? "");
    if (count !== undefined) {
      end = i + 1;
      positions =
        position === -1
          ? Array.from({ length: count }, (_, k) => k - count)
          : Array.from({ length: count }, (_, k) => position + k);
    }
    const next = ts[end + 1];
    const nextStem = next === undefined ? undefined : stem(next.word);
    const named = nextStem !== undefined && (LIST_NOUNS.has(nextStem) || callsTheList(nextStem));
    // "the first time", "the last step": an ordinal of time or order, not of a list's things.
    const ofTime = nextStem !== undefined && IN_TIME.has(nextStem);
    // "the first turn into the second" needs "the"; "first one", "2nd one" do not.
    if (!named && (ofTime || !(afterThe || fromTo))) continue;
    if (named) end++;
    let stop = ts[end]!.end;
    const said = YOU_SAID.exec(text.slice(stop));
    if (said) stop += said[0].length;
    found.push({ kind: "position", start: afterThe ? ts[i - 1]!.start : t.start, end: stop, positions });
    i = end;
  }
  return found;
}

/** "both", "the two (of them)", "each one", "either of them": the two things of a list at once. */
const BOTH =
  /\b(?:both(?: of (?:them|those|these|em))?|the (?:two|2)(?: of (?:them|those|these|em))?|each (?:one|of (?:them|those|these))|either (?:one|of (?:them|those|these)))\b/i;
/**
 * "which one", "which of the two", "which of them"; "which" alone before a comparison it asks ("which is faster", "which
 * would be better"): a noun after it ("which tests") asks of a kind, not of the things named.
 */
const WHICH =
  /\bwhich(?: (?:one|1|of (?:the (?:two|2)|them|those|these|em))\b|(?=(?:'s|s| is| are| would be| will be) (?:[a-z]{2,}er|better|worse|best|more|less)\b))/i;
/** "the difference between them", "between the two". */
const BETWEEN = /\bbetween (?:them|those|these|em|the (?:two|2)(?: of (?:them|those|these))?)\b/i;

/** "what are they", "what r those": asking what the things just named are. */
const WHAT_THEY_ARE = /(?<=\bwhat (?:are|r|were) )(?:they|those|these|them|em)\b/i;

/** Where a message points at two things at once, if it does: "between the two", "which one", "both". */
export function pairIn(text: string): Reference | undefined {
  for (const [kind, pattern] of [
    ["between", BETWEEN],
    ["which", WHICH],
    ["both", BOTH],
    ["both", WHAT_THEY_ARE],
  ] as const) {
    const every = new RegExp(pattern.source, "gi");
    for (const m of text.matchAll(every)) {
      // "the 2 year one", "the two-year degree": a count of time, not the two things.
      const after = text.slice(m.index + m[0].length);
      const next = /^\s*([\p{L}\d]+)/u.exec(after)?.[1]?.toLowerCase();
      if (/^-/.test(after) || (next !== undefined && (IN_TIME.has(stem(next)) || /^yrs?$/.test(next))))
        continue;
      return { kind, start: m.index, end: m.index + m[0].length };
    }
  }
  return undefined;
}

/** The things a reference points at in a list, if the list has them. */
export function pointedAt(list: ItemList, reference: Reference): ItemList["items"] {
  const { items } = list;
  if (reference.kind !== "position") return items.length === 2 ? items : [];
  const picked = reference.positions.map((p) => items.at(p));
  return picked.every((i) => i !== undefined) && new Set(picked).size === picked.length
    ? (picked as ItemList["items"])
    : [];
}

/** The words that take a reference's place: the things' own ("which of the ASCP and the AMT"). */
export function inPlaceOf(reference: Reference, items: ItemList["items"]): string {
  const named = items.map((i) => i.text);
  const joined =
    named.length <= 2 ? named.join(" and ") : `${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  if (reference.kind === "which") return `which of ${joined}`;
  if (reference.kind === "between") return `between ${joined}`;
  return joined;
}

/** A word without which a message points into no list: most messages are ruled out by this alone. */
const MAY_POINT =
  /\b(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final|latter|former|both|two|2|each|either|which|between|(?:number|no|option|choice)\s+\d|what (?:are|r|were) (?:they|those|these|them|em)|(?:se|th|fi|fo)[a-z]{3,5})\b|#\d/i;

/** Whether a message points at things of a list by position or two at once, whatever the list. */
export function pointsIntoAList(text: string): boolean {
  return MAY_POINT.test(text) && (positionsIn(text, () => false).length > 0 || pairIn(text) !== undefined);
}
