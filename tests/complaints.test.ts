import { beforeAll, describe, expect, it } from "vitest";
import { complaintRest } from "../src/matching/complaints.ts";
import type { MatchIndex } from "../src/matching/engine.ts";
import { words } from "../src/matching/text.ts";
import { readingOf, rulesIndex } from "./helpers/reading.ts";

// Complaints about the bot's replies, in words of our own: answered with how to ask, not with an entry or a refusal.
let index: MatchIndex;
beforeAll(async () => {
  index = await rulesIndex();
});

describe("a complaint about the replies", () => {
  it.each([
    "nope thats not what i meant",
    "you did not answer what i asked",
    "u aint helping me at all man",
    "honestly this chatbot is pretty pointless",
    "your replies are not very useful",
    "it keeps giving me the same answer",
    "wrong answer lol",
    "I didn't ask about that",
    "bad bot",
    "this app sucks",
    "that doesn't make sense",
    "you're not listening to me",
    "i think you misread me",
    "nope, that ain't it",
    "this has nothing to do with what i asked",
    "that wasn't really the question",
    "ur not making any sense",
    "no I meant something else",
    "could you just answer my question",
    "can u help me or not?",
    // The verdict alone, whom it is said of left out, and thanks that thank for nothing.
    "nah, did not help",
    "meh. not really useful",
    "totally useless",
    "bruh no help whatsoever",
    "well thanks for nothing",
    // Praise marked as sarcasm, and thanks beside a complaint.
    "oh wonderful, thanks so much 🙄",
    "super helpful /s",
    "ok thanks but that wasn't helpful at all",
  ])("reads %j as the capabilities reply", (text) => {
    expect(readingOf(index, text)).toBe("smalltalk:capabilities");
  });

  it.each([
    // Naming the career: what is asked, not the reply.
    ["you didn't answer my question about the pay", /^(?!smalltalk)/],
    ["that's not what I asked, how long is the program", /^(?!smalltalk)/],
    // A condition or a clause after it asks on.
    ["what if it doesn't work out", /^(?!smalltalk)/],
    ["is it pointless to get certified", /^(?!smalltalk)/],
    ["does it help to have a degree", /^(?!smalltalk)/],
    ["can you answer my question about the pay", /^(?!smalltalk)/],
    ["are an MLS and an MLT one and the same", /^(?!smalltalk)/],
    // Thanks meant as thanks, and a denial that is no verdict on the replies.
    ["ok thanks, that was very helpful", /^smalltalk:thanks$/],
    ["thanks, not sure yet what I'll pick", /^(?!smalltalk:capabilities)/],
  ])("leaves %j to the entries", (text, expected) => {
    expect(readingOf(index, text)).toMatch(expected);
  });
});

describe("complaintRest", () => {
  it("takes the complaint's words out and keeps the rest", () => {
    expect(complaintRest(words("ugh you didnt answer my question"))).toBe("ugh my");
    expect(complaintRest(words("how much does it pay"))).toBeUndefined();
  });
});
