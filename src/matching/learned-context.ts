// Where the learned model reads a follow-up: its reading of the message with the answer before, among the entries that
// answer leans on (that entry, its related ones, its topic's), when that reading is all but sure.
import { asksOf, kindBits } from "./asks.ts";
import { asksForAnother, endsOnMore } from "./followup.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { modelReading } from "./learned.ts";
import { asksAnotherKind, besideOf, namedBy } from "./neighbours.ts";
import { followedTo, type MatchResult, refuses } from "./result.ts";
import { sourcesEntry } from "./sources.ts";
import { isEverydayTerm } from "./subject.ts";

/**
 * The entry the learned model reads a follow-up as, among those around the answer before (`previous`, its related
 * entries and its topic's), when it gives them together `learnedContextMin` of its belief and one of them
 * `learnedContextShare` of that: "and after that where does it all get stored?" after how samples are handled is the
 * records', however the rules read its words. The model reads the words with the entry answered before (what the
 * labelled follow-ups taught it that entry adds: `withAnswersBefore`), and the answer before also says which of its
 * readings a follow-up may mean. Not a request for another ("which body other than the ASCP": the model reads the name
 * it sets aside as asked), nor whether the answer holds of more ("do they draw blood too?" after a specialty asks of
 * that specialty, not of drawing blood), nor a refusal for coverage or another field, nor a question of its own
 * (`asksOfItsOwn`).
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
  if (asksOfItsOwn(index, text, previous, result)) return result;
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

/** The kinds of question a thing answered is asked of: "who is it for" after a programme asks whom it suits. */
const ASKED_OF_THE_THING = kindBits("who");

/**
 * Whether a follow-up asks a question the answer before cannot be: a kind that answer is never asked with (how long,
 * how much, when, where), about the entry the rules find, named by the follow-up's own words (not the answer's) and read
 * alone by the model at `learnedLeadMin`: "how many years till I'm a senior tech then" after the pay is the senior's.
 * The context's pull grows with every follow-up taught after that answer, so it must not outweigh such a question.
 */
function asksOfItsOwn(index: MatchIndex, text: string, previous: IndexedEntry, result: MatchResult): boolean {
  if (result.kind !== "answer" || result.also !== undefined || result.entry.id === previous.entry.id)
    return false;
  if (!asksAnotherKind(previous, asksOf(text) & ~ASKED_OF_THE_THING)) return false;
  const names = namedBy(index, index.byId.get(result.entry.id)!);
  const own = result.query.terms.filter(
    (t) => names.has(t) && !previous.bag.has(t) && !isEverydayTerm(index, t),
  );
  if (own.length === 0) return false;
  return (modelReading(index, text)?.get(result.entry.id) ?? 0) >= index.options.learnedLeadMin;
}
