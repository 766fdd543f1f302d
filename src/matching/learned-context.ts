// Where the learned model reads a follow-up: its reading of the message with the answer before, among the entries that
// answer leans on (that entry, its related ones, its topic's), when that reading is all but sure.
import { asksForAnother, endsOnMore } from "./followup.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { modelReading } from "./learned.ts";
import { besideOf } from "./neighbours.ts";
import { followedTo, type MatchResult, refuses } from "./result.ts";
import { sourcesEntry } from "./sources.ts";

/**
 * The entry the learned model reads a follow-up as, among those around the answer before (`previous`, its related
 * entries and its topic's), when it gives them together `learnedContextMin` of its belief and one of them
 * `learnedContextShare` of that: "and after that where does it all get stored?" after how samples are handled is the
 * records', however the rules read its words. The model reads the words with the entry answered before (what the
 * labelled follow-ups taught it that entry adds: `withAnswersBefore`), and the answer before also says which of its
 * readings a follow-up may mean. Not a request for another ("which body other than the ASCP": the model reads the name
 * it sets aside as asked), nor whether the answer holds of more ("do they draw blood too?" after a specialty asks of
 * that specialty, not of drawing blood), nor a refusal for coverage or another field.
 */
export function learnedInContext(
  index: MatchIndex,
  text: string,
  previous: IndexedEntry,
  result: MatchResult,
): MatchResult {
  if (result.kind === "command" || result.kind === "smalltalk" || refuses(result)) return result;
  if (asksForAnother(text) || endsOnMore(text)) return result;
  // "who came up with that figure?": where the answers come from is asked of any answer, not read among its neighbours.
  if (result.kind === "answer" && result.entry.id === sourcesEntry(index)?.entry.id) return result;
  const p = modelReading(index, text, { entry: previous.entry.id, topic: previous.topic.id });
  if (p === undefined) return result;
  let total = 0;
  let best: string | undefined;
  for (const id of [previous.entry.id, ...besideOf(index, previous)]) {
    const q = p.get(id) ?? 0;
    total += q;
    if (best === undefined || q > (p.get(best) ?? 0)) best = id;
  }
  const { learnedContextMin, learnedContextShare } = index.options;
  if (best === undefined || total < learnedContextMin || (p.get(best) ?? 0) < learnedContextShare * total)
    return result;
  if (result.kind === "answer" && result.entry.id === best && result.also === undefined) return result;
  return followedTo(index.byId.get(best)!.entry, result.query);
}
