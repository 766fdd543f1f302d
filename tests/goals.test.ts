import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { asksOnlyTheRoute, goalBefore, goalIn } from "../src/matching/goals.ts";
import { answerOrKind, rulesIndex } from "./helpers/reading.ts";

describe("the goal a story states", () => {
  it.each([
    [
      "Someday I want to be a technologist and handle the complex work.",
      "become a technologist and handle the complex work.",
    ],
    ["I'd really like to become a medical lab technician.", "become a medical lab technician."],
    ["Me want become lab tech.", "become lab tech."],
    ["eventually i wanna move up to MLS", "move up to MLS"],
    ["my plan is to become a technologist eventually.", "become a technologist eventually."],
    ["Goal: get into a hospital lab", "get into a hospital lab"],
    ["Lab tech is the plan.", "Lab tech"],
    ["In a couple of years we hope to switch careers.", "switch careers."],
  ])("finds the goal in %j", (sentence, goal) => {
    expect(goalIn(sentence)).toBe(goal);
  });

  it.each([
    "I like working with my hands.",
    "I want to help with the bills.",
    "My sister wants to be a nurse.",
    "I have done the same tests for years.",
  ])("finds none in %j", (sentence) => {
    expect(goalIn(sentence)).toBeUndefined();
  });

  it("takes the goal told nearest before the question", () => {
    expect(
      goalBefore(["I work nights.", "I want to move up to technologist.", "I want to become a tech."]),
    ).toBe("move up to technologist.");
  });

  it("tells a question that asks only for a way from one that names where to", () => {
    expect(asksOnlyTheRoute(["step", "need"], ["which", "steps", "do", "i", "need"])).toBe(true);
    expect(asksOnlyTheRoute(["path"], ["what's", "the", "path"])).toBe(true);
    expect(asksOnlyTheRoute([], ["how", "do", "i", "get", "there"])).toBe(true);
    expect(asksOnlyTheRoute([], ["what", "is", "each", "one", "about"])).toBe(false);
    expect(asksOnlyTheRoute(["step", "technologist"], ["steps", "to", "technologist"])).toBe(false);
    expect(asksOnlyTheRoute(["pai"], ["what", "does", "it", "pay"])).toBe(false);
  });
});

describe("a question asking the way to the goal stated before it", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await rulesIndex();
  });
  const answered = (text: string) => answerOrKind(index, text);

  it.each([
    [
      "I run the routine panels on nights at a community hospital. Someday I want to be a technologist and handle the complex work. What would I need?",
      "become-technologist",
    ],
    [
      "two years as an MLT at a plasma lab, good reviews. my plan is to become a technologist eventually. what steps should i take",
      "become-technologist",
    ],
    [
      "I drive for a delivery company and my knees hate me. I've always liked biology class. I'd really like to become a medical lab technician. What do I need?",
      "how-to-become",
    ],
    // A question that names what it asks keeps it, goal or not.
    [
      "I waitress nights and the tips are unpredictable. I want to become a lab tech. How much would I bring home?",
      "salary",
    ],
  ])("answers %j with %s", (text, id) => {
    expect(answered(text)).toBe(id);
  });
});
