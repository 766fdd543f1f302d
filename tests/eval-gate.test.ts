import { describe, expect, it } from "vitest";
import { buildIndex } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { accuracy, EVAL_FILES, evaluate, type Group, loadCases } from "./eval/evaluate.ts";
import { GATE } from "./eval/gate.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("the eval set", () => {
  it("has at least 150 messages in two halves covering every category", async () => {
    const tuning = await loadCases(EVAL_FILES.tuning);
    const holdout = await loadCases(EVAL_FILES.holdout);
    expect(tuning.length + holdout.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(holdout.map((c) => c.category));
    expect(categories.size).toBe(8);
    const tuningTexts = new Set(tuning.map((c) => c.text.toLowerCase()));
    expect(holdout.filter((c) => tuningTexts.has(c.text.toLowerCase()))).toEqual([]);
  });

  it("expects only entries and intents that exist", async () => {
    const kb = await realKnowledge();
    const valid = new Set([
      "none",
      ...kb.entries.map((e) => e.id),
      ...kb.smalltalk.map((s) => `smalltalk:${s.id}`),
    ]);
    for (const file of Object.values(EVAL_FILES))
      for (const c of await loadCases(file)) expect(valid, `${file}: ${c.text}`).toContain(c.expect);
  });

  it("is written independently of the pack: no message is one of its phrasings", async () => {
    const kb = await realKnowledge();
    const plain = (text: string) => words(text).join(" ");
    const phrasings = new Set(kb.entries.flatMap((e) => [e.question, ...e.alternates]).map(plain));
    for (const file of Object.values(EVAL_FILES))
      for (const c of await loadCases(file))
        expect(phrasings.has(plain(c.text)), `${file}: ${c.text}`).toBe(false);
  });

  it("passes the gate on the held-out half", async () => {
    const report = evaluate(buildIndex(await realKnowledge()), await loadCases(EVAL_FILES.holdout));
    for (const g of Object.keys(GATE) as Group[])
      expect(accuracy(report.byGroup[g]), g).toBeGreaterThanOrEqual(GATE[g]);
  });
});
