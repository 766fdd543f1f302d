import { beforeAll, describe, expect, it } from "vitest";
import type { MatchIndex } from "../src/matching/engine.ts";
import { reactsToTheAnswer } from "../src/matching/reactions.ts";
import { readingOf, realIndex } from "./helpers/reading.ts";

// Reactions to an answer that name what the answer was about and ask nothing.
let index: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const outcome = (text: string) => readingOf(index, text);

describe("a reaction that only names what the answer was about", () => {
  it.each([
    "whoa, that's a big jump in salary",
    "ok the histology side sounds fun",
    "oh cool, didn't know the AMT was a thing",
    "that sounds like a lot of lab work",
    "nice, the hospital setting looks good",
    "dang, phlebotomy pays more than I thought it would.",
    "oh, didn't realise the AMT existed",
  ])("reads %j as an acknowledgement", (text) => {
    expect(outcome(text)).toBe("smalltalk:ack");
  });
});

describe("a comment that still asks", () => {
  it.each([
    "ok but the salary seems low",
    "wow so lab techs make good money",
    "ok that means I need the ASCP",
    "hmm the certificate sounds quicker, which one should I pick",
    "10-4 what does the pay look like",
    "I'm not sure the lab sounds right for me",
  ])("does not read %j as small talk", (text) => {
    expect(outcome(text)).not.toMatch(/^smalltalk/);
  });
});

describe("reactsToTheAnswer", () => {
  it("needs an opening or a comment, not pack words alone", () => {
    expect(reactsToTheAnswer("the lab sounds cool", false)).toBe(false);
    expect(reactsToTheAnswer("wow the lab sounds cool", false)).toBe(true);
    expect(reactsToTheAnswer("good to know about the exam", true)).toBe(true);
    expect(reactsToTheAnswer("ok salary", true)).toBe(false);
  });
});
