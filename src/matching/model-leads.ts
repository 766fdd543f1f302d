// Where the learned model, all but sure of one entry, leads over the rules: their answer, "did you mean" or refusal.
import type { Entry } from "../knowledge/schema.ts";
import { messageParts } from "./clauses.ts";
import type { MatchIndex } from "./index.ts";
import { explainApart, likeliest, modelReading, nearestReading, sureEntry } from "./learned.ts";
import { mayLead, questionConfirms } from "./learned-say.ts";
import type { MatchResult } from "./result.ts";

/**
 * The result, or the entry the learned model gives at least `learnedLeadMin` when the rules read the message another
 * way: another entry, a "did you mean" (also one between candidates that explain different words of it), an answer to
 * two questions, or a refusal for want of known words. On writers it was never taught (each blind batch left out in
 * turn) the model alone reads more of a message's entries right than the rules do, long stories and indirect questions
 * most, but out-of-domain and small talk less: hence the bar, and refusals a rule decided (coverage, another field, the
 * world's clock) and answers marked partly uncovered are left as they are.
 */
export function modelLeads(index: MatchIndex, text: string, result: MatchResult): MatchResult {
  const open =
    (result.kind === "answer" && result.partlyUncovered === undefined) ||
    result.kind === "ambiguous" ||
    (result.kind === "none" && result.reason === "no-match" && result.ruled === undefined);
  if (!open) return result;
  const alone = modelReading(index, text);
  if (alone === undefined) return result;
  // An answer the model alone does not all but rule out (`learnedDoubtMax`) keeps its place: the nearest wordings'
  // votes, often those of wordings like the message's story, are no evidence against an answer to its question.
  const { learnedDoubtMax, learnedLeadMin } = index.options;
  if (result.kind === "answer" && (alone.get(result.entry.id) ?? 0) > learnedDoubtMax) return result;
  if (result.kind === "answer" && questionConfirms(index, text, result.entry.id)) return result;
  const p = sureEntry(alone, learnedLeadMin) === undefined ? votedReading(index, text, alone) : alone;
  const lead = p === undefined ? undefined : sureEntry(p, learnedLeadMin);
  if (lead === undefined) return result;
  const { id: top, sure } = lead;
  const second = result.kind === "answer" ? result.also : undefined;
  if (
    result.kind === "answer" &&
    second !== undefined &&
    !twoGiveWay(
      index,
      text,
      result.entry.id,
      second.id === top || (alone.get(second.id) ?? 0) <= learnedDoubtMax,
    )
  )
    return result;
  // Asked after the model's own bars: most messages stop at them, and these guards read the message again.
  if (!mayLead(index, text, result)) return result;
  const candidate = result.candidates.find((c) => c.entry.id === top);
  const entry = candidate?.entry ?? index.byId.get(top)!.entry;
  const confidence = candidate?.confidence ?? sure;
  if (result.kind !== "answer")
    return {
      kind: "answer",
      entry,
      confidence,
      candidates: result.candidates,
      query: result.query,
      ...namedBeside(index, result, top, alone),
    };
  // Two answers whose second is the model's: it comes first, the other still answered after it.
  if (second?.id === top) return { ...result, entry, confidence, also: result.entry };
  const { also: _, ...one } = result;
  return { ...one, entry, confidence };
}

/**
 * The result, or the entry the learned model gives at least `learnedLeadMin` when the rules found no word of the pack's
 * in a whole message ("i get squeamish, could this still be for me?"): read as typed, its words still ask. Not a
 * question of a message read on its own: "what they do" after a specialty is named asks of that specialty.
 */
export function modelLeadsOverNothing(index: MatchIndex, text: string, result: MatchResult): MatchResult {
  if (result.kind !== "none" || result.reason !== "empty") return result;
  const led = modelLeads(index, text, { ...result, reason: "no-match" });
  return led.kind === "answer" ? led : result;
}

/**
 * The other of a "did you mean"'s two best candidates, as a second answer, when the model leads to one of them, they
 * explain different words of the message, and the model leans to the other too (`learnedLeadVotedMin`, the least it
 * counts as a lean): "ascp and phlebotomy" names two things, and leading to one would drop what the other words asked.
 */
function namedBeside(
  index: MatchIndex,
  result: MatchResult,
  top: string,
  alone: ReadonlyMap<string, number>,
): { also?: Entry } {
  if (result.kind !== "ambiguous" || !explainApart(index.byId, result.query, result.candidates)) return {};
  const [a, b] = result.candidates;
  if (a === undefined || b === undefined || (a.entry.id !== top && b.entry.id !== top)) return {};
  const other = a.entry.id === top ? b : a;
  return (alone.get(other.entry.id) ?? 0) >= index.options.learnedLeadVotedMin ? { also: other.entry } : {};
}

/**
 * Whether an answer to two questions may give way to the model's entry: its second answer is that entry or one the model
 * all but rules out too (`secondYields`), and the model, reading each of the message's questions alone, all but rules out
 * its first as well. Reading a whole message, the model hears mostly one question ("how do I get started and what do
 * they earn" is the pay to it); read alone, the question the rules answered first still has its say.
 */
function twoGiveWay(index: MatchIndex, text: string, first: string, secondYields: boolean): boolean {
  const { learnedDoubtMax } = index.options;
  return (
    secondYields &&
    messageParts(text).asking.every(
      (question) => (modelReading(index, question)?.get(first) ?? 0) <= learnedDoubtMax,
    )
  );
}

/**
 * The model's reading `p` of a message confirmed by the votes of the taught wordings nearest it (`nearestReading`): `p`
 * times the votes to the power `learnedNeighbourShare`, normalised, when the model leans to an entry (at least
 * `learnedLeadVotedMin`) and the votes' likeliest class is that entry; otherwise undefined. The votes may only make the
 * model surer of its own lean, never give it another: given a say of their own, they sharpened its wrong leans too
 * (an entry a story's words suggest lifted over the one its question asks: docs/measured.md).
 */
function votedReading(
  index: MatchIndex,
  text: string,
  p: ReadonlyMap<string, number>,
): ReadonlyMap<string, number> | undefined {
  const lean = sureEntry(p, index.options.learnedLeadVotedMin);
  if (lean === undefined) return undefined;
  const votes = nearestReading(index, text);
  if (votes === undefined || likeliest(votes).id !== lean.id) return undefined;
  const share = index.options.learnedNeighbourShare;
  const voted = new Map([...p].map(([c, v]) => [c, v * (votes.get(c) ?? 0) ** share]));
  let sum = 0;
  for (const v of voted.values()) sum += v;
  for (const [c, v] of voted) voted.set(c, v / sum);
  return voted;
}
