import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { readingOf, realIndex } from "./helpers/reading.ts";

// The shortest messages: one word that is only part of a longer phrasing.
let index: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const outcome = (text: string) => readingOf(index, text);

describe("one word of a longer phrasing", () => {
  it.each(["you", "care", "me", "va", "up", "here", "much"])("does not read %j as small talk", (text) => {
    expect(outcome(text)).not.toMatch(/^smalltalk/);
  });

  it.each([
    ["morning", "greeting"],
    ["evening", "greeting"],
    ["appreciated", "thanks"],
    ["gm", "greeting"],
    ["no problem", "ack"],
    ["ya", "ack"],
    ["out", "bye"],
    ["W", "ack"],
  ])("reads %j as %s", (text, intent) => {
    expect(outcome(text)).toBe(`smalltalk:${intent}`);
  });

  it.each(["sir?", "bot", "buddy"])("reads a word of address alone, %j, as a greeting", (text) => {
    expect(outcome(text)).toBe("smalltalk:greeting");
  });
});
