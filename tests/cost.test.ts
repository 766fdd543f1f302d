import { beforeAll, describe, expect, it } from "vitest";
import { paidByAnother, paidFor, paysAnothersCost } from "../src/matching/cost.ts";
import type { MatchIndex } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

describe("paidFor", () => {
  it.each([
    ["will my boss pay for the evening course", ["evening", "course"]],
    ["who pays for all the training", ["training"]],
    ["i want to know how to pay for school", ["school"]],
  ])("finds the thing paid for in %j", (text, thing) => {
    expect(paidFor(words(text))).toEqual(thing);
  });

  it.each([
    "what is the pay for a new tech",
    "is the average pay for this good",
    "will she need to pay for a test",
    "do they pay for you to train",
    "they pay well",
  ])("finds none in %j", (text) => {
    expect(paidFor(words(text))).toBeUndefined();
  });
});

describe("paysAnothersCost", () => {
  it.each([
    ["will the union reimburse my course", true],
    ["is there funding for older students", true],
    ["how do I get my training funded", true],
    ["they pay well", false],
    ["how much do they earn", false],
  ])("%j: %s", (text, paying) => {
    expect(paysAnothersCost(words(text))).toBe(paying);
  });
});

describe("paidByAnother", () => {
  const namesDomain = (phrase: readonly string[], head = false) =>
    (head ? phrase.slice(-1) : phrase).some((w) => ["lab", "techs", "mlt"].includes(w));
  const isPackWord = (w: string) => ["exam", "program", "certificate"].includes(w);
  const paid = (text: string) => paidByAnother(words(text), namesDomain, isPackWord);

  it.each([
    ["will the county cover my books for the mlt course", ["books"]],
    ["can workforce services pay for a lab program", ["lab", "program"]],
    ["does the school need to pay for my note taker", ["note", "taker"]],
    ["unemployment office pay my classes?", ["classes"]],
    ["the district must pay, right?", []],
    ["does the hospital have to pay", []],
  ])("finds what another pays in %j", (text, thing) => {
    expect(paid(text)).toEqual(thing);
  });

  it.each([
    "would the salary cover my rent",
    "could this job pay for a house",
    "do hospitals pay lab techs more",
    "does the exam cover blood banking",
    "will my son need to pay for an exam",
    "what do the highest paid techs earn",
    "do big hospitals pay well",
    "would they pay me more with a degree",
    "will I need to pay",
    "do hospitals pay",
    "yearly pay kindly",
    "the starting pay thanks",
  ])("finds none in %j", (text) => {
    expect(paid(text)).toBeUndefined();
  });
});

describe("someone else paying, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("is refused, though the frame of the pay being enough reads a cost as a need", () => {
    expect(resultOf("will the county cover my tuition for lab tech school")).toBe("none");
    expect(resultOf("does the community college have to pay for my note taker in the mlt program")).toBe(
      "none",
    );
  });

  it("leaves the pay and the pay being enough", () => {
    expect(resultOf("do hospitals pay lab techs more than clinics")).toBe("salary");
    expect(resultOf("would a lab tech salary cover my rent")).not.toBe("none");
    // "yearly" names no payer: it says which pay.
    expect(resultOf("yearly pay kindly?")).toBe("salary");
  });
});
