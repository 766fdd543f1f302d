import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { asksAPrice } from "../src/matching/prices.ts";
import { words } from "../src/matching/text.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

describe("asksAPrice", () => {
  it.each([
    "what does the state university charge per credit",
    "are the exam fees refundable",
    "how pricey is a weekend workshop",
    "what will the review course set me back",
    "how much is the online refresher",
    "how much would the night course be",
    "do I have to pay anything for the practice test",
    "how much should I save up before the spring term",
  ])("reads money paid by the asker in %j", (text) => {
    expect(asksAPrice(words(text))).toBe(true);
  });

  it.each([
    "how much do they make at the start",
    "how much is a new technician paid",
    "what is the pay for a new tech",
    "who is in charge of the night crew",
    "how much is a phlebotomist",
    "how much do clinics pay for a phlebotomist",
    "how much does the job grow",
    "by how much is the number of openings rising",
    "will she need to pay for a test",
    "how much is paying the lab work here",
  ])("reads no price in %j", (text) => {
    expect(asksAPrice(words(text))).toBe(false);
  });
});

describe("a price the entries do not give, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("is refused: the pack speaks of earnings, not of prices", () => {
    expect(resultOf("what does the county college charge for its lab tech courses")).toBe("none");
    expect(resultOf("how much is the AMT test")).toBe("none");
    expect(resultOf("the phlebotomy class, what will it run me")).toBe("none");
  });

  it("leaves earnings and the pay being enough answered", () => {
    expect(resultOf("how much do clinics pay a lab tech")).toBe("salary");
    expect(resultOf("how much money does an mlt take home")).toBe("salary");
    expect(resultOf("could I afford my own apartment on what a lab tech makes")).toBe("salary");
  });
});
