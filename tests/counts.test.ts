import { describe, expect, it } from "vitest";
import { countedIn, countedStems, measuredIn } from "../src/matching/counts.ts";
import { stem, words } from "../src/matching/text.ts";
import { readingOf, realIndex } from "./helpers/reading.ts";

describe("what a question counts", () => {
  it.each([
    ["how many hours is the test", ["hours"]],
    ["so how many new lab tech jobs are there", ["new", "lab", "tech", "jobs"]],
    ["how many do they hire", []],
    ["how much do they make", []],
  ])("%j counts %j", (text, thing) => {
    expect(countedIn(words(text))).toEqual(thing);
  });
});

describe("what the pack counts", () => {
  it("is what its texts give a number of, or ask how many or how much of", () => {
    const counted = countedStems([
      "Jobs are projected to grow 6% by 2033.",
      "after a few years in the role",
      "a two-year degree",
      "how many new openings are expected",
      "one of the best",
    ]);
    for (const w of ["percent", "years", "year", "new", "openings"]) expect(counted).toContain(stem(w));
    for (const w of ["best", "of", "role"]) expect(counted).not.toContain(stem(w));
  });

  it("reads a text's words through the reading it is given, the index build's kept one", () => {
    const kept = new Map([["after a few years", ["after", "a", "few", "shifts"]]]);
    const counted = countedStems(["after a few years", "10% more"], (t) => kept.get(t) ?? words(t));
    expect(counted).toContain(stem("shifts"));
    expect(counted).not.toContain(stem("years"));
    expect(counted).toContain(stem("percent"));
  });
});

describe("an amount of something the guide never names", () => {
  it.each([
    "how much water should i drink a day",
    "how much sleep do i need",
    "how much protein should i eat",
  ])("is refused, not read as pay: %j", async (text) => {
    expect(readingOf(await realIndex(), text)).toBe("none:uncovered");
  });

  it.each([
    ["how much bank does a lab tech pull in", "salary"],
    ["how much money does a lab tech earn", "salary"],
  ])("leaves pay asked with another word alone: %j", async (text, entry) => {
    expect(readingOf(await realIndex(), text)).toBe(entry);
  });

  it("measures what follows how much, to the first function word", () => {
    expect(measuredIn(words("how much water should i drink"))).toEqual(["water"]);
    expect(measuredIn(words("how much do they make"))).toEqual([]);
  });
});
