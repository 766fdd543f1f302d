import { describe, expect, it } from "vitest";
import { paidFor, paysAnothersCost } from "../src/matching/cost.ts";
import { words } from "../src/matching/text.ts";

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
