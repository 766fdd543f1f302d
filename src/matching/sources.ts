// The pack's entry on where its answers come from: asking the source of what an answer just said ("who came up with
// that number?") asks about the guide, whatever the answer was.
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { keywordLeader } from "./keyword-leader.ts";

/** Keywords naming where information comes from. */
const SOURCE_WORDS: ReadonlySet<string> = new Set([
  "source",
  "sources",
  "author",
  "authors",
  "reference",
  "references",
]);

/** The one entry whose keywords name the most words of a source (at least one), if one leads. */
export const sourcesEntry = keywordLeader(SOURCE_WORDS, 1);

/**
 * Asking where what was said comes from: "where's that from", "where does that number come from", "who came up with
 * it", "who wrote that", "what's your source".
 */
const SOURCE_ASKED =
  /\bwhere(?:'s| is| was| does| did| do| are)? (?:that|it|this|those|these|they|all (?:that|this))(?: [\p{L}]+)?(?: [\p{L}]+)? (?:from|come from|comes from|coming from|came from)\b|\bwho (?:came up with|come up with|put (?:this|that|it|all (?:this|that)) together|wrote (?:this|that|it)|made (?:this|that) up|worked (?:that|it|this) out|says so)\b|\b(?:what'?s|what is|what are) (?:the|your|ur) sources?\b|\bsources? (?:for|of) (?:that|this|it|those|these)\b/iu;

/**
 * The entry on the guide's sources, for a follow-up asking where what the answer just given said comes from ("where do
 * those numbers come from?" after the pay), when that answer gives figures: their source is the guide's, whatever
 * "numbers" alone would find.
 */
export function sourceAskedOf(
  index: MatchIndex,
  previous: IndexedEntry,
  text: string,
): IndexedEntry | undefined {
  return /\d/.test(previous.entry.answer) && SOURCE_ASKED.test(text) ? sourcesEntry(index) : undefined;
}
