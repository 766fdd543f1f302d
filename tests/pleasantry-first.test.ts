import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { questionAfterPleasantry } from "../src/matching/pleasantry-first.ts";
import { readingOf, realIndex } from "./helpers/reading.ts";

// A pleasantry and a question in one sentence: the question is answered, never the pleasantry alone.
let index: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const outcome = (text: string) => readingOf(index, text);

describe("a pleasantry joined to a question", () => {
  it.each([
    ["merci, but do I need a degree for this?", "no-degree"],
    ["obrigado and where do lab techs work", "work-settings"],
    ["ok tho what does a histotech do", "histotechnician"],
    ["cheers, but how's the job outlook", "job-outlook"],
  ])("answers the question in %j", (text, entry) => {
    expect(outcome(text)).toBe(entry);
  });

  it("refuses a question the guide does not cover, rather than acknowledging", () => {
    expect(outcome("ok tho how many weeks is the training")).toMatch(/^none:/);
  });

  it("leaves small talk that asks, and pleasantries bound into a phrase, as they were", () => {
    expect(outcome("hello, how are you doing today?")).toBe("smalltalk:how-are-you");
    expect(outcome("tysm fr")).toBe("smalltalk:thanks");
    expect(questionAfterPleasantry(index, "thanks to the rain, is the lab closed")).toBeUndefined();
    expect(questionAfterPleasantry(index, "how are you keeping today?")).toBeUndefined();
    expect(questionAfterPleasantry(index, "gracias, but do I need a degree?")).toBe("do I need a degree?");
  });

  it.each([
    ["cool cool what other stuff can i ask u", "capabilities"],
    ["aight u a bot?", "who-are-you"],
    ["k thanks, you human?", "who-are-you"],
  ])("answers a question to the bot after an acknowledgement, %j, as the question", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it("lets a question mark ask after a pleasantry only for a caller that asks for it", () => {
    expect(questionAfterPleasantry(index, "ok u a real person?")).toBeUndefined();
    expect(questionAfterPleasantry(index, "ok u a real person?", true)).toBe("u a real person?");
    expect(outcome("ok cool, lab?")).not.toMatch(/^smalltalk:/);
  });
});
