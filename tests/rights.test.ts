import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { legalityWords, turnedAwayFor } from "../src/matching/rights.ts";
import { words } from "../src/matching/text.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

describe("legalityWords", () => {
  it.each([
    ["could a clinic legally pass me over because I'm diabetic", ["legally"]],
    ["do students have a right to a quiet room for the boards", ["right"]],
    ["am I protected against getting let go for joining a strike", ["protected"]],
    ["what are my rights as a trainee", ["rights"]],
    ["will the program accommodate my hearing aid", ["accommodate"]],
  ])("reads what the law owes in %j", (text, expected) => {
    expect(legalityWords(words(text))).toEqual(expected);
  });

  it.each([
    "is lab work the right fit for someone shy",
    "do lab techs wear gloves to protect themselves from germs",
    "is this career right for me",
    "am I right to think the pay is good",
    "my brother-in-law says the lab is a good place to work",
    "the in-laws think I should study nursing",
  ])("reads none in %j", (text) => {
    expect(legalityWords(words(text))).toEqual([]);
  });
});

describe("turnedAwayFor", () => {
  it("reads the reason one is turned away", () => {
    expect(turnedAwayFor(words("could a clinic let me go because of my tattoos"))).toEqual(["my", "tattoos"]);
    expect(turnedAwayFor(words("would they turn someone down for wearing a hijab"))).toEqual([
      "wearing",
      "a",
      "hijab",
    ]);
  });

  it("reads none without someone turned away for a reason", () => {
    expect(turnedAwayFor(words("what do labs do when they reject a sample"))).toBeUndefined();
    expect(turnedAwayFor(words("do they fire people often"))).toBeUndefined();
  });
});

describe("a legal right, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("is refused though the question names the career", () => {
    expect(resultOf("could a hospital lab legally pass me over because I'm diabetic")).toBe("none");
    expect(resultOf("do lab techs have a right to a lunch break")).toBe("none");
    expect(resultOf("is age discrimination common when older people apply for lab tech jobs")).toBe("none");
    expect(resultOf("could a hospital lab let me go because of my tattoos")).toBe("none");
  });

  it("leaves the look-alikes the pack answers", () => {
    expect(resultOf("is being a lab tech the right fit for someone shy")).not.toBe("none");
    expect(resultOf("how do lab techs protect themselves from infections at work")).not.toBe("none");
    expect(resultOf("will labs turn me down for not having a degree")).not.toBe("none");
  });
});
