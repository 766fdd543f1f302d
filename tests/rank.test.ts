// The ranking's lookups by term number: an entry's terms as numbers must say what its term sets say.
import { describe, expect, it } from "vitest";
import { buildIndex } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("an entry's terms by number", () => {
  it("are its bag's terms, then those of its answer the bag lacks", async () => {
    const index = buildIndex(await realKnowledge());
    const names = [...index.termIds.keys()];
    const named = (from: number, to: number) =>
      [...index.entryTerms.subarray(from, to)].map((id) => names[id]);
    for (const e of index.entries) {
      expect(named(e.bagStart, e.bagEnd)).toEqual([...e.bag]);
      expect(named(e.bagEnd, e.answerEnd)).toEqual([...e.answer].filter((t) => !e.bag.has(t)));
    }
  });
});
