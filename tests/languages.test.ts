import { describe, expect, it } from "vitest";
import { asksInALanguage } from "../src/matching/languages.ts";
import { words } from "../src/matching/text.ts";

describe("asksInALanguage", () => {
  it.each([
    "is the certification test offered in French",
    "can i do the training in português",
    "will I have to speak Korean at the hospital",
  ])("finds a language in %j", (text) => {
    expect(asksInALanguage(words(text))).toBe(true);
  });

  it.each([
    "I have a degree in English, can I become a lab tech",
    "my bachelor's in Spanish, does it help",
    "is a polish on the slides needed",
    "what do lab techs do",
  ])("finds none in %j", (text) => {
    expect(asksInALanguage(words(text))).toBe(false);
  });
});
