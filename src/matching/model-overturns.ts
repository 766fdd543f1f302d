// Where the learned model, all but sure of one entry, overturns the rules' refusal of a question as another field's,
// when the career the question asks about is the pack's own or none is named (`career-asked.ts`), or, surer still,
// when the careers it names are only parties to the work (a doctor, a nurse), whichever the rules read as asked.
import { careerAsked, namesOnlyParties } from "./career-asked.ts";
import type { MatchIndex } from "./index.ts";
import { modelReading, sureEntry } from "./learned.ts";
import { mayLead } from "./learned-say.ts";
import type { MatchResult, NoneResult } from "./result.ts";

/**
 * The result, or the entry the learned model gives at least `learnedLeadMin` when the rules refused the message as
 * another field's (`out-of-scope`) for a career named where the question does not ask about it: a party to the work
 * ("the lump the doctor took out, who cuts it thin"), a place ("somewhere like a vet"), the writer's own job ("I've been
 * a pharmacy assistant for years…"). The model never learned other careers' names, so it reads "what does a dental
 * hygienist do" as the duties: a refusal whose asked career is another one (`careerAsked`) stays. Refusals of what
 * the guide does not cover stay too: those are about what is asked, not whose career.
 */
export function modelOverturns(index: MatchIndex, text: string, result: MatchResult): MatchResult {
  if (result.kind !== "none" || result.reason !== "out-of-scope") return result;
  return sureAnswerOver(index, text, result) ?? surerOverAnotherCareer(index, text, result) ?? result;
}

/**
 * "once the machine spits out the result, how does the doctor get it?": a career the rules read as the one asked about
 * (named in the story, or standing as a question's subject) may be one set aside or a party to the work. When every career the
 * message names is one the pack names beside its work (`namesOnlyParties`) and the learned model gives one entry
 * `learnedOverCareerMin`, the message is that entry's. Another field's job ("what does a plumber do all day") stays
 * refused: the model, never taught its name, may read it as the pack's duties.
 */
function surerOverAnotherCareer(
  index: MatchIndex,
  text: string,
  result: NoneResult,
): Extract<MatchResult, { kind: "answer" }> | undefined {
  return answerOver(index, text, result, index.options.learnedOverCareerMin, () =>
    namesOnlyParties(index, text),
  );
}

/**
 * The answer the learned model gives a refused message when it gives one entry at least `learnedLeadMin`, may lead
 * there (`mayLead`) and the career the question asks about is not another one: what each overturn of a refusal
 * shares, the refusal's own condition apart.
 */
export function sureAnswerOver(
  index: MatchIndex,
  text: string,
  result: NoneResult,
): Extract<MatchResult, { kind: "answer" }> | undefined {
  return answerOver(
    index,
    text,
    result,
    index.options.learnedLeadMin,
    () => careerAsked(index, text) !== "other",
  );
}

/**
 * The entry the learned model gives a refused message at least `min`, when it may lead there (`mayLead`) and the
 * careers the message names allow it (`careersAllow`, asked last: it reads the message again).
 */
function answerOver(
  index: MatchIndex,
  text: string,
  result: NoneResult,
  min: number,
  careersAllow: () => boolean,
): Extract<MatchResult, { kind: "answer" }> | undefined {
  const p = modelReading(index, text);
  const lead = p === undefined ? undefined : sureEntry(p, min);
  if (lead === undefined || !mayLead(index, text, result) || !careersAllow()) return undefined;
  const entry = index.byId.get(lead.id)!.entry;
  return { kind: "answer", entry, confidence: lead.sure, candidates: result.candidates, query: result.query };
}
