// The matcher on the real pack, built once per test worker (its test files share it: vitest.config.ts), and a
// message's reading in one word for assertions.
import { buildIndex, type MatchIndex, match } from "../../src/matching/engine.ts";
import { realKnowledge } from "./knowledge.ts";

let built: Promise<MatchIndex> | undefined;
export function realIndex(): Promise<MatchIndex> {
  built ??= realKnowledge().then((kb) => buildIndex(kb));
  return built;
}

let rulesBuilt: Promise<MatchIndex> | undefined;
/**
 * The real pack read by the rules alone, without the model learned from its examples: a test of a rule checks the rule,
 * since each retraining moves the model's leans (what the model does is tests/learned.test.ts's).
 */
export function rulesIndex(): Promise<MatchIndex> {
  rulesBuilt ??= realKnowledge().then((kb) => buildIndex({ ...kb, examples: [], learned: undefined }));
  return rulesBuilt;
}

/** The entry answered, `smalltalk:<intent>`, `none:<reason>`, or the kind of any other reply. */
export function readingOf(index: MatchIndex, text: string): string {
  const r = match(index, text);
  if (r.kind === "answer") return r.entry.id;
  if (r.kind === "smalltalk") return `smalltalk:${r.intent.id}`;
  return r.kind === "none" ? `none:${r.reason}` : r.kind;
}

/** The entry answered, or the kind of any other reply ("none", "ambiguous", "smalltalk", "command"). */
export function answerOrKind(index: MatchIndex, text: string): string {
  const r = match(index, text);
  return r.kind === "answer" ? r.entry.id : r.kind;
}
