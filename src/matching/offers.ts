// A "did you mean" as a list of things: the entries it offered, each named by its question, so that "the first one",
// "2" or "the cells one" sent next picks one of them as it would pick a thing an answer listed.
import type { MatchIndex } from "./index.ts";
import type { ItemList } from "./items.ts";
import { words } from "./text.ts";

/** The entries an offer named, as a list in its order (entries the pack no longer has are left out). */
export function offerList(index: MatchIndex, offered: readonly string[]): ItemList {
  const items = offered.flatMap((id) => {
    const entry = index.byId.get(id)?.entry;
    return entry === undefined ? [] : [{ text: entry.question, entry: id, line: entry.question }];
  });
  return { items, lead: "", from: "bullets" };
}

/** Words a reply picking by number may wrap it in: "2 please", "ok number 2", "option two", "the 2nd one pls". */
const AROUND_A_NUMBER = new Set(
  "ok okay k so um uh hmm the number no # option choice one please pls plz thanks thx ty i'd id like want take go with".split(
    " ",
  ),
);

/** A number or an ordinal as a place (0 the first); "one" is left out: "the one" picks by what follows it. */
const PLACES: Record<string, number> = {
  first: 0,
  "1st": 0,
  second: 1,
  "2nd": 1,
  two: 1,
  third: 2,
  "3rd": 2,
  three: 2,
  fourth: 3,
  "4th": 3,
  four: 3,
  fifth: 4,
  "5th": 4,
  five: 4,
};

/**
 * The place (0 the first) a message picks that is nothing but the number of one of the things offered ("2", "#2.",
 * "3)"), or that number or its ordinal with words of asking around it and nothing else ("2 please", "second", "ok the
 * 2nd one", "option two").
 */
export function numberPicked(text: string): number | undefined {
  const m = ONLY_A_NUMBER.exec(text);
  if (m !== null) return Number(m[1]) - 1;
  const ws = text
    .toLowerCase()
    .replace(/[^\p{L}\d#' ]+/gu, " ")
    .split(/\s+/)
    .filter((w) => w !== "" && !AROUND_A_NUMBER.has(w));
  if (ws.length !== 1) return undefined;
  const [w] = ws;
  if (/^#?[1-9]$/.test(w!)) return Number(w!.replace("#", "")) - 1;
  return PLACES[w!];
}

/** "2", "#2.", "3)": a message that is nothing but the number of one of the things offered. */
const ONLY_A_NUMBER = /^\s*#?([1-9])\s*[.)]?\s*$/;

/** How many words a reply naming an offered entry by its question's words may have: "certification", "the cert pls". */
const LABEL_WORDS = 3;

/**
 * The entry offered that a short reply names by words of its question alone ("certification" after the ASCP and the
 * phlebotomist were offered): every pack word of the reply is in that question, and none in another offered one's.
 */
export function labelPicked(
  index: MatchIndex,
  text: string,
  list: ItemList,
  asks: boolean,
): string | undefined {
  if (asks || words(text).length > LABEL_WORDS) return undefined;
  const said = index.normalizer.terms(text).filter((t) => index.weights.has(t));
  if (said.length === 0) return undefined;
  const holding = list.items.filter((item) => {
    const label = new Set(index.normalizer.terms(item.text));
    return said.some((t) => label.has(t));
  });
  const [only] = holding;
  if (holding.length !== 1 || only === undefined) return undefined;
  const label = new Set(index.normalizer.terms(only.text));
  return said.every((t) => label.has(t)) ? only.entry : undefined;
}
