import { beforeAll, describe, expect, it } from "vitest";
import { chatSpelled, everydayChatWord } from "../src/matching/chat-spelling.ts";
import type { MatchIndex } from "../src/matching/engine.ts";
import { readingOf, realIndex } from "./helpers/reading.ts";

let index: MatchIndex;
beforeAll(async () => {
  index = await realIndex();
});

describe("function words spelled as dialects and by sound, for small talk", () => {
  it("reads them as standard English and leaves other words, and the words of other languages' small talk, alone", () => {
    expect(chatSpelled(["wid", "dis", "ting"])).toEqual(["with", "this", "thing"]);
    const plain = ["see", "ya", "mi", "amigo"];
    expect(chatSpelled(plain)).toBe(plain);
  });

  it.each([
    ["how yuh keepin today", "how-are-you"],
    ["wha gwaan, everyting good?", "how-are-you"],
    ["yuh a robot?", "who-are-you"],
    ["ok so wah yuh know bout", "capabilities"],
    ["is dis a bot or a real person", "who-are-you"],
    ["everything ok?", "how-are-you"],
  ])("reads %j as %s", (text, intent) => {
    expect(readingOf(index, text)).toBe(`smalltalk:${intent}`);
  });

  it.each([
    ["ok bye for now, God bless you", "bye"],
    ["ok goodbye, Dios te bendiga", "bye"],
    ["thank you, God bless you", "thanks"],
    ["heading off to bed now, good night", "bye"],
    ["ok I go now", "bye"],
    ["hola, good night", "greeting"],
    ["salam, good morning", "greeting"],
    ["I'll be off now, good evening", "bye"],
  ])("reads the last act of a closing: %j is %s", (text, intent) => {
    expect(readingOf(index, text)).toBe(`smalltalk:${intent}`);
  });

  it.each([
    ["how much dem make doin dis job", "salary"],
    ["is everything ok with the exam", "ascp"],
  ])("still answers a question about the career in such words: %j", (text, id) => {
    expect(readingOf(index, text)).toBe(id);
  });
});

describe("chat's spellings of everyday words, for the rules", () => {
  it("reads them as the words where the rules read a message", () => {
    expect(everydayChatWord("enuf")).toBe("enough");
    expect(everydayChatWord("enough")).toBeUndefined();
    expect(index.normalizer.normalize("sum1 told me").words).toEqual(["someone", "told", "me"]);
  });

  it("reads no name in them", () => {
    expect(readingOf(index, "does sum1 check the results before the doctor sees them")).toBe(
      "quality-control",
    );
  });
});

describe("function words of other languages", () => {
  it("are never read as an English word a slip away", () => {
    expect(index.normalizer.normalize("donde estudiar").words).toContain("donde");
    expect(readingOf(index, "donde estudiar?")).not.toMatch(/^smalltalk/);
  });
});
