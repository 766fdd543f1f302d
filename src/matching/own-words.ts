// Whether a message sent soon after an answer is asked for itself: its own words answer it surely, by the rules and by
// the learned model alike, and it points at nothing only the answer before can say.
import { pointsAtItsWords } from "./asked-of-the-answer.ts";
import { asksForAnother, endsOnMore, picksAnItem } from "./followup.ts";
import type { IndexedEntry, MatchIndex } from "./index.ts";
import { learnedReads } from "./learned-say.ts";
import { besideOf } from "./neighbours.ts";
import { numberPicked } from "./offers.ts";
import { pointsIntoAList } from "./references.ts";
import type { MatchResult } from "./result.ts";
import { sourcesEntry } from "./sources.ts";

/**
 * Whether the reading of a message alone (`own`, the rules' answer with the learned model's say) is its reply rather
 * than the reading against the answer before (`inContext`): "how hard is it to land a first job" after the pay asks
 * about finding work, whatever it shares with the pay's neighbours. Both readers must agree on one entry, the rules at
 * `ownFollowUpMin` and the model at `ownLearnedMin` (the model reads the message alone here, so its reading is the
 * message's own). Not a message that picks by position or two at once ("how do I become the second one"), picks a
 * thing the answer named ("the imaging one, is it hard?"), asks for another ("which body other than the ASCP"), asks
 * whether the answer holds of more ("do they use microscopes too"), or points at a word of the answer ("who runs these
 * courses") and finds on its own no entry beside it: those say what they ask only with the answer before. Where
 * the guide's answers come from is beside every answer: "where's that figure from?" asks of them all.
 */
export function asksForItself(
  index: MatchIndex,
  text: string,
  own: MatchResult,
  inContext: MatchResult,
  previous?: IndexedEntry,
): boolean {
  if (own.kind !== "answer") return false;
  if (inContext.kind === "answer" && inContext.entry.id === own.entry.id && inContext.also === undefined)
    return false;
  if (
    pointsIntoAList(text) ||
    numberPicked(text) !== undefined ||
    picksAnItem(text) ||
    asksForAnother(text) ||
    endsOnMore(text) ||
    (previous !== undefined &&
      pointsAtItsWords(index, previous, own.query) &&
      !besideOf(index, previous).includes(own.entry.id) &&
      own.entry.id !== sourcesEntry(index)?.entry.id)
  )
    return false;
  return namesItsOwn(index, text, own);
}

/**
 * Whether a message's own words answer it surely, one entry, the rules at `ownFollowUpMin` and the learned model at
 * `ownLearnedMin` agreeing: "what's the pay like for that" asks of the pay, whatever the answer before it.
 */
export function namesItsOwn(index: MatchIndex, text: string, own: MatchResult): boolean {
  return (
    own.kind === "answer" &&
    own.also === undefined &&
    own.confidence >= index.options.ownFollowUpMin &&
    learnedReads(index, text, own.entry.id, index.options.ownLearnedMin)
  );
}
