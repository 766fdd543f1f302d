import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { readingOf, realIndex } from "./helpers/reading.ts";

// Small talk by its form rather than its phrasings: a pleasantry someone asked the writer to pass on, thanks before
// a word of address, asking after the bot without "how".
let index: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
});
const outcome = (text: string) => readingOf(index, text);

describe("pleasantries passed on, thanks before a word of address, how-are-yous without how", () => {
  it.each([
    ["my mom says hi", "smalltalk:greeting"],
    ["gran says thank you too", "smalltalk:thanks"],
    ["my husband sends his thanks", "smalltalk:thanks"],
    ["gg thx bot", "smalltalk:thanks"],
    ["you fine?", "smalltalk:how-are-you"],
    ["are you doing well today", "smalltalk:how-are-you"],
  ])("reads %j as its pleasantry", (text, expected) => {
    expect(outcome(text)).toBe(expected);
  });

  it.each([["my mom says nursing pays more"], ["are you ok with blood"]])(
    "does not take %j, a story about someone, for a pleasantry",
    (text) => {
      expect(outcome(text)).not.toMatch(/^smalltalk:(greeting|thanks|bye)$/);
    },
  );
});
