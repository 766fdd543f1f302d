import { describe, expect, it } from "vitest";
import { buildIndex, match } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import {
  accuracy,
  EVAL_FILES,
  evaluate,
  expectedIds,
  type Group,
  hasUnaskedSecond,
  isRight,
  loadCases,
  loadTuning,
  parseCases,
  tuningFiles,
} from "./eval/evaluate.ts";
import { GATE } from "./eval/gate.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

const COMMANDS = ["start", "help", "topics", "tip", "daily", "settings"];
const allFiles = async () => [...(await tuningFiles()), EVAL_FILES.holdout];

describe("the eval set", () => {
  it("has at least 150 messages in two halves covering every category", async () => {
    const tuning = await loadTuning();
    const holdout = await loadCases(EVAL_FILES.holdout);
    expect(tuning.length + holdout.length).toBeGreaterThanOrEqual(150);
    const categories = new Set(holdout.map((c) => c.category));
    expect(categories.size).toBeGreaterThanOrEqual(8);
    const tuningTexts = new Set(tuning.map((c) => c.text.toLowerCase()));
    // Everyday greetings repeat by nature ("good morning" came back in a blind batch); questions must not.
    const repeated = holdout.filter(
      (c) => c.category !== "smalltalk" && c.after === undefined && tuningTexts.has(c.text.toLowerCase()),
    );
    expect(repeated).toEqual([]);
  });

  it("expects only entries, intents and commands that exist", async () => {
    const kb = await realKnowledge();
    const valid = new Set([
      "none",
      ...kb.entries.map((e) => e.id),
      ...kb.smalltalk.map((s) => `smalltalk:${s.id}`),
      ...COMMANDS.map((c) => `command:${c}`),
    ]);
    for (const file of await allFiles())
      for (const c of await loadCases(file))
        for (const id of expectedIds(c)) expect(valid, `${file}: ${c.text}`).toContain(id);
  });

  it("is written independently of the pack: no message is one of its phrasings", async () => {
    const kb = await realKnowledge();
    const plain = (text: string) => words(text).join(" ");
    const phrasings = new Set(
      kb.entries.flatMap((e) => [e.question, ...e.alternates, ...e.everyday]).map(plain),
    );
    for (const file of await allFiles())
      for (const c of await loadCases(file))
        expect(phrasings.has(plain(c.text)), `${file}: ${c.text}`).toBe(false);
  });

  it("reads follow-ups, two-question messages and commands from the batch format", () => {
    const [followup, pair, command] = parseCases(`
- { category: followup, expect: salary, after: "what does a lab tech do", text: "and the pay?" }
- { category: long, expect: [salary, no-degree], text: "how much do they make and do i need a degree?" }
- { category: command, expect: "command:topics", text: "topics" }
`);
    expect(followup).toMatchObject({ after: "what does a lab tech do" });
    expect(pair).toMatchObject({ expect: ["salary", "no-degree"] });
    expect(command).toMatchObject({ category: "command" });
    expect(() => parseCases(`- { category: followup, expect: salary, text: "and the pay?" }`)).toThrow();
  });

  it("counts a two-question message right when one entry is answered and the other is its first button", async () => {
    const index = buildIndex(await realKnowledge());
    const result = match(index, "how much do lab techs make");
    expect(result.kind).toBe("answer");
    if (result.kind !== "answer") return;
    const first = result.entry.related[0]!;
    const third = result.entry.related[2]!;
    expect(isRight(result, { category: "long", expect: [result.entry.id, first], text: "" })).toBe(true);
    expect(isRight(result, { category: "long", expect: [first, result.entry.id], text: "" })).toBe(true);
    expect(isRight(result, { category: "long", expect: [result.entry.id, third], text: "" })).toBe(false);
  });

  it("counts a right answer that came with a second, unasked one", async () => {
    const index = buildIndex(await realKnowledge());
    const two = match(index, "how much do lab techs make and do i need a degree?");
    const one = match(index, "how much do lab techs make");
    expect(hasUnaskedSecond(two)).toBe(true);
    expect(hasUnaskedSecond(one)).toBe(false);
    if (two.kind !== "answer") return;
    const report = evaluate(index, [
      { category: "long", expect: two.entry.id, text: "how much do lab techs make and do i need a degree?" },
    ]);
    expect(report.unaskedSecond).toEqual({ correct: 1, total: 1 });
  });

  it("passes the gate on the held-out half", async () => {
    const report = evaluate(buildIndex(await realKnowledge()), await loadCases(EVAL_FILES.holdout));
    for (const g of Object.keys(GATE) as Group[])
      expect(accuracy(report.byGroup[g]), g).toBeGreaterThanOrEqual(GATE[g]);
  });
});
