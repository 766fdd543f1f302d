// The one other entry a question asks for when it sets one aside: "apart from the ASCP, who else certifies techs?",
// "a second body, not the AMT, that tests you": the entry whose question is the set-aside one's about another thing.
import { setAside } from "./followup.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { siblingsOf } from "./neighbours.ts";

/**
 * "…, not the AMT, …", "the one that isn't the AMT": a thing set aside by "not" opening a clause or an aside, or
 * saying what the one asked for is not, up to three words of it.
 */
const NOT_THAT =
  /(?:(?:^|[,;(]\s*|\b(?:and|but) |\b(?:that|which|who)(?:'s|\s+is|\s+are)\s+)not|\b(?:that|which|who)\s+(?:isn'?t|aren'?t))\s+(?:the\s+)?((?:[\p{L}\d'-]+\s*){1,3}?)(?=\s*(?:[,;)?.!]|$|\b(?:one|but|who|which|that)\b))/iu;

/** Where a set-aside thing's words end: a word going on with the question, or a mark. */
const BREAK =
  /[,;:?.!]|\b(?:who|whom|which|that|what|where|is|are|was|were|do|does|did|can|could|would|will|should|has|have|there|else|any|also)\b/i;

/** Asking for another of a kind: "another", "the other", "a second", "who else", "a different one". */
const ANOTHER = /\b(?:another|other|others|second|else|different|alternative)\b/i;

/**
 * "…there are two exams and one is the ASCP. what's the other one?": one of two named, before "the other" is asked
 * (not named too: "one is the ASCP and the other is the AMT"); up to three words of it.
 */
const ONE_IS =
  /\bone (?:of them |of the two )?is (?:the\s+)?((?:[\p{L}\d'-]+\s*){1,3}?)(?=\s*(?:[,;)?.!]|$|\b(?:and|but|so)\b)[\s\S]*\bthe other\b(?! (?:one )?(?:is|was|'s)\b))/iu;

/** The words a question sets aside ("besides the pathology one" → "pathology one"), if it asks for another beside them. */
export function setAsideForAnother(text: string): string | undefined {
  const said = setAside(text) ?? NOT_THAT.exec(text)?.[1] ?? ONE_IS.exec(text)?.[1];
  // The set-aside thing ends where the question goes on: "other than AMT who else…" sets aside "AMT".
  const aside = said?.split(BREAK)[0]?.trim();
  if (aside === undefined || aside === "") return undefined;
  const rest = text.replace(aside, " ").replace(/\b(?:other than|besides|apart from|aside from)\b/gi, " ");
  return ANOTHER.test(rest) ? aside : undefined;
}

/**
 * The entry a question asks for when it sets aside the words `named` finds one entry by. With a single sibling (one of
 * its related entries asked the same way of another thing, the only such entry in the pack: the ASCP's is the AMT),
 * that sibling. With several ("besides phlebotomy, what other specialties"), the question asks for the kinds: the one
 * entry that lists the set-aside one and its siblings among its related entries (the specialties' overview).
 */
export function theOtherOne(
  index: MatchIndex,
  text: string,
  named: (words: string) => string | undefined,
): { other: IndexedEntry; aside: string } | undefined {
  const aside = setAsideForAnother(text);
  const id = aside === undefined ? undefined : named(aside);
  const entry = id === undefined ? undefined : index.byId.get(id);
  if (entry === undefined) return undefined;
  const everyOther = index.entries.map((e) => e.entry.id).filter((other) => other !== id);
  const siblings = siblingsOf(index, entry, everyOther);
  const otherId = siblings.length === 1 ? oneSibling(entry, siblings[0]!) : kindOf(index, entry, siblings);
  const other = otherId === undefined ? undefined : index.byId.get(otherId);
  return other === undefined ? undefined : { other, aside: entry.entry.id };
}

/** The single sibling, when the set-aside entry relates to it. */
const oneSibling = (entry: IndexedEntry, sibling: string) =>
  entry.entry.related.includes(sibling) ? sibling : undefined;

/** The one entry relating to the set-aside entry and to at least two of its siblings: the overview of their kind. */
function kindOf(index: MatchIndex, entry: IndexedEntry, siblings: readonly string[]): string | undefined {
  const kinds = index.entries.filter(
    (e) =>
      e.entry.related.includes(entry.entry.id) &&
      siblings.filter((s) => e.entry.related.includes(s)).length >= 2,
  );
  return kinds.length === 1 ? kinds[0]!.entry.id : undefined;
}
