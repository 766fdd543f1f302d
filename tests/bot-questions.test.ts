import { beforeAll, describe, expect, it } from "vitest";
import { botQuestion } from "../src/matching/bot-questions.ts";
import type { MatchIndex } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { readingOf, realIndex } from "./helpers/reading.ts";

// Questions about the bot itself, read by their parts rather than by their closeness to a listed phrasing.
let index: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
});

const outcome = (text: string) => readingOf(index, text);

describe("what the bot is, asked in a sentence of any shape", () => {
  it.each([
    "hold on, are you a living breathing human",
    "who's running this thing",
    "who is behind this chat anyway",
    "is this service operated by a hospital?",
    "are you made by some university",
    "what exactly am I chatting with",
    "you're a robot, right?",
    "is this some AI thing?",
    "are the replies here generated automatically",
    "honestly, is a person writing these answers?",
    "who set this bot up",
    // Its name, and whether it is one of the people it tells about.
    "you got a name?",
    "what do I call you",
    "r u a phlebotomist yourself",
    "are you an actual lab technician or something",
    "are you a nurse as well?",
  ])("reads %j as who-are-you", (text) => {
    expect(outcome(text)).toBe("smalltalk:who-are-you");
  });
});

describe("what the bot can be asked, in a sentence of any shape", () => {
  it.each([
    "which topics do you cover",
    "what sort of stuff are you able to answer",
    "what is this chat even for",
    "what am I supposed to ask you",
    "how should I use this bot",
    "what kinds of things is this bot good for?",
    "what topics are you good at",
    // The things asked for named after "be", a word for their range, a polite opener.
    "what are all the subjects you can cover",
    "what range of topics are you able to handle",
    "kindly, which questions can you answer",
  ])("reads %j as capabilities", (text) => {
    expect(outcome(text)).toBe("smalltalk:capabilities");
  });
});

describe("questions about the career in the same shapes", () => {
  it.each([
    ["is lab work mostly automated now", "equipment"],
    ["what kind of stuff do lab techs do all day", "duties-overview"],
    ["which topics are on the ASCP exam", "ascp"],
    // What someone does is not how the bot's day goes.
    ["what do you do during a normal day", "duties-overview"],
    ["what do you do in an average day", "duties-overview"],
  ])("leaves %j to the pack", (text, entry) => {
    expect(outcome(text)).toBe(entry);
  });

  it.each([
    "who runs the samples through the machines",
    "how do I use this certificate to get hired",
    "what should I write on my application",
    "what do I say in my interview",
  ])("does not read %j as small talk", (text) => {
    expect(outcome(text)).not.toMatch(/^smalltalk/);
  });
});

describe("botQuestion", () => {
  it("needs the bot as the subject, not a word for it", () => {
    expect(botQuestion(words("what's this bot for"), true)?.kind).toBe("abilities");
    expect(botQuestion(words("is this bot a person"), true)?.kind).toBe("identity");
    expect(botQuestion(words("who runs the lab"), true)).toBeUndefined();
    expect(botQuestion(words("are you a person"), false)).toBeUndefined();
  });

  it("excuses the maker named after 'by'", () => {
    expect(botQuestion(words("is this run by a college"), true)).toEqual({
      kind: "identity",
      excused: ["a", "college"],
    });
  });
});
