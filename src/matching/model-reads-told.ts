// Where the learned model, all but sure of one entry, overturns the rules' refusal of a question as not covered, when
// the uncovered thing it names is told around the question rather than asked (`uncovered-asked.ts`).
import type { MatchIndex } from "./index.ts";
import { sureAnswerOver } from "./model-overturns.ts";
import type { MatchResult } from "./result.ts";
import { uncoveredStands } from "./uncovered-asked.ts";

/**
 * The result, or the entry the learned model gives at least `learnedLeadMin` when the rules refused the message as not
 * covered for an uncovered term the question does not ask about, or asks beside another question. Where one alone is
 * asked ("is there an age limit for the exam", "do techs get weekends off") the refusal stays, however sure the model:
 * it never learned what the guide leaves out, and reads such questions as the entry of their other words.
 */
export function modelReadsTold(index: MatchIndex, text: string, result: MatchResult): MatchResult {
  if (result.kind !== "none" || result.reason !== "uncovered") return result;
  const answer = sureAnswerOver(index, text, result);
  if (answer === undefined) return result;
  const stands = uncoveredStands(index, text);
  if (stands === "told") return answer;
  // Asked beside a question the guide answers, the uncovered thing is said not to be covered rather than passed over.
  return stands === "beside" ? { ...answer, partlyUncovered: true } : result;
}
