// `npm run eval`: accuracy per category on the tuning and held-out halves, the tuning misses, and the gate verdict.
// The held-out misses stay hidden unless asked for (`--held-out-misses`): a half whose misses one reads while
// editing the pack is no longer held out.
import { parseArgs } from "node:util";
import { loadKnowledge } from "../../src/knowledge/load.ts";
import { buildIndex } from "../../src/matching/engine.ts";
import {
  accuracy,
  CATEGORIES,
  EVAL_FILES,
  type EvalReport,
  evaluate,
  type Group,
  loadCases,
  loadTuning,
} from "./evaluate.ts";
import { GATE, TARGET } from "./gate.ts";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

/** `hidden`: why the misses are not listed (undefined: they are). */
function print(name: string, report: EvalReport, hidden?: string): void {
  console.log(`\n== ${name}`);
  for (const [group, s] of Object.entries(report.byGroup))
    console.log(`  ${group.padEnd(14)} ${pct(accuracy(s))}  (${s.correct}/${s.total})`);
  const tap = report.oneTapAway;
  console.log(
    `  in-domain, answered or one tap away: ${pct(accuracy(tap)).trim()}  (${tap.correct}/${tap.total})`,
  );
  const refused = Object.entries(report.refusedByReason).sort((a, b) => b[1] - a[1]);
  const refusedCount = refused.reduce((n, [, k]) => n + k, 0);
  console.log(
    `  in-domain, refused: ${refusedCount}${refused.length > 0 ? ` (${refused.map(([r, k]) => `${r} ${k}`).join(", ")})` : ""}`,
  );
  const extra = report.unaskedSecond;
  console.log(`  right, but with a second answer nobody asked for: ${extra.correct} of ${extra.total}`);
  console.log("  by category:");
  for (const category of CATEGORIES) {
    const s = report.byCategory[category];
    if (s !== undefined)
      console.log(`    ${category.padEnd(12)} ${pct(accuracy(s))}  (${s.correct}/${s.total})`);
  }
  if (hidden !== undefined) {
    console.log(`  misses: ${report.misses.length} (${hidden})`);
    return;
  }
  if (report.misses.length > 0) console.log("  misses:");
  for (const m of report.misses)
    console.log(
      `    [${m.category}] ${JSON.stringify(m.text)}\n        expected ${m.expected}, got ${m.got}`,
    );
}

const index = buildIndex(await loadKnowledge(process.env.KNOWLEDGE_DIR ?? "knowledge"));
const { values, positionals } = parseArgs({
  options: {
    "held-out-misses": { type: "boolean", default: false },
    "no-misses": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
  allowPositionals: true,
});
if (values.help) {
  console.log(`Usage: npm run eval [-- FILE…] [-- --no-misses] [-- --held-out-misses]

Scores the matcher on the real knowledge pack (KNOWLEDGE_DIR, default knowledge/).
  (no FILE)            the tuning half (tests/eval/tuning.yaml and tests/eval/batches/), then the held-out
                       half (tests/eval/holdout.yaml), which must pass the gate in tests/eval/gate.ts
  FILE…                new batches on their own, scored together, with their misses, no gate: run a fresh
                       batch once and write its score down before it joins the tuning half
  --no-misses          the figures without the misses, of FILE… or of the tuning half (batches kept for
                       checking a change stay unread)
  --held-out-misses    also list the held-out half's misses`);
  process.exit(0);
}
// `npm run eval -- FILE…`: scores new batches of messages together on their own (no gate), e.g. before they join a
// half, or the batches kept for checking a change (`--no-misses` keeps their misses unread).
if (positionals.length > 0) {
  const cases = (await Promise.all(positionals.map(loadCases))).flat();
  print(
    positionals.join(", "),
    evaluate(index, cases),
    values["no-misses"] ? "left out by --no-misses" : undefined,
  );
  process.exit(0);
}
const tuning = evaluate(index, await loadTuning());
const holdout = evaluate(index, await loadCases(EVAL_FILES.holdout));
print("tuning half", tuning, values["no-misses"] ? "left out by --no-misses" : undefined);
print(
  "held-out half (gated)",
  holdout,
  values["held-out-misses"] ? undefined : "shown with --held-out-misses",
);

const groups = Object.keys(GATE) as Group[];
const failures = groups.filter((g) => accuracy(holdout.byGroup[g]) < GATE[g]);
const shortOfTarget = groups.filter((g) => accuracy(holdout.byGroup[g]) < TARGET[g]);
console.log(`\ngate (held-out): ${groups.map((g) => `${g} ≥ ${pct(GATE[g]).trim()}`).join(", ")}`);
console.log(
  `product targets (held-out): ${groups.map((g) => `${g} ≥ ${pct(TARGET[g]).trim()}`).join(", ")}: ${
    shortOfTarget.length === 0 ? "all met" : `not yet met for ${shortOfTarget.join(", ")}`
  }`,
);
if (failures.length > 0) {
  console.log(`eval gate FAILED: ${failures.join(", ")}`);
  process.exitCode = 1;
} else console.log("eval gate passed");
