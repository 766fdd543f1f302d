// `node tests/eval/cross.ts`: the leave-one-writer-out cross-check. Each blind batch is one writer the learned model is
// taught; for each, the model is taught the tuning half without that batch (as tests/eval/examples.ts writes it, that
// batch's texts counted as unseen) and the matcher is scored on it: the closest the repo comes to a new writer's first
// run, as far as the learned model goes. The totals are given for the odd batches (the rules were designed on their
// misses) and the even ones (whose misses nobody reads: the nearest to a first run). `--check` instead scores the
// design half, the checking half (even batches) and the held-out half with the model taught only the design half
// (tuning.yaml and the odd batches), counts only: the checking half then measures the rules and the model on writers
// neither has seen (a few minutes, where the folds take most of an hour).
// `--set name=value` overrides a match option for all of it. Beside the matcher's figures it gives the learned model's
// alone on the same folds (its likeliest class): where it reads a message right that the matcher misses, the model
// knew and was not asked.
import { parseArgs } from "node:util";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import type { KnowledgeBase } from "../../src/knowledge/schema.ts";
import { buildIndex, type MatchIndex } from "../../src/matching/engine.ts";
import { askedIn, learnedProbabilities, likeliest } from "../../src/matching/learned.ts";
import type { MatchOptions } from "../../src/matching/options.ts";
import {
  accuracy,
  EVAL_FILES,
  type EvalCase,
  type EvalReport,
  evaluate,
  expectedIds,
  type Group,
  groupOf,
  loadCases,
  type Score,
  tuningFiles,
} from "./evaluate.ts";
import { answeredFirst, examplesOf, isDesignBatch } from "./examples.ts";

const GROUPS: Group[] = ["in-domain", "out-of-domain", "smalltalk"];
const IN_DOMAIN = ["paraphrase", "typo", "short", "long", "slang", "indirect", "followup"];

const { values } = parseArgs({
  options: {
    check: { type: "boolean", default: false },
    set: { type: "string", multiple: true, default: [] },
  },
});
const overrides: Record<string, number> = {};
for (const s of values.set) {
  const [name, value] = s.split("=");
  overrides[name!] = Number(value);
}

const kb: KnowledgeBase = await loadKnowledge(process.env.KNOWLEDGE_DIR ?? "knowledge");
const files = await tuningFiles();
const tuning = await loadCases(EVAL_FILES.tuning);
const batches = await Promise.all(
  files.slice(1).map(async (file) => ({ file, cases: await loadCases(file) })),
);
const design = batches.filter((b) => isDesignBatch(b.file));
const checking = batches.filter((b) => !isDesignBatch(b.file)).flatMap((b) => b.cases);
const holdout = await loadCases(EVAL_FILES.holdout);

/** The entry each taught follow-up came after, as the pack's own matcher answers its first message. */
const before = answeredFirst(buildIndex(kb, overrides as Partial<MatchOptions>));

/** The matcher whose learned model is taught the cases given, the held-out half's and `left`'s texts left out. */
const indexTaught = (taught: readonly EvalCase[], left: readonly EvalCase[]) => {
  const { learned: _, ...rest } = kb;
  return buildIndex(
    { ...rest, examples: examplesOf(taught, [...holdout, ...left], before) },
    overrides as Partial<MatchOptions>,
  );
};

const add = (into: Score, s: Score) => {
  into.correct += s.correct;
  into.total += s.total;
};
const cell = (s: Score) => `${s.correct}/${s.total}`.padStart(11);
const pct = (s: Score) => `${(accuracy(s) * 100).toFixed(1)}%`;
const line = (name: string, r: Pick<EvalReport, "byGroup">) =>
  `${name.padEnd(14)}${GROUPS.map((g) => cell(r.byGroup[g])).join("")}`;

/** Whether the learned model alone, by its likeliest class, reads a case as it means (follow-ups left out). */
function modelReads(index: MatchIndex, c: EvalCase): boolean | undefined {
  const model = index.learned();
  if (model === undefined || c.after !== undefined) return undefined;
  const p = learnedProbabilities(
    model,
    index.normalizer.normalize(c.text),
    askedIn(index.normalizer, c.text),
  );
  const top = likeliest(p).id;
  const group = groupOf(c);
  if (group === "out-of-domain") return top === "none";
  if (group === "smalltalk") return top === "smalltalk";
  return expectedIds(c).includes(top);
}

