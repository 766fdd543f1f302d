import { beforeAll, describe, expect, it } from "vitest";
import { describedDevice } from "../src/matching/devices.ts";
import { buildIndex, type MatchIndex } from "../src/matching/engine.ts";
import { realKnowledge } from "./helpers/knowledge.ts";
import { answerOrKind, realIndex } from "./helpers/reading.ts";

describe("describedDevice", () => {
  it.each([
    ["what's the gadget that whirls the blood tubes round", "gadget that whirls the blood tubes round"],
    ["that beeping thing on the bench, is it hard to learn", "beeping thing on the bench"],
    [
      "what do they put the slides under to see them, and is it hard",
      "do they put the slides under to see them",
    ],
  ])("reads the device described in %j", (text, description) => {
    expect(describedDevice(text)?.description).toBe(description);
  });

  it.each([
    "the last thing you fill in is the form",
    "is that only a dental thing",
    "what is the best phone to buy",
    "the machines, they are loud?",
  ])("reads none in %j", (text) => {
    expect(describedDevice(text)).toBeUndefined();
  });
});

describe("a device named by what it does, in the matcher", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });
  const resultOf = (text: string) => answerOrKind(index, text);

  it("is asked about the pack's devices, its description's things the story", async () => {
    // The rules alone: the learned model, taught every writer, reads the blood tubes as the samples' handling and,
    // all but sure, leads there (model-leads.ts; a known miss).
    const rules = buildIndex({ ...(await realKnowledge()), examples: [] });
    expect(answerOrKind(rules, "what's the gadget that whirls the blood tubes round really fast")).toBe(
      "equipment",
    );
    expect(answerOrKind(rules, "what do they stick the tubes in to spin them")).toBe("equipment");
  });

  it("is not when the description is of another life's things", () => {
    expect(resultOf("what is the best phone that takes good photos")).toBe("none");
    expect(resultOf("what do you cook rice in")).not.toBe("equipment");
    expect(resultOf("the shears that cut the grass, do they need oiling")).not.toBe("equipment");
  });
});
