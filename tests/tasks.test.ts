import { beforeAll, describe, expect, it } from "vitest";
import { buildIndex, type MatchIndex, match } from "../src/matching/engine.ts";
import { asksHelpWithATask } from "../src/matching/tasks.ts";
import { realKnowledge } from "./helpers/knowledge.ts";

describe("help asked with a task", () => {
  it.each([
    "help me draft an apology to my neighbour",
    "can u help w my spanish worksheet",
    "could you please help me come up with a toast for my brother's wedding",
    "pls help me fix my bike chain",
    // However "help" is typed: stretched, in Markdown marks, with an accent, in capitals.
    "heeelp me write a cover letter",
    "**help** me plan my week",
    "hélp me plan my week",
    "HELP ME PLAN MY WEEK",
  ])("is a request for the task in %j", (text) => {
    expect(asksHelpWithATask(text)).toBe(true);
  });

  it.each([
    "help me",
    "help me out here",
    "can you help me?",
    "what could you help me with, quickly",
    "how can you help",
    "that helped me so much, thanks",
    "thanks, that help me a lot been stressing over it",
    "gotta go help my dad with the groceries, bye",
  ])("is no request for a task in %j", (text) => {
    expect(asksHelpWithATask(text)).toBe(false);
  });
});

describe("the reply to help asked with a task", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = buildIndex(await realKnowledge());
  });

  it.each(["help me draft an apology to my neighbour", "can u help me w my spanish worksheet pls"])(
    "refuses %j rather than saying what the bot can do",
    (text) => {
      expect(match(index, text).kind).toBe("none");
    },
  );

  it("still says what it can do when asked what it helps with", () => {
    expect(match(index, "what could you help me with")).toMatchObject({ kind: "smalltalk" });
  });
});
