// Runs the labelled eval messages through the matcher and scores them by category and by group.
import { readFile } from "node:fs/promises";
import { parse } from "yaml";
import { z } from "zod";
import { type MatchIndex, type MatchResult, match, RELATED_BUTTONS } from "../../src/matching/engine.ts";

const caseSchema = z.strictObject({
  category: z.enum(["paraphrase", "typo", "short", "long", "slang", "near-ood", "far-ood", "smalltalk"]),
  expect: z.string().min(1),
  text: z.string(),
});
export type EvalCase = z.infer<typeof caseSchema>;
export type Group = "in-domain" | "out-of-domain" | "smalltalk";

export const EVAL_FILES = { tuning: "tests/eval/tuning.yaml", holdout: "tests/eval/holdout.yaml" } as const;

export async function loadCases(path: string): Promise<EvalCase[]> {
  return z.array(caseSchema).parse(parse(await readFile(path, "utf8")));
}

export function groupOf(c: EvalCase): Group {
  if (c.expect === "none") return "out-of-domain";
  if (c.expect.startsWith("smalltalk:")) return "smalltalk";
  return "in-domain";
}

export function outcome(result: MatchResult): string {
  switch (result.kind) {
    case "answer":
      return result.entry.id;
    case "smalltalk":
      return `smalltalk:${result.intent.id}`;
    case "ambiguous":
      return `ambiguous(${result.candidates.map((c) => c.entry.id).join("|")})`;
    case "none":
      return "none";
  }
}

export interface Miss {
  text: string;
  category: string;
  expected: string;
  got: string;
}

export interface Score {
  correct: number;
  total: number;
}

export interface EvalReport {
  byGroup: Record<Group, Score>;
  /** In-domain messages whose entry was answered, or offered as a button: a "did you mean" or a related entry. */
  oneTapAway: Score;
  byCategory: Record<string, Score>;
  misses: Miss[];
}

const rate = (s: Score) => (s.total === 0 ? 1 : s.correct / s.total);
export const accuracy = rate;

export function evaluate(index: MatchIndex, cases: readonly EvalCase[]): EvalReport {
  const byGroup: Record<Group, Score> = {
    "in-domain": { correct: 0, total: 0 },
    "out-of-domain": { correct: 0, total: 0 },
    smalltalk: { correct: 0, total: 0 },
  };
  const byCategory: Record<string, Score> = {};
  const oneTapAway: Score = { correct: 0, total: 0 };
  const misses: Miss[] = [];
  for (const c of cases) {
    const result = match(index, c.text);
    const got = outcome(result);
    if (groupOf(c) === "in-domain") {
      oneTapAway.total++;
      if (offered(result).includes(c.expect)) oneTapAway.correct++;
    }
    const ok = got === c.expect;
    const group = byGroup[groupOf(c)];
    byCategory[c.category] ??= { correct: 0, total: 0 };
    const category = byCategory[c.category]!;
    group.total++;
    category.total++;
    if (ok) {
      group.correct++;
      category.correct++;
    } else misses.push({ text: c.text, category: c.category, expected: c.expect, got });
  }
  return { byGroup, byCategory, oneTapAway, misses };
}

/** The entries a person can open from the reply: the answer and its related buttons, or the suggestions. */
function offered(result: MatchResult): string[] {
  if (result.kind === "answer") return [result.entry.id, ...result.entry.related.slice(0, RELATED_BUTTONS)];
  if (result.kind === "ambiguous") return result.candidates.map((c) => c.entry.id);
  return [];
}
