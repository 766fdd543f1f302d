import { beforeAll, describe, expect, it } from "vitest";
import { asksOf } from "../src/matching/asks.ts";
import { asksForATime } from "../src/matching/clock.ts";
import type { MatchIndex } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

describe("asksForATime", () => {
  it.each([
    "what month are we in",
    "which day is the parade",
    "what's the time in Lima",
    "when do the shops shut",
  ])("reads a point in time asked for in %j", (text) => {
    expect(asksForATime(words(text), asksOf(text))).toBe(true);
  });

  it.each(["what timing belt fits my car", "how long is the drive", "what is the day like for them"])(
    "reads none in %j",
    (text) => {
      expect(asksForATime(words(text), asksOf(text))).toBe(false);
    },
  );
});

describe("the world's clock and calendar, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("is refused when only everyday words ask it", () => {
    expect(resultOf("what year are we in")).toBe("none");
    expect(resultOf("whats todays date")).toBe("none");
  });

  it("leaves a time the career's words ask answered", () => {
    expect(resultOf("what year does the job growth forecast run to")).toBe("job-outlook");
    expect(resultOf("when should I get my ASCP certification")).not.toBe("none");
  });
});
