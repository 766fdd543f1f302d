// Matcher benchmark: index build time, match latency p50/p99 and heap, on the real pack and synthetic ones, and
// what the WordNet lexicon costs.
import { readFileSync, statSync } from "node:fs";
import type { KnowledgeBase } from "../src/knowledge/schema.ts";
import { lexiconFileSchema } from "../src/knowledge/schema.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { MAX_MODEL_WEIGHTS } from "../src/matching/learned.ts";
import { loadCases, loadTuning } from "../tests/eval/evaluate.ts";
import { percentile, type Report } from "./stats.ts";

/**
 * A pack of `size` entries: the real entries cloned, each clone with invented words so vocabularies grow; the examples
 * teach each entry's first clone.
 */
export function syntheticKnowledge(kb: KnowledgeBase, size: number, seed = 1): KnowledgeBase {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const invent = () =>
    Array.from({ length: 5 + Math.floor(random() * 6) }, () => letters[Math.floor(random() * 26)]).join("");
  const entries = Array.from({ length: size }, (_, i) => {
    const base = kb.entries[i % kb.entries.length]!;
    const extra = () => `${invent()} ${invent()}`;
    return {
      ...base,
      id: `${base.id}-${i}`,
      question: `${base.question} ${extra()}`,
      alternates: base.alternates.map((a) => `${a} ${extra()}`),
      everyday: base.everyday.map((a) => `${a} ${extra()}`),
      keywords: [...base.keywords, invent()],
      answer: `${base.answer} ${extra()}`,
      related: [],
    };
  });
  const firstClone = new Map(kb.entries.map((e, i) => [e.id, `${e.id}-${i}`]));
  const clone = (id: string) => firstClone.get(id) ?? id;
  const examples = kb.examples.map((e) => ({
    ...e,
    means: typeof e.means === "string" ? clone(e.means) : e.means.map(clone),
  }));
  // A stored model is the real pack's: a synthetic one learns its own.
  const { learned: _, ...rest } = kb;
  return { ...rest, entries, examples: size >= kb.entries.length ? examples : [] };
}

/** What `make` returns, how long it took, and the heap it retains in MB (garbage collected before and after). */
function retained<T>(make: () => T): { value: T; ms: number; mb: number } {
  // Twice: one full collection can leave what an earlier, larger index left behind.
  globalThis.gc?.();
  globalThis.gc?.();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const value = make();
  const ms = performance.now() - t0;
  globalThis.gc?.();
  globalThis.gc?.();
  return { value, ms, mb: (process.memoryUsage().heapUsed - before) / 2 ** 20 };
}

/** The messages a synthetic pack is timed on: every one of `messages` at a fixed stride, `count` in all. */
const sampleOf = (messages: readonly string[], count: number) =>
  messages.length <= count
    ? messages
    : Array.from({ length: count }, (_, i) => messages[Math.floor((i * messages.length) / count)]!);

/** Match latencies of `messages` on `index`, `rounds` times each after a warm-up round. */
function latencies(index: MatchIndex, messages: readonly string[], rounds: number) {
  for (const m of messages) match(index, m); // warm-up: JIT and the spelling cache
  const all: number[] = [];
  // Each message's fastest round: what the matcher costs with the machine's other work (a shared machine's
  // preemptions, another process's cache misses) mostly left out.
  const fastest = messages.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < rounds; round++)
    messages.forEach((m, i) => {
      const t = performance.now();
      match(index, m);
      const ms = performance.now() - t;
      all.push(ms);
      fastest[i] = Math.min(fastest[i]!, ms);
    });
  return { all, fastest };
}

/**
 * The real pack (every eval message, 20 rounds) and synthetic ones of 1,000 and 10,000 entries (a fixed sample of 500
 * messages, 5 rounds): index build, learning the model from the examples as `npm run kb:compile` does (a start reads
 * the stored one), latencies and heap. Each row goes to `onRow` as it is done.
 */
export async function benchMatcher(
  kb: KnowledgeBase,
  onRow: (row: Report["rows"][number]) => void = () => {},
): Promise<Report> {
  const messages = [...(await loadTuning()), ...(await loadCases("tests/eval/holdout.yaml"))].map(
    (c) => c.text,
  );
  const sample = sampleOf(messages, 500);
  const rows: Report["rows"] = [];
  const { learned: _, ...unlearned } = kb;
  for (const [name, pack, timed, rounds] of [
    ["real pack", unlearned, messages, 20],
    ["1,000 entries", syntheticKnowledge(kb, 1_000), sample, 5],
    ["10,000 entries", syntheticKnowledge(kb, 10_000), sample, 5],
  ] as const) {
    const { value: index, ms: buildMs, mb } = retained(() => buildIndex(pack));
    const learning = performance.now();
    const model = index.learned();
    const learnMs = performance.now() - learning;
    const { all, fastest } = latencies(index, timed, rounds);
    const row = {
      name,
      values: {
        entries: pack.entries.length,
        "build ms": buildMs.toFixed(0),
        "learn ms": learnMs.toFixed(0),
        model:
          model === undefined
            ? `none (over ${MAX_MODEL_WEIGHTS / 1e6} M weights)`
            : `${model.classes.length}×${model.features.size}`,
        messages: `${timed.length}×${rounds}`,
        "p50 ms": percentile(all, 0.5).toFixed(3),
        "p99 ms": percentile(all, 0.99).toFixed(3),
        "p99 of fastest rounds ms": percentile(fastest, 0.99).toFixed(3),
        "index heap MB": mb.toFixed(1),
      },
    };
    rows.push(row);
    onRow(row);
  }
  rows.push(lexiconCost(kb));
  onRow(rows.at(-1)!);
  return { title: "matcher (real pack: every eval message × 20 rounds; synthetic: 500 × 5)", rows };
}

/** The lexicon's cost: its file, its parsed form, and what it adds to the real pack's index and build time. */
function lexiconCost(kb: KnowledgeBase): Report["rows"][number] {
  const path = "knowledge/lexicon.json";
  const parsed = retained(() => lexiconFileSchema.parse(JSON.parse(readFileSync(path, "utf8"))));
  const build = (overrides: { lexicalWeight?: number }) => retained(() => buildIndex(kb, overrides));
  // Alternately, twice each; the second pair counts: the module-level caches (stems, words) are full by then.
  build({ lexicalWeight: 0 });
  build({});
  const without = build({ lexicalWeight: 0 });
  const withLexicon = build({});
  return {
    name: "WordNet lexicon",
    values: {
      words: Object.keys(parsed.value.words).length,
      "file kB": (statSync(path).size / 1024).toFixed(0),
      "parsed heap MB": parsed.mb.toFixed(2),
      "index heap without/with MB": `${without.mb.toFixed(2)}/${withLexicon.mb.toFixed(2)}`,
      "build without/with ms": `${without.ms.toFixed(0)}/${withLexicon.ms.toFixed(0)}`,
    },
  };
}