/** Every blind batch left out of the model in turn and scored: the table and its totals. */
function leaveOneWriterOut(): void {
  const started = performance.now();
  const scores = () =>
    Object.fromEntries(GROUPS.map((g) => [g, { correct: 0, total: 0 }])) as Record<Group, Score>;
  const totals = { odd: scores(), even: scores(), all: scores() };
  const byCategory: Record<string, Score> = {};
  /** The same by half: the odd batches' (the rules were designed on their misses) and the even ones'. */
  const byHalf: Record<"odd" | "even", Record<string, Score>> = { odd: {}, even: {} };
  const perCategory = (): Record<string, Score> => ({
    ...scores(),
    ...Object.fromEntries(IN_DOMAIN.map((c) => [c, { correct: 0, total: 0 }])),
  });
  /** The model alone's reading of every message, and of the matcher's misses. */
  const modelAlone = perCategory();
  const knewMissed = perCategory();
  console.log(
    `${"left out".padEnd(14)}${["in-domain", "out-dom", "smalltalk"].map((h) => h.padStart(11)).join("")}`,
  );
  // Taught in the order examples.ts reads the files (the order learning sees them in moves a few answers), shown by number.
  const numberOf = (file: string) => Number(/(\d+)\.yaml$/.exec(file)?.[1] ?? 0);
  const shown = [...batches].sort((a, b) => numberOf(a.file) - numberOf(b.file));
  for (const batch of shown) {
    const taught = [...tuning, ...batches.filter((b) => b !== batch).flatMap((b) => b.cases)];
    const index = indexTaught(taught, batch.cases);
    const report = evaluate(index, batch.cases);
    const missed = new Set(report.misses.map((m) => m.text));
    for (const c of batch.cases) {
      const right = modelReads(index, c);
      if (right === undefined) continue;
      const group = groupOf(c);
      // The small talk group and its category share a name: a category is counted for in-domain messages alone.
      const into = (by: Record<string, Score>) => [
        by[group]!,
        ...(group === "in-domain" ? [by[c.category]!] : []),
      ];
      for (const s of [...into(modelAlone), ...(missed.has(c.text) ? into(knewMissed) : [])])
        add(s, { correct: right ? 1 : 0, total: 1 });
    }
    const half = isDesignBatch(batch.file) ? totals.odd : totals.even;
    for (const g of GROUPS) {
      add(half[g], report.byGroup[g]);
      add(totals.all[g], report.byGroup[g]);
    }
    for (const c of IN_DOMAIN) {
      const s = report.byCategory[c];
      if (s === undefined) continue;
      byCategory[c] ??= { correct: 0, total: 0 };
      add(byCategory[c], s);
      const of = byHalf[isDesignBatch(batch.file) ? "odd" : "even"];
      of[c] ??= { correct: 0, total: 0 };
      add(of[c], s);
    }
    console.log(line(batch.file.replace(/^.*\//, "").replace(".yaml", ""), report));
  }
  console.log(line("odd batches", { byGroup: totals.odd }));
  console.log(line("even batches", { byGroup: totals.even }));
  console.log(line("total", { byGroup: totals.all }));
  console.log(`  ${GROUPS.map((g) => `${g} ${pct(totals.all[g])}`).join(", ")}`);
  console.log(
    `  in-domain by category: ${IN_DOMAIN.filter((c) => byCategory[c])
      .map((c) => `${c} ${byCategory[c]!.correct}/${byCategory[c]!.total}`)
      .join(", ")}`,
  );
  for (const half of ["odd", "even"] as const)
    console.log(
      `  ${half} batches by category: ${IN_DOMAIN.filter((c) => byHalf[half][c])
        .map((c) => `${c} ${byHalf[half][c]!.correct}/${byHalf[half][c]!.total}`)
        .join(", ")}`,
    );
  const alone = (name: string, of = modelAlone) => `${name} ${of[name]!.correct}/${of[name]!.total}`;
  console.log(
    `  the learned model alone (its likeliest class, follow-ups left out): ${alone("in-domain")} (${IN_DOMAIN.filter(
      (c) => modelAlone[c]!.total > 0,
    )
      .map((c) => alone(c))
      .join(", ")}), ${alone("out-of-domain")}, ${alone("smalltalk")}`,
  );
  console.log(
    `  of the matcher's misses, the model alone read right: ${alone("in-domain", knewMissed)} (${IN_DOMAIN.filter(
      (c) => knewMissed[c]!.total > 0,
    )
      .map((c) => alone(c, knewMissed))
      .join(", ")}), ${alone("out-of-domain", knewMissed)}, ${alone("smalltalk", knewMissed)}`,
  );
  console.log(`  ${batches.length} folds in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (!values.check) leaveOneWriterOut();
else {
  const taught = [...tuning, ...design.flatMap((b) => b.cases)];
  const index = indexTaught(taught, checking);
  console.log(line("design", evaluate(index, taught)));
  // Counts only: the checking half's misses stay unread.
  console.log(line("checking", evaluate(index, checking)));
  console.log(line("held-out", evaluate(index, holdout)));
}
