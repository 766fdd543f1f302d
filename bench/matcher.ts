// Matcher benchmark: index build time, match latency p50/p99 and heap, on the real pack and synthetic ones.
import type { KnowledgeBase } from "../src/knowledge/schema.ts";
import { buildIndex, match } from "../src/matching/engine.ts";
import { loadCases, loadTuning } from "../tests/eval/evaluate.ts";
import { percentile, type Report } from "./stats.ts";

/** A pack of `size` entries: the real entries cloned, each clone with invented words so vocabularies grow. */
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
      keywords: [...base.keywords, invent()],
      answer: `${base.answer} ${extra()}`,
      related: [],
    };
  });
  return { ...kb, entries };
}

export async function benchMatcher(kb: KnowledgeBase): Promise<Report> {
  const messages = [...(await loadTuning()), ...(await loadCases("tests/eval/holdout.yaml"))].map(
    (c) => c.text,
  );
  const rows: Report["rows"] = [];
  for (const [name, pack] of [
    ["real pack", kb],
    ["1,000 entries", syntheticKnowledge(kb, 1_000)],
    ["10,000 entries", syntheticKnowledge(kb, 10_000)],
  ] as const) {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const index = buildIndex(pack);
    const buildMs = performance.now() - t0;
    const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    for (const m of messages) match(index, m); // warm-up: JIT and the spelling cache
    const latencies: number[] = [];
    for (let round = 0; round < 20; round++)
      for (const m of messages) {
        const t = performance.now();
        match(index, m);
        latencies.push(performance.now() - t);
      }
    rows.push({
      name,
      values: {
        entries: pack.entries.length,
        "build ms": buildMs.toFixed(0),
        "p50 ms": percentile(latencies, 0.5).toFixed(3),
        "p99 ms": percentile(latencies, 0.99).toFixed(3),
        "index heap MB": heapMb.toFixed(1),
      },
    });
  }
  return { title: `matcher (${messages.length} eval messages × 20 rounds)`, rows };
}
