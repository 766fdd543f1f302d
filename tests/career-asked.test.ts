import { beforeAll, describe, expect, it } from "vitest";
import { careerAsked } from "../src/matching/career-asked.ts";
import type { MatchIndex } from "../src/matching/engine.ts";
import { readingOf, realIndex, rulesIndex } from "./helpers/reading.ts";

describe("whose career a question asks about", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });

  it.each([
    "I'm a CNA at a nursing home. What does a lab tech actually do during the day?",
    "as a dialysis tech, could I become an MLT?",
    "how hard is the ASCP exam",
    "my aunt is a court clerk, how do I become a phlebotomist",
  ])("reads %j as the pack's career", (text) => {
    expect(careerAsked(index, text)).toBe("ours");
  });

  it.each([
    "what does a respiratory therapist do on a normal shift",
    "how much does a podiatrist make a year",
    "yo how much do welders make fr",
    "what does a crime lab technician do all day",
    "is it hard to become an anesthesiologist",
    "what's the difference between an LPN and an RN",
    "if I went into pharmacy what would I make",
    "when the plumber is done, who checks the pipes",
    // The career the story names, asked of by "that": not the writer's own job.
    "My cousin is looking at dental hygiene school. Is that a hard program?",
  ])("reads %j as another career", (text) => {
    expect(careerAsked(index, text)).toBe("other");
  });

  it.each([
    // A party to the work, a place, the writer's own job or classes: not what is asked about.
    "who cuts up the tissue a surgeon takes out so the doctor can look at it",
    "can you work somewhere other than a hospital, like a vet clinic or a plasma center",
    "after u pass do u still have to do classes like our EMT refreshers every couple yrs",
    "I'm a nurse right now. Would this be a good switch for me?",
    "what do they make",
    // A name the speller reads as another word, where it was typed; the writer's own doing.
    "once I'm certified, do I keep taking refresher courses like we do CPD in banking?",
    "without a degree, could I get hired on army quals plus JST",
  ])("reads %j as naming no other career asked about", (text) => {
    expect(careerAsked(index, text)).toBe("unnamed");
  });
});

describe("the learned model over a refusal as another field's", () => {
  let index: MatchIndex;
  let rules: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
    rules = await rulesIndex();
  });

  it("answers a question naming only a party to the work as the career asked when all but sure (learnedOverCareerMin)", () => {
    // The rules read the doctor as the career asked about; the model reads where the results go.
    const text =
      "once the machine spits out the result, how does the doctor get it? does somebody call them?";
    expect(careerAsked(index, text)).toBe("other");
    expect(readingOf(rules, text)).toBe("none:out-of-scope");
    expect(readingOf(index, text)).toBe("data-management");
  });

  it.each([
    ["can you work somewhere other than a hospital, like a vet clinic or a plasma center", "work-settings"],
    [
      "after u pass do u still have to do classes like our EMT refreshers every couple yrs",
      "continuing-education",
    ],
  ])("answers %j, which names another career only beside what it asks", (text, id) => {
    expect(readingOf(rules, text)).toBe("none:out-of-scope");
    expect(readingOf(index, text)).toBe(id);
  });

  it.each([
    "what does a respiratory therapist do on a normal shift",
    "do travel nurses make bank fr",
    "what does a sterile processing technician do all day",
    "is a surgical tech program hard to get into",
    "what does a plumber do all day",
  ])("still refuses %j, which asks about another career", (text) => {
    expect(readingOf(index, text)).toBe("none:out-of-scope");
  });
});
