// `node tests/eval/examples.ts`: writes knowledge/examples.yaml from the tuning half of the eval (tuning.yaml and every
// blind batch), so the matcher learns from every writer it has, while the held-out half stays unseen and keeps measuring
// it. Rules are still designed on the odd-numbered batches only, and tests/eval/cross.ts still scores the even ones
// with a model taught without them. A follow-up is taught with the entry the matcher answers its first message with
// (it means something only after that answer; one whose first message gets no answer is left out), and any text that
// the held-out half also holds is left out.
import { readdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { buildIndex, type MatchIndex } from "../../src/matching/engine.ts";
import { answerKept, EVAL_FILES, type EvalCase, expectedIds, groupOf, loadCases } from "./evaluate.ts";

/** Whether a blind batch belongs to the design half (odd-numbered) or to the check (even-numbered). */
export const isDesignBatch = (file: string) => Number(/(\d+)\.yaml$/.exec(file)?.[1] ?? 0) % 2 === 1;

/** A text as the comparison of two halves sees it: case, punctuation and spacing do not count. */
export const sameText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The tuning half (taught) and the held-out half (unseen). */
export async function evalHalves(): Promise<{ taught: EvalCase[]; unseen: EvalCase[] }> {
  const batches = (await readdir(EVAL_FILES.batches))
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join(EVAL_FILES.batches, f));
  const load = async (files: string[]) => (await Promise.all(files.map(loadCases))).flat();
  return { taught: await load([EVAL_FILES.tuning, ...batches]), unseen: await load([EVAL_FILES.holdout]) };
}

/** What a case means to the learned model: its entries, "none" or "smalltalk" (typed commands are small talk to it). */
function meaning(c: EvalCase): string | string[] {
  const group = groupOf(c);
  if (group === "out-of-domain") return "none";
  if (group === "smalltalk") return "smalltalk";
  const ids = expectedIds(c);
  return ids.length === 1 ? ids[0]! : ids;
}

/**
 * The entry a follow-up's first message is answered with (`answerKept`), as a follow-up reads it; none for a "did you
 * mean" or a refusal. Each first message is matched once.
 */
export function answeredFirst(index: MatchIndex): (asked: string) => string | undefined {
  const kept = new Map<string, string | undefined>();
  return (asked) => {
    if (!kept.has(asked)) {
      const previous = answerKept(index, asked);
      kept.set(asked, previous?.offered === undefined ? previous?.entryId : undefined);
    }
    return kept.get(asked);
  };
}

/**
 * The examples the taught cases teach: each case's text once (a follow-up's once after each entry), any text the
 * `unseen` cases also hold left out, and a follow-up taught with the entry its first message is answered with
 * (`before`), or left out without one.
 */
export function examplesOf(
  taught: readonly EvalCase[],
  unseen: readonly EvalCase[],
  before?: (asked: string) => string | undefined,
): { text: string; means: string | string[]; after?: string }[] {
  const kept = new Set(unseen.map((c) => sameText(c.text)));
  const seen = new Set<string>();
  const out: { text: string; means: string | string[]; after?: string }[] = [];
  for (const c of taught) {
    const text = sameText(c.text);
    if (kept.has(text)) continue;
    const after = c.after === undefined ? undefined : before?.(c.after);
    if (c.after !== undefined && after === undefined) continue;
    const key = after === undefined ? text : `${after} ${text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: c.text, means: meaning(c), ...(after !== undefined && { after }) });
  }
  return out;
}

if (import.meta.main) {
  const { taught, unseen } = await evalHalves();
  const index = buildIndex(await loadKnowledge("knowledge"));
  const examples = examplesOf(taught, unseen, answeredFirst(index));
  const lines = [
    '# Labelled wordings the matcher learns from (see docs/matching.md, "Learned from examples"): a message as people',
    "# write it, and what it means: an entry's id (two for a message asking two things), none (not this pack's",
    "# subject) or smalltalk; a follow-up names the entry answered just before it (after). Written by",
    "# tests/eval/examples.ts from the tuning half of the eval (tests/eval/tuning.yaml",
    "# and the blind batches); a curator adds real questions the same way. Never add a message of",
    "# tests/eval/holdout.yaml: it measures the matcher (a test checks).",
  ];
  for (const { text, means, after } of examples)
    lines.push(
      `- { text: ${JSON.stringify(text)}, means: ${JSON.stringify(means).replaceAll(",", ", ")}${after === undefined ? "" : `, after: ${after}`} }`,
    );
  await writeFile("knowledge/examples.yaml", `${lines.join("\n")}\n`);
  console.log(
    `knowledge/examples.yaml: ${examples.length} examples (now npm run kb:compile, to store the model they teach)`,
  );
}
