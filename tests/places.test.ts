import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { countryIn, countryTable, otherCountryNames } from "../src/matching/places.ts";
import { words } from "../src/matching/text.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("other countries by name", () => {
  it("names every country but the home one and its territories, without words that are also US places", () => {
    const names = otherCountryNames("US");
    expect(names).toEqual(expect.arrayContaining(["canada", "nigeria", "south africa", "uk", "philippines"]));
    for (const name of ["united states", "puerto rico", "georgia", "jersey"])
      expect(names).not.toContain(name);
  });

  it("finds a country in a message, but not in New Mexico or New England", () => {
    const table = countryTable(otherCountryNames("US"), words);
    expect(countryIn(words("lab tech pay in south africa?"), table)).toBe("south africa");
    expect(countryIn(words("lab tech pay in New Mexico"), table)).toBeUndefined();
    expect(countryIn(words("jobs in new england hospitals"), table)).toBeUndefined();
  });

  describe("in the matcher", () => {
    let index: MatchIndex;
    beforeAll(async () => {
      index = buildIndex(await realKnowledge());
    });

    it.each([
      "what does an MLT earn in Australia",
      "can I work as a lab tech in the UK",
      "is the ASCP certification valid in the Philippines?",
      "phlebotomy jobs in south africa",
    ])("does not answer %j: the guide covers one country", (text) => {
      const r = match(index, text);
      expect(r.kind === "none" && r.reason).toBe("uncovered");
    });

    it("answers a question whose story, not the question, names another country, and a US state's", () => {
      const story = match(index, "I moved here from India last year. What does a lab tech do?");
      expect(story.kind).not.toBe("none");
      const state = match(index, "how much do lab techs make in New Mexico");
      expect(state.kind === "answer" && state.entry.id).toBe("salary");
    });
  });
});
