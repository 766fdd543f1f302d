import { beforeAll, describe, expect, it } from "vitest";
import type { LoadedKnowledge } from "../src/knowledge/load.ts";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

// "salary info", "ascp info pls": "info" after a subject asks about that subject, not where the guide's facts come from.
describe("info about a subject", () => {
  let kb: LoadedKnowledge;
  let index: MatchIndex;
  beforeAll(async () => {
    kb = await realKnowledge();
    index = buildIndex(kb);
  });
  const answered = (text: string) => {
    const r = match(index, text);
    return r.kind === "answer"
      ? r.entry.id
      : r.kind === "ambiguous"
        ? r.candidates.map((c) => c.entry.id)
        : r.kind;
  };

  it("never reads '<subject> info' or '<subject> information pls' as a question about the guide's sources", () => {
    const asked = kb.entries
      .filter((e) => e.id !== "about-guide")
      .flatMap((e) => e.keywords.slice(0, 3).flatMap((k) => [`${k} info`, `${k} information pls`]));
    expect(asked.length).toBeGreaterThan(100);
    const toGuide = asked.filter((t) => JSON.stringify(answered(t)).includes("about-guide"));
    expect(toGuide).toEqual([]);
  });

  it.each([
    "where does your info come from",
    "is this info legit",
    "where did u get that info",
    "can i trust the info",
    "is this information accurate",
  ])("still reads %j as about the guide", (text) => {
    expect(answered(text)).toBe("about-guide");
  });
});
