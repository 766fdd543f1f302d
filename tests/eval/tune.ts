// `node tests/eval/tune.ts`: grid search of the match thresholds on the tuning half only (the held-out half stays unseen).
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { buildIndex, DEFAULT_MATCH_OPTIONS, type MatchOptions } from "../../src/matching/engine.ts";
import { accuracy, evaluate, loadTuning } from "./evaluate.ts";

const kb = await loadKnowledge("knowledge");
const cases = await loadTuning();
const grid: Partial<Record<keyof MatchOptions, number[]>> = JSON.parse(process.env.GRID ?? "null") ?? {
  answerMin: [0.35, 0.4, 0.5],
  marginMin: [0.02, 0.03, 0.06],
  suggestMin: [0.3, 0.35],
  unknownWeight: [0.45, 0.6],
  recallWeight: [0.7],
  precisionWeight: [0.8, 1, 1.2],
  bagBonus: [0, 0.1, 0.2],
  bayesMin: [0.4, 0.6, 1.01],
  fuzzyWeight: [0.05],
};
const keys = Object.keys(grid) as (keyof MatchOptions)[];
const results: { score: number; detail: string; options: Partial<MatchOptions> }[] = [];
function* combos(i: number, acc: Partial<MatchOptions>): Generator<Partial<MatchOptions>> {
  if (i === keys.length) return yield { ...acc };
  for (const v of grid[keys[i]!]!) yield* combos(i + 1, { ...acc, [keys[i]!]: v });
}
for (const options of combos(0, {})) {
  const r = evaluate(buildIndex(kb, options), cases);
  const [a, b, c] = [r.byGroup["in-domain"], r.byGroup["out-of-domain"], r.byGroup.smalltalk].map(accuracy);
  // The weakest group decides: a gate fails on its weakest group.
  const score = Math.min(a!, b!, c!) * 2 + a! + b! + c!;
  results.push({ score, detail: `in ${a!.toFixed(3)} ood ${b!.toFixed(3)} st ${c!.toFixed(3)}`, options });
}
results.sort((x, y) => y.score - x.score);
console.log("defaults:", JSON.stringify({ ...DEFAULT_MATCH_OPTIONS, spelling: undefined }));
for (const r of results.slice(0, 10)) console.log(r.score.toFixed(3), r.detail, JSON.stringify(r.options));
