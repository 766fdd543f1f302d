// Runs the labelled eval messages through the matcher and scores them by category and by group.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import {
  type MatchIndex,
  type MatchResult,
  match,
  offeredOf,
  type PreviousAnswer,
  RELATED_BUTTONS,
} from "../../src/matching/engine.ts";

export const CATEGORIES = [
  "paraphrase",
  "typo",
  "short",
  "long",
  "slang",
  "indirect",
  "followup",
  "near-ood",
  "far-ood",
  "smalltalk",
  "command",
] as const;

const caseSchema = z
  .strictObject({
    category: z.enum(CATEGORIES),
    /** An entry id, two entry ids (a message asking two things), "none", "smalltalk:<intent>" or "command:<name>". */
    expect: z.union([z.string().min(1), z.tuple([z.string().min(1), z.string().min(1)])]),
    text: z.string(),
    /** For a follow-up: the message before it; the text is scored in the context of that message's reply. */
    after: z.string().optional(),
  })
  .refine((c) => (c.category === "followup") === (c.after !== undefined), {
    message: "a followup case, and only one, carries `after`",
  });
export type EvalCase = z.infer<typeof caseSchema>;
export type Group = "in-domain" | "out-of-domain" | "smalltalk";

/**
 * The tuning half is the first file plus every batch in the batch directory (blind batches join it after their
 * first run); the held-out half is one file that is never tuned on.
 */
export const EVAL_FILES = {
  tuning: "tests/eval/tuning.yaml",
  batches: "tests/eval/batches",
  holdout: "tests/eval/holdout.yaml",
} as const;

export function parseCases(yamlText: string): EvalCase[] {
  return z.array(caseSchema).parse(parse(yamlText));
}

export async function loadCases(path: string): Promise<EvalCase[]> {
  return parseCases(await readFile(path, "utf8"));
}

/** Every file of the tuning half. */
export async function tuningFiles(): Promise<string[]> {
  const batches = (await readdir(EVAL_FILES.batches).catch(() => [] as string[]))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join(EVAL_FILES.batches, f));
  return [EVAL_FILES.tuning, ...batches];
}

export async function loadTuning(): Promise<EvalCase[]> {
  return (await Promise.all((await tuningFiles()).map(loadCases))).flat();
}

/** The ids a case expects: one, or the two a two-question message asks for. */
export function expectedIds(c: EvalCase): string[] {
  return typeof c.expect === "string" ? [c.expect] : [...c.expect];
}

export function groupOf(c: EvalCase): Group {
  const [first] = expectedIds(c);
  if (first === "none") return "out-of-domain";
  if (first!.startsWith("smalltalk:") || first!.startsWith("command:")) return "smalltalk";
  return "in-domain";
}

export function outcome(result: MatchResult): string {
  switch (result.kind) {
    case "answer":
      return result.entry.id;
    case "smalltalk":
      return `smalltalk:${result.intent.id}`;
    case "command":
      return `command:${result.command}`;
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
  /** In-domain messages asking one thing, answered right: how many also got a second answer nobody asked for. */
  unaskedSecond: Score;
  byCategory: Record<string, Score>;
  /**
   * In-domain messages refused (the topic menu), by the refusal's reason: which step turned them away, as counts a
   * half kept for checking may show without its misses.
   */
  refusedByReason: Record<string, number>;
  misses: Miss[];
}

const rate = (s: Score) => (s.total === 0 ? 1 : s.correct / s.total);
export const accuracy = rate;

/**
 * The reply to a case's message: a follow-up is matched half a minute after the answer to its first message, read
 * against the answer the bot keeps for the chat (the second one when the first message asked two things, the entries
 * offered when it was a "did you mean") and the message that answer was to.
 */
export function respond(index: MatchIndex, c: EvalCase): MatchResult {
  if (c.after === undefined) return match(index, c.text);
  const at = 0;
  return match(index, c.text, { previous: answerKept(index, c.after, at), now: at + 30_000 });
}

/** What the bot keeps of its reply to a chat's message (`asked`, at `at`): the entry answered, or the entries offered. */
export function answerKept(index: MatchIndex, asked: string, at = 0): PreviousAnswer | undefined {
  const first = match(index, asked);
  const offered = offeredOf(first);
  return first.kind === "answer"
    ? { entryId: (first.also ?? first.entry).id, at, asked }
    : offered.length > 0
      ? { entryId: offered[0]!, at, asked, offered }
      : undefined;
}

/**
 * Whether the reply satisfies the case. A two-question message is right when both entries are answered, or
 * when one is answered and the other is the first button under it.
 */
export function isRight(result: MatchResult, c: EvalCase): boolean {
  if (typeof c.expect === "string") return outcome(result) === c.expect;
  if (result.kind !== "answer") return false;
  const [a, b] = c.expect;
  const other = result.entry.id === a ? b : result.entry.id === b ? a : undefined;
  return other !== undefined && (result.also?.id === other || result.entry.related[0] === other);
}

export function evaluate(index: MatchIndex, cases: readonly EvalCase[]): EvalReport {
  const byGroup: Record<Group, Score> = {
    "in-domain": { correct: 0, total: 0 },
    "out-of-domain": { correct: 0, total: 0 },
    smalltalk: { correct: 0, total: 0 },
  };
  const byCategory: Record<string, Score> = {};
  const oneTapAway: Score = { correct: 0, total: 0 };
  const unaskedSecond: Score = { correct: 0, total: 0 };
  const misses: Miss[] = [];
  const refusedByReason: Record<string, number> = {};
  for (const c of cases) {
    const result = respond(index, c);
    if (groupOf(c) === "in-domain") {
      oneTapAway.total++;
      if (offered(result).includes(expectedIds(c)[0]!)) oneTapAway.correct++;
      if (result.kind === "none") {
        const reason = result.ruled ? `${result.reason} (ruled)` : result.reason;
        refusedByReason[reason] = (refusedByReason[reason] ?? 0) + 1;
      }
    }
    const ok = isRight(result, c);
    if (ok && groupOf(c) === "in-domain" && typeof c.expect === "string") {
      unaskedSecond.total++;
      if (hasUnaskedSecond(result)) unaskedSecond.correct++;
    }
    const group = byGroup[groupOf(c)];
    byCategory[c.category] ??= { correct: 0, total: 0 };
    const category = byCategory[c.category]!;
    group.total++;
    category.total++;
    if (ok) {
      group.correct++;
      category.correct++;
    } else
      misses.push({
        text: c.after === undefined ? c.text : `${c.after} → ${c.text}`,
        category: c.category,
        expected: expectedIds(c).join(" + "),
        got: outcome(result),
      });
  }
  return { byGroup, byCategory, oneTapAway, unaskedSecond, refusedByReason, misses };
}

/** A one-question message read as two: the reply carries a second answer below the right one. */
export function hasUnaskedSecond(result: MatchResult): boolean {
  return result.kind === "answer" && result.also !== undefined;
}

/** The entries a person can open from the reply: the answer and its related buttons, the suggestions, or the entry nearest a question not covered. */
function offered(result: MatchResult): string[] {
  if (result.kind === "answer") return [result.entry.id, ...result.entry.related.slice(0, RELATED_BUTTONS)];
  return offeredOf(result);
}
