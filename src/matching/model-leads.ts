// Where the learned model, all but sure of one entry, leads over the rules: their answer, "did you mean" or refusal.
import type { MatchIndex } from "./index.ts";
import { explainApart, modelReading } from "./learned.ts";
import { mayLead } from "./learned-say.ts";
import type { MatchResult } from "./result.ts";

const REFUSING = new Set(["none", "smalltalk"]);

/**
 * The result, or the entry the learned model gives at least `learnedLeadMin` when the rules read the message another
 * way: another entry, a "did you mean" between candidates that do not explain different words of it (two questions),
 * or a refusal for want of known words. On writers it was never taught (each blind batch left out in turn) the model
 * alone reads more of a message's entries right than the rules do, long stories and indirect questions most, but
 * out-of-domain and small talk less: hence the bar, and refusals a rule decided (coverage, another field, the world's
 * clock), answers to two questions and answers marked partly uncovered are left as they are.
 */
export function modelLeads(index: MatchIndex, text: string, result: MatchResult): MatchResult {
  const open =
    (result.kind === "answer" && result.also === undefined && result.partlyUncovered === undefined) ||
    (result.kind === "ambiguous" && !explainApart(index.byId, result.query, result.candidates)) ||
    (result.kind === "none" && result.reason === "no-match" && result.ruled === undefined);
  if (!open) return result;
  const p = modelReading(index, text);
  if (p === undefined) return result;
  let top = "";
  for (const [id, v] of p) if (v > (p.get(top) ?? -1)) top = id;
  const sure = p.get(top)!;
  if (REFUSING.has(top) || sure < index.options.learnedLeadMin) return result;
  // An answer the model does not all but rule out (`learnedDoubtMax`) keeps its place.
  if (result.kind === "answer" && (p.get(result.entry.id) ?? 0) > index.options.learnedDoubtMax)
    return result;
  // Asked after the model's own bars: most messages stop at them, and these guards read the message again.
  if (!mayLead(index, text, result)) return result;
  const candidate = result.candidates.find((c) => c.entry.id === top);
  const entry = candidate?.entry ?? index.byId.get(top)!.entry;
  const confidence = candidate?.confidence ?? sure;
  if (result.kind === "answer") return { ...result, entry, confidence };
  return { kind: "answer", entry, confidence, candidates: result.candidates, query: result.query };
}
