// A "did you mean" as a list of things: the entries it offered, each named by its question, so that "the first one",
// "2" or "the cells one" sent next picks one of them as it would pick a thing an answer listed.
import type { MatchIndex } from "./index.ts";
import type { ItemList } from "./items.ts";

/** The entries an offer named, as a list in its order (entries the pack no longer has are left out). */
export function offerList(index: MatchIndex, offered: readonly string[]): ItemList {
  const items = offered.flatMap((id) => {
    const entry = index.byId.get(id)?.entry;
    return entry === undefined ? [] : [{ text: entry.question, entry: id, line: entry.question }];
  });
  return { items, lead: "", from: "bullets" };
}

/** "2", "#2.", "3)": a message that is nothing but the number of one of the things offered. */
const ONLY_A_NUMBER = /^\s*#?([1-9])\s*[.)]?\s*$/;

/** The place (0 the first) a message that is only a number picks, if it is one. */
export function numberPicked(text: string): number | undefined {
  const m = ONLY_A_NUMBER.exec(text);
  return m === null ? undefined : Number(m[1]) - 1;
}
