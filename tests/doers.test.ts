import { beforeAll, describe, expect, it } from "vitest";
import { asksForTheDoer, asksWhichJob, doerFrameWords, namesTheDoer } from "../src/matching/doers.ts";
import { buildIndex, type MatchIndex } from "../src/matching/engine.ts";
import { rankWithPool } from "../src/matching/rank.ts";
import { realKnowledge } from "./helpers/knowledge.ts";
import { readingOf, realIndex } from "./helpers/reading.ts";

describe("a question asking the name of a job or who does a task", () => {
  it.each([
    "who sorts the vials once the courier drops them off",
    "so who actually writes the numbers into the chart",
    "whose job is it to clean the analyzers every night",
    "what do you call the staff who spin the tubes down",
    "what are those workers called, the ones in the basement lab",
    "is there a name for someone who only works with urine",
    "which job is scanning slides for odd cells",
    "is there a job that just labels the specimens",
    "what's the role where you prep biopsies",
    "what is the job of someone who runs the scanners",
    "what's the job of checking controls every morning",
    "the guys who wheel the samples up from the ER, what is that job?",
    "Slide, stain, microscope. Who do?",
  ])("reads %j as one", (text) => {
    expect(asksForTheDoer(text)).toBe(true);
  });

  it.each([
    // About the bot, the guide or the writer.
    "who made you",
    "who says this stuff is true",
    "I'm the kind of person who checks everything twice, would I like this?",
    "I have a friend who works nights, is that normal?",
    // A job named, not described, and whether there is work.
    "what's the job outlook",
    "what is the job of a lab tech",
    "what role does an MLT play in a hospital",
    "are there jobs for lab techs near me",
    // Telling, not asking.
    "the people who run the lab were nice to me.",
  ])("does not read %j as one", (text) => {
    expect(asksForTheDoer(text)).toBe(false);
  });

  it("leaves the description when the asking's own words are taken out", () => {
    expect(doerFrameWords(["what", "is", "the", "job", "called", "where", "you", "stain", "slides"])).toEqual(
      ["job", "called"],
    );
  });

  it("tells another career that does the task from one the task is done for", () => {
    const nurse = (w: string) => w === "nurse";
    expect(namesTheDoer(["what", "do", "you", "call", "a", "nurse", "who", "draws", "blood"], nurse)).toBe(
      true,
    );
    expect(namesTheDoer(["is", "it", "a", "nurse"], nurse)).toBe(true);
    expect(namesTheDoer(["who", "labels", "the", "tubes", "for", "the", "nurse"], nurse)).toBe(false);
    expect(namesTheDoer(["who", "spins", "the", "tubes", "the", "nurse", "sends"], nurse)).toBe(false);
  });
});

describe("matching a description of a job or a task", () => {
  let index: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
  });

  it.each([
    // Another career the task is done for is not what is asked.
    ["who runs the tests on blood and urine that the doctor orders", "lab-testing"],
    ["who keeps the medical records that the doctors use to plan treatment", "data-management"],
    [
      "the people that slice up a biopsy and stain it for the doctor, what is that job called",
      "histotechnician",
    ],
    [
      "what is the title of the folks who look at cells under a microscope for the doctor",
      "cytotechnologist",
    ],
  ])("answers %j with %s", (text, id) => {
    expect(readingOf(index, text)).toBe(id);
  });

  it.each([
    // Another career doing it, or a description the pack does not tell of, stays refused.
    // (A nurse or a doctor who draws blood is now answered with the phlebotomist: the model, taught more writers, reads
    // the name of the one who draws blood as what is asked.)
    "what do you call a doctor who delivers babies",
    "who delivers babies if it isn't a doctor",
    // The description is not the pack's, whatever the asking's words ("name", "job") match.
    "what's the name of the job that fixes leaky roofs",
  ])("refuses %j", (text) => {
    expect(readingOf(index, text)).toMatch(/^none:/);
  });

  it("lifts the entries whose own answer and question tell of the description, by doersWeight", async () => {
    const kb = await realKnowledge();
    const terms = index.normalizer.queryTerms("examines body fluids and tissue samples");
    const confidenceOf = (built: MatchIndex, described?: readonly string[]) =>
      rankWithPool(built, terms, { story: [], storyWeight: 0, described }).ranked.find(
        (c) => c.entry.id === "what-is-mlt",
      )?.confidence ?? 0;
    const off = buildIndex(kb, { doersWeight: 0 });
    expect(confidenceOf(index, terms)).toBeGreaterThan(confidenceOf(off, terms));
    expect(confidenceOf(index)).toBe(confidenceOf(off));
  });
});

describe("a question asking which job someone told of does", () => {
  it.each([
    "what is that job?",
    "what all that job is and could I do it at my age",
    "what's this job exactly, lab technician?",
    "the guy who stuck the needle in, this is what job?",
    "what kind of job is that",
    "the people who stain the slides, what is that job called",
    "is that one of the special jobs you can grow into?",
    "is that a kind of lab tech job or something else",
    "is that what this job is??",
  ])("reads %j as one", (text) => {
    expect(asksWhichJob(text)).toBe(true);
  });

  it.each(["what does that job pay", "what is that job like", "is this job hard", "what's the job outlook"])(
    "does not read %j as one",
    (text) => {
      expect(asksWhichJob(text)).toBe(false);
    },
  );

  let index: MatchIndex;
  let off: MatchIndex;
  beforeAll(async () => {
    index = await realIndex();
    off = buildIndex(await realKnowledge(), { jobsWeight: 0 });
  });

  it("lifts the job whose lines of what it does tell the story's description above one of its tasks", () => {
    const question = index.normalizer.queryTerms("what is that job exactly?");
    const story = index.normalizer.queryTerms(
      "my uncle spends his day checking blood and urine samples on big machines in the hospital lab.",
    );
    const first = (built: MatchIndex) =>
      rankWithPool(built, question, {
        story,
        storyWeight: built.options.backgroundWeight,
        named: [...question, ...story],
      }).ranked[0]?.entry.id;
    expect(first(index)).toBe("what-is-mlt");
    expect(first(off)).not.toBe("what-is-mlt");
  });
});
