import { describe, expect, it } from "vitest";
import { writeSpokenMarks } from "../src/matching/spoken-marks.ts";

describe("punctuation said aloud to voice typing", () => {
  it("is written as marks", () => {
    expect(writeSpokenMarks("i drive a forklift period my wife says try the lab question mark")).toBe(
      "i drive a forklift. my wife says try the lab?",
    );
    expect(writeSpokenMarks("hello comma i have a question full stop")).toBe("hello, i have a question.");
    expect(writeSpokenMarks("that is great exclamation point thanks")).toBe("that is great! thanks");
  });

  it("leaves a stretch of time, and a mark that is named, as words", () => {
    for (const text of [
      "how long is the training period for a new tech",
      "is there a waiting period before the exam",
      "a period of two years",
      "what does the question mark on my results mean",
      "do I put a comma there",
    ])
      expect(writeSpokenMarks(text)).toBe(text);
  });
});
