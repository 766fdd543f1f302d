import { describe, expect, it } from "vitest";
import { asksOf } from "../src/matching/asks.ts";
import { forgetTexts, keptByText } from "../src/matching/by-text.ts";
import { sentences } from "../src/matching/clauses.ts";
import { words } from "../src/matching/text.ts";

describe("what is read from a text alone", () => {
  it("is worked out once while a message is matched, and afresh once the next message starts", () => {
    let reads = 0;
    const length = keptByText((text) => {
      reads++;
      return text.length;
    });
    expect([length("how long is the program"), length("how long is the program")]).toEqual([23, 23]);
    expect(reads).toBe(1);
    forgetTexts();
    expect(length("how long is the program")).toBe(23);
    expect(reads).toBe(2);
  });

  it("gives a story's words, sentences and kinds of question as read the first time, not read again", () => {
    const story = "I stock shelves at night. What do lab techs make?";
    expect(words(story)).toBe(words(story));
    expect(sentences(story)).toBe(sentences(story));
    expect(asksOf(story)).toBe(asksOf(story));
    forgetTexts();
    const first = words(story);
    forgetTexts();
    expect(words(story)).not.toBe(first);
    expect(words(story)).toEqual(first);
  });
});
